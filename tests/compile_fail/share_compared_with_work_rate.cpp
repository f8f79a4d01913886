// Comparing a share (the enterprises with staff back, of those resumed) with the work rate.
// expect: restoration: a share is not a work rate, and cannot be compared with or subtracted from one
#include <restoration/cohort.hpp>
#include <restoration/share.hpp>

using namespace restoration;

bool staffed_ahead_of_resumption() {
    const cohort<industrial> all{7'681, 6'480};
    const auto staffed = share_of_resumed(all, 6'000);
#ifdef RESTORATION_MISTAKE
    return staffed > all.work_rate();
#else
    return staffed.to_double() > all.work_rate().to_double();  // explicitly as numbers
#endif
}
