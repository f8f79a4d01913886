// differential_test.cpp: the exact core against a second implementation written differently:
// 128-bit integer arithmetic on the figures' rational values, over millions of random figures
// (counts, whole and decimal outputs, differences, comparisons), every rule, 0 to 3 decimals.
#include <restoration/restoration.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <optional>
#include <random>
#include <string>
#include <utility>

#include "random_cases.hpp"
#include "reference.hpp"

using namespace restoration;

namespace {

using reference::int128;
using reference::power_of_ten;

constexpr int pairs = random_cases::of(1'000'000);

// A count from a range chosen at random: small counts, bulletin-sized ones, and counts whose
// scaled products pass 64 bits.
std::int64_t random_count(std::mt19937_64& random) {
    static constexpr std::int64_t tops[] = {10, 2'000, 10'000'000, 4'000'000'000,
                                            std::int64_t{1} << 62};
    const std::int64_t top = tops[random() % std::size(tops)];
    return 1 + static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(top));
}

// A denominator that makes exact ties common: 2^a x 5^b.
std::int64_t tie_prone(std::mt19937_64& random) {
    std::int64_t d = 1;
    for (auto a = random() % 8; a > 0; --a) {
        d *= 2;
    }
    for (auto b = random() % 6; b > 0; --b) {
        d *= 5;
    }
    return d;
}

}  // namespace

TEST_CASE("count-based percents agree with 128-bit arithmetic on a million random pairs") {
    std::mt19937_64 random(20'220'511);
    long mismatches = 0;
    long ties = 0;
    for (int i = 0; i < pairs; ++i) {
        const std::int64_t in_scope = i % 4 == 0 ? tie_prone(random) : random_count(random);
        const auto resumed =
            static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(in_scope + 1));
        const rate<work_resumption> r{resumed, in_scope};
        for (int decimals = 0; decimals <= 3; ++decimals) {
            const int128 scaled = int128{resumed} * power_of_ten(decimals + 2);
            ties += 2 * (scaled % in_scope) == in_scope ? 1 : 0;
            for (rounding rule : all_rounding_rules) {
                const decimal got = rounded_percent(r, decimals, rule);
                const std::int64_t want = reference::rounded(scaled, in_scope, rule);
                if (got.units != want || got.decimals != decimals) {
                    if (++mismatches <= 5) {
                        FAIL_CHECK(to_string(rule) << " " << resumed << "/" << in_scope << " to "
                                                   << decimals << ": " << got.units << " not "
                                                   << want);
                    }
                }
            }
        }
    }
    CHECK(mismatches == 0);
    CHECK(ties > pairs / 20);  // the ties were there to be decided
}

TEST_CASE("output-based percents agree with 128-bit arithmetic, whole and decimal figures") {
    std::mt19937_64 random(20'220'505);
    long mismatches = 0;
    for (int i = 0; i < pairs; ++i) {
        // A figure u x 10^-j, as a person writes it: 23, 40, 28.92, 0.727.
        const auto u_now = static_cast<std::int64_t>(random() % 1'000'000'000);
        const std::int64_t u_base = i % 4 == 0 ? tie_prone(random)
                                               : 1 + static_cast<std::int64_t>(
                                                         random() % 1'000'000'000);
        const int j_now = static_cast<int>(random() % 5);
        const int j_base = static_cast<int>(random() % 5);
        const double now_figure =
            static_cast<double>(u_now) / static_cast<double>(power_of_ten(j_now));
        const double base_figure =
            static_cast<double>(u_base) / static_cast<double>(power_of_ten(j_base));
        const output<face_mask> now = now_figure * pieces;
        const output<face_mask> baseline = base_figure * pieces;
        const auto r = now / baseline;
        for (int decimals = 0; decimals <= 3; ++decimals) {
            const int128 numerator =
                int128{u_now} * power_of_ten(j_base) * power_of_ten(decimals + 2);
            const int128 denominator = int128{u_base} * power_of_ten(j_now);
            for (rounding rule : all_rounding_rules) {
                const decimal got = rounded_percent(r, decimals, rule);
                const std::int64_t want = reference::rounded(numerator, denominator, rule);
                if (got.units != want) {
                    if (++mismatches <= 5) {
                        FAIL_CHECK(to_string(rule) << " " << now_figure << "/" << base_figure
                                                   << " to " << decimals << ": " << got.units
                                                   << " not " << want);
                    }
                }
            }
        }
    }
    CHECK(mismatches == 0);
}

TEST_CASE("the issue's own pairs of pieces round as their exact quotients do") {
    const auto rate_of = [](double now, double before) {
        return output<face_mask>(now * pieces) / output<face_mask>(before * pieces);
    };
    CHECK(percent(rate_of(23, 40), 0, rounding::half_up) == "58%");      // exactly 57.5
    CHECK(percent(rate_of(7, 25), 0, rounding::away_from_zero) == "28%");  // exactly 28
    CHECK(percent(rate_of(11, 20), 2, rounding::away_from_zero) == "55.00%");
    CHECK(percent(rate_of(1, 8), 1, rounding::half_even) == "12.5%");
    CHECK(percent(rate_of(1, 80), 1, rounding::half_even) == "1.2%");  // 1.25, a tie to even
}

TEST_CASE("differences in points agree with 128-bit arithmetic on a million random pairs") {
    std::mt19937_64 random(20'220'418);
    long mismatches = 0;
    for (int i = 0; i < pairs; ++i) {
        const std::int64_t b = 1 + static_cast<std::int64_t>(random() % (std::uint64_t{1} << 40));
        const std::int64_t d = i % 4 == 0 ? tie_prone(random) : 1 + static_cast<std::int64_t>(
                                                                    random() % 2'000'000);
        const auto a = static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(b + 1));
        const auto c = static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(d + 1));
        const auto gap = rate<work_resumption>{a, b} - rate<work_resumption>{c, d};
        for (int decimals = 0; decimals <= 3; ++decimals) {
            const int128 numerator = (int128{a} * d - int128{c} * b) * power_of_ten(decimals + 2);
            const int128 denominator = int128{b} * d;
            for (rounding rule : all_rounding_rules) {
                const decimal got = rounded_points(gap, decimals, rule);
                const std::int64_t want = reference::rounded(numerator, denominator, rule);
                if (got.units != want) {
                    if (++mismatches <= 5) {
                        FAIL_CHECK(to_string(rule) << " " << a << "/" << b << " - " << c << "/"
                                                   << d << " to " << decimals << ": "
                                                   << got.units << " not " << want);
                    }
                }
            }
        }
    }
    CHECK(mismatches == 0);
}

TEST_CASE("comparisons agree with 128-bit cross-multiplication, up to 2^62") {
    std::mt19937_64 random(20'200'221);
    long mismatches = 0;
    for (int i = 0; i < pairs; ++i) {
        const std::int64_t b = random_count(random);
        const std::int64_t d = random_count(random);
        const auto a = static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(b + 1));
        // Half the time a neighbour of a/b, where a double cannot tell them apart.
        const std::int64_t c =
            i % 2 == 0 ? static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(d + 1))
                       : std::min(d, static_cast<std::int64_t>(
                                         static_cast<long double>(a) * d / b));
        const auto got = rate<work_resumption>{a, b} <=> rate<work_resumption>{c, d};
        const auto want = int128{a} * d <=> int128{c} * b;
        if (got != want && ++mismatches <= 5) {
            FAIL_CHECK(a << "/" << b << " against " << c << "/" << d);
        }
        const auto points_got = (rate<work_resumption>{a, b} - rate<work_resumption>{c, d}) <=>
                                percentage_points<work_resumption>(0, 1);
        if (points_got != want && ++mismatches <= 5) {
            FAIL_CHECK(a << "/" << b << " - " << c << "/" << d << " against 0 points");
        }
    }
    CHECK(mismatches == 0);
}

TEST_CASE("natural numbers agree with 128-bit arithmetic") {
    __extension__ typedef unsigned __int128 uint128;  // NOLINT: the reference needs 128 bits
    std::mt19937_64 random(7'681);
    const auto as_natural = [](uint128 value) {
        detail::natural high{static_cast<std::uint64_t>(value >> 64)};
        high *= 65'536U;
        high *= 65'536U;
        high *= 65'536U;
        high *= 65'536U;
        high += detail::natural{static_cast<std::uint64_t>(value)};
        return high;
    };
    for (int i = 0; i < pairs / 10; ++i) {
        const std::uint64_t a = random() >> (random() % 64);
        const std::uint64_t b = 1 + (random() >> (random() % 64));
        const std::uint64_t c = random() >> (random() % 64);
        const uint128 product = uint128{a} * b;
        REQUIRE(detail::natural{a} * detail::natural{b} == as_natural(product));
        detail::natural sum = as_natural(product);
        sum += detail::natural{c};
        REQUIRE(sum == as_natural(product + c));
        REQUIRE((detail::natural{a} <=> detail::natural{c}) == (a <=> c));
        detail::natural rest;
        const auto quotient = as_natural(product + c).divide(detail::natural{b}, rest);
        const uint128 want = (product + c) / b;
        if (want >> 64 == 0) {
            REQUIRE(quotient.has_value());
            REQUIRE(*quotient == static_cast<std::uint64_t>(want));
            REQUIRE(rest == as_natural((product + c) % b));
        } else {
            REQUIRE_FALSE(quotient.has_value());
        }
        detail::natural difference = as_natural(product + c);
        difference -= detail::natural{c};
        REQUIRE(difference == as_natural(product));
    }
}

TEST_CASE("sums past 128 bits are decided in natural numbers, still exactly") {
    const std::int64_t big = std::int64_t{1} << 62;
    // Four figures of 2^62: their common denominator passes 2^240.
    const auto gap = rate<work_resumption>{big - 1, big} - rate<work_resumption>{big - 3, big - 1};
    const auto same = rate<work_resumption>{big - 1, big} -
                      rate<work_resumption>{(big - 3) / 3 * 3, big - 1};
    CHECK((gap <=> gap) == 0);
    CHECK(gap > rate<work_resumption>{big - 1, big} - rate<work_resumption>{big - 2, big - 1});
    CHECK(same >= gap);
    CHECK(points(gap, 6, rounding::toward_zero) == "0.000000 percentage points");
    CHECK(points(gap, 6, rounding::away_from_zero) == "0.000001 percentage points");
    // Doubles of far exponents.
    CHECK(percent(rate<production_restoration, double>{1e300, 3e299}, 1, rounding::half_up) ==
          "333.3%");
    CHECK(percent(rate<production_restoration, double>{5e-324, 1.0}, 6, rounding::half_up) ==
          "0.000000%");
    CHECK(percent(rate<production_restoration, double>{5e-324, 1.0}, 6,
                  rounding::away_from_zero) == "0.000001%");
    CHECK_THROWS_AS(percent(rate<production_restoration, double>{1e300, 1e-300}, 0,
                            rounding::half_up),
                    std::overflow_error);
}

TEST_CASE("a double's exact form is its shortest decimal form, or past 2^53 its whole value") {
    // The reference: std::to_chars' shortest form, read digit by digit.
    const auto shortest = [](double value) {
        char buffer[64];
        const auto end = std::to_chars(buffer, buffer + sizeof buffer, value,
                                       std::chars_format::scientific)
                             .ptr;
        const std::string text(buffer, end);
        const auto e = text.find('e');
        std::string digits;
        for (char c : text.substr(0, e)) {
            digits += (c >= '0' && c <= '9') ? std::string(1, c) : "";
        }
        const auto point = text.find('.');
        const int decimals = point == std::string::npos ? 0 : static_cast<int>(e - point - 1);
        return std::pair{std::stoull(digits), std::stoi(text.substr(e + 1)) - decimals};
    };
    const auto canonical = [](std::uint64_t digits, int exponent) {
        for (; digits != 0 && digits % 10 == 0; digits /= 10) {
            ++exponent;
        }
        return std::pair{digits, digits == 0 ? 0 : exponent};
    };
    std::mt19937_64 random(84'364);
    long mismatches = 0;
    for (int i = 0; i < pairs; ++i) {
        double value = 0;
        if (i % 3 == 0) {  // a registry's figure: up to 12 digits with up to 9 decimals
            value = static_cast<double>(random() % 1'000'000'000'000) /
                    static_cast<double>(power_of_ten(static_cast<int>(random() % 10)));
        } else if (i % 3 == 1) {  // any finite double
            const std::uint64_t bits = random();
            std::memcpy(&value, &bits, sizeof value);
            if (!std::isfinite(value)) {
                continue;
            }
        } else {  // a binary fraction, whose shortest form has many digits
            value = std::ldexp(static_cast<double>(random() % (std::uint64_t{1} << 53)),
                               -static_cast<int>(random() % 60));
        }
        const detail::exact_figure got = detail::exact_form(value);
        // A whole number from 2^53 to 2^64 is read by its value, every other double by its
        // shortest form.
        const double magnitude = value < 0 ? -value : value;
        const bool whole_past_2_53 = magnitude >= 9007199254740992.0 && magnitude < 0x1p64;
        using figure = decltype(shortest(magnitude));
        const auto [digits, exponent] =
            whole_past_2_53 ? figure{static_cast<std::uint64_t>(magnitude), 0} : shortest(magnitude);
        if (canonical(got.digits, got.exponent) != canonical(digits, exponent) ||
            (got.digits != 0 && got.negative != (value < 0))) {
            if (++mismatches <= 5) {
                FAIL_CHECK("exact form of " << value);
            }
        }
    }
    CHECK(mismatches == 0);
}

// A figure as registries and bulletins hold them, or any double at all.
double random_figure(std::mt19937_64& random, int kind) {
    double value = 0;
    switch (kind % 4) {
    case 0:  // up to 12 digits with up to 9 decimals
        value = static_cast<double>(random() % 1'000'000'000'000) /
                static_cast<double>(power_of_ten(static_cast<int>(random() % 10)));
        break;
    case 1:  // whole, up to 2^54: past 2^53 not every whole number is a double's own form
        value = static_cast<double>(random() % (std::uint64_t{1} << 54));
        break;
    case 2: {  // any finite double
        const std::uint64_t bits = random();
        std::memcpy(&value, &bits, sizeof value);
        if (!std::isfinite(value) || std::fabs(value) > 1e300) {
            value = 0.5;
        }
        break;
    }
    default:  // a binary fraction, whose shortest form has many digits
        value = std::ldexp(static_cast<double>(random() % (std::uint64_t{1} << 53)),
                           -static_cast<int>(random() % 60));
    }
    return random() % 4 == 0 ? -value : value;
}

TEST_CASE("sums of outputs by the short ways agree with the exact sum of the figures") {
    std::mt19937_64 random(1'529);
    long mismatches = 0;
    for (int i = 0; i < pairs; ++i) {
        const double a = random_figure(random, static_cast<int>(random() % 4));
        const double b = random_figure(random, i % 5 == 0 ? static_cast<int>(random() % 4) : 0);
        const bool subtract = i % 2 == 1;
        // A result no double holds (2^53 + 1, or 0.1 + 2^-60) is refused by both ways alike.
        const auto or_refused = [](auto sum) -> std::optional<double> {
            try {
                return sum();
            } catch (const std::overflow_error&) {
                return std::nullopt;
            }
        };
        const std::optional<double> got = or_refused([&] {
            return i % 3 == 0 ? detail::sum_as_written<double, true>(a, b, subtract)
                              : detail::sum_as_written<double>(a, b, subtract);
        });
        const std::optional<double> expected = or_refused([&] {
            return detail::sum_exactly<double>(detail::exact_form(a), detail::exact_form(b),
                                               subtract);
        });
        if (got != expected) {  // a zero's sign aside (-0.5 + 0.5), equal is every bit equal
            if (++mismatches <= 5) {
                FAIL_CHECK(a << (subtract ? " - " : " + ") << b << ": " << got.value_or(-1)
                             << " against " << expected.value_or(-1));
            }
        }
    }
    CHECK(mismatches == 0);
    // The textbook case, and figures just past the short ways' bounds.
    CHECK(detail::sum_as_written<double>(0.1, 0.2, false) == 0.3);
    CHECK(detail::sum_as_written<double>(1125899906842.625, 0.001, false) ==
          detail::sum_exactly<double>(detail::exact_form(1125899906842.625),
                                      detail::exact_form(0.001), false));
    CHECK_THROWS_AS(detail::sum_as_written<double>(9007199254740992.0, 1.0, false),
                    std::overflow_error);
    const auto pieces_sum = [] {
        return detail::sum_as_written<double, true>(9007199254740991.0, 2.0, false);
    };
    CHECK_THROWS_AS(pieces_sum(), std::overflow_error);
}

TEST_CASE("conversions by a power of ten agree with the exact product of the figures") {
    std::mt19937_64 random(1'000);
    long mismatches = 0;
    for (int i = 0; i < pairs; ++i) {
        const double value = random_figure(random, static_cast<int>(random() % 4));
        const detail::exact_figure by{1, static_cast<int>(random() % 13) - 6, false};
        const double got = detail::times_exactly<double>(value, by);
        const detail::exact_figure figure = detail::exact_form(value);
        const double expected = detail::nearest_floating_by_text<double>(
            figure.negative, std::to_string(figure.digits), figure.exponent + by.exponent);
        if (std::memcmp(&got, &expected, sizeof got) != 0) {
            if (++mismatches <= 5) {
                FAIL_CHECK(value << " x 10^" << by.exponent << ": " << got << " against "
                                 << expected);
            }
        }
    }
    CHECK(mismatches == 0);
}

TEST_CASE("the reference itself decides the textbook cases") {
    CHECK(reference::rounded(125, 10, rounding::half_up) == 13);
    CHECK(reference::rounded(125, 10, rounding::half_even) == 12);
    CHECK(reference::rounded(135, 10, rounding::half_even) == 14);
    CHECK(reference::rounded(125, 10, rounding::half_down) == 12);
    CHECK(reference::rounded(121, 10, rounding::away_from_zero) == 13);
    CHECK(reference::rounded(129, 10, rounding::toward_zero) == 12);
    CHECK(reference::rounded(-125, 10, rounding::half_up) == -13);
}
