// Comparing a work rate (by count of enterprises) with a production rate (by output).
// expect: restoration: rates of different kinds \(work resumption, staff return, production\) cannot be compared, subtracted or averaged
#include <restoration/cohort.hpp>
#include <restoration/rate.hpp>

using namespace restoration;

bool work_ahead_of_production() {
    const cohort<industrial> all{7'681, 6'480};
    const rate<production_restoration> production{72.7_percent};
#ifdef RESTORATION_MISTAKE
    return all.work_rate() > production;
#else
    return all.work_rate().to_double() > production.to_double();  // explicitly as numbers
#endif
}
