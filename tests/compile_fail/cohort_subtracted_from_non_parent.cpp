// Subtracting pharmaceutical enterprises above designated size from all industrial enterprises:
// their parent scope is "above designated size", so the difference has no declared scope.
// expect: restoration: a cohort can only be subtracted from a cohort of its parent scope
#include <restoration/cohort.hpp>

using namespace restoration;

auto rest() {
    const cohort<industrial> all{7'681, 6'480};
    const cohort<above_designated_size> large{1'331, 1'265};
    const cohort<pharmaceutical_above_designated_size> pharmaceutical{56, 56};
#ifdef RESTORATION_MISTAKE
    return all - pharmaceutical;
#else
    return (all - large).in_scope() + (large - pharmaceutical).in_scope();
#endif
}
