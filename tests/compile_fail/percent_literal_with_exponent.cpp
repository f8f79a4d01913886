// A percent literal written with an exponent, which a bulletin never prints.
// expect: restoration: a percent literal is written in decimal digits with one point
#include <restoration/decimal.hpp>

using namespace restoration;

auto printed() {
#ifdef RESTORATION_MISTAKE
    return 8.43e1_percent;
#else
    return 84.3_percent;
#endif
}
