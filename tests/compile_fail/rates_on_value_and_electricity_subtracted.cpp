// Subtracting a restoration rate by electricity use from one by output value.
// expect: restoration: production-restoration rates on output value and on electricity use cannot be compared or subtracted
#include <restoration/rate.hpp>

using namespace restoration;

auto gap() {
    const rate<production_restoration_by<basis::output_value>> value{80.4_percent};
    const rate<production_restoration_by<basis::electricity_use>> power{72.7_percent};
#ifdef RESTORATION_MISTAKE
    return value - power;
#else
    return value - rate<production_restoration_by<basis::output_value>>{power.numerator(), power.denominator()};
#endif
}
