// Adding a double output into a running total kept in float, which would round the sum.
// expect: restoration: output \+= output: the sum would be narrowed
#include <restoration/output.hpp>

using namespace restoration;

double total_of(output<face_mask> day) {
#ifdef RESTORATION_MISTAKE
    output<face_mask, float> total = 0.0f * pieces;
#else
    output<face_mask> total = 0.0 * pieces;
#endif
    total += day;
    return total.value();
}
