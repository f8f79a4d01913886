// A mean of rates whose kind is what a growth compares with: no rate of it can be added.
// expect: restoration: mean_of_rates<Kind>: Kind is a scope, a good, a basis or a comparison of growth, not a kind of rate
#include <restoration/growth.hpp>
#include <restoration/mean_of_rates.hpp>

using namespace restoration;

auto mean() {
#ifdef RESTORATION_MISTAKE
    return mean_of_rates<year_on_year>{};
#else
    return mean_of_rates<work_resumption>{};
#endif
}
