// Leaving out enterprises given as bare counts, with no reason: an adjusted cohort keeps why each
// was left out, so it takes a range of excluded<> (exclusion::unspecified where none is stated).
// expect: restoration: adjusted_cohort takes its exclusions as a range of excluded<Count>
#include <restoration/exclusions.hpp>

#include <cstdint>
#include <vector>

using namespace restoration;

std::int64_t left_out(const cohort<industrial>& all) {
#ifdef RESTORATION_MISTAKE
    const std::vector<std::int64_t> counts{21, 9};
#else
    const std::vector<excluded<>> counts{{exclusion::seasonal_stoppage, 21},
                                         {exclusion::unspecified, 9}};
#endif
    return adjusted_cohort<industrial>{all, counts}.left_out();
}
