// A good taken for a scope: "6,480 of 7,681 face masks resumed".
// expect: restoration: cohort<Scope>: Scope is a good, a basis or a kind of rate, not a scope of enterprises
#include <restoration/cohort.hpp>
#include <restoration/good.hpp>

using namespace restoration;

auto resumed() {
#ifdef RESTORATION_MISTAKE
    return cohort<face_mask>{7'681, 6'480};
#else
    return cohort<industrial>{7'681, 6'480};
#endif
}
