// A work rate printed as percentage points.
// expect: restoration: a rate is a percent, not points: percent\(r, 1, rounding::half_up\); points are a difference of rates
#include <restoration/cohort.hpp>
#include <restoration/format.hpp>

using namespace restoration;

auto printed() {
    const cohort<industrial> today{7'681, 6'480};
#ifdef RESTORATION_MISTAKE
    return points(today.work_rate(), 1, rounding::half_up);
#else
    return percent(today.work_rate(), 1, rounding::half_up);
#endif
}
