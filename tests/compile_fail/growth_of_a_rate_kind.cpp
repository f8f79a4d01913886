// A kind of rate where a growth names its comparison.
// expect: restoration: growth<Comparison>: Comparison must be year_on_year, period_on_period
#include <restoration/growth.hpp>

using namespace restoration;

auto comparison() {
#ifdef RESTORATION_MISTAKE
    return growth<production_restoration>{1'076, 1'000};
#else
    return growth<year_on_year>{1'076, 1'000};
#endif
}
