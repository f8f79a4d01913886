// A percent literal with a leading zero: 010 is 8 in C++'s integer literals and 10 in a bulletin,
// and no bulletin prints it, so neither reading is taken.
// expect: restoration: a percent literal with a leading zero \(010_percent\) is octal
#include <restoration/decimal.hpp>

using namespace restoration;

auto printed() {
#ifdef RESTORATION_MISTAKE
    return 010_percent;
#else
    return 0.5_percent;  // a zero before the point is no octal
#endif
}
