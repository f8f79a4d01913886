// value_text_test.cpp: the registry tool reads a value column to the same double as
// std::from_chars, and refuses the same texts, over texts made to sit on every edge of its
// short ways (digit counts about 4, 8 and 15, points, signs, exponents, stray characters at
// every place).
#include "value_text.hpp"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <system_error>

namespace {

struct reference_reading {
    bool read = false;
    double value = 0;
};

reference_reading read_by_from_chars(const std::string& text) {
    reference_reading reading;
    const char* end = text.data() + text.size();
    const auto [at, error] = std::from_chars(text.data(), end, reading.value);
    reading.read = error == std::errc{} && at == end;
    return reading;
}

std::string digits(std::mt19937_64& random, std::size_t count) {
    std::string text;
    for (std::size_t i = 0; i < count; ++i) {
        text += static_cast<char>('0' + random() % 10);
    }
    return text;
}

// A text of digits and a point mostly, now and then a sign, an exponent or a stray character.
std::string made_up_value(std::mt19937_64& random) {
    std::string text = digits(random, random() % 19);
    if (random() % 3 != 0) {
        text += '.';
        text += digits(random, random() % 19);
    }
    constexpr std::array<const char*, 8> oddities = {"-", "+", "e5", "E-3", " ", "x", "..", "0x1"};
    if (random() % 8 == 0) {
        const char* odd = oddities[random() % oddities.size()];
        text.insert(random() % (text.size() + 1), odd);
    }
    return text;
}

}  // namespace

int main() {
    std::mt19937_64 random(1529);
    std::size_t short_way = 0;
    std::size_t checked = 0;
    const auto check = [&](const std::string& text) {
        double value = -1;
        const bool read = registry::read_value(text.c_str(), value);
        const reference_reading expected = read_by_from_chars(text);
        double unused = 0;
        short_way += registry::read_short_decimal(text.c_str(), unused) ? 1U : 0U;
        ++checked;
        if (read != expected.read ||
            (read && std::memcmp(&value, &expected.value, sizeof value) != 0)) {
            std::printf("\"%s\": read %d as %.17g; std::from_chars: %d, %.17g\n", text.c_str(),
                        read, value, expected.read, expected.value);
            return false;
        }
        return true;
    };
    for (const char* text : {"0", "1", "0.1", "1000.10", "999999999999999", "9999999999999999",
                             "0.000000000000001", "123456789012.345", "1.", ".5", "", ".", "-0",
                             "1e3", "00000000000000000001", "9007199254740993", "1,5"}) {
        if (!check(text)) {
            return 1;
        }
    }
    // Whole numbers of every length around the word-at-a-time way's (4 to 15 digits), and each
    // with a byte that is not a digit at every place in turn: just below '0' and above '9', a
    // point, a space, a letter and bytes with the high bit set, which a word's test of its bytes
    // must each catch wherever they are.
    for (std::size_t size = 1; size <= 17; ++size) {
        for (int sample = 0; sample < 200; ++sample) {
            if (!check(digits(random, size))) {
                return 1;
            }
        }
        for (std::size_t at = 0; at < size; ++at) {
            for (const char odd : {'/', ':', '.', ' ', 'e', '\xB0', '\xFF', '\x06'}) {
                std::string text = digits(random, size);
                text[at] = odd;
                if (!check(text)) {
                    return 1;
                }
            }
        }
    }
    for (int i = 0; i < 1'000'000; ++i) {
        if (!check(made_up_value(random))) {
            return 1;
        }
    }
    // The short way must have been taken often, or the comparison would say nothing about it.
    if (short_way < checked / 4) {
        std::printf("the short way read only %zu of %zu texts\n", short_way, checked);
        return 1;
    }
    std::printf("%zu texts read as std::from_chars reads them, %zu the short way\n", checked,
                short_way);
    return 0;
}
