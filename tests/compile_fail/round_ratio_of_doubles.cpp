// Rounding a ratio of doubles with the function for whole counts: 0.5 would become 0.
// expect: restoration: round_ratio takes whole counts
#include <restoration/decimal.hpp>

using namespace restoration;

auto rounded() {
#ifdef RESTORATION_MISTAKE
    return round_ratio(0.5, 3.0, 1, rounding::half_up);
#else
    return round_ratio(1, 6, 1, rounding::half_up);
#endif
}
