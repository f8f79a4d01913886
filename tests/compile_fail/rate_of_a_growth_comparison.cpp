// A rate whose kind is a comparison of growth: 7.6% year on year is a growth, with its sign.
// expect: restoration: rate<Kind>: year_on_year and period_on_period are what a growth compares with, not kinds of rate
#include <restoration/growth.hpp>

using namespace restoration;

auto shaanxi() {
#ifdef RESTORATION_MISTAKE
    return rate<year_on_year>{7.6_percent};
#else
    return growth<year_on_year>{7.6_percent};
#endif
}
