// output_differential_test.cpp: outputs as the library makes, sums and converts them, against
// the way the library did it before an output<Good, double> kept whole thousandths as integers
// (issue 10): that earlier code, copied below as the reference, on millions of random amounts
// and running totals (whole, to the kilogram, to the tonne, any double, near 2^50 thousandths and
// 2^53, zeros of both signs, refused ones), bit for bit, with the same refusals and messages.
#include <restoration/output.hpp>

#include <doctest/doctest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>

#include "random_cases.hpp"

namespace {

using namespace restoration;

constexpr int output_cases = random_cases::of(1'000'000);

// A good in kilograms, whose amounts stated in tonnes are whole thousands of kilograms.
struct feed_grain {
    using unit = kilogram_unit;
    static constexpr std::string_view name = "feed grain";
};

// ---- The reference: the library's code before, for doubles (whole sums checked in integers) --
namespace before {

bool exactly_whole(double x) {
    constexpr double exact_below = 9007199254740992.0;
    return x < exact_below && x > -exact_below &&
           static_cast<double>(static_cast<std::int64_t>(x)) == x;
}

// a ± b of two whole figures below 2^53, checked against the exact sum in integers: a sum
// no double holds (2^53 + 1) is refused, as the library now refuses it, never rounded.
double whole_sum(double a, double b, bool subtract) {
    const double sum = subtract ? a - b : a + b;
    const auto x = static_cast<std::int64_t>(a);
    const auto y = static_cast<std::int64_t>(b);
    if (static_cast<std::int64_t>(sum) != (subtract ? x - y : x + y)) {
        throw std::overflow_error("no double holds the sum");
    }
    return sum;
}

double sum_as_written(double a, double b, bool subtract, bool mostly_whole) {
    if (mostly_whole && exactly_whole(a) && exactly_whole(b)) {
        return whole_sum(a, b, subtract);
    }
    constexpr double thousand = 1e3;
    constexpr double bound = 1125899906842624.0;  // 2^50
    const double scaled_a = a * thousand;
    const double scaled_b = b * thousand;
    if (scaled_a < bound && scaled_a > -bound && scaled_b < bound && scaled_b > -bound) {
        const auto m_a = static_cast<std::int64_t>(scaled_a + (scaled_a < 0 ? -0.5 : 0.5));
        const auto m_b = static_cast<std::int64_t>(scaled_b + (scaled_b < 0 ? -0.5 : 0.5));
        if (static_cast<double>(m_a) / thousand == a && static_cast<double>(m_b) / thousand == b) {
            return static_cast<double>(subtract ? m_a - m_b : m_a + m_b) / thousand;
        }
    }
    if (exactly_whole(a) && exactly_whole(b)) {
        return whole_sum(a, b, subtract);
    }
    return detail::sum_exactly<double>(detail::exact_form(a), detail::exact_form(b), subtract);
}

// value x 10^exponent, to the nearest double, from the exact decimal product of the value and
// the factor 1 x 10^exponent (the library's factors keep no zeros in their digits).
double times_power_of_ten(double value, int exponent) {
    if (!std::isfinite(value)) {
        return value;
    }
    const detail::exact_figure figure = detail::exact_form(value);
    const detail::exact_figure factor{1, exponent, false};
    return detail::nearest_floating_by_text<double>(
        figure.negative != factor.negative,
        (detail::natural{figure.digits} * detail::natural{factor.digits}).decimal_digits(),
        figure.exponent + factor.exponent);
}

// What making an output did: the amount in the good's unit, or the refusal's message (an
// invalid_argument's; an overflow_error's begins "overflow: ").
struct made {
    double value = 0;
    std::string refused;  // empty when made
};

template <class Good>
made make(double stated, int exponent_to_good_unit) {
    double value = stated;
    try {
        value = exponent_to_good_unit == 0 ? stated
                                           : times_power_of_ten(stated, exponent_to_good_unit);
    } catch (const std::overflow_error& refusal) {  // past the largest double
        return {0, std::string("overflow: ") + refusal.what()};
    }
    if (!(value >= 0 && std::isfinite(value))) {
        return {value, "output of " + std::string(Good::name) +
                           " must be finite and not negative (" + detail::plain(value) + " " +
                           detail::unit_symbol<typename Good::unit>() + ")"};
    }
    return {value, {}};
}

}  // namespace before

// ---- Random amounts ---------------------------------------------------------------------------

// An amount as bulletins state them (most often), or one at a bound of the short ways, or one
// that takes the long way, a binary fraction or any double at all (slow: one in 40 each).
double random_amount(std::mt19937_64& random) {
    constexpr std::uint64_t two_to_50 = std::uint64_t{1} << 50;
    constexpr std::uint64_t two_to_53 = std::uint64_t{1} << 53;
    const auto near = [&](std::uint64_t bound) { return bound - 2'000 + random() % 4'000; };
    const std::uint64_t kind = random() % 40;
    if (kind < 12) {  // to the kilogram in tonnes
        return static_cast<double>(random() % 100'000'000) / 1e3;
    }
    if (kind < 24) {  // whole
        return static_cast<double>(random() % 100'000'000);
    }
    switch (kind) {
    case 24: return static_cast<double>(random() % 10'000'000) / 10.0;  // tenths
    case 25: return static_cast<double>(random() % two_to_50) / 1e3;    // any thousandths
    case 26: return static_cast<double>(near(two_to_50)) / 1e3;         // at 2^50 thousandths
    case 27: return static_cast<double>(near(two_to_53));               // whole, at 2^53
    case 28: return static_cast<double>(near(two_to_50));               // whole, at 2^50
    case 29: return static_cast<double>(random() % 1'000'000) / 1e4;    // ten-thousandths
    case 30: return static_cast<double>(near(two_to_50 / 1'000));       // whole, at 2^50 / 10^3
    case 31: return std::ldexp(static_cast<double>(random() % two_to_53),
                               -static_cast<int>(random() % 60));       // binary fractions
    case 32: {                                                          // any double
        const double value = std::bit_cast<double>(random() >> 1);
        return std::isfinite(value) ? value : 0.5;
    }
    case 33: return random() % 2 == 0 ? 0.0 : -0.0;
    default: return static_cast<double>(random() % 1'000'000) / 1e2;    // hundredths
    }
}

// Now and then a refused one: negative, NaN, infinite.
double random_stated(std::mt19937_64& random) {
    switch (random() % 32) {
    case 0: return -random_amount(random) - 0.25;
    case 1: return std::numeric_limits<double>::quiet_NaN();
    case 2: return random() % 2 == 0 ? std::numeric_limits<double>::infinity()
                                     : -std::numeric_limits<double>::infinity();
    default: return random_amount(random);
    }
}

bool same_bits(double a, double b) {
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

// What a sum or a conversion gives: its value, or NaN where it is refused as past the largest
// double (an exact result no double holds), as before it was.
template <class Sum>
double sum_or_nan(Sum sum) {
    try {
        return sum();
    } catch (const std::overflow_error&) {
        return std::numeric_limits<double>::quiet_NaN();
    }
}

// Makes output<Good> from `stated` in Unit as the library does now, and checks it against the
// reference: the same amount, bit for bit, or the same refusal.
template <class Good, class Unit>
struct maker {
    int exponent;  // from Unit to the good's unit
    long* mismatches;

    std::optional<output<Good>> operator()(double stated) const {
        const before::made expected = before::make<Good>(stated, exponent);
        try {
            const output<Good> got = stated * Unit{};
            if (!expected.refused.empty() || !same_bits(got.value(), expected.value)) {
                if (++*mismatches <= 5) {
                    FAIL_CHECK(Good::name << " from " << stated << ": " << got.value()
                                          << " against " << expected.value << " "
                                          << expected.refused);
                }
            }
            return got;
        } catch (const std::exception& refusal) {
            const bool overflow = dynamic_cast<const std::overflow_error*>(&refusal) != nullptr;
            const bool invalid = dynamic_cast<const std::invalid_argument*>(&refusal) != nullptr;
            const std::string message =
                overflow ? std::string("overflow: ") + refusal.what()
                         : invalid ? std::string(refusal.what()) : "another exception";
            if (message != expected.refused && ++*mismatches <= 5) {
                FAIL_CHECK(Good::name << " from " << stated << ": \"" << message
                                      << "\" against \"" << expected.refused << "\"");
            }
        }
        return std::nullopt;
    }
};

// Adds and subtracts random outputs into running totals, with + and +=, against the reference.
template <class Good, class Unit>
long sums_against_before(std::uint64_t seed, int exponent, int cases) {
    constexpr bool pieces = detail::counted_in_pieces<Good>;
    std::mt19937_64 random(seed);
    long mismatches = 0;
    const maker<Good, Unit> make{exponent, &mismatches};
    const maker<Good, typename Good::unit> make_in_own_unit{0, &mismatches};
    output<Good> total = 0.0 * typename Good::unit{};
    double expected_total = 0.0;
    const auto check = [&](double got, double expected, const char* what, double a, double b) {
        if (!same_bits(got, expected) && ++mismatches <= 5) {
            FAIL_CHECK(Good::name << ": " << a << " " << what << " " << b << ": " << got
                                  << " against " << expected);
        }
    };
    for (int i = 0; i < cases; ++i) {
        if (random() % 64 == 0) {  // a new running total now and then
            total = 0.0 * typename Good::unit{};
            expected_total = 0.0;
        }
        const std::optional<output<Good>> a = make(random_stated(random));
        const std::optional<output<Good>> b = make_in_own_unit(random_stated(random));
        if (!a || !b) {
            continue;
        }
        // Two made outputs: +, - (refused when negative), comparison, and a conversion back.
        const double x = a->value();
        const double y = b->value();
        check(sum_or_nan([&] { return (*a + *b).value(); }),
              sum_or_nan([&] { return before::sum_as_written(x, y, false, pieces); }), "+", x, y);
        if (x < y) {
            CHECK_THROWS_AS(*a - *b, std::invalid_argument);
        } else {
            check(sum_or_nan([&] { return (*a - *b).value(); }),
                  sum_or_nan([&] { return before::sum_as_written(x, y, true, pieces); }), "-", x,
                  y);
        }
        if ((*a < *b) != (a->value() < b->value()) || (*a == *b) != (a->value() == b->value())) {
            if (++mismatches <= 5) {
                FAIL_CHECK(Good::name << ": " << a->value() << " against " << b->value());
            }
        }
        // The running total, by += and by +.
        const double before_total = total.value();
        const double got = sum_or_nan([&] {
            if (i % 2 == 0) {
                total += *a;
            } else {
                total = total + *a;
            }
            return total.value();
        });
        expected_total =
            sum_or_nan([&] { return before::sum_as_written(expected_total, x, false, pieces); });
        check(got, expected_total, "+= total", before_total, x);
        // Refused, or past the figures of the short ways, where each sum would take the long way
        // with hundreds of digits: the total starts again.
        if (!(expected_total < 1e17)) {
            total = 0.0 * typename Good::unit{};
            expected_total = 0.0;
        }
    }
    return mismatches;
}

// A whole number of steps (thousandths, or whole pieces) below 2^50 is kept in steps, and
// reads back as the double nearest it; so does a sum of two; past 2^50 the sum goes the general
// way, as does any sum with an amount that is a double, and gives what sum_as_written gave.
template <int Decimals>
void check_kept_in_steps(std::uint64_t seed) {
    using kept = detail::fixed_or_double<Decimals>;
    constexpr bool pieces = Decimals == 0;
    const double step = pieces ? 1.0 : 1e3;
    std::mt19937_64 random(seed);
    long mismatches = 0;
    for (int i = 0; i < output_cases; ++i) {
        const std::uint64_t m =
            i % 4 == 0 ? kept::limit - 1 - random() % 5'000 : random() % kept::limit;
        const double nearest = static_cast<double>(m) / step;
        const kept derived = kept::of(nearest);
        const std::uint64_t n = random() % (i % 3 == 0 ? kept::limit : 1'000'000'000);
        const double sum =
            sum_or_nan([&] { return kept::sum(derived, kept::of_steps(n)).value(); });
        if (!derived.in_steps() || derived.steps() != m || !same_bits(derived.value(), nearest) ||
            !same_bits(kept::of_steps(m).value(), nearest) ||
            !same_bits(sum, sum_or_nan([&] {
                return before::sum_as_written(nearest, static_cast<double>(n) / step, false,
                                              pieces);
            }))) {
            if (++mismatches <= 5) {
                FAIL_CHECK(m << " and " << n << " steps of 10^-" << Decimals << ": "
                             << derived.steps() << ", " << sum);
            }
        }
    }
    CHECK(mismatches == 0);
    CHECK_FALSE(kept::of(-0.0).in_steps());
    CHECK(std::signbit(kept::of(-0.0).value()));
    CHECK_FALSE(kept::of(pieces ? 0.5 : 0.0001).in_steps());
    CHECK_FALSE(kept::of(static_cast<double>(kept::limit) / step).in_steps());
    CHECK(kept::of(static_cast<double>(kept::limit - 1) / step).in_steps());
    const kept largest = kept::of_steps(kept::limit - 1);
    const kept one = kept::of_steps(1);
    CHECK_FALSE(kept::sum(largest, one).in_steps());
    CHECK(kept::sum(largest, one).value() == static_cast<double>(kept::limit) / step);
    CHECK(kept::sum(one, one).steps() == 2);
    // An amount that is a double, however large, never sums the integer way.
    const kept huge = kept::of(std::numeric_limits<double>::max());
    const kept negative_zero = kept::of(-0.0);
    const kept half = kept::of(0.5e-3);
    const auto as_before = [&](kept a, kept b) {
        return sum_or_nan(
            [&] { return before::sum_as_written(a.value(), b.value(), false, pieces); });
    };
    const auto now = [&](kept a, kept b) {
        return sum_or_nan([&] { return kept::sum(a, b).value(); });
    };
    for (const kept a : {largest, one, negative_zero, half, huge}) {
        for (const kept b : {largest, one, negative_zero, half}) {
            CHECK(same_bits(now(a, b), as_before(a, b)));
            CHECK(same_bits(now(b, a), as_before(b, a)));
        }
    }
    CHECK_FALSE(kept::sum(huge, negative_zero).in_steps());
    CHECK_THROWS_AS(kept::sum(huge, huge), std::overflow_error);
}

TEST_CASE("amounts kept in thousandths or whole pieces read back as the double nearest them") {
    check_kept_in_steps<3>(2'892);
    check_kept_in_steps<0>(2'893);
}

TEST_CASE("outputs in tonnes, made from kilograms and tonnes, sum as before, bit for bit") {
    CHECK(sums_against_before<disinfectant, kilogram_unit>(1'529, -3, output_cases / 10) == 0);
    CHECK(sums_against_before<disinfectant, tonne_unit>(1'531, 0, output_cases / 20) == 0);
}

TEST_CASE("outputs in pieces sum as before, bit for bit") {
    CHECK(sums_against_before<face_mask, piece_unit>(2'892, 0, output_cases / 12) == 0);
}

TEST_CASE("outputs in kilograms made from tonnes sum as before, bit for bit") {
    CHECK(sums_against_before<feed_grain, tonne_unit>(56, 3, output_cases / 20) == 0);
}

TEST_CASE("outputs of other number types add into a double total as before") {
    std::mt19937_64 random(95);
    long mismatches = 0;
    for (int i = 0; i < output_cases / 10; ++i) {
        const double amount = random_amount(random);
        const output<disinfectant> total = amount * tonnes;
        const auto as_float = static_cast<float>(random() % 100'000) / 8.0F;
        const auto as_long = static_cast<long>(random() % (std::uint64_t{1} << 53));
        // Each sum, or NaN where no double holds it (then refused by both).
        const double with_float = sum_or_nan([&] {
            output<disinfectant> sum = total;
            sum += output<disinfectant, float>(as_float * tonnes);
            return sum.value();
        });
        const double with_long = sum_or_nan([&] {
            output<disinfectant> sum = total;
            sum += output<disinfectant, long>(as_long * tonnes);
            return sum.value();
        });
        const double plus_long = sum_or_nan(
            [&] { return (total + output<disinfectant, long>(as_long * tonnes)).value(); });
        const double expected_float = sum_or_nan([&] {
            return before::sum_as_written(amount, detail::figure_as<double>(as_float), false,
                                          false);
        });
        const double expected_long = sum_or_nan([&] {
            return before::sum_as_written(amount, static_cast<double>(as_long), false, false);
        });
        if (!same_bits(with_float, expected_float) || !same_bits(with_long, expected_long) ||
            !same_bits(plus_long, expected_long)) {
            if (++mismatches <= 5) {
                FAIL_CHECK(amount << " + " << as_float << " or " << as_long);
            }
        }
    }
    CHECK(mismatches == 0);
}

// figure(output, places, rule) rounds an output kept in steps from its integer: the same text as
// rounding its double's shortest form, for every precision and rule.
bool prints_as_its_value(const output<disinfectant>& d, int i) {
    const int places = i % 7;
    const rounding rule = all_rounding_rules[static_cast<std::size_t>(i / 7) % 5];
    const auto text = [](auto print) {
        try {
            return print();
        } catch (const std::overflow_error& refusal) {  // past the largest int64 in units
            return std::string("overflow: ") + refusal.what();
        }
    };
    return text([&] { return figure(d, places, rule); }) ==
           text([&] { return to_string(round_value(d.value(), places, rule)) + " t"; });
}

TEST_CASE("outputs kept in thousandths convert, print and compare as their doubles") {
    std::mt19937_64 random(7'681);
    long mismatches = 0;
    for (int i = 0; i < output_cases / 10; ++i) {
        const double amount = random_amount(random);
        const output<disinfectant> d = amount * tonnes;
        const double kilograms_expected =
            sum_or_nan([&] { return before::times_power_of_ten(amount, 3); });
        const double kilograms_got = sum_or_nan([&] { return d.in(kilograms).value(); });
        if (!same_bits(d.value(), amount) || !same_bits(d.quantity().value(), amount) ||
            !same_bits(kilograms_got, kilograms_expected) ||
            !same_bits(d.in(tonnes).value(), amount) || !prints_as_its_value(d, i)) {
            if (++mismatches <= 5) {
                FAIL_CHECK(amount << " t: " << d.value() << ", " << kilograms_got
                                  << " kg against " << kilograms_expected);
            }
        }
    }
    CHECK(mismatches == 0);
}

}  // namespace
