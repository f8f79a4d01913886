// A rate printed to one decimal with no rounding rule named: the library assumes none, since
// which rule a bulletin used is what an audit finds out.
// expect: restoration: a figure is rounded to its places by a rule named
#include <restoration/cohort.hpp>
#include <restoration/format.hpp>

using namespace restoration;

auto printed() {
    const cohort<industrial> all{7'681, 6'480};
#ifdef RESTORATION_MISTAKE
    return percent(all.work_rate(), 1);
#else
    return percent(all.work_rate(), 1, rounding::half_up);
#endif
}
