// Adding output per day to an output over a period, as when a daily figure is taken for a day's
// output: a rate is no amount, and a day's output is an output over that day.
// expect: restoration: output per day is a rate, not an amount: it does not add to or subtract from an output over a period
#include <restoration/period.hpp>

using namespace restoration;
using std::chrono::operator""y;

auto with_may_6() {
    const over_period<output<disinfectant>> to_may_5{
        1'529.0 * tonnes,
        period::since(2022y / std::chrono::March / 11, 2022y / std::chrono::May / 5)};
#ifdef RESTORATION_MISTAKE
    return to_may_5 + to_may_5.per_day();
#else
    return to_may_5 + over_period<output<disinfectant>>{27.0 * tonnes,
                                                         period::day(2022y / std::chrono::May / 6)};
#endif
}
