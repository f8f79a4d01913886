// detail/full_width.hpp: full-width digits (０ to ９) and a full-width point between digits
// ("８４．３％") read as their ASCII forms, with the way back to the bytes as printed, so that
// the readers scan one form of digits and still report positions and text of the original.
// Full-width signs and ％ are read as they are (figure_scan.hpp lists them); a full-width comma
// is the clause comma of Chinese text, never a thousands separator.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace restoration::detail {

// The full-width digit at `at` ("\xEF\xBC\x90" to "\xEF\xBC\x99"), as its ASCII digit, or 0.
constexpr char full_width_digit_at(std::string_view text, std::size_t at) {
    if (at + 3 > text.size() || text[at] != '\xEF' || text[at + 1] != '\xBC') {
        return 0;
    }
    const auto last = static_cast<unsigned char>(text[at + 2]);
    return last >= 0x90 && last <= 0x99 ? static_cast<char>('0' + (last - 0x90)) : 0;
}

inline constexpr std::string_view full_width_point = "\uff0e";  // ．

// A text with its full-width digits made ASCII, and where each of its bytes was printed. When
// the text has none, it is the text itself, and no copy is made.
class ascii_digits {
public:
    explicit ascii_digits(std::string_view printed) : printed_(printed) {
        if (!has_full_width_figure(printed)) {
            return;
        }
        for (std::size_t i = 0; i < printed.size();) {
            const std::size_t length = ascii_at(printed, i);
            from_.push_back(i);
            i += length;
        }
        from_.push_back(printed.size());
    }

    std::string_view text() const { return from_.empty() ? printed_ : std::string_view(ascii_); }

    // Where the byte at `at` of text() was printed; text().size() maps to the printed size.
    std::size_t printed_at(std::size_t at) const { return from_.empty() ? at : from_[at]; }

    // The printed bytes of text()'s [from, to).
    std::string_view printed(std::size_t from, std::size_t to) const {
        return printed_.substr(printed_at(from), printed_at(to) - printed_at(from));
    }

private:
    // A full-width digit or point: "1．2" (ASCII digits, a full-width point) is 1.2 as well.
    static bool has_full_width_figure(std::string_view text) {
        for (std::size_t i = 0; i + 2 < text.size(); ++i) {
            if (full_width_digit_at(text, i) != 0 || text.substr(i, 3) == full_width_point) {
                return true;
            }
        }
        return false;
    }

    static bool digit_or_full_width_at(std::string_view text, std::size_t at) {
        return (at < text.size() && text[at] >= '0' && text[at] <= '9') ||
               full_width_digit_at(text, at) != 0;
    }

    // Appends the ASCII form of the character at `at` (or its first byte) and returns how many
    // printed bytes it took.
    std::size_t ascii_at(std::string_view text, std::size_t at) {
        if (const char digit = full_width_digit_at(text, at)) {
            ascii_ += digit;
            return 3;
        }
        const bool after_digit = !ascii_.empty() && ascii_.back() >= '0' && ascii_.back() <= '9';
        if (after_digit && text.substr(at, 3) == full_width_point &&
            digit_or_full_width_at(text, at + 3)) {
            ascii_ += '.';
            return 3;
        }
        ascii_ += text[at];
        return 1;
    }

    std::string_view printed_;
    std::string ascii_;
    std::vector<std::size_t> from_;  // empty when the text has no full-width digit
};

}  // namespace restoration::detail
