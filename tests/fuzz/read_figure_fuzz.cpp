// read_figure_fuzz.cpp: libFuzzer target for the reader of printed figures. Any bytes must give
// a figure or a std::invalid_argument, never a crash, a hang or undefined behaviour; and what
// find_figures finds must read back alone as the same figure.
#include <restoration/printed.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <stdexcept>
#include <string_view>

namespace {

void require(bool condition) {
    if (!condition) {
        std::abort();  // libFuzzer reports the input
    }
}

bool same_figure(const restoration::printed_figure& a, const restoration::printed_figure& b) {
    return a.number == b.number && a.exponent == b.exponent && a.percent == b.percent &&
           a.decimal_comma == b.decimal_comma && a.unit == b.unit;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const restoration::printed_figure figure = restoration::read_figure(text);
        require(figure.position + figure.text.size() <= text.size());
        require(figure.number.decimals >= 0);
    } catch (const std::invalid_argument&) {
    }

    const restoration::found_figures found = restoration::find_figures(text);
    for (const restoration::printed_figure& figure : found.figures) {
        require(text.substr(figure.position, figure.text.size()) == figure.text);
        require(same_figure(restoration::read_figure(figure.text), figure));
    }
    for (const restoration::passed_over& passed : found.passed) {
        require(text.substr(passed.position, passed.text.size()) == passed.text);
    }
    return 0;
}
