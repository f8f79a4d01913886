// A work rate taken as a restoration against a base period: a part of a whole does not grow.
// expect: restoration: growth_from takes a production restoration against a base period, not a work rate, share or capacity utilisation
#include <restoration/growth.hpp>

using namespace restoration;

auto from_rate() {
#ifdef RESTORATION_MISTAKE
    return growth_from<year_on_year>(cohort<industrial>{7'681, 6'480}.work_rate());
#else
    return growth_from<year_on_year>(rate<production_restoration>{6'480, 7'681});
#endif
}
