// Keeping a mean of rates in a double without saying so.
// expect: restoration: a mean of rates does not convert implicitly to a number
#include <restoration/mean_of_rates.hpp>

using namespace restoration;

double mean() {
    mean_of_rates<work_resumption> districts;
    districts.add(rate<work_resumption>{9, 10});
    districts.add(rate<work_resumption>{300, 1'000});
#ifdef RESTORATION_MISTAKE
    double value = districts;
#else
    double value = districts.to_double();
#endif
    return value;
}
