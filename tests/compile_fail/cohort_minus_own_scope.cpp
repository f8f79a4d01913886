// One cohort minus another of the same scope: the difference belongs to no scope.
// expect: restoration: a cohort minus a cohort of its own scope has no scope
#include <restoration/cohort.hpp>

using namespace restoration;

auto difference() {
    const cohort<industrial> may{7'681, 6'480};
    const cohort<industrial> april{7'681, 5'000};
#ifdef RESTORATION_MISTAKE
    return may - april;
#else
    return may.resumed() - april.resumed();
#endif
}
