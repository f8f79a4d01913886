// A growth stated from the text of two figures, as read from a file.
// expect: restoration: a rate or growth is made of two numbers, not text, outputs or quantities
#include <restoration/growth.hpp>

#include <string>

using namespace restoration;

auto grown(const std::string& current, const std::string& base) {
#ifdef RESTORATION_MISTAKE
    return growth<year_on_year>{current, base};
#else
    return growth<year_on_year>{std::stoll(current), std::stoll(base)};
#endif
}
