// Growth of masks against a base of protective suits.
// expect: restoration: growth compares a good's output with its own output in the base period
#include <restoration/growth.hpp>

using namespace restoration;

auto masks_growth() {
    const output<face_mask> masks = 28.92e6 * pieces;
    [[maybe_unused]] const output<protective_suit> suits = 470'000.0 * pieces;
#ifdef RESTORATION_MISTAKE
    return growth_of<year_on_year>(masks, suits);
#else
    return growth_of<year_on_year>(masks, output<face_mask>(26.0e6 * pieces));
#endif
}
