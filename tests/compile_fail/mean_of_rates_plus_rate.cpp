// A rate added to a mean of rates, as if a mean were a count to pool.
// expect: restoration: a mean of rates plus a rate is no figure
#include <restoration/mean_of_rates.hpp>

using namespace restoration;

auto gap() {
    mean_of_rates<work_resumption> districts;
    districts.add(rate<work_resumption>{9, 10});
    const rate<work_resumption> city{300, 1'000};
#ifdef RESTORATION_MISTAKE
    return city + districts;
#else
    return districts - city;
#endif
}
