// Adding two rates, the first step of averaging rates instead of pooling counts.
// expect: restoration: rates do not add
#include <restoration/cohort.hpp>

using namespace restoration;

auto city_rate() {
    const cohort<industrial> north{100, 90};
    const cohort<industrial> south{1'000, 500};
#ifdef RESTORATION_MISTAKE
    return north.work_rate() + south.work_rate();
#else
    return (north + south).work_rate();
#endif
}
