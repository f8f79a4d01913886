// Adding an output that states no period to a cumulative figure: the sum would be of no period.
// expect: restoration: an output over a period adds to or subtracts only another over a period; state the other's period
#include <restoration/period.hpp>

using namespace restoration;
using std::chrono::operator""y;

auto with_more() {
    const over_period<output<disinfectant>> to_may_5{
        1'529.0 * tonnes,
        period::since(2022y / std::chrono::March / 11, 2022y / std::chrono::May / 5)};
    const output<disinfectant> more = 27.0 * tonnes;
    // Kept in a variable: the message comes first (it came after "'void total' has
    // incomplete type" while the refusal gave void).
#ifdef RESTORATION_MISTAKE
    const auto total = to_may_5 + more;
#else
    const auto total = to_may_5 + over_period{more, period::day(2022y / std::chrono::May / 6)};
#endif
    return total;
}
