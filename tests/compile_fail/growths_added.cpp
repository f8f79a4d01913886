// Two periods' growth added: growth compounds, 10% and 10% is 21%.
// expect: restoration: growth rates do not add
#include <restoration/growth.hpp>

using namespace restoration;

auto over_two_years() {
    const growth<year_on_year> first{110, 100};
    const growth<year_on_year> second{121, 110};
#ifdef RESTORATION_MISTAKE
    return first + second;
#else
    return growth_of<year_on_year>(second.current(), first.base());
#endif
}
