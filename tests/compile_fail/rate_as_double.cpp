// Using a rate as a double without saying so.
// expect: restoration: a rate does not convert implicitly to a number
#include <restoration/cohort.hpp>

using namespace restoration;

double share() {
    const cohort<industrial> all{7'681, 6'480};
#ifdef RESTORATION_MISTAKE
    double value = all.work_rate();
#else
    double value = all.work_rate().to_double();
#endif
    return value;
}
