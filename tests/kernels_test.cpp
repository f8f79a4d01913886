// kernels_test.cpp: the paths made cheaper for the benchmark kernels (issue 10) give what they
// gave before, over many random cases: a printed percentage's verdicts against an exact integer
// reference and against the comparison they were made by before; the index of groups' equality
// of keys against ==; a series' snapshots and last pace against a plain model of its rules.
#include <restoration/audit.hpp>
#include <restoration/detail/group_index.hpp>
#include <restoration/series.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "reference.hpp"

using namespace restoration;

namespace {

// ---- Verdicts of a printed percentage --------------------------------------------------------

// The verdict as it was made before (main at f826c02): the rule's result compared with the
// printed figure, sign and all.
bool fits_as_before(const detail::exact_quotient& q, printed_percent printed, rounding rule) {
    return decimal{q.rounded(rule), printed.figure.decimals} == printed.figure;
}

// Counts of every size: small, near the products' 64-bit limit, and past it (the general core).
std::int64_t kernels_test_count(std::mt19937_64& random) {
    switch (random() % 4) {
    case 0: return static_cast<std::int64_t>(random() % 30);
    case 1: return static_cast<std::int64_t>(random() % 100'000);
    case 2: return static_cast<std::int64_t>(random() % 100'000'000'000'000);
    default: return static_cast<std::int64_t>(random() >> 1);
    }
}

TEST_CASE("check_printed of counts: every rule's verdict as the exact reference and as before") {
    std::mt19937_64 random(20260418);
    std::size_t fitted = 0;
    for (int i = 0; i < 200'000; ++i) {
        const std::int64_t denominator =
            1 + kernels_test_count(random) % std::numeric_limits<std::int64_t>::max();
        // Mostly resumed within scope; now and then any count, as a production rate may be.
        const auto within = static_cast<std::uint64_t>(denominator);
        const std::int64_t numerator = random() % 5 == 0
                                           ? kernels_test_count(random)
                                           : static_cast<std::int64_t>(random() % within);
        const int decimals = static_cast<int>(random() % 7);
        const auto scale = static_cast<reference::int128>(100) * reference::power_of_ten(decimals);
        if (numerator * scale / denominator >= std::numeric_limits<std::int64_t>::max() - 1) {
            // No rule's result is an int64 (the audit refuses it): not what is compared here.
            continue;
        }
        // Printed near the exact value (so that some rules fit and some do not), or anywhere,
        // negative included, which no rate is: refused.
        const std::int64_t near = reference::rounded(numerator * scale, denominator,
                                                     rounding::toward_zero);
        const std::int64_t printed_units =
            random() % 8 == 0 ? static_cast<std::int64_t>(random())
                              : near + static_cast<std::int64_t>(random() % 4) - 1;
        const printed_percent printed{{printed_units, decimals}};
        if (printed_units < 0) {
            CHECK_THROWS_AS(check_printed(printed, numerator, denominator), std::invalid_argument);
            continue;
        }

        percent_check check = check_printed(printed, numerator, denominator);
        const auto verdicts = check.verdicts();
        const rate<production_restoration, std::int64_t> figures{numerator, denominator};
        const detail::exact_quotient before = detail::percent_quotient(figures, decimals);
        for (std::size_t r = 0; r < std::size(all_rounding_rules); ++r) {
            const rounding rule = all_rounding_rules[r];
            const std::int64_t exact = reference::rounded(numerator * scale, denominator, rule);
            const bool expected = exact == printed_units;
            const bool as_before = fits_as_before(before, printed, rule);
            if (verdicts[r].fits != expected || check.fits(rule) != expected ||
                as_before != expected || verdicts[r].result != decimal{exact, decimals} ||
                verdicts[r].rule != rule) {
                CAPTURE(numerator);
                CAPTURE(denominator);
                CAPTURE(printed_units);
                CAPTURE(decimals);
                CAPTURE(to_string(rule));
                CHECK(verdicts[r].fits == expected);
                CHECK(check.fits(rule) == expected);
                CHECK(as_before == expected);
                CHECK(verdicts[r].result == decimal{exact, decimals});
            }
            fitted += expected ? 1 : 0;
        }
    }
    // Many verdicts must have been "fits", or the comparison would say little about them.
    CHECK(fitted > 100'000);
}

TEST_CASE("check_printed of a rate of doubles: every rule's verdict as before") {
    std::mt19937_64 random(20260505);
    for (int i = 0; i < 50'000; ++i) {
        const double denominator = static_cast<double>(1 + random() % 2'000'000) / 10;
        const double numerator =
            static_cast<double>(random() % 3'000'000) / (random() % 2 == 0 ? 10 : 1000);
        const int decimals = static_cast<int>(random() % 4);
        const rate<production_restoration, double> figures{numerator, denominator};
        const detail::exact_quotient before = detail::percent_quotient(figures, decimals);
        const std::int64_t kept = before.rounded(rounding::toward_zero);
        const printed_percent printed{
            {kept + static_cast<std::int64_t>(random() % 4) - 1, decimals}};
        if (printed.figure.units < 0) {
            CHECK_THROWS_AS(check_printed(printed, figures), std::invalid_argument);
            continue;
        }
        const percent_check check = check_printed(printed, figures);
        const auto verdicts = check.verdicts();
        for (std::size_t r = 0; r < std::size(all_rounding_rules); ++r) {
            const rounding rule = all_rounding_rules[r];
            const bool as_before = fits_as_before(before, printed, rule);
            if (verdicts[r].fits != as_before || check.fits(rule) != as_before) {
                CAPTURE(numerator);
                CAPTURE(denominator);
                CAPTURE(printed.figure.units);
                CAPTURE(to_string(rule));
                CHECK(verdicts[r].fits == as_before);
                CHECK(check.fits(rule) == as_before);
            }
        }
    }
}

// ---- Equality of keys in the index of groups ---------------------------------------------------

template <class Char>
std::basic_string<Char> kernels_test_label(std::mt19937_64& random, std::size_t size) {
    std::basic_string<Char> label(size, Char{});
    for (Char& c : label) {
        c = static_cast<Char>('a' + random() % 3);  // few letters: labels often equal
    }
    return label;
}

template <class Char>
void check_same_key_as_equality(std::mt19937_64& random) {
    using view = std::basic_string_view<Char>;
    for (int i = 0; i < 20'000; ++i) {
        const std::size_t size = random() % 24;
        std::basic_string<Char> a = kernels_test_label<Char>(random, size);
        std::basic_string<Char> b = random() % 2 == 0 ? a : kernels_test_label<Char>(random, size);
        if (random() % 4 == 0 && size > 0) {  // one character off, anywhere
            b = a;
            b[random() % size] = static_cast<Char>('z');
        }
        if (random() % 8 == 0) {  // another length
            b.push_back(static_cast<Char>('a'));
        }
        const bool same = detail::same_key(view(a), view(b));
        if (same != (view(a) == view(b))) {
            CAPTURE(size);
            CHECK(same == (view(a) == view(b)));
        }
        // In a tuple and a pair, as aggregate's keys of several parts are.
        const auto ta = std::tuple<view, int>(a, static_cast<int>(size % 2));
        const auto tb = std::tuple<view, int>(b, static_cast<int>(random() % 2));
        CHECK(detail::same_key(ta, tb) == (ta == tb));
        const auto pa = std::pair<int, view>(1, a);
        const auto pb = std::pair<int, view>(1, b);
        CHECK(detail::same_key(pa, pb) == (pa == pb));
    }
}

TEST_CASE("the index of groups compares keys as == does") {
    std::mt19937_64 random(7681);
    check_same_key_as_equality<char>(random);
    check_same_key_as_equality<char16_t>(random);
    check_same_key_as_equality<char32_t>(random);
    CHECK(detail::same_key(7, 7));
    CHECK_FALSE(detail::same_key(7, 8));
}

// ---- A series against a model of its rules ---------------------------------------------------

struct model_snapshot {
    std::chrono::sys_days date;
    std::int64_t in_scope;
    std::int64_t resumed;
};

TEST_CASE("a series keeps, refuses and paces its snapshots as a plain model of its rules") {
    // Named in full: in the unity build another file's names meet these.
    using std::chrono::sys_days;
    using std::chrono::year_month_day;
    using day_count = std::chrono::days;
    std::mt19937_64 random(1331);
    std::size_t refused = 0;
    std::size_t past_first_slots = 0;
    for (int i = 0; i < 4'000; ++i) {
        series<industrial> made;
        std::vector<model_snapshot> model;
        const std::int64_t in_scope = 1 + static_cast<std::int64_t>(random() % 1'000);
        sys_days day = sys_days{std::chrono::year{2022} / std::chrono::April / 1};
        const std::size_t adds = 1 + random() % 14;
        for (std::size_t a = 0; a < adds; ++a) {
            // Mostly a later day of the same denominator; now and then an earlier or the same
            // day, another denominator or a day not in the calendar.
            const auto pick = random() % 16;
            const sys_days next = pick == 0 ? day - day_count{static_cast<int>(random() % 3)}
                                            : day + day_count{1 + static_cast<int>(random() % 9)};
            const year_month_day date =
                pick == 1 ? year_month_day{std::chrono::year{2022} / std::chrono::February / 30}
                          : year_month_day{next};
            const std::int64_t scope = pick == 2 ? in_scope + 1 : in_scope;
            const auto resumed =
                static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(scope + 1));
            const bool refuse = !date.ok() ||
                                (!model.empty() && (sys_days{date} <= model.back().date ||
                                                    scope != model.back().in_scope));
            bool threw = false;
            try {
                made.add(date, {scope, resumed});
            } catch (const std::invalid_argument&) {
                threw = true;
            }
            REQUIRE(threw == refuse);
            if (refuse) {
                ++refused;
            } else {
                model.push_back({sys_days{date}, scope, resumed});
                day = sys_days{date};
            }
            const auto kept = made.snapshots();
            REQUIRE(kept.size() == model.size());
            for (std::size_t k = 0; k < model.size(); ++k) {
                REQUIRE(kept[k].date == model[k].date);
                REQUIRE(kept[k].counts.in_scope() == model[k].in_scope);
                REQUIRE(kept[k].counts.resumed() == model[k].resumed);
            }
        }
        past_first_slots += model.size() > 8 ? 1U : 0U;
        if (model.size() < 2) {
            CHECK_THROWS_AS(static_cast<void>(made.last_pace()), std::domain_error);
            continue;
        }
        const model_snapshot& from = model[model.size() - 2];
        const model_snapshot& to = model.back();
        const auto pace = made.last_pace();
        CHECK(pace.from() == from.date);
        CHECK(pace.to() == to.date);
        CHECK(pace.in_scope() == to.in_scope);
        CHECK(pace.resumed_before() == from.resumed);
        CHECK(pace.resumed_after() == to.resumed);
        CHECK(pace.days() == (to.date - from.date).count());
    }
    // The refusals and the snapshots past the first slots must have been tried often.
    CHECK(refused > 1'000);
    CHECK(past_first_slots > 100);
}

}  // namespace
