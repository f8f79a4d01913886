// Adding face masks into a running total of disinfectant.
// expect: restoration: outputs of different goods cannot be added
#include <restoration/output.hpp>

using namespace restoration;

double total_of(output<face_mask> masks) {
    output<disinfectant> total = 0.0 * tonnes;
#ifdef RESTORATION_MISTAKE
    total += masks;
#else
    total += output<disinfectant>(masks.value() * tonnes);
#endif
    return total.value();
}
