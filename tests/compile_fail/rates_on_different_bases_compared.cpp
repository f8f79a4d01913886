// Comparing Ningde's electricity-use restoration with Changchun's rate of unstated basis.
// expect: restoration: production-restoration rates on an unstated basis and on electricity use cannot be compared or subtracted
#include <restoration/rate.hpp>

using namespace restoration;

bool ningde_ahead() {
    const rate<production_restoration_by<basis::electricity_use>> ningde{72.7_percent};
    const rate<production_restoration> changchun{72.7_percent};
#ifdef RESTORATION_MISTAKE
    return ningde > changchun;
#else
    return ningde.to_double() > changchun.to_double();  // explicitly as numbers
#endif
}
