// All industrial enterprises subtracted from those above designated size: the wrong way round.
// expect: restoration: the cohorts are the wrong way round
#include <restoration/cohort.hpp>

using namespace restoration;

auto small() {
    const cohort<industrial> all{7'681, 6'480};
    const cohort<above_designated_size> large{1'331, 1'265};
#ifdef RESTORATION_MISTAKE
    return large - all;
#else
    return all - large;
#endif
}
