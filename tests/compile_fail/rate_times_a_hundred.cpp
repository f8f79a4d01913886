// A rate multiplied by a hundred to make a percent, and kept in a double: the refusal comes
// first, not a complaint about the conversion of its result.
// expect: restoration: a rate beside a bare number
#include <restoration/cohort.hpp>

using namespace restoration;

double in_percent() {
    const cohort<industrial> all{7'681, 6'480};
#ifdef RESTORATION_MISTAKE
    const double percent = all.work_rate() * 100;
#else
    const double percent = all.work_rate().to_double() * 100;
#endif
    return percent;
}
