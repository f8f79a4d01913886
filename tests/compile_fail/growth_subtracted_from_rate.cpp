// A growth rate subtracted from a restoration rate, as if both were rates of one kind.
// expect: restoration: a growth rate is not a restoration rate: they cannot be compared, added or subtracted
#include <restoration/growth.hpp>

using namespace restoration;

auto gap() {
    const growth<year_on_year> g{7.6_percent};
    const rate<production_restoration> restored{80.4_percent};
    // Kept in a variable, as a result is: the message comes first all the same (it came after
    // "'void gap' has incomplete type" while the refusal gave void).
#ifdef RESTORATION_MISTAKE
    const auto gap = restored - g;
#else
    const auto gap = restored - restoration_of(g);
#endif
    return gap;
}
