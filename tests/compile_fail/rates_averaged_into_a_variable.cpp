// Adding two rates and keeping the "average" to print it: the refusal must come first, not a
// complaint about the variable's type.
// expect: restoration: rates do not add
#include <restoration/format.hpp>

using namespace restoration;

auto printed() {
    const rate<work_resumption> north{9, 10};
    const rate<work_resumption> south{300, 1'000};
#ifdef RESTORATION_MISTAKE
    const auto sum = north + south;
    return percent(sum, 1, rounding::half_up);
#else
    return percent(north, 1, rounding::half_up) + percent(south, 1, rounding::half_up);
#endif
}
