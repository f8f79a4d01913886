// Growth of one scope's resumed count against another scope's.
// expect: restoration: growth compares a scope's resumed count with the same scope's in the base period
#include <restoration/growth.hpp>

using namespace restoration;

auto resumed_growth() {
    const cohort<industrial> all{7'681, 6'480};
    [[maybe_unused]] const cohort<above_designated_size> large{1'331, 930};
#ifdef RESTORATION_MISTAKE
    return growth_of<period_on_period>(all, large);
#else
    return growth_of<period_on_period>(all, cohort<industrial>{7'681, 5'100});
#endif
}
