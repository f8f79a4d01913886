// A production-restoration rate stated from two outputs, as if they were its figures: the
// library's message comes first, not the compiler's about casting an output to an integer.
// expect: restoration: a rate or growth is made of two numbers, not text, outputs or quantities
#include <restoration/output.hpp>

using namespace restoration;

auto restored() {
    const output<disinfectant> now = 1'529.0 * tonnes;
    const output<disinfectant> baseline = 2'100.0 * tonnes;
#ifdef RESTORATION_MISTAKE
    return rate<production_restoration>{now, baseline};
#else
    return now / baseline;
#endif
}
