// A production-restoration rate of masks against a baseline of protective suits.
// expect: restoration: production restoration compares a good's output with a baseline of the same good
#include <restoration/output.hpp>

using namespace restoration;

double restored() {
    output<face_mask> masks = 28.92e6 * pieces;
    [[maybe_unused]] output<protective_suit> suits = 470'000.0 * pieces;
#ifdef RESTORATION_MISTAKE
    return (masks / suits).to_double();
#else
    return (masks / output<face_mask>(30e6 * pieces)).to_double();
#endif
}
