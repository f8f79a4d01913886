// Asking for one and a half decimals: the precision would be cut to one.
// expect: restoration: decimal places are a whole number of decimals
#include <restoration/format.hpp>

using namespace restoration;

auto printed() {
    const rate<work_resumption> r{6'480, 7'681};
#ifdef RESTORATION_MISTAKE
    return percent(r, 1.5, rounding::half_up);
#else
    return percent(r, 1, rounding::half_up);
#endif
}
