// Stating disinfectant, a good measured by mass, in pieces.
// expect: restoration: this quantity is not of the good's dimension
#include <restoration/output.hpp>

using namespace restoration;

double disinfection() {
#ifdef RESTORATION_MISTAKE
    output<disinfectant> d = 1'529.0 * pieces;
#else
    output<disinfectant> d = 1'529.0 * tonnes;
#endif
    return d.value();
}
