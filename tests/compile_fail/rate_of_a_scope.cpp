// "The rate of enterprises above designated size", written with the scope as the kind of rate:
// 1,400 of 1,331 would pass as 105.2%, for the kind has no ceiling of its own.
// expect: restoration: rate<Kind>: Kind is a scope, a good or a basis, not a kind of rate such as work_resumption
#include <restoration/cohort.hpp>

using namespace restoration;

auto above_rate() {
#ifdef RESTORATION_MISTAKE
    return rate<above_designated_size>{1'265, 1'331};
#else
    return cohort<above_designated_size>{1'331, 1'265}.work_rate();
#endif
}
