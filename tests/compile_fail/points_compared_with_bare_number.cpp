// A change in percentage points compared with a bare number: is 1.0 one point or a hundred?
// expect: restoration: percentage points beside a bare number or percent
#include <restoration/cohort.hpp>

using namespace restoration;

bool rose_by_a_point() {
    const cohort<industrial> before{7'681, 6'049};
    const cohort<industrial> now{7'681, 6'480};
#ifdef RESTORATION_MISTAKE
    return now.work_rate() - before.work_rate() > 1.0;
#else
    return (now.work_rate() - before.work_rate()).to_double() > 1.0;
#endif
}
