// Adding the masks of a period to the protective suits of the same period: different goods, even
// in the same unit and over the same days.
// expect: restoration: outputs of different goods cannot be added
#include <restoration/period.hpp>

using namespace restoration;
using std::chrono::operator""y;

auto masks_and_suits() {
    const period may = period::month_to_date(2022y / std::chrono::May / 5);
    const over_period<output<face_mask>> masks{1.0e6 * pieces, may};
    const over_period<output<protective_suit>> suits{20'000.0 * pieces, may};
#ifdef RESTORATION_MISTAKE
    return masks + suits;
#else
    return masks + over_period<output<face_mask>>{2.0e6 * pieces, may};
#endif
}
