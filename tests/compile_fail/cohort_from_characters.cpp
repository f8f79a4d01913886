// Building a cohort from characters, as from digits taken one by one out of a line of text:
// '7' is the number 55.
// expect: restoration: counts of enterprises are integers; a cohort cannot be built from floating-point counts, bools, characters
#include <restoration/cohort.hpp>

using namespace restoration;

auto from_digits(const char* line) {
#ifdef RESTORATION_MISTAKE
    return cohort<industrial>(line[0], line[1]);
#else
    return cohort<industrial>(line[0] - '0', line[1] - '0');
#endif
}
