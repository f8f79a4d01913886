// A percent literal with seven decimals, more than a figure is rounded to.
// expect: restoration: a percent literal has at most 6 decimals
#include <restoration/decimal.hpp>

using namespace restoration;

auto printed() {
#ifdef RESTORATION_MISTAKE
    return 84.3642755_percent;
#else
    return 84.364275_percent;
#endif
}
