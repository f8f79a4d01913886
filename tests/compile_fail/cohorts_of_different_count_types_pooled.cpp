// A district's cohort counted in int pooled into a city's counted in std::int64_t.
// expect: restoration: cohorts of different count types cannot be pooled
#include <restoration/cohort.hpp>

#include <cstdint>

using namespace restoration;

auto city() {
    const cohort<industrial> others{7'000, 5'900};
#ifdef RESTORATION_MISTAKE
    const cohort<industrial, int> district{681, 580};
#else
    const cohort<industrial> district{681, 580};
#endif
    return others + district;
}
