// A cohort above designated size added to a set of regions of all industrial enterprises.
// expect: restoration: the regions of a set are of one scope
#include <restoration/regions.hpp>

using namespace restoration;

void districts() {
    regions<industrial> city("Changchun");
#ifdef RESTORATION_MISTAKE
    city.add("Chaoyang", cohort<above_designated_size>{1'331, 1'265});
#else
    city.add("Chaoyang", cohort<industrial>{7'681, 6'480});
#endif
}
