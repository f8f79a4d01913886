// value_text.hpp: the registry tool's reading of an output value column, the double that
// std::from_chars reads from the text, taking short ways for the texts registries write.
#pragma once

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <system_error>

namespace registry {

// The digits from `at` on into `digits`, `at` left at the first character that is not one. Only
// the position is kept in the loop; the counts are differences of positions after it.
[[gnu::always_inline]] inline void read_digits(const char*& at, std::uint64_t& digits) {
    for (unsigned digit = 0; (digit = static_cast<unsigned char>(*at) - 48U) < 10; ++at) {
        digits = digits * 10 + digit;
    }
}

// A word of the text's bytes, from wherever they lie.
template <class Word>
[[gnu::always_inline]] inline Word text_word(const char* at) {
    Word word;
    std::memcpy(&word, at, sizeof word);
    return word;
}

// The digit values of a word's bytes (each less '0'), and whether every byte is a digit: each
// value is then 0 to 9, and adding 0x76 leaves it below 0x80, where a byte below '0' borrows and
// one above '9' passes 0x80 (a borrow or carry between bytes happens only where one has failed).
template <class Word>
[[gnu::always_inline]] inline bool digit_values(Word word, Word& values) {
    constexpr Word ones = static_cast<Word>(~Word{0}) / 0xFF;  // 0x01 in every byte
    values = word - ones * '0';
    return ((values | (values + ones * 0x76)) & (ones * 0x80)) == 0;
}

// The number that the digits of a word write, its first byte the first digit (x86-64 loads words
// little-endian), given as digit values 0 to 9 a byte: neighbouring digits are joined in pairs,
// the pairs in fours, the fours in eights, each step one multiplication, one shift and one mask.
[[gnu::always_inline]] inline std::uint64_t number_of_eight(std::uint64_t values) {
    values = (values * 10 + (values >> 8)) & 0x00FF'00FF'00FF'00FFU;
    values = (values * 100 + (values >> 16)) & 0x0000'FFFF'0000'FFFFU;
    return (values * 10'000 + (values >> 32)) & 0xFFFF'FFFFU;
}

[[gnu::always_inline]] inline std::uint32_t number_of_four(std::uint32_t values) {
    values = (values * 10 + (values >> 8)) & 0x00FF'00FFU;
    return (values * 100 + (values >> 16)) & 0xFFFFU;
}

// A whole number of 4 to 15 digits, the text's `size` bytes: read as two words, the last 8 (or 4)
// digits and the first ones, the words overlapping where there are fewer than 16 (or 8), so that
// no byte past the text is read. The first word is shifted to keep only the digits before the last
// word's (shifted twice, as a shift by a whole word is undefined), zeros coming in as leading
// digits. Says whether every byte is a digit. A loop of a digit a turn costs twice as many
// instructions for the 7 to 9 digits that a registry's values have.
[[gnu::always_inline]] inline bool read_whole_by_words(const char* text, std::size_t size,
                                                       std::uint64_t& digits) {
    if (size >= 8) {
        std::uint64_t first = 0;
        std::uint64_t last = 0;
        if (!digit_values(text_word<std::uint64_t>(text), first) ||
            !digit_values(text_word<std::uint64_t>(text + size - 8), last)) {
            return false;
        }
        const std::uint64_t leading = (first << (8 * (15 - size))) << 8;
        digits = number_of_eight(leading) * 100'000'000 + number_of_eight(last);
        return true;
    }
    std::uint32_t first = 0;
    std::uint32_t last = 0;
    if (!digit_values(text_word<std::uint32_t>(text), first) ||
        !digit_values(text_word<std::uint32_t>(text + size - 4), last)) {
        return false;
    }
    const std::uint32_t leading = (first << (8 * (7 - size))) << 8;
    digits = std::uint64_t{number_of_four(leading)} * 10'000 + number_of_four(last);
    return true;
}

// Whole yuan or a few decimals ("1250", "1000.10"): the digits m and the decimals k, read
// straight from the text. With at most 15 digits, m is below 2^53 and k at most 15, so m and
// 10^k are doubles exactly and m / 10^k, one correctly rounded division, is the double nearest
// the text: the one std::from_chars gives. Anything else (a sign, an exponent, more digits, a
// stray character, nothing at all) is left to std::from_chars. Says whether it read the text.
// (Out-parameters, not std::optional<double>, which g++ 12 passes through the stack in pieces.)
// Always inlined, as what it calls: g++ would otherwise call them for each value.
[[gnu::always_inline]] inline bool read_short_decimal(const char* text, double& value) {
    static constexpr double powers_of_ten[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6, 1e7,
                                               1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    // Past 15 digits the sum may wrap (unsigned, so defined), and the text is refused anyway.
    std::uint64_t digits = 0;
    const char* at = text;
    read_digits(at, digits);
    const auto whole = at - text;
    if (*at == '\0') {  // a whole number, as registries mostly write: no division
        if (whole == 0 || whole > 15) {
            return false;
        }
        value = static_cast<double>(digits);
        return true;
    }
    if (*at != '.') {
        return false;
    }
    const char* const first_decimal = ++at;
    read_digits(at, digits);
    const auto decimals = at - first_decimal;
    if (whole == 0 || decimals == 0 || *at != '\0' || whole + decimals > 15) {
        return false;
    }
    value = static_cast<double>(digits) / powers_of_ten[decimals];
    return true;
}

// The double std::from_chars reads from the whole text. Says whether it read it all. Out of
// line: registries seldom come here.
[[gnu::noinline]] inline bool read_by_from_chars(const char* text, double& value) {
    const std::string_view whole = text;
    const auto [end, error] = std::from_chars(whole.data(), whole.data() + whole.size(), value);
    return error == std::errc{} && end == whole.data() + whole.size();
}

// The double std::from_chars reads from the whole text, the short way when it can: a whole number
// of 4 to 15 digits a word at a time, then whole yuan or a few decimals a digit at a time. Says
// whether it read it all. Always inlined, with the short ways, where a value is read for each row.
[[gnu::always_inline]] inline bool read_value(const char* text, double& value) {
    const std::size_t size = std::char_traits<char>::length(text);
    std::uint64_t digits = 0;
    if (size >= 4 && size <= 15 && read_whole_by_words(text, size, digits)) {
        value = static_cast<double>(digits);  // below 10^15, so exactly
        return true;
    }
    return read_short_decimal(text, value) || read_by_from_chars(text, value);
}

}  // namespace registry
