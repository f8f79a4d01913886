// Stating 1.5 pieces as an output counted in whole pieces, which would drop the half.
// expect: restoration: this amount would be narrowed to the output's number type
#include <restoration/output.hpp>

using namespace restoration;

long whole_pieces() {
#ifdef RESTORATION_MISTAKE
    output<face_mask, long> masks = 1.5 * pieces;
#else
    output<face_mask, long> masks = 2L * pieces;
#endif
    return masks.value();
}
