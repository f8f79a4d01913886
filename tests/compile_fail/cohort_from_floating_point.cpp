// Building a cohort from floating-point counts, as from a spreadsheet column of doubles.
// expect: restoration: counts of enterprises are integers
#include <restoration/cohort.hpp>

using namespace restoration;

auto from_spreadsheet() {
#ifdef RESTORATION_MISTAKE
    return cohort<industrial>(7'681.0, 6'480.0);
#else
    return cohort<industrial>(7'681, 6'480);
#endif
}
