// Adding a number of days to an output, as when a period is mistaken for an amount.
// expect: restoration: an output adds to, subtracts or compares with an output of the same good, not a bare quantity
#include <restoration/output.hpp>

using namespace restoration;

auto total() {
    const output<face_mask> masks = 28.92e6 * pieces;
#ifdef RESTORATION_MISTAKE
    return masks + 55.0 * days;
#else
    return masks + output<face_mask>(1.0e6 * pieces);
#endif
}
