// Comparing a share of those resumed with a share of those in scope.
// expect: restoration: shares of different wholes .of those in scope, of those resumed. or measures .by count, by value. cannot be compared
#include <restoration/cohort.hpp>
#include <restoration/share.hpp>

using namespace restoration;

bool more_of_resumed() {
    const cohort<industrial> all{7'681, 6'480};
#ifdef RESTORATION_MISTAKE
    return share_of_resumed(all, 6'000) > share_of_in_scope(all, 6'000);
#else
    return share_of_resumed(all, 6'000) > share_of_resumed(all, 5'000);
#endif
}
