// detail/plain_text.hpp: the text as the readers scan it, with the way back to the bytes as
// printed, so that they scan one form and still report positions and text of the original.
// Full-width digits (０ to ９) and a full-width point between digits ("８４．３％") are read as
// their ASCII forms; full-width signs and ％ are read as they are (figure_scan.hpp lists them),
// and a full-width comma is the clause comma of Chinese text, never a thousands separator.
// Inline emphasis is dropped, since it changes nothing a figure says: Markdown's ** and __ and
// HTML's <b>, <strong>, <em>, <i>, <u>, <span> and <font> ("超过**3000**家" is more than 3,000
// enterprises, not a bare 3000); tags that part cells or lines (<td>, <br>) and <sup> (a note's
// number after a figure) stay. And HTML's entities for signs and spaces are the characters they
// stand for ("&gt;90%").
#pragma once

#include <array>
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

// The length of the inline emphasis markup at `at`, or 0.
constexpr std::size_t emphasis_at(std::string_view text, std::size_t at) {
    if (at + 1 < text.size() && (text[at] == '*' || text[at] == '_') && text[at + 1] == text[at]) {
        return 2;  // ** or __
    }
    if (at >= text.size() || text[at] != '<') {
        return 0;
    }
    constexpr std::array<std::string_view, 7> tags = {"strong", "span", "font", "em",
                                                      "b",      "i",    "u"};
    const std::size_t name = at + 1 + (at + 1 < text.size() && text[at + 1] == '/' ? 1 : 0);
    for (const std::string_view tag : tags) {
        if (text.size() - name < tag.size() + 1) {
            continue;
        }
        bool same = true;
        for (std::size_t k = 0; k < tag.size(); ++k) {
            const char c = text[name + k];
            same = same && (c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) == tag[k];
        }
        const char after = text[name + tag.size()];
        if (!same || (after != '>' && after != ' ')) {
            continue;
        }
        const std::size_t close = text.find('>', name + tag.size());
        const std::size_t open = text.find('<', name + tag.size());
        if (close != std::string_view::npos && close < open) {
            return close + 1 - at;  // attributes too: <span style="...">
        }
    }
    return 0;
}

// HTML's entities for what bulletins copied from web pages print with figures: "复工率&gt;90%" is
// more than 90%, "5&nbsp;%" 5%.
struct entity {
    std::string_view name;
    std::string_view text;
};
inline constexpr std::array<entity, 5> entities = {{{"&gt;", ">"},
                                                   {"&lt;", "<"},
                                                   {"&amp;", "&"},
                                                   {"&nbsp;", "\u00a0"},
                                                   {"&#37;", "%"}}};

constexpr const entity* entity_at(std::string_view text, std::size_t at) {
    if (at >= text.size() || text[at] != '&') {
        return nullptr;
    }
    for (const entity& e : entities) {
        if (text.substr(at, e.name.size()) == e.name) {
            return &e;
        }
    }
    return nullptr;
}

// A text as the readers scan it, and where each of its bytes was printed. When the text has
// nothing to change, it is the text itself, and no copy is made.
class plain_text {
public:
    explicit plain_text(std::string_view printed) : printed_(printed) {
        if (!has_work(printed)) {
            return;
        }
        for (std::size_t i = 0; i < printed.size();) {
            if (const std::size_t markup = emphasis_at(printed, i)) {
                i += markup;
                continue;
            }
            if (const entity* e = entity_at(printed, i)) {
                for (const char c : e->text) {  // each byte of it printed as the whole entity
                    plain_ += c;
                    from_.push_back(i);
                    until_.push_back(i + e->name.size());
                }
                i += e->name.size();
                continue;
            }
            const std::size_t length = ascii_at(printed, i);
            from_.push_back(i);
            until_.push_back(i + length);
            i += length;
        }
        from_.push_back(printed.size());
    }

    std::string_view text() const { return from_.empty() ? printed_ : std::string_view(plain_); }

    // Where the byte at `at` of text() was printed; text().size() maps to the printed size.
    std::size_t printed_at(std::size_t at) const { return from_.empty() ? at : from_[at]; }

    // The printed bytes of text()'s [from, to): from the first's to the last's, markup within
    // included, markup after the last not.
    std::string_view printed(std::size_t from, std::size_t to) const {
        if (from_.empty() || from >= to) {
            return printed_.substr(printed_at(from), to > from ? to - from : 0);
        }
        return printed_.substr(from_[from], until_[to - 1] - from_[from]);
    }

private:
    // A full-width digit or point ("1．2": ASCII digits, a full-width point, is 1.2 as well),
    // emphasis, or an entity.
    static bool has_work(std::string_view text) {
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (full_width_digit_at(text, i) != 0 || text.substr(i, 3) == full_width_point ||
                emphasis_at(text, i) != 0 || entity_at(text, i) != nullptr) {
                return true;
            }
        }
        return false;
    }

    static bool digit_or_full_width_at(std::string_view text, std::size_t at) {
        return (at < text.size() && text[at] >= '0' && text[at] <= '9') ||
               full_width_digit_at(text, at) != 0;
    }

    // Appends the plain form of the character at `at` (or its first byte) and returns how many
    // printed bytes it took.
    std::size_t ascii_at(std::string_view text, std::size_t at) {
        if (const char digit = full_width_digit_at(text, at)) {
            plain_ += digit;
            return 3;
        }
        const bool after_digit = !plain_.empty() && plain_.back() >= '0' && plain_.back() <= '9';
        if (after_digit && text.substr(at, 3) == full_width_point &&
            digit_or_full_width_at(text, at + 3)) {
            plain_ += '.';
            return 3;
        }
        plain_ += text[at];
        return 1;
    }

    std::string_view printed_;
    std::string plain_;
    std::vector<std::size_t> from_;   // empty when the text has nothing to change
    std::vector<std::size_t> until_;  // where each byte's printed form ends
};

}  // namespace restoration::detail
