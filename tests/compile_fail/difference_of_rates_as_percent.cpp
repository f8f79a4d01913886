// The difference of two work rates printed as a percentage: 4.3 points is no 4.3%.
// expect: restoration: a difference of rates is in percentage points, not a percent: points\(d, 1, rounding::half_up\)
#include <restoration/cohort.hpp>
#include <restoration/format.hpp>

using namespace restoration;

auto gap() {
    const cohort<industrial> today{7'681, 6'480};
    const cohort<industrial> last_week{7'681, 6'150};
#ifdef RESTORATION_MISTAKE
    return percent(today.work_rate() - last_week.work_rate(), 1, rounding::half_up);
#else
    return points(today.work_rate() - last_week.work_rate(), 1, rounding::half_up);
#endif
}
