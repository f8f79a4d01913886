// A rate compared with a bare number: is 0.8 four fifths or 0.8 percent? Neither is taken.
// expect: restoration: a rate beside a bare number \(0.5: a half, or half a percent\?\)
#include <restoration/cohort.hpp>

using namespace restoration;

bool most_resumed() {
    const cohort<industrial> all{7'681, 6'480};
#ifdef RESTORATION_MISTAKE
    return all.work_rate() > 0.8;
#else
    return all.work_rate() > rate<work_resumption>{80_percent};
#endif
}
