// A production rate added into a mean of work rates.
// expect: restoration: rates of different kinds \(work resumption, staff return, production\) cannot be compared, subtracted or averaged
#include <restoration/basis.hpp>
#include <restoration/mean_of_rates.hpp>

using namespace restoration;

auto mean() {
    mean_of_rates<work_resumption> m;
    m.add(rate<work_resumption>{6'480, 7'681});
#ifdef RESTORATION_MISTAKE
    m.add(rate<production_restoration>{72.7_percent});
#else
    m.add(rate<work_resumption>{1'265, 1'331});
#endif
    return m;
}
