// A share of enterprises from a floating-point count.
// expect: restoration: the part of a share of enterprises is a count, an integer; not a floating-point number, a bool, a character or a quantity
#include <restoration/cohort.hpp>
#include <restoration/share.hpp>

using namespace restoration;

auto staffed() {
    const cohort<industrial> all{7'681, 6'480};
#ifdef RESTORATION_MISTAKE
    return share_of_resumed(all, 6'000.0);
#else
    return share_of_resumed(all, 6'000);
#endif
}
