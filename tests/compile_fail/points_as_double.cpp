// Keeping a change in percentage points in a double without saying so.
// expect: restoration: percentage points do not convert implicitly to a number
#include <restoration/cohort.hpp>

using namespace restoration;

double change() {
    const cohort<industrial> before{7'681, 6'049};
    const cohort<industrial> now{7'681, 6'480};
#ifdef RESTORATION_MISTAKE
    double points = now.work_rate() - before.work_rate();
#else
    double points = (now.work_rate() - before.work_rate()).to_double();
#endif
    return points;
}
