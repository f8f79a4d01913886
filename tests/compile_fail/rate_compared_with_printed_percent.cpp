// A rate compared with a printed percent, as if 84.3% were the rate: 6,480 of 7,681 is 84.36...%,
// above 84.3% though it is what 84.3% was printed from (to one decimal, rounded down).
// expect: restoration: a printed percent is a rounded figure, not a rate
#include <restoration/audit.hpp>
#include <restoration/cohort.hpp>

using namespace restoration;

bool as_printed() {
    const cohort<industrial> all{7'681, 6'480};
#ifdef RESTORATION_MISTAKE
    return all.work_rate() == 84.3_percent;
#else
    return check_printed(84.3_percent, all.work_rate()).fits(rounding::toward_zero);
#endif
}
