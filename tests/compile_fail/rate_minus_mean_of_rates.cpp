// A rate minus a mean of rates: the gap is stated the other way round, the mean's from the rate.
// expect: restoration: a rate minus a mean of rates: the gap is stated as mean - rate
#include <restoration/mean_of_rates.hpp>

using namespace restoration;

auto gap() {
    mean_of_rates<work_resumption> districts;
    districts.add(rate<work_resumption>{9, 10});
    districts.add(rate<work_resumption>{300, 1'000});
    const rate<work_resumption> pooled{309, 1'010};
#ifdef RESTORATION_MISTAKE
    return pooled - districts;
#else
    return districts - pooled;
#endif
}
