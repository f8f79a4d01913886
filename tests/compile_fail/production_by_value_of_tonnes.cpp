// Adding an output in tonnes where production by value wants output values in yuan.
// expect: restoration: production_by_value adds output values in yuan
#include <restoration/output_value.hpp>

using namespace restoration;

auto weighed() {
    production_by_value p;
#ifdef RESTORATION_MISTAKE
    p.add(5.0 * tonnes, 10.0 * tonnes);
#else
    p.add(5.0e6 * yuan, 10.0e6 * yuan);
#endif
    return p.entries();
}
