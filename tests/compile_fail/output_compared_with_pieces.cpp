// Comparing an output of masks with a bare number of pieces, which names no good.
// expect: restoration: an output adds to, subtracts or compares with an output of the same good
#include <restoration/output.hpp>

using namespace restoration;

bool reached() {
    const output<face_mask> masks = 28.92e6 * pieces;
#ifdef RESTORATION_MISTAKE
    const auto target = masks >= 30e6 * pieces;
    return target;
#else
    return masks >= output<face_mask>(30e6 * pieces);
#endif
}
