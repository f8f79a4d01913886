// Printing a digit read out of a line of text as a figure: '7' is the number 55.
// expect: restoration: a character such as '7' is not a figure
#include <restoration/format.hpp>

#include <string>

using namespace restoration;

std::string shown(const char* line) {
#ifdef RESTORATION_MISTAKE
    return figure(line[0], 1, rounding::half_up);
#else
    return figure(line[0] - '0', 1, rounding::half_up);
#endif
}
