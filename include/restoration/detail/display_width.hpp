// detail/display_width.hpp: how many columns of a monospaced table a UTF-8 text takes, so that
// padding to a width lines up Chinese names and figures ("规模以上工业企业" is 16 columns).
#pragma once

#include <cstddef>
#include <string_view>

namespace restoration::detail {

// East Asian Wide and Fullwidth characters take two columns: Hangul leading consonants, the
// angle brackets 〈 and 〉, the CJK blocks from the radicals to Yi (ideographs, kana, 、。「」,
// the ideographic space; not the half-fill space U+303F), Hangul syllables, compatibility
// ideographs, vertical and compatibility forms, the full-width forms (，％（）), the ideographs
// of the supplementary planes, and the pictographs and emoticons. Everything else, the no-break
// space included, takes one; combining marks, which the library never prints, are counted one
// each. (A terminal may differ on the rarest of these; on Chinese text and digits all agree.)
constexpr bool takes_two_columns(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || c == 0x2329 || c == 0x232A ||
           (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE10 && c <= 0xFE19) ||
           (c >= 0xFE30 && c <= 0xFE6F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x2FFFD) ||
           (c >= 0x30000 && c <= 0x3FFFD);
}

// The length in bytes of the UTF-8 sequence that starts `text`, 0 when it is not a well-formed
// one (a stray continuation byte, a cut sequence), and the code point it encodes.
struct code_point {
    std::size_t bytes = 0;
    char32_t value = 0;
};

constexpr code_point first_code_point(std::string_view text) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(0);
    std::size_t bytes = 0;
    char32_t value = 0;
    if (lead < 0x80) {
        return {1, lead};
    } else if ((lead & 0xE0) == 0xC0) {
        bytes = 2;
        value = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        bytes = 3;
        value = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        bytes = 4;
        value = lead & 0x07;
    } else {
        return {};
    }
    if (text.size() < bytes) {
        return {};
    }
    for (std::size_t i = 1; i < bytes; ++i) {
        if ((byte(i) & 0xC0) != 0x80) {
            return {};
        }
        value = value << 6 | (byte(i) & 0x3F);
    }
    return {bytes, value};
}

// Controls, combining marks, zero-width spaces and joiners, variation selectors: code points
// that take no column of their own, or move the cursor, and so cannot pad a table.
constexpr bool takes_no_column(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x0300 && c <= 0x036F) ||
           (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
           (c >= 0x200B && c <= 0x200F) || (c >= 0x2028 && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2064) || (c >= 0x20D0 && c <= 0x20FF) ||
           (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xFE20 && c <= 0xFE2F) || c == 0xFEFF;
}

// The columns `text` takes: two for each wide character, one for any other, and one for each
// byte that begins no well-formed sequence, so that a malformed name still counts.
constexpr std::size_t display_width(std::string_view text) {
    std::size_t columns = 0;
    while (!text.empty()) {
        const code_point c = first_code_point(text);
        if (c.bytes == 0) {
            ++columns;
            text.remove_prefix(1);
            continue;
        }
        columns += takes_two_columns(c.value) ? 2U : 1U;
        text.remove_prefix(c.bytes);
    }
    return columns;
}

}  // namespace restoration::detail
