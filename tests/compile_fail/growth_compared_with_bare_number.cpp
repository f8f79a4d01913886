// A growth compared with a bare number: is 0.05 five percent or a twentieth of a percent?
// expect: restoration: a growth rate beside a bare number
#include <restoration/growth.hpp>

using namespace restoration;

bool grew_fast() {
    const growth<year_on_year> g{1'076, 1'000};
#ifdef RESTORATION_MISTAKE
    return g > 0.05;
#else
    return g > growth<year_on_year>{5_percent};
#endif
}
