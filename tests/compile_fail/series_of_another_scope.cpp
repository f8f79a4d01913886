// Adding a snapshot of all industrial enterprises to a series of those above designated size.
// expect: restoration: a series follows one scope
#include <restoration/series.hpp>

#include <chrono>

using namespace restoration;
using namespace std::chrono;

auto follow() {
    series<above_designated_size> large;
    large.add(2022y / April / 18, {1'331, 930});
#ifdef RESTORATION_MISTAKE
    large.add(2022y / May / 5, cohort<industrial>{7'681, 6'480});
#else
    large.add(2022y / May / 5, cohort<above_designated_size>{1'331, 1'265});
#endif
    return large.snapshots().size();
}
