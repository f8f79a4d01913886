// period_test.cpp: outputs and values over periods: sums of one period and of adjacent ones,
// differences of cumulative figures, output per day exactly, and the cumulative audit.
#include <restoration/period.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <random>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include <restoration/io.hpp>

#include <sstream>

namespace period_test {

using namespace restoration;
using std::chrono::April;
using std::chrono::January;
using std::chrono::March;
using std::chrono::May;
using std::chrono::operator""y;
using restoration::days;

using disinfection_figure = over_period<output<disinfectant>>;

std::chrono::days days_of(int count) {
    return std::chrono::days{count};
}

// The message of what `f` throws, or "" when it throws nothing or something else.
template <class Exception, class F>
std::string message_of(F f) {
    try {
        f();
    } catch (const Exception& e) {
        return e.what();
    }
    return "";
}

TEST_CASE("a period counts its first and last days, and is named by its dates") {
    const period since_outbreak = period::since(2022y / March / 11, 2022y / May / 5);
    CHECK(since_outbreak.length() == std::chrono::days{56});
    CHECK(since_outbreak.kind() == period_kind::since);
    CHECK(period::day(2022y / May / 5).length() == std::chrono::days{1});
    CHECK(period::day(2022y / May / 5).kind() == period_kind::day);
    CHECK(period::month_to_date(2022y / May / 5).kind() == period_kind::month_to_date);
    CHECK(period::month_to_date(2022y / May / 5).length() == std::chrono::days{5});
    CHECK(period::year_to_date(2022y / May / 5).kind() == period_kind::year_to_date);
    CHECK(period::year_to_date(2022y / May / 5).length() == std::chrono::days{125});
    CHECK(period::between(2022y / April / 2, 2022y / May / 5).kind() == period_kind::range);
    // The same days are the same period, whatever they are called.
    CHECK(period::between(2022y / May / 1, 2022y / May / 5) ==
          period::month_to_date(2022y / May / 5));
    CHECK(period::between(2022y / March / 11, 2022y / May / 5) == since_outbreak);
    CHECK(to_string(since_outbreak) == "since 2022-03-11, as of 2022-05-05");
    CHECK(to_string(period::month_to_date(2022y / May / 5)) == "2022-05-01 to 2022-05-05");
    CHECK(to_string(period::day(2022y / May / 5)) == "2022-05-05");
    CHECK(to_string(period_kind::year_to_date) == "year to date");
}

TEST_CASE("a period that ends before it begins, or on no date, is refused with its dates") {
    CHECK(message_of<std::invalid_argument>([] {
              (void)period::between(2022y / May / 5, 2022y / May / 1);
          }) == "a period runs forward: 2022-05-05 to 2022-05-01 ends before it begins");
    CHECK(message_of<std::invalid_argument>([] { (void)period::day(2022y / April / 31); }) ==
          "the first day of a period, 2022-04-31, is no date");
}

TEST_CASE("joined and after refuse periods that do not meet as they assume, naming both") {
    const period may5 = period::day(2022y / May / 5);
    CHECK(may5.joined(period::day(2022y / May / 6)).length() == days_of(2));
    CHECK_THROWS_WITH_AS(may5.joined(period::day(2022y / May / 1)),
                         "2022-05-01 does not begin the day after 2022-05-05, to be joined",
                         std::invalid_argument);
    CHECK_THROWS_AS(may5.joined(period::day(2022y / May / 4)), std::invalid_argument);
    CHECK_THROWS_AS(may5.joined(may5), std::invalid_argument);
    const period first_ten = period::between(2022y / May / 1, 2022y / May / 10);
    const period first_three = period::between(2022y / May / 1, 2022y / May / 3);
    CHECK(first_three.after(first_ten) == period::between(2022y / May / 4, 2022y / May / 10));
    CHECK_THROWS_WITH_AS(first_ten.after(first_three),
                         "2022-05-01 to 2022-05-03 is not a longer period of the same start as "
                         "2022-05-01 to 2022-05-10, for the days after it",
                         std::invalid_argument);
    CHECK_THROWS_AS(first_ten.after(first_ten), std::invalid_argument);
    CHECK_THROWS_AS(first_three.after(period::between(2022y / May / 2, 2022y / May / 10)),
                    std::invalid_argument);
    // Every pair of periods within ten days: joined and after either give a forward period of
    // the right days, or throw.
    const auto may = [](int d) { return 2022y / May / std::chrono::day(static_cast<unsigned>(d)); };
    for (int a = 1; a <= 10; ++a) {
        for (int b = a; b <= 10; ++b) {
            for (int c = 1; c <= 10; ++c) {
                for (int d = c; d <= 10; ++d) {
                    const period p = period::between(may(a), may(b));
                    const period q = period::between(may(c), may(d));
                    if (c == b + 1) {
                        REQUIRE(p.joined(q).length() == days_of(d - a + 1));
                    } else {
                        REQUIRE_THROWS_AS(p.joined(q), std::invalid_argument);
                    }
                    if (c == a && d > b) {
                        REQUIRE(p.after(q).length() == days_of(d - b));
                    } else {
                        REQUIRE_THROWS_AS(p.after(q), std::invalid_argument);
                    }
                }
            }
        }
    }
}

TEST_CASE("two plants' output of the same days adds into those days") {
    const period may = period::month_to_date(2022y / May / 5);
    const disinfection_figure north{100.0 * tonnes, may};
    const disinfection_figure south{29.5 * tonnes,
                                    period::between(2022y / May / 1, 2022y / May / 5)};
    const auto both = north + south;
    CHECK(both.amount() == output<disinfectant>(129.5 * tonnes));
    CHECK(both.days() == may);
}

TEST_CASE("two adjacent periods add into the cumulative figure of their union, either way round") {
    const disinfection_figure to_april_30{1'400.0 * tonnes,
                                          period::year_to_date(2022y / April / 30)};
    const disinfection_figure may_1_to_5{129.0 * tonnes, period::month_to_date(2022y / May / 5)};
    for (const auto& sum : {to_april_30 + may_1_to_5, may_1_to_5 + to_april_30}) {
        CHECK(sum.amount() == output<disinfectant>(1'529.0 * tonnes));
        CHECK(sum.days() == period::year_to_date(2022y / May / 5));
        CHECK(sum.days().kind() == period_kind::year_to_date);
    }
    // A figure counted since an event stays counted since it.
    const disinfection_figure since{1'400.0 * tonnes,
                                    period::since(2022y / March / 11, 2022y / April / 30)};
    CHECK((since + may_1_to_5).days().kind() == period_kind::since);
    CHECK(to_string(since + may_1_to_5) ==
          "1,529 t of disinfectant, since 2022-03-11, as of 2022-05-05");
}

TEST_CASE("overlapping periods, or periods with days between them, do not add") {
    const disinfection_figure to_may_1{1'400.0 * tonnes, period::year_to_date(2022y / May / 1)};
    const disinfection_figure may_1_to_5{129.0 * tonnes, period::month_to_date(2022y / May / 5)};
    const disinfection_figure may_3_to_5{80.0 * tonnes,
                                         period::between(2022y / May / 3, 2022y / May / 5)};
    CHECK(message_of<std::invalid_argument>([&] { (void)(to_may_1 + may_1_to_5); }) ==
          "1,400 t of disinfectant, 2022-01-01 to 2022-05-01 + 129 t of disinfectant, "
          "2022-05-01 to 2022-05-05: the periods overlap, and days in both would count twice");
    CHECK(message_of<std::invalid_argument>([&] { (void)(may_3_to_5 + to_may_1); }) ==
          "80 t of disinfectant, 2022-05-03 to 2022-05-05 + 1,400 t of disinfectant, 2022-01-01 "
          "to 2022-05-01: the periods leave days between them, and their sum is of no period");
}

// Every pair of periods within ten days: the sum is had exactly when the two are the same
// days or one begins the day after the other ends, counted day by day.
TEST_CASE("periods add exactly when they are the same days or meet, over every pair in 10 days") {
    using std::chrono::sys_days;
    const sys_days start{2022y / May / 1};
    std::vector<period> periods;
    for (int first = 0; first < 10; ++first) {
        for (int last = first; last < 10; ++last) {
            periods.push_back(period::between(std::chrono::year_month_day{start + days_of(first)},
                                              std::chrono::year_month_day{start + days_of(last)}));
        }
    }
    int sums = 0;
    for (const period& a : periods) {
        for (const period& b : periods) {
            // Day by day: how many of the two cover each day, and where the covered days lie.
            std::vector<int> cover(10, 0);
            for (sys_days d = a.first(); d <= a.last(); d += std::chrono::days{1}) {
                ++cover[static_cast<std::size_t>((d - start).count())];
            }
            for (sys_days d = b.first(); d <= b.last(); d += std::chrono::days{1}) {
                ++cover[static_cast<std::size_t>((d - start).count())];
            }
            bool twice = false;
            bool gap = false;
            int first_covered = -1;
            int last_covered = -1;
            for (int d = 0; d < 10; ++d) {
                twice = twice || cover[static_cast<std::size_t>(d)] == 2;
                if (cover[static_cast<std::size_t>(d)] > 0) {
                    gap = gap || (last_covered >= 0 && last_covered != d - 1);
                    first_covered = first_covered < 0 ? d : first_covered;
                    last_covered = d;
                }
            }
            const bool same = a == b;
            const bool adds = same || (!twice && !gap);
            const disinfection_figure x{1.0 * tonnes, a};
            const disinfection_figure y{2.0 * tonnes, b};
            if (adds) {
                const auto sum = x + y;
                CHECK(sum.amount() == output<disinfectant>(3.0 * tonnes));
                CHECK(sum.days().first() == start + days_of(first_covered));
                CHECK(sum.days().last() == start + days_of(last_covered));
                ++sums;
            } else {
                CHECK_THROWS_AS((void)(x + y), std::invalid_argument);
            }
        }
    }
    CHECK(sums > 55);  // at least each period with itself
}

TEST_CASE("a single period is the difference of two cumulative figures of one start") {
    const period to_may_5 = period::since(2022y / March / 11, 2022y / May / 5);
    const period to_april_30 = period::since(2022y / March / 11, 2022y / April / 30);
    const disinfection_figure later{1'529.0 * tonnes, to_may_5};
    const disinfection_figure earlier{1'400.0 * tonnes, to_april_30};
    const auto may = later - earlier;
    CHECK(may.amount() == output<disinfectant>(129.0 * tonnes));
    CHECK(may.days() == period::month_to_date(2022y / May / 5));
    CHECK(may.days().kind() == period_kind::month_to_date);
    // And back: the earlier figure and the difference add up to the later.
    CHECK((earlier + may).amount() == later.amount());
    CHECK((earlier + may).days() == to_may_5);
    // Decimals subtract as written: 0.3 t - 0.1 t is 0.2 t.
    const disinfection_figure small_later{0.3 * tonnes, to_may_5};
    const disinfection_figure small_earlier{0.1 * tonnes, to_april_30};
    CHECK((small_later - small_earlier).amount().value() == 0.2);
}

TEST_CASE("a difference of figures that are not two cumulative ones of one start is refused") {
    const disinfection_figure later{1'529.0 * tonnes,
                                    period::since(2022y / March / 11, 2022y / May / 5)};
    const disinfection_figure earlier{1'600.0 * tonnes,
                                      period::since(2022y / March / 11, 2022y / April / 30)};
    CHECK(message_of<std::invalid_argument>([&] { (void)(later - earlier); }) ==
          "1,529 t of disinfectant, since 2022-03-11, as of 2022-05-05 - 1,600 t of disinfectant, "
          "since 2022-03-11, as of 2022-04-30: the later cumulative figure is smaller than the "
          "earlier");
    const disinfection_figure other_start{1'400.0 * tonnes,
                                          period::year_to_date(2022y / April / 30)};
    CHECK(message_of<std::invalid_argument>([&] { (void)(later - other_start); }) ==
          "1,529 t of disinfectant, since 2022-03-11, as of 2022-05-05 - 1,400 t of disinfectant, "
          "2022-01-01 to 2022-04-30: a single period is a cumulative figure minus an earlier one "
          "of the same start");
    CHECK_THROWS_AS((void)(earlier - later), std::invalid_argument);  // the wrong way round
    CHECK_THROWS_AS((void)(later - later), std::invalid_argument);    // no days between
}

TEST_CASE("output values over a period add and subtract as written, and refuse a negative value") {
    const period q1 = period::between(2022y / January / 1, 2022y / March / 31);
    const period april = period::between(2022y / April / 1, 2022y / April / 30);
    const over_period<output_value> a{0.1 * yuan, q1};
    const over_period<output_value> b{0.2 * yuan, april};
    const auto sum = a + b;
    CHECK(sum.amount().value() == 0.3);  // not 0.30000000000000004
    CHECK(sum.days() == period::year_to_date(2022y / April / 30));
    CHECK((sum - a).amount().value() == 0.2);
    CHECK(to_string(a) == "0.1 yuan, 2022-01-01 to 2022-03-31");
    CHECK(message_of<std::invalid_argument>([&] {
              (void)over_period<output_value>{-5.0 * yuan, q1};
          }) == "an output value over a period must be finite and not negative (-5 yuan)");
    CHECK_THROWS_AS((over_period<output<face_mask>>{-5.0 * pieces, q1}), std::invalid_argument);
}

TEST_CASE("output over a period per day is the exact quotient of the figure as written") {
    const disinfection_figure since{1'529.0 * tonnes,
                                    period::since(2022y / March / 11, 2022y / May / 5)};
    const output_rate<disinfectant> per_day = since.per_day();
    CHECK(per_day.per_day() == 1'529.0 / 56);  // both exact: one correctly rounded division
    // 0.3 t over 3 days is 0.1 t a day; one division of the doubles would give 0.09999999999999999.
    const disinfection_figure small{0.3 * tonnes,
                                    period::between(2022y / May / 1, 2022y / May / 3)};
    CHECK(small.per_day().per_day() == 0.1);
    CHECK(0.3 / 3 != 0.1);
    const over_period<output_value> value{3320e8 * yuan,
                                          period::year_to_date(2019y / std::chrono::December / 31)};
    CHECK(value.per_day().value() == 3320e8 / 365);
    const over_period<output<face_mask, std::int64_t>> whole{
        output<face_mask, std::int64_t>(28'920'000 * pieces), period::day(2022y / May / 5)};
    CHECK(whole.per_day().per_day() == 28'920'000.0);
}

// A quotient halfway between two doubles goes to the even one, as a division of doubles would.
TEST_CASE("per day halfway between two doubles is the even one") {
    using whole_masks = over_period<output<face_mask, std::int64_t>>;
    const auto per_day = [](std::int64_t masks, int length) {
        const std::chrono::sys_days first{2022y / May / 1};
        return whole_masks{
            output<face_mask, std::int64_t>(masks * pieces),
            period::between(first, std::chrono::year_month_day{first + days_of(length - 1)})}
            .per_day()
            .per_day();
    };
    constexpr std::int64_t two_to_53 = std::int64_t{1} << 53;
    CHECK(per_day(two_to_53 + 1, 1) == 9'007'199'254'740'992.0);  // down to even
    CHECK(per_day(two_to_53 + 3, 1) == 9'007'199'254'740'996.0);  // up to even
    CHECK(per_day(two_to_53 + 1, 2) == 4'503'599'627'370'496.0);  // 2^52 + 1/2: down to even
    CHECK(per_day(3 * two_to_53 + 3, 3) == 9'007'199'254'740'992.0);
}

// An independent check of nearest: r = m x 2^x is the double nearest D / (n x 10^k) when
// |m x n x 10^k - D x 2^-x| is at most half of n x 10^k, and on a tie m is even.
TEST_CASE("per day is the nearest double, over random figures checked in 128-bit integers") {
    __extension__ typedef __int128 int128;
    std::mt19937_64 random(12);
    std::uniform_int_distribution<std::int64_t> digits(0, (std::int64_t{1} << 40) - 1);
    std::uniform_int_distribution<int> places(0, 3);
    std::uniform_int_distribution<int> length(1, 400);
    const double powers[] = {1, 10, 100, 1000};
    for (int i = 0; i < 4'000; ++i) {
        const std::int64_t d = i < 100 ? i : digits(random);
        const int k = places(random);
        const int n = length(random);
        const double amount = static_cast<double>(d) / powers[k];  // d x 10^-k, nearest
        const disinfection_figure figure{
            amount * tonnes,
            period::between(2022y / January / 1,
                            std::chrono::year_month_day{std::chrono::sys_days{2022y / January / 1} +
                                                        std::chrono::days{n - 1}})};
        const double r = figure.per_day().per_day();
        // The figure as written is the shortest form of `amount`, which is d x 10^-k itself.
        int exponent = 0;
        const double fraction = std::frexp(r, &exponent);  // r = fraction x 2^exponent
        const auto m = static_cast<std::int64_t>(std::ldexp(fraction, 53));
        const int x = exponent - 53;  // r = m x 2^x
        if (d == 0) {
            CHECK(r == 0.0);
            continue;
        }
        REQUIRE(x < 0);
        REQUIRE(-x < 80);
        const int128 scale = static_cast<int128>(n) * static_cast<std::int64_t>(powers[k]);
        const int128 difference = int128{m} * scale - (int128{d} << -x);
        const int128 magnitude = difference < 0 ? -difference : difference;
        CHECK(2 * magnitude <= scale);
        if (2 * magnitude == scale) {
            CHECK(m % 2 == 0);
        }
    }
}

// Printed as bulletins print: the digits to a step of 10^step of the amounts.
printed_figure printed(std::int64_t digits, int step) {
    printed_figure figure;
    figure.number = decimal{digits, step == 2 ? 1 : 0};  // step 2 as tenths of a thousand
    figure.exponent = step == 2 ? 3 : step;
    figure.text = std::to_string(digits) + "e" + std::to_string(step);
    return figure;
}

// Rounding of a count to a step, written apart from the library, for counts not negative.
std::int64_t rounded(std::int64_t amount, int step, rounding rule) {
    const std::int64_t unit = step == 0 ? 1 : (step == 1 ? 10 : 100);
    const std::int64_t q = amount / unit;
    const std::int64_t r = amount % unit;
    switch (rule) {
        case rounding::toward_zero:
            return q;
        case rounding::away_from_zero:
            return q + (r > 0 ? 1 : 0);
        case rounding::half_up:
            return q + (2 * r >= unit ? 1 : 0);
        case rounding::half_down:
            return q + (2 * r > unit ? 1 : 0);
        case rounding::half_even:
            return q + (2 * r > unit || (2 * r == unit && q % 2 == 1) ? 1 : 0);
    }
    return -1;
}

// Brute force: every earlier amount and period amount up to 100, printed each to a step of 1, 10
// or 100 (in tenths of a thousand), and their sum likewise; the triples of printed figures so
// had are the consistent ones. Each later figure tested stands only for sums up to 100, so no
// pair of amounts past the search could make it consistent. The steps of the three figures go
// through every pair for the later and earlier figures, and the period's differs from the
// later's (all three printed to the unit are whole counts, checked by hand above and below).
TEST_CASE("the cumulative audit agrees with a brute force over small amounts, every rule") {
    constexpr std::int64_t most = 100;
    std::vector<printed_figure> figures[3];
    for (int step = 0; step <= 2; ++step) {
        for (std::int64_t digits = 0; digits <= most + 1; ++digits) {
            figures[step].push_back(printed(digits, step));
        }
    }
    for (const rounding rule : all_rounding_rules) {
        for (int later_step = 0; later_step <= 2; ++later_step) {
            for (int earlier_step = 0; earlier_step <= 2; ++earlier_step) {
                const int period_step = (later_step + earlier_step + 1) % 3;
                std::set<std::tuple<std::int64_t, std::int64_t, std::int64_t>> seen;
                for (std::int64_t e = 0; e <= most; ++e) {
                    for (std::int64_t p = 0; e + p <= most; ++p) {
                        seen.insert({rounded(e + p, later_step, rule),
                                     rounded(e, earlier_step, rule),
                                     rounded(p, period_step, rule)});
                    }
                }
                // Later figures whose every amount is at most `most`.
                std::int64_t last_later = 0;
                while (rounded(most + 1, later_step, rule) > last_later + 1) {
                    ++last_later;
                }
                const std::int64_t last_earlier = rounded(most, earlier_step, rule);
                const std::int64_t last_period = rounded(most, period_step, rule);
                int consistent = 0;
                for (std::int64_t l = 0; l <= last_later; ++l) {
                    for (std::int64_t e = 0; e <= last_earlier; ++e) {
                        for (std::int64_t p = 0; p <= last_period; ++p) {
                            const bool expected = seen.count({l, e, p}) > 0;
                            const cumulative_check check = check_cumulative(
                                figures[later_step][static_cast<std::size_t>(l)],
                                figures[earlier_step][static_cast<std::size_t>(e)],
                                figures[period_step][static_cast<std::size_t>(p)], rule);
                            if (check.consistent() != expected) {
                                FAIL_CHECK(to_string(rule)
                                           << " " << l << "e" << later_step << " = " << e << "e"
                                           << earlier_step << " + " << p << "e" << period_step);
                            }
                            consistent += expected ? 1 : 0;
                        }
                    }
                }
                CHECK(consistent > 0);
            }
        }
    }
}

TEST_CASE("printed cumulative figures and the period between them, from the text") {
    // Whole tonnes: 1,529 = 1,400 + 129 exactly, and 130 does not fit.
    const auto check = [](const char* later, const char* earlier, const char* in_period,
                          int decimals = 0) {
        return check_cumulative(read_figure(later), read_figure(earlier), read_figure(in_period),
                                rounding::half_up, decimals);
    };
    CHECK(check("1529吨", "1400吨", "129吨").consistent());
    CHECK_FALSE(check("1529吨", "1400吨", "130吨").consistent());
    CHECK(to_string(check("1529吨", "1400吨", "130吨")) ==
          "inconsistent: later 1,529, earlier 1,400, period 130; no amounts that print so add up");
    // Tonnes known to the kilogram: each printed figure stands for a tonne's width, so that 130
    // fits (1,529.4 = 1,399.5 + 129.9 rounds to 1,529, 1,400 and 130), and 131 does not.
    CHECK(check("1529吨", "1400吨", "130吨", 3).consistent());
    CHECK(to_string(check("1529吨", "1400吨", "130吨", 3)) ==
          "consistent: later 1,528,500 to 1,529,499, earlier 1,399,500 to 1,400,499, period "
          "129,500 to 130,499; the period may be 129,500 to 129,999 (in units of 10^-3)");
    CHECK_FALSE(check("1529吨", "1400吨", "131吨", 3).consistent());
    // Scales and words: 2892万个 to date and 2800万个 before leave 910,001 to 929,999 half up;
    // "90多万" (900,000 to 999,999) fits, "80多万" does not.
    CHECK(check("2892万个", "2800万个", "90多万个").consistent());
    CHECK_FALSE(check("2892万个", "2800万个", "80多万个").consistent());
    CHECK(check("2892万个", "2800万个", "超过90万个").consistent());
    CHECK(check("2880万个以上", "2800万个", "90万个").consistent());
    CHECK_FALSE(check("2900万个以上", "2800万个", "90万个").consistent());
    // Figures of different units, or percentages, are refused with the figures named.
    CHECK(message_of<std::invalid_argument>([&] { (void)check("1529吨", "1400件", "129吨"); }) ==
          "\"1529吨\" and \"1400件\" are in different units, and do not add");
    CHECK_THROWS_AS((void)check("1529吨", "1400吨", "9%"), std::invalid_argument);
    CHECK_THROWS_AS((void)check("1529吨", "1400吨", "129吨", -1), std::invalid_argument);
}

TEST_CASE("outputs over periods print as their amount and days") {
    std::ostringstream text;
    text << disinfection_figure{1'529.0 * tonnes,
                                period::since(2022y / March / 11, 2022y / May / 5)}
         << "; " << period::month_to_date(2022y / May / 5) << "; "
         << check_cumulative(read_figure("1529吨"), read_figure("1400吨"), read_figure("129吨"),
                             rounding::half_up);
    CHECK(text.str() ==
          "1,529 t of disinfectant, since 2022-03-11, as of 2022-05-05; 2022-05-01 to "
          "2022-05-05; consistent: later 1,529, earlier 1,400, period 129; the period may be 129");
}

TEST_CASE("a value of -0.0 over a period prints as 0") {
    const over_period<output_value> none{-0.0 * yuan, period::day(2022y / May / 5)};
    CHECK(to_string(none) == "0 yuan, 2022-05-05");
}

TEST_CASE("a printed figure finer than the amounts the audit counts in says how fine to count") {
    CHECK_THROWS_WITH_AS(check_cumulative(read_figure("12.3吨"), read_figure("10吨"),
                                          read_figure("2.3吨"), rounding::half_up),
                         "\"12.3吨\" is printed to 1 decimals, finer than amounts known to 0: "
                         "give amount_decimals of at least 1",
                         std::invalid_argument);
    CHECK(check_cumulative(read_figure("12.3吨"), read_figure("10吨"), read_figure("2.3吨"),
                           rounding::half_up, 1)
              .consistent());
    // One unit in two languages adds; two units do not.
    CHECK(check_cumulative(read_figure("1529 tons"), read_figure("1400吨"), read_figure("129 t"),
                           rounding::half_up)
              .consistent());
    CHECK_THROWS_WITH_AS(check_cumulative(read_figure("1529吨"), read_figure("1400 kg"),
                                          read_figure("129吨"), rounding::half_up),
                         "\"1529吨\" and \"1400 kg\" are in different units, and do not add",
                         std::invalid_argument);
    // Points or a percentage among them are no amount, said first: the decimals' message sent
    // the user to raise amount_decimals, to be refused again (review 34).
    CHECK_THROWS_WITH_AS(check_cumulative(read_figure("1529吨"), read_figure("1400吨"),
                                          read_figure("3.2个百分点"), rounding::half_up),
                         "\"3.2个百分点\" is a percentage or points, not an amount: a cumulative "
                         "figure adds amounts",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(check_cumulative(read_figure("84.3%"), read_figure("1400吨"),
                                          read_figure("129吨"), rounding::half_up, 1),
                         "\"84.3%\" is a percentage or points, not an amount: a cumulative "
                         "figure adds amounts",
                         std::invalid_argument);
}

}  // namespace period_test
