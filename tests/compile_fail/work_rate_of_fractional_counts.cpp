// A work rate written straight from floating-point counts, half an enterprise and all.
// expect: restoration: rate<Kind, Rep>: a rate of counts \(work resumption, staff return, a share by count\) takes an integer Rep
#include <restoration/rate.hpp>

using namespace restoration;

auto work_rate() {
#ifdef RESTORATION_MISTAKE
    return rate<work_resumption, double>{6'480.5, 7'681.0};
#else
    return rate<work_resumption>{6'480, 7'681};
#endif
}
