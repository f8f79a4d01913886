// Adding bare pieces to an output and keeping the result in a variable: the message comes
// first, not a complaint about the variable's type.
// expect: restoration: an output adds to, subtracts or compares with an output of the same good, not a bare quantity
#include <restoration/output.hpp>

using namespace restoration;

double kept_total() {
    const output<face_mask> masks = 28.92e6 * pieces;
#ifdef RESTORATION_MISTAKE
    const auto total = masks + 1.0e6 * pieces;
#else
    const auto total = masks + output<face_mask>(1.0e6 * pieces);
#endif
    return total.value();
}
