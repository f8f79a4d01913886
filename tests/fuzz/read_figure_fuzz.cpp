// read_figure_fuzz.cpp: libFuzzer target for the reader of printed figures. Any bytes must give
// a figure or a std::invalid_argument, never a crash, a hang or undefined behaviour; what
// find_figures finds must read back alone as the same figure (qualifier, points and 均 too), and
// its dates must stand where it says, as printed; and a text that read_figure reads
// must be found by find_figures as that one figure, nothing passed over.
#include <restoration/printed.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <stdexcept>
#include <string_view>

namespace {

void require(bool condition) {
    if (!condition) {
        std::abort();  // libFuzzer reports the input
    }
}

// The same figure; for one whose kind its list gave it (found.kind_from_list), the same but for
// that kind, which alone it lacks (it reads as a bare number, or 个).
bool same_figure(const restoration::printed_figure& read,
                 const restoration::printed_figure& found) {
    const bool same_kind = found.kind_from_list
                               ? !read.percent && !read.points &&
                                     (read.unit.empty() || read.unit == "\u4e2a")
                               : read.percent == found.percent && read.unit == found.unit &&
                                     read.points == found.points;
    return read.number == found.number && read.exponent == found.exponent && same_kind &&
           read.decimal_comma == found.decimal_comma && read.claim == found.claim &&
           read.each == found.each;
}

bool known_unit(std::string_view unit) {
    const auto& units = restoration::detail::unit_words;
    return std::find(units.begin(), units.end(), unit) != units.end();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::optional<restoration::printed_figure> read;
    try {
        read = restoration::read_figure(text);
        require(read->position + read->text.size() <= text.size());
        require(text.substr(read->position, read->text.size()) == read->text);
        require(read->number.decimals >= 0);
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
    for (const restoration::printed_date& date : found.dates) {
        require(text.substr(date.position, date.text.size()) == date.text);
    }

    // The other way: what read_figure reads is what find_figures finds, unit word and text
    // alike: both take only the unit words they know. And a sign is never dropped: a figure
    // passed over or refused is so with a reason, and one found keeps the sign read_figure does.
    if (read) {
        require(found.figures.size() == 1 && found.passed.empty());
        const restoration::printed_figure& figure = found.figures[0];
        require(figure.position == read->position && same_figure(*read, figure) &&
                figure.text == read->text);
        require(read->unit.empty() || known_unit(read->unit));
    }
    return 0;
}
