// Adding face masks to protective suits: both are counted in pieces, but they are different goods.
// expect: restoration: outputs of different goods cannot be added
#include <restoration/output.hpp>

using namespace restoration;

double total_pieces() {
    output<face_mask> masks = 28.92e6 * pieces;
    output<protective_suit> suits = 470'000.0 * pieces;
#ifdef RESTORATION_MISTAKE
    return (masks + suits).value();
#else
    return masks.value() + suits.value();  // a deliberate sum of pieces is spelled out
#endif
}
