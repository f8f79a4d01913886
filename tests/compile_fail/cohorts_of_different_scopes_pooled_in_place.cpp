// Pooling a cohort above designated size into a running total of all industrial enterprises.
// expect: restoration: cohorts of different scopes cannot be pooled
#include <restoration/cohort.hpp>

using namespace restoration;

cohort<industrial> pooled() {
    cohort<industrial> total;
    const cohort<above_designated_size> large{133, 126};
#ifdef RESTORATION_MISTAKE
    total += large;
#else
    total += cohort<industrial>{large.in_scope(), large.resumed()};
#endif
    return total;
}
