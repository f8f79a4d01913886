// Pooling a cohort of all industrial enterprises with one above designated size.
// expect: restoration: cohorts of different scopes cannot be pooled
#include <restoration/cohort.hpp>

using namespace restoration;

auto pooled() {
    const cohort<industrial> district{700, 600};
    const cohort<above_designated_size> large{133, 126};
#ifdef RESTORATION_MISTAKE
    return district + large;
#else
    return district + cohort<industrial>{large.in_scope(), large.resumed()};
#endif
}
