// Using a growth rate as a double without saying so.
// expect: restoration: a growth rate does not convert implicitly to a number
#include <restoration/growth.hpp>

using namespace restoration;

double as_fraction() {
    const growth<year_on_year> g{1'076, 1'000};
#ifdef RESTORATION_MISTAKE
    double value = g;
#else
    double value = g.to_double();
#endif
    return value;
}
