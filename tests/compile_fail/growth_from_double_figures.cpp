// Doubles into a growth of integer figures: 1.076 would become 1.
// expect: restoration: a figure would change on its way into the growth's number type
#include <restoration/growth.hpp>

using namespace restoration;

auto value_added() {
#ifdef RESTORATION_MISTAKE
    return growth<year_on_year>(1.076, 1.0);
#else
    return growth<year_on_year, double>(1.076, 1.0);
#endif
}
