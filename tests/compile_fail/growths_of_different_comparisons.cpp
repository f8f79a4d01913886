// Growth year on year (同比) compared with growth period on period (环比): different bases.
// expect: restoration: growth year on year and growth period on period are against different bases
#include <restoration/growth.hpp>

using namespace restoration;

bool faster() {
    const growth<year_on_year> on_last_year{7.6_percent};
    const growth<period_on_period> on_last_month{1.2_percent};
#ifdef RESTORATION_MISTAKE
    return on_last_year > on_last_month;
#else
    return on_last_year.to_double() > on_last_month.to_double();  // explicitly as numbers
#endif
}
