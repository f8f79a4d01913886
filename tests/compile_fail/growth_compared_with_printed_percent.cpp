// A growth compared with a printed percent, as if the printed figure were the growth.
// expect: restoration: a printed percent is a rounded figure, not a growth
#include <restoration/growth.hpp>

using namespace restoration;

bool as_printed() {
    const growth<year_on_year> g{10'760, 10'000};
#ifdef RESTORATION_MISTAKE
    return g == 7.6_percent;
#else
    return g == growth<year_on_year>{7.6_percent};
#endif
}
