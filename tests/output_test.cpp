// output_test.cpp: output of one good: sums, units, per day, against a baseline, and bad amounts.
#include <restoration/output.hpp>

#include <doctest/doctest.h>

#include <bit>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

#include <restoration/format.hpp>

#include "random_cases.hpp"

using namespace restoration;

struct ventilator {
    using unit = piece_unit;
    static constexpr std::string_view name = "ventilators";
};

// Outputs of different goods are different types; none converts to another.
static_assert(!std::is_convertible_v<output<face_mask>, output<protective_suit>>);
static_assert(!std::is_convertible_v<output<disinfectant>, output<face_mask>>);
// Only the library's own sums and differences build an output past its checks: a user cannot
// state a NaN or negative amount through that door.
static_assert(!std::is_constructible_v<output<face_mask>, detail::valid_amount, double>);
static_assert(!std::is_constructible_v<output<face_mask, long>, detail::valid_amount, long>);
static_assert(std::is_constructible_v<output<face_mask>, decltype(1.0 * pieces)>);
// A whole amount enters a floating-point output, checked to be held exactly (a fractional one
// never enters a whole output: compile_fail/output_narrowed.cpp).
static_assert(std::is_constructible_v<output<disinfectant>, decltype(1'529 * tonnes)>);
// An output is exactly as large as its number.
static_assert(sizeof(output<face_mask>) == sizeof(double));
static_assert(sizeof(output<disinfectant>) == sizeof(double));
static_assert(sizeof(output<face_mask, long>) == sizeof(long));
static_assert(sizeof(output_rate<face_mask>) == sizeof(double));

TEST_CASE("an output of disinfectant stated in tonnes reads 1,529,000 kg") {
    const output<disinfectant> d = 1'529.0 * tonnes;
    CHECK(d.value() == 1'529.0);
    CHECK(d.in(kilograms).value() == 1'529'000.0);
    CHECK(d.quantity() == 1'529.0 * tonnes);
}

TEST_CASE("a whole amount enters a floating-point output when that holds it exactly") {
    CHECK(output<disinfectant>{1'529 * tonnes} == output<disinfectant>{1'529.0 * tonnes});
    CHECK(output<disinfectant>{1'529 * kilograms}.value() == 1.529);
    CHECK(output<disinfectant>{7u * tonnes}.value() == 7.0);
    CHECK(to_string(output<face_mask>{std::int64_t{28'920'000} * pieces}) ==
          "28,920,000 pcs of face masks");
    CHECK_THROWS_WITH_AS(output<face_mask>{std::int64_t{9'007'199'254'740'993} * pieces},
                         "output of face masks: 9,007,199,254,740,993 pcs has no exact "
                         "floating-point form; state it in the output's number type",
                         std::invalid_argument);
    // A float holds 123,456,792 but reads it as 123,456,790: refused, as in sums.
    using float_masks = output<face_mask, float>;
    CHECK(float_masks{16'777'216 * pieces}.value() == 16'777'216.0f);
    CHECK_THROWS_AS(float_masks{123'456'792 * pieces}, std::invalid_argument);
    // An unsigned amount (a container's size()) enters an integer output where it fits.
    using whole_masks = output<face_mask, std::int64_t>;
    CHECK(whole_masks{std::size_t{28'920'000} * pieces}.value() == 28'920'000);
    CHECK_THROWS_AS(whole_masks{(std::size_t{1} << 63) * pieces}, std::overflow_error);
    CHECK_THROWS_WITH_AS(output<disinfectant>{-5 * tonnes},
                         "output of disinfectant must be finite and not negative (-5 t)",
                         std::invalid_argument);
    // Against the bits themselves: a double holds a whole amount when its odd part has at most
    // 53 bits; taken exactly then, refused otherwise, on both sides of 2^53 and at int64's end.
    std::mt19937_64 random{20221128};
    const auto check = [](std::int64_t amount) {
        const auto bits = static_cast<std::uint64_t>(amount);
        const bool held = bits == 0 || std::bit_width(bits >> std::countr_zero(bits)) <= 53;
        if (amount < 0) {
            CHECK_THROWS_AS(output<face_mask>{amount * pieces}, std::invalid_argument);
        } else if (held) {
            CHECK(output<face_mask>{amount * pieces}.value() == static_cast<double>(amount));
        } else {
            CHECK_THROWS_AS(output<face_mask>{amount * pieces}, std::invalid_argument);
        }
    };
    for (int i = 0; i < 20'000; ++i) {
        const int bits = static_cast<int>(random() % 64);
        check(static_cast<std::int64_t>(random() >> bits) - (i % 7 == 0 ? 1 : 0));
    }
    for (std::int64_t around : {std::int64_t{1} << 53, std::int64_t{1} << 54,
                                std::numeric_limits<std::int64_t>::max()}) {
        for (std::int64_t step = -3; step <= 3; ++step) {
            check(around == std::numeric_limits<std::int64_t>::max() && step > 0 ? around
                                                                                  : around + step);
        }
    }
}

TEST_CASE("an output stated in kilograms is kept in the good's own unit") {
    const output<disinfectant> d = 1'529'000.0 * kilograms;
    CHECK(d.value() == 1'529.0);
    CHECK(d == output<disinfectant>(1'529.0 * tonnes));
}

TEST_CASE("outputs of one good add and subtract across units") {
    const output<disinfectant> t = 1'529.0 * tonnes;
    const output<disinfectant> kg = 500.0 * kilograms;
    CHECK((t + kg).value() == 1'529.5);
    CHECK((t - kg).value() == 1'528.5);
    CHECK(kg < t);
    CHECK(t > kg);
    CHECK(t != kg);
}

TEST_CASE("integer outputs add exactly and mix with floating-point ones") {
    const output<face_mask, long> a = 28'920'000L * pieces;
    const output<face_mask, long> b = 80'000L * pieces;
    CHECK((a + b).value() == 29'000'000L);
    const output<face_mask> c = 0.5 * pieces;
    const auto mixed = a + c;
    CHECK(std::is_same_v<decltype(mixed), const output<face_mask, double>>);
    CHECK(mixed.value() == 28'920'000.5);
}

TEST_CASE("a good of one's own works like a built-in one") {
    const output<ventilator> made = 1'200.0 * pieces;
    CHECK((made + output<ventilator>(300.0 * pieces)).value() == 1'500.0);
}

TEST_CASE("output over a period of days is output per day") {
    const output<face_mask> masks = 28.92e6 * pieces;
    const auto per_day = masks / (55.0 * days);
    CHECK(std::is_same_v<decltype(per_day), const output_rate<face_mask, double>>);
    CHECK(per_day.per_day() == 28.92e6 / 55.0);
}

TEST_CASE("output per day takes a std::chrono period between two dates") {
    using namespace std::chrono;
    const output<face_mask> masks = 28.92e6 * pieces;
    const auto window = sys_days{2022y / May / 5} - sys_days{2022y / March / 11};
    CHECK(window.count() == 55);
    CHECK(masks / window == masks / (55.0 * restoration::days));  // std::chrono::days too
}

// output.hpp recognises a std::chrono::duration without including <chrono>. Its days are the
// count times the ratio of its period to a day, exactly: amount x den / (count x num), which for
// whole numbers below 2^53 one division of doubles gives correctly rounded.
TEST_CASE("a std::chrono period of any unit gives the exact quotient of the days it counts") {
    const output<face_mask> masks = 1'000.0 * pieces;
    CHECK((masks / std::chrono::hours{36}).per_day() == 1'000.0 * 24 / 36);
    CHECK((masks / std::chrono::minutes{11}).per_day() == 1'000.0 * 1'440 / 11);
    CHECK((masks / std::chrono::seconds{13}).per_day() == 1'000.0 * 86'400 / 13);
    CHECK((masks / std::chrono::seconds{1'000'003}).per_day() == 86'400'000.0 / 1'000'003);
    CHECK((masks / std::chrono::milliseconds{86'400'001}).per_day() ==
          86'400'000'000.0 / 86'400'001);
    CHECK((masks / std::chrono::weeks{3}).per_day() == 1'000.0 / 21);
    // A floating-point count as written: 0.1 hours is 1/240 day, 240,000 masks a day.
    CHECK((masks / std::chrono::duration<float, std::ratio<3'600>>{0.1F}).per_day() == 240'000.0);
    CHECK((masks / std::chrono::duration<double, std::ratio<7, 9>>{9.0}).per_day() ==
          1'000.0 * 86'400 / 7);
    CHECK((masks / std::chrono::duration<int, std::ratio<2, 4>>{5}).per_day() ==
          1'000.0 * 86'400 * 2 / 5);  // a ratio unreduced: half a second, 5 of them
    // 7 t over 7 hours is 24 t a day, not 7 / 0.2916666666666667.
    const output<disinfectant> seven = 7.0 * tonnes;
    CHECK((seven / std::chrono::hours{7}).per_day() == 24.0);
    CHECK((seven / (25'200.0 * boost::units::si::seconds)).per_day() == 24.0);
    // An unsigned count and a long double that a double holds are taken as written too (they
    // gave 24.000000000000004 and 23.999999999999996).
    CHECK((seven / std::chrono::duration<unsigned, std::ratio<3'600>>{7}).per_day() == 24.0);
    CHECK((seven / std::chrono::duration<long double, std::ratio<3'600>>{7.0L}).per_day() ==
          24.0);
    CHECK((seven / (25'200U * boost::units::si::seconds)).per_day() == 24.0);
    // Past the largest int64, or a long double no double holds: refused, not rounded first.
    const std::chrono::duration<std::uint64_t> long_ago{std::uint64_t{1} << 63};
    CHECK_THROWS_AS(seven / long_ago, std::invalid_argument);
    using long_days = std::chrono::duration<long double, std::ratio<86'400>>;
    const long_days finer{154.0L + 0x1p-56L};
    CHECK_THROWS_WITH_AS(seven / finer,
                         "a period's length of 154 in a long double that no double holds cannot "
                         "be taken exactly; state it as a signed integer or a double",
                         std::invalid_argument);
    CHECK((output<face_mask>(1.0 * pieces) / (0.1F * days)).per_day() == 10.0);
    // A count of days past 2^53 is not rounded first.
    const output<face_mask, std::int64_t> one = std::int64_t{1} * pieces;
    CHECK((one / std::chrono::days{(std::int64_t{1} << 53) + 1}).per_day() ==
          std::nextafter(0x1p-53, 0.0));
    // Below the normal doubles the nearest double still exists: 1e-310 t over a day.
    const output<disinfectant> speck = 1e-310 * tonnes;
    CHECK((speck / std::chrono::days{1}).per_day() == 1e-310);
    CHECK((speck / std::chrono::days{2}).per_day() == 0.5e-310);
}

TEST_CASE("output per day is the double nearest the exact quotient of the figures as written") {
    // One division of doubles gives 0.3 / 3 = 0.09999999999999999; over_period's per_day and
    // these the double nearest 0.1.
    const output<disinfectant> disinfectant_made = 0.3 * tonnes;
    CHECK((disinfectant_made / std::chrono::days{3}).per_day() == 0.1);
    CHECK((disinfectant_made / (3.0 * days)).per_day() == 0.1);
    CHECK((disinfectant_made / (2.5 * days)).per_day() == 0.12);
    // A count past 2^53 is not first rounded to a double: (2^53 + 1) / 3 is 3,002,399,751,580,331.
    const output<face_mask, std::int64_t> many = std::int64_t{9'007'199'254'740'993} * pieces;
    CHECK((many / std::chrono::days{3}).per_day() == 3'002'399'751'580'331.0);
    // Against exact integers: amounts of thousandths of a tonne over 1 to 1,000 days, each result
    // r = m x 2^e within half a unit of m of a / d (a in thousandths): 2 |a 2^-e - 1,000 m d| is
    // at most 1,000 d.
    std::mt19937_64 random(20'221'128);
    for (int i = 0; i < random_cases::of(200'000); ++i) {
        const auto thousandths = static_cast<std::int64_t>(random() % (std::uint64_t{1} << 40));
        const std::int64_t span = 1 + static_cast<std::int64_t>(random() % 1'000);
        const output<disinfectant> made =
            (static_cast<double>(thousandths) / 1'000.0) * tonnes;
        if (detail::exact_form(made.value()).digits == 0) {
            continue;
        }
        const double r = (made / std::chrono::days{span}).per_day();
        int e = 0;
        const double fraction = std::frexp(r, &e);
        const auto m = static_cast<std::int64_t>(std::ldexp(fraction, 53));
        e -= 53;
        REQUIRE(e < 0);
        REQUIRE(-e < 80);
        __extension__ typedef __int128 exact;
        const exact lhs = static_cast<exact>(thousandths) << -e;
        const exact rhs = static_cast<exact>(m) * 1'000 * span;
        const exact gap = lhs > rhs ? lhs - rhs : rhs - lhs;
        if (!(2 * gap <= static_cast<exact>(1'000) * span)) {
            FAIL_CHECK(thousandths << " thousandths over " << span << " days gave " << r);
            break;
        }
    }
}

TEST_CASE("a whole output past 2^53 is read back as its value, as the sum that gave it") {
    // 35,095,528,350,000,000 + 5,499,529,225,851,448 is 40,595,057,575,851,448, a double; read
    // back by its shortest form, 4.059505757585145e16, it was 40,595,057,575,851,450, and
    // (a + b) - b was refused as 35,095,528,350,000,002, a figure nobody wrote.
    const output<face_mask> a = 35'095'528'350'000'000.0 * pieces;
    const output<face_mask> b = 5'499'529'225'851'448.0 * pieces;
    const output<face_mask> sum = a + b;
    CHECK(sum.value() == 40'595'057'575'851'448.0);
    CHECK((sum - b).value() == a.value());
    const output<disinfectant> ta = 35'095'528'350'000'000.0 * tonnes;
    const output<disinfectant> tb = 5'499'529'225'851'448.0 * tonnes;
    CHECK(((ta + tb) - tb).value() == ta.value());
    // Every whole double from 2^53 to 2^64, a few apart, reads as itself in a sum with 0 and with
    // its own value.
    std::mt19937_64 random(2'053);
    for (int i = 0; i < random_cases::of(100'000); ++i) {
        const double whole =
            std::ldexp(static_cast<double>(random() >> 11), 11 + static_cast<int>(random() % 11));
        if (!(whole >= 0x1p53 && whole < 0x1p63)) {
            continue;
        }
        const output<face_mask> x = whole * pieces;
        REQUIRE((x + output<face_mask>(0.0 * pieces)).value() == whole);
        REQUIRE(((x + x) - x).value() == whole);
    }
}

TEST_CASE("output per day of an integer output is not truncated") {
    const output<protective_suit, long> suits = 470'000L * pieces;
    CHECK((suits / (55.0 * days)).per_day() == 470'000.0 / 55.0);
}

TEST_CASE("output against a baseline of the same good is a production-restoration rate on its "
          "output volume") {
    const output<face_mask> now = 727.0 * pieces;
    const output<face_mask> baseline = 1'000.0 * pieces;
    const auto restored = now / baseline;
    CHECK(std::is_same_v<decltype(restored),
                         const rate<production_restoration_by<basis::output_volume<face_mask>>,
                                    double>>);
    CHECK(restored.to_double() == doctest::Approx(0.727));
}

TEST_CASE("a negative, NaN or infinite output is rejected with its figure") {
    CHECK_THROWS_WITH_AS(output<face_mask>(-5.0 * pieces),
                         "output of face masks must be finite and not negative (-5 pcs)",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(output<disinfectant>(std::nan("") * tonnes),
                         "output of disinfectant must be finite and not negative (nan t)",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(
        output<disinfectant>(std::numeric_limits<double>::infinity() * kilograms),
        "output of disinfectant must be finite and not negative (inf t)", std::invalid_argument);
    CHECK_THROWS_AS((output<face_mask, long>(-1L * pieces)), std::invalid_argument);
}

TEST_CASE("subtracting more output than there is throws rather than going negative") {
    const output<face_mask> a = 5.0 * pieces;
    const output<face_mask> b = 7.0 * pieces;
    CHECK_THROWS_WITH_AS(a - b, "output of face masks: 5 - 7 would be negative",
                         std::invalid_argument);
}

TEST_CASE("output per day needs a positive period") {
    const output<face_mask> masks = 100.0 * pieces;
    CHECK_THROWS_WITH_AS(masks / (0.0 * days),
                         "output of face masks per day needs a positive, finite period (0 days)",
                         std::invalid_argument);
    CHECK_THROWS_AS(masks / std::chrono::days{-3}, std::invalid_argument);
}

TEST_CASE("a production rate against a zero baseline is undefined") {
    const output<face_mask> now = 5.0 * pieces;
    const output<face_mask> none = 0.0 * pieces;
    CHECK_THROWS_AS(now / none, std::domain_error);
}

TEST_CASE("an integer output converts units exactly or refuses, never truncates") {
    const output<disinfectant, long> whole = 2'000L * kilograms;
    CHECK(whole.value() == 2);
    CHECK(whole.in(kilograms).value() == 2'000);
    CHECK_THROWS_WITH_AS((output<disinfectant, long>(1'500L * kilograms)),
                         "output of disinfectant: 1,500 kg is not a whole number of t; state it "
                         "in a floating-point output (output<Good>)",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS((output<disinfectant, long>(-500L * kilograms)),
                         "output of disinfectant: -500 kg is negative, and no output",
                         std::invalid_argument);
    // Into kilograms, a whole number of tonnes that would not fit the type is refused too.
    const output<disinfectant, long> huge = 9'300'000'000'000'000L * tonnes;
    CHECK_THROWS_AS(huge.in(kilograms), std::invalid_argument);
    // Past 2^64 in kilograms: too large, not "not whole" (the quotient, past 64 bits, left the
    // whole product as the remainder).
    const output<disinfectant, std::int64_t> past = (std::int64_t{1} << 62) * tonnes;
    CHECK_THROWS_WITH_AS(past.in(kilograms),
                         "output of disinfectant: 4,611,686,018,427,387,904 t does not fit the "
                         "output's number type in kg; state it in a floating-point output "
                         "(output<Good>)",
                         std::invalid_argument);
    // A floating-point output keeps the fraction.
    CHECK(output<disinfectant>(1'500.0 * kilograms).value() == doctest::Approx(1.5));
}

TEST_CASE("integer outputs add with a check, not with undefined behaviour") {
    const output<face_mask, int> most = 2'000'000'000 * pieces;
    CHECK_THROWS_WITH_AS(most + most,
                         "adding outputs: 2,000,000,000 + 2,000,000,000 overflows the count type "
                         "(at most 2,147,483,647)",
                         std::overflow_error);
    CHECK((most + output<face_mask, int>(147'483'647 * pieces)).value() == 2'147'483'647);
}

TEST_CASE("a running total adds outputs with +=, exactly as + does") {
    output<disinfectant> total = 0.0 * tonnes;
    total += output<disinfectant>(1'529.0 * tonnes);
    total += output<disinfectant>(500.0 * kilograms);
    total += output<disinfectant>(0.1 * tonnes);
    CHECK(total.value() == 1'529.6);
    output<face_mask, int> masks = 2'000'000'000 * pieces;
    CHECK_THROWS_AS(masks += masks, std::overflow_error);
    CHECK(masks.value() == 2'000'000'000);  // a refused sum leaves the total as it was
    output<face_mask> wide = 1.0 * pieces;
    wide += output<face_mask, float>(0.1f * pieces);  // the float at its shortest form
    CHECK(wide.value() == 1.1);
    // Narrower counts go into a wider total, checked in the total's type.
    output<face_mask, std::int16_t> small = std::int16_t{32'700} * pieces;
    small += output<face_mask, std::int8_t>(std::int8_t{7} * pieces);
    CHECK(small.value() == 32'707);
    const output<face_mask, std::int8_t> hundred = std::int8_t{100} * pieces;
    CHECK_THROWS_AS(small += hundred, std::overflow_error);
    CHECK(small.value() == 32'707);
    // A count goes into a double total only where the double holds it exactly, and the sum
    // only where a double holds it: 1.1 + 2^53 is 9,007,199,254,740,993.1, which none does.
    const output<face_mask, std::int64_t> most = std::int64_t{9'007'199'254'740'992} * pieces;
    CHECK_THROWS_WITH_AS(wide += most,
                         "11e-1 + 9007199254740992e0 is exactly 90071992547409931e-1, which no "
                         "floating-point number reads back as (more digits than its shortest "
                         "form): keep "
                         "such amounts in an integer type",
                         std::overflow_error);
    CHECK(wide.value() == 1.1);
    output<face_mask> whole = 1.0 * pieces;
    whole += most - output<face_mask, std::int64_t>(std::int64_t{2} * pieces);
    CHECK(whole.value() == 9'007'199'254'740'991.0);  // 2^53 - 1: held exactly
    output<face_mask> other = 0.0 * pieces;
    const output<face_mask, std::int64_t> inexact = std::int64_t{9'007'199'254'740'993} * pieces;
    CHECK_THROWS_WITH_AS(
        other += inexact,
        "the count 9,007,199,254,740,993 has no exact floating-point form to be taken with "
        "floating-point figures; state both in one type",
        std::invalid_argument);
    CHECK(other.value() == 0.0);
    // A float holds 100,000,008 exactly, but a float is taken at its shortest form, which reads
    // 100,000,010: the count was silently another number (a + 0 != a). Refused now.
    const output<face_mask, std::int64_t> counted = std::int64_t{100'000'008} * pieces;
    const output<face_mask, float> no_masks = 0.0F * pieces;
    CHECK_THROWS_WITH_AS(counted + no_masks,
                         "the count 100,000,008 has no exact floating-point form to be taken "
                         "with floating-point figures; state both in one type",
                         std::invalid_argument);
    const output<face_mask, float> one_mask = 1.0F * pieces;
    CHECK_THROWS_AS(percent(counted / one_mask, 0, rounding::toward_zero),
                    std::invalid_argument);
    CHECK((output<face_mask, std::int64_t>(std::int64_t{100'000} * pieces) + no_masks).value() ==
          100'000.0F);
}

TEST_CASE("an output sum that no double holds is refused, never rounded") {
    // 2^53 pieces + 1 piece is 9,007,199,254,740,993 pieces, which no double is: the nearest,
    // 2^53, would drop the piece in silence. Sums a double holds, large or small, are taken.
    const output<face_mask> many = 9'007'199'254'740'992.0 * pieces;
    const output<face_mask> one = 1.0 * pieces;
    CHECK_THROWS_AS(many + one, std::overflow_error);
    output<face_mask> total = many;
    CHECK_THROWS_AS(total += one, std::overflow_error);
    CHECK(total.value() == 9'007'199'254'740'992.0);
    CHECK((many + many).value() == 18'014'398'509'481'984.0);  // 2^54, a double exactly
    CHECK((many - one).value() == 9'007'199'254'740'991.0);
    CHECK_THROWS_AS(output<face_mask>(18'014'398'509'481'984.0 * pieces) - one,
                    std::overflow_error);
    const output<disinfectant> big = 1e300 * tonnes;
    CHECK((big + big).value() == 2e300);
    CHECK_THROWS_AS(big + output<disinfectant>(1.0 * tonnes), std::overflow_error);
    // Against the exact sum in integers: every sum of two wholes near 2^53 is taken exactly
    // when it is below 2^53 or even below 2^54, and refused otherwise.
    for (std::int64_t a = (std::int64_t{1} << 53) - 40; a < (std::int64_t{1} << 53) + 40; a += 2) {
        for (std::int64_t b = 0; b < 40; ++b) {
            const std::int64_t exact = a + b;
            const bool held = exact < (std::int64_t{1} << 53) || exact % 2 == 0;
            const output<face_mask> x = static_cast<double>(a) * pieces;
            const output<face_mask> y = static_cast<double>(b) * pieces;
            if (held) {
                REQUIRE(static_cast<std::int64_t>((x + y).value()) == exact);
            } else {
                REQUIRE_THROWS_AS(x + y, std::overflow_error);
            }
        }
    }
}

TEST_CASE("a float output sum that no float holds is refused, as a double's is") {
    // A float holds every whole number to 2^24 (16,777,216) and only even ones to 2^25: the
    // same exact path as for doubles, at a float's precision. Against the sum in integers.
    for (std::int32_t a = (1 << 24) - 40; a < (1 << 24) + 40; a += 2) {
        for (std::int32_t b = 0; b < 40; ++b) {
            const std::int32_t exact = a + b;
            const bool held = exact <= (1 << 24) || exact % 2 == 0;
            const output<face_mask, float> x = static_cast<float>(a) * pieces;
            const output<face_mask, float> y = static_cast<float>(b) * pieces;
            if (held) {
                REQUIRE(static_cast<std::int32_t>((x + y).value()) == exact);
            } else {
                REQUIRE_THROWS_AS(x + y, std::overflow_error);
            }
        }
    }
    // Tonnes to the kilogram: a float keeps 1,677.722 apart from its neighbours (they are
    // 2^-13 apart), so 1,677.721 t + 1 kg is taken; 16,777.216 (2^-9 apart) and 1,677.72101 are
    // no float's shortest form, so the sums that would be them are refused.
    const output<disinfectant, float> near = 1'677.721F * tonnes;
    const output<disinfectant, float> kilogram = 0.001F * tonnes;
    const output<disinfectant, float> ten_grams = 0.00001F * tonnes;
    const output<disinfectant, float> larger = 16'777.215F * tonnes;
    CHECK((near + kilogram).value() == 1'677.722F);
    CHECK_THROWS_AS(near + ten_grams, std::overflow_error);
    CHECK_THROWS_AS(larger + kilogram, std::overflow_error);
}

TEST_CASE("a production rate of whole outputs rounds from the exact quotient") {
    const output<face_mask, long> now = 23L * pieces;
    const output<face_mask, long> before = 40L * pieces;
    CHECK(percent(now / before, 0, rounding::half_up) == "58%");
    const output<disinfectant> kilos = 1'529'000.0 * kilograms;
    const output<disinfectant> tonnes_before = 2'000.0 * tonnes;
    CHECK(percent(kilos / tonnes_before, 2, rounding::half_even) == "76.45%");
}

TEST_CASE("floating-point outputs convert units by the factor as written, with no drift") {
    // Multiplying by the double nearest 0.001 gave 0.009000000000000001 t for 9 kg, which then
    // printed 60.1% for 9 kg of 15 kg away from zero.
    const output<disinfectant> now = 9.0 * kilograms;
    const output<disinfectant> before = 15.0 * kilograms;
    CHECK(now.value() == 0.009);
    CHECK(percent(now / before, 1, rounding::away_from_zero) == "60.0%");
    const output<disinfectant> a = 2.1 * kilograms;
    CHECK(percent(a / output<disinfectant>(3.0 * kilograms), 0, rounding::away_from_zero) ==
          "70%");
    CHECK(figure(output<disinfectant>(4.1 * kilograms), 4, rounding::toward_zero) == "0.0041 t");
    CHECK(figure(output<disinfectant>(4.5 * kilograms).in(kilograms), 0, rounding::half_even) ==
          "4 kg");
    // Against brute force: every tenth of a kilogram up to 100 t reads back as written.
    for (long tenths = 0; tenths <= 1'000'000; ++tenths) {
        const output<disinfectant> o = (static_cast<double>(tenths) / 10.0) * kilograms;
        const decimal in_tonnes = round_value(o.value(), 4, rounding::toward_zero);
        if (in_tonnes.units != tenths) {
            FAIL_CHECK(tenths << " tenths of a kg read " << in_tonnes.units << " x 10^-4 t");
            break;
        }
        REQUIRE(o.in(kilograms).value() == static_cast<double>(tenths) / 10.0);
    }
}

TEST_CASE("float and int64 outputs print and compare by their own figures") {
    const output<disinfectant, float> small = 0.1f * tonnes;
    CHECK(figure(small, 2, rounding::away_from_zero) == "0.10 t");
    const output<face_mask, std::int64_t> many = std::int64_t{9'007'199'254'740'993} * pieces;
    CHECK(figure(many, 0, rounding::half_up) == "9,007,199,254,740,993 pcs");
    const output<face_mask> nearest = 9'007'199'254'740'992.0 * pieces;
    CHECK(many > nearest);
    CHECK_FALSE(many == nearest);
    const output<disinfectant> tenth = 0.1 * tonnes;
    CHECK(small == tenth);
    // A float prints as its shortest form, as figure() rounds it, not as the digits of its value.
    const output<face_mask, float> rounded = 100'000'008.0f * pieces;
    CHECK(to_string(rounded) == "100,000,010 pcs of face masks");
    CHECK(figure(rounded, 0, rounding::half_up) == "100,000,010 pcs");
    CHECK(to_string(output<disinfectant, float>{3e10f * tonnes}) ==
          "30,000,000,000 t of disinfectant");
    CHECK(detail::plain(-100'000'008.0f) == "-100,000,010");
    CHECK(detail::plain(-0.1f) == "-0.1");
    CHECK(detail::plain(0.000123f) == "0.000123");
    CHECK(detail::plain(3e30f) == "3e+30");
    // Against the float itself: the printed text reads back as the float, in no more
    // significant digits than its shortest scientific form has, on random floats of any size.
    std::mt19937 random{20221128};
    for (int i = 0; i < random_cases::of(100'000); ++i) {
        const auto bits = static_cast<std::uint32_t>(random() & 0x7f7fffffu);  // not negative
        const float value = std::bit_cast<float>(bits);
        if (!std::isfinite(value)) {
            continue;
        }
        const std::string text = detail::plain(value);
        std::string digits_only;
        for (const char c : text) {
            if (c != ',') {
                digits_only += c;
            }
        }
        float back = -1;
        std::from_chars(digits_only.data(), digits_only.data() + digits_only.size(), back);
        CAPTURE(text);
        CHECK(back == value);
        char shortest[32];
        const auto end = std::to_chars(shortest, shortest + sizeof shortest, value,
                                       std::chars_format::scientific).ptr;
        const auto significant = [](std::string_view s) {
            s = s.substr(0, s.find('e'));
            std::string digits;
            for (const char c : s) {
                if (c >= '0' && c <= '9') {
                    digits += c;
                }
            }
            const auto first = digits.find_first_not_of('0');
            const auto last = digits.find_last_not_of('0');
            return first == std::string::npos ? std::size_t{0} : last - first + 1;
        };
        CHECK(significant(text.find('e') == std::string::npos ? digits_only : text) <=
              significant(std::string_view(shortest, static_cast<std::size_t>(end - shortest))));
    }
}

TEST_CASE("floating-point outputs add and subtract exactly, as written") {
    const output<disinfectant> a = 0.1 * tonnes;
    const output<disinfectant> b = 0.2 * tonnes;
    CHECK((a + b).value() == 0.3);
    CHECK(percent((a + b) / output<disinfectant>(0.3 * tonnes), 0, rounding::away_from_zero) ==
          "100%");
    CHECK((output<disinfectant>(0.3 * tonnes) - b).value() == 0.1);
    // Of two number types: a float at its shortest form, a count only where exact.
    const output<disinfectant, float> tenth = 0.1f * tonnes;
    CHECK(percent(tenth / output<disinfectant>(1.0 * tonnes), 0, rounding::away_from_zero) ==
          "10%");
    CHECK((tenth + output<disinfectant>(0.0 * tonnes)) == tenth);
    const output<face_mask, std::int64_t> many = std::int64_t{9'007'199'254'740'993} * pieces;
    CHECK_THROWS_AS(many + output<face_mask>(0.0 * pieces), std::invalid_argument);
    CHECK_THROWS_AS(many / output<face_mask>(1.0 * pieces), std::invalid_argument);
    const output<face_mask, std::int64_t> fewer = std::int64_t{9'007'199'254'740'992} * pieces;
    CHECK_THROWS_WITH_AS(fewer - many,
                         "output of face masks: 9,007,199,254,740,992 - 9,007,199,254,740,993 "
                         "would be negative",
                         std::invalid_argument);
}

// An output<Good, double> keeps whole pieces, or whole thousandths of a tonne, as integers (issue
// 10); these are the figures at the edges of that, where it hands over to the double.
TEST_CASE("outputs to the kilogram sum as written across the bounds of their integer form") {
    // Kilograms into tonnes: whole ones, fractions of one, and at 2^50 kg.
    CHECK(output<disinfectant>(1'234'567.0 * kilograms).value() == 1'234.567);
    CHECK(output<disinfectant>(1.5 * kilograms).value() == 0.0015);
    CHECK(output<disinfectant>(1'125'899'906'842'623.0 * kilograms).value() ==
          1'125'899'906'842.623);
    CHECK(output<disinfectant>(1'125'899'906'842'624.0 * kilograms).value() ==
          1'125'899'906'842.624);
    // 2^50 - 1 thousandths, plus one, plus a figure of no thousandths.
    output<disinfectant> total = 1'125'899'906'842.623 * tonnes;
    total += output<disinfectant>(1.0 * kilograms);
    CHECK(total.value() == 1'125'899'906'842.624);
    total += output<disinfectant>(1.0 * kilograms);
    CHECK(total.value() == 1'125'899'906'842.625);
    CHECK((output<disinfectant>(0.0001 * tonnes) + output<disinfectant>(0.0002 * tonnes))
              .value() == 0.0003);
    CHECK((output<disinfectant>(1'234.5 * tonnes) + output<disinfectant>(0.1 * tonnes)).value() ==
          1'234.6);
    // -0.0 t is kept as it was stated, and adds as it did.
    const output<disinfectant> negative_zero = -0.0 * tonnes;
    CHECK(std::signbit(negative_zero.value()));
    CHECK_FALSE(std::signbit((negative_zero + negative_zero).value()));
    CHECK_FALSE(std::signbit(output<disinfectant>(-0.0 * kilograms).value()));
    CHECK((negative_zero + output<disinfectant>(2.5 * tonnes)).value() == 2.5);
    CHECK_THROWS_WITH_AS(output<disinfectant>(-500.0 * kilograms),
                         "output of disinfectant must be finite and not negative (-0.5 t)",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(output<disinfectant>(-std::numeric_limits<double>::infinity() * tonnes),
                         "output of disinfectant must be finite and not negative (-inf t)",
                         std::invalid_argument);
}

TEST_CASE("outputs in pieces sum as written across the bounds of their integer form") {
    output<face_mask> total = 1'125'899'906'842'623.0 * pieces;  // 2^50 - 1
    total += output<face_mask>(1.0 * pieces);
    CHECK(total.value() == 1'125'899'906'842'624.0);
    total += output<face_mask>(0.5 * pieces);
    CHECK(total.value() == 1'125'899'906'842'624.5);
    const output<face_mask> below_2_to_53 = 9'007'199'254'740'991.0 * pieces;
    CHECK((below_2_to_53 + output<face_mask>(1.0 * pieces)).value() == 9'007'199'254'740'992.0);
    CHECK((output<face_mask>(0.1 * pieces) + output<face_mask>(0.2 * pieces)).value() == 0.3);
    CHECK(std::signbit(output<face_mask>(-0.0 * pieces).value()));
    CHECK(std::signbit((output<face_mask>(-0.0 * pieces) + output<face_mask>(-0.0 * pieces))
                           .value()));
    CHECK_THROWS_WITH_AS(output<face_mask>(-std::numeric_limits<double>::denorm_min() * pieces),
                         "output of face masks must be finite and not negative (-5e-324 pcs)",
                         std::invalid_argument);
}

TEST_CASE("an amount too small for any double in the good's unit is refused as such") {
    // 5e-324 kg is 5e-327 t, nearer 0 than the least double: not an overflow.
    CHECK_THROWS_WITH_AS(output<disinfectant>(5e-324 * kilograms),
                         "the figure 5e-327 is nearer 0 than any floating-point number",
                         std::underflow_error);
    // 1e-320 kg is 1e-323 t, whose nearest double reads back as 1e-323: kept.
    CHECK(output<disinfectant>(1e-320 * kilograms).value() > 0);
}
