// A change in growth year on year compared with a change in growth period on period.
// expect: restoration: changes in growth year on year and period on period cannot be compared or subtracted
#include <restoration/growth.hpp>

using namespace restoration;

bool sped_up_more() {
    const auto yearly = growth<year_on_year>{7.6_percent} - growth<year_on_year>{7.2_percent};
    const auto monthly =
        growth<period_on_period>{1.0_percent} - growth<period_on_period>{0.5_percent};
#ifdef RESTORATION_MISTAKE
    return yearly < monthly;
#else
    return yearly < growth<year_on_year>{7.6_percent} - growth<year_on_year>{7.0_percent} &&
           monthly < growth<period_on_period>{1.0_percent} - growth<period_on_period>{0.4_percent};
#endif
}
