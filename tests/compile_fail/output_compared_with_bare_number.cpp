// An output compared with a bare number: 2,000 of what, tonnes or kilograms?
// expect: restoration: an output beside a bare number or percent \(2000.0: tonnes or kilograms\?\)
#include <restoration/output.hpp>

using namespace restoration;

bool over_two_thousand() {
    const output<disinfectant> disinfection = 1'529.0 * tonnes;
#ifdef RESTORATION_MISTAKE
    return disinfection > 2'000.0;
#else
    return disinfection > output<disinfectant>{2'000.0 * tonnes};
#endif
}
