// A rate of characters, as from digits taken one by one out of a line of text: '7' is 55.
// expect: restoration: a character such as '7' is not a figure
#include <restoration/rate.hpp>

using namespace restoration;

auto from_digits(const char* line) {
#ifdef RESTORATION_MISTAKE
    return rate<work_resumption>(line[0], line[1]);
#else
    return rate<work_resumption>(line[0] - '0', line[1] - '0');
#endif
}
