// Adding output value in yuan over a period to an output of a good over the same period.
// expect: restoration: over a period, an output adds to an output of its good and a value in yuan to a value
#include <restoration/period.hpp>

using namespace restoration;
using std::chrono::operator""y;

auto output_and_value() {
    const period may = period::month_to_date(2022y / std::chrono::May / 5);
    const over_period<output<face_mask>> masks{1.0e6 * pieces, may};
    const over_period<output_value> value{3.2e6 * yuan, may};
    // Kept in a variable: the message comes first (it came after "'void total' has
    // incomplete type" while the refusal gave void).
#ifdef RESTORATION_MISTAKE
    const auto total = masks + value;
#else
    const auto total = value + over_period<output_value>{1.0e6 * yuan, may};
#endif
    return total;
}
