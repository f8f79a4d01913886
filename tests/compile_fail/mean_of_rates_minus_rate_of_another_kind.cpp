// A mean of work rates minus a rate of production restoration: the kinds' message comes first
// under both compilers (g++ named a private helper first).
// expect: restoration: rates of different kinds \(work resumption, staff return, production\) cannot be compared, subtracted or averaged
#include <restoration/mean_of_rates.hpp>

using namespace restoration;

auto gap() {
    mean_of_rates<work_resumption> districts;
    districts.add(rate<work_resumption>{9, 10});
#ifdef RESTORATION_MISTAKE
    return districts - rate<production_restoration>{72.7_percent};
#else
    return districts - rate<work_resumption>{72.7_percent};
#endif
}
