// growth.hpp: growth rates (增速, 增长): a period's figure against its base period, year on year
// (同比) or period on period (环比). Signed, exact, and a kind of their own: never a restoration
// rate, though each converts exactly into the other.
//
//   const auto g = growth_of<year_on_year>(value_2021, value_2020);  // two outputs of one good
//   percent(growth<year_on_year>{1'076, 1'000}, 1, rounding::half_up)   // "+7.6%"
//   restoration_of(growth<year_on_year>{decline(19.6_percent)})     // 804/1,000: 恢复至80.4%
//   check_printed(decline(19.6_percent), g).fits(rounding::half_up)  // the printed growth
//   check_restoration_and_growth(80.4_percent, decline(19.6_percent)).agree(rounding::half_up)
//   points(growth<year_on_year>{7.6_percent} - growth<year_on_year>{7.2_percent}, 1,
//          rounding::half_up)                                    // "0.4 percentage points"
//
// Printed, a growth carries its sign: "+7.6%", "-19.6%", and "0.0%" when it rounds to nothing.
#pragma once

#include <algorithm>
#include <array>
#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <restoration/audit.hpp>
#include <restoration/cohort.hpp>
#include <restoration/consistency.hpp>
#include <restoration/decimal.hpp>
#include <restoration/detail/audit.hpp>
#include <restoration/detail/checked.hpp>
#include <restoration/detail/exact.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/format.hpp>
#include <restoration/output.hpp>
#include <restoration/output_value.hpp>
#include <restoration/rate.hpp>
#include <restoration/rounding.hpp>

namespace restoration {

// What a growth compares with. A bulletin's 同比 is against the same period of last year, 环比
// against the period just before; the two are different kinds and never compare. Your own
// comparison is a tag with a `name` and `compares_periods = true`.
struct year_on_year {
    static constexpr std::string_view name = "year on year";
    static constexpr std::string_view name_zh = "同比";
    static constexpr bool compares_periods = true;
};
struct period_on_period {
    static constexpr std::string_view name = "period on period";
    static constexpr std::string_view name_zh = "环比";
    static constexpr bool compares_periods = true;
};

template <class T>
concept growth_comparison = requires {
    { T::name } -> std::convertible_to<std::string_view>;
    requires T::compares_periods;
};

namespace detail {

[[noreturn]] [[gnu::cold]] inline void refuse_decline(printed_percent fall) {
    throw std::invalid_argument("a fall is printed as its size: a fall of " +
                                to_string(fall.figure) +
                                "% is no printed figure (decline(19.6_percent) is -19.6%)");
}

}  // namespace detail

// A printed fall as a signed percentage: "同比下降19.6%" is decline(19.6_percent), {-196, 1}.
// A fall is printed as its size: a negative one (decline(decline(19.6_percent))) is refused,
// not turned into a rise.
constexpr printed_percent decline(printed_percent fall) {
    if (fall.figure.units < 0) {
        detail::refuse_decline(fall);
    }
    return {{-fall.figure.units, fall.figure.decimals}};
}

// A fall as code writes it: growth<year_on_year>{-19.6_percent} is decline(19.6_percent).
constexpr printed_percent operator-(printed_percent fall) { return decline(fall); }

namespace detail {

template <class Rep>
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] void refuse_growth(std::string_view comparison,
                                                                 Rep current, Rep base) {
    const std::string figures = "growth " + std::string(comparison) + " of " + plain(current) +
                                " against a base of " + plain(base);
    if (!finite(current) || !finite(base)) {
        throw std::invalid_argument(figures + ": both figures must be finite");
    }
    if (current < 0 || base < 0) {
        throw std::invalid_argument(figures + ": figures cannot be negative");
    }
    throw std::domain_error(figures + " is undefined: nothing grows from a base of 0");
}

[[noreturn]] [[gnu::cold]] [[gnu::noinline]] inline void refuse_printed_growth(
    printed_percent printed) {
    throw std::invalid_argument("a growth of " + to_string(printed.figure) +
                                "% would leave less than nothing: a fall is at most 100%");
}

}  // namespace detail

// The figure of a period (`current`) against that of its base period, as written: integer
// figures are counts, floating-point ones outputs or values, taken at their shortest decimal
// form. The growth is current / base - 1, never formed in Rep: it is decided exactly wherever it
// is compared, rounded or subtracted.
template <class Comparison, class Rep = std::int64_t>
class growth {
    static_assert(growth_comparison<Comparison>,
                  "restoration: growth<Comparison>: Comparison must be year_on_year, "
                  "period_on_period or a tag with a `name` and `compares_periods = true`");
    static_assert(detail::number<Rep>, "restoration: growth<Comparison, Rep>: Rep must be a "
                                       "signed integer, float or double");

public:
    using comparison = Comparison;
    using rep = Rep;

    // 1,076 this year against 1,000 the same period of last year.
    template <class Current, class Base>
    constexpr growth(Current current, Base base)
        : current_(detail::figure_cast<Rep>(current)), base_(detail::figure_cast<Rep>(base)) {
        static_assert(detail::numbers_only<Current, Base>() &&
                          detail::no_characters<Current, Base>() &&
                          detail::figures_enter<Rep, Current, Base>,
                      "restoration: a figure would change on its way into the growth's number "
                      "type (a double into an integer growth, say): state it in that type");
        const bool valid = detail::finite(current_) && detail::finite(base_) && current_ >= 0 &&
                           base_ > 0;
        if (!valid) {
            detail::refuse_growth(Comparison::name, current_, base_);
        }
    }

    // A growth as a bulletin printed it, its sign kept: 7.6_percent is 1,076/1,000 - 1,
    // decline(19.6_percent) is 804/1,000 - 1.
    explicit constexpr growth(printed_percent printed)
        requires std::integral<Rep>
        : growth(current_of(printed), base_of(printed)) {}

    constexpr Rep current() const { return current_; }
    constexpr Rep base() const { return base_; }

    // The growth as a fraction (0.076 for 7.6%), for plotting or further floating-point work.
    constexpr double to_double() const {
        return static_cast<double>(current_) / static_cast<double>(base_) - 1.0;
    }

    // Exists only to name the mistake, as a rate's does.
    template <detail::number_or_character Number>
    operator Number() const {  // not constexpr: std::variant's checks instantiate it (clang)
        constexpr bool implicit = detail::always_false<Number>;
        static_assert(implicit, "restoration: a growth rate does not convert implicitly to a "
                                "number; call .to_double() or format it with percent()");
        return Number{};
    }

private:
    // 100% at the printed precision, and 100% plus the printed growth: 1,000 and 1,076 for 7.6%.
    static constexpr std::int64_t whole_of(printed_percent printed) {
        detail::check_printed_places(printed);
        std::int64_t whole = 100;
        for (int i = 0; i < printed.figure.decimals; ++i) {
            whole *= 10;
        }
        return whole;
    }
    static constexpr Rep base_of(printed_percent printed) {
        current_of(printed);  // first, whichever argument is evaluated first
        return in_rep(whole_of(printed), printed);
    }
    static constexpr Rep current_of(printed_percent printed) {
        const std::int64_t current =
            detail::checked_add(whole_of(printed), printed.figure.units, "a printed growth");
        if (current < 0) {
            detail::refuse_printed_growth(printed);
        }
        return in_rep(current, printed);
    }
    static constexpr Rep in_rep(std::int64_t figure, printed_percent printed) {
        if (!std::in_range<Rep>(figure)) {
            throw std::overflow_error("a growth of " + to_string(printed.figure) + "% needs " +
                                      detail::grouped(figure) +
                                      ", which growth of this number type cannot hold");
        }
        return static_cast<Rep>(figure);
    }

    Rep current_;
    Rep base_;
};

// Growth from two outputs of one good: this period's against the base period's.
template <class Comparison, class G1, class R1, class G2, class R2>
constexpr auto growth_of(const output<G1, R1>& current, const output<G2, R2>& base) {
    static_assert(std::same_as<G1, G2>, "restoration: growth compares a good's output with its "
                                        "own output in the base period, not with another good's");
    using common = std::common_type_t<R1, R2>;
    using detail::figure_as;
    return growth<Comparison, common>(figure_as<common>(current.value()),
                                      figure_as<common>(base.value()));
}

// Growth from two output values in yuan.
template <class Comparison>
growth<Comparison, double> growth_of(output_value current, output_value base) {
    return {current.value(), base.value()};
}

// Growth of the summed values now against the summed values at the baseline, where the baseline
// is the base period (the same period last year: year_on_year).
template <class Comparison>
growth<Comparison, double> growth_of(const production_by_value& values) {
    return {values.now().value(), values.baseline().value()};
}

// Growth of the resumed count of one scope: 9,909 resumed on the 22nd against 9,478 on the 21st.
template <class Comparison, class S1, class C1, class S2, class C2>
constexpr auto growth_of(const cohort<S1, C1>& current, const cohort<S2, C2>& base) {
    static_assert(std::same_as<S1, S2>, "restoration: growth compares a scope's resumed count "
                                        "with the same scope's in the base period");
    using common = std::common_type_t<C1, C2>;
    return growth<Comparison, common>(static_cast<common>(current.resumed()),
                                      static_cast<common>(base.resumed()));
}

// Growth of two plain counts.
template <class Comparison, detail::whole_count Current, detail::whole_count Base>
constexpr growth<Comparison, std::int64_t> growth_of(Current current, Base base) {
    return {static_cast<std::int64_t>(current), static_cast<std::int64_t>(base)};
}

// "恢复至去年同期的80.4%": the current figure over the base period's, as a restoration rate on
// the basis the caller states (a growth does not record what its figures measured):
// restoration_of<basis::output_value>(g); unstated if none is. Exact both ways: growth is
// restoration less 100%.
template <class Basis = basis::unstated, class Comparison, class Rep>
constexpr rate<production_restoration_by<Basis>, Rep> restoration_of(
    const growth<Comparison, Rep>& g) {
    return {g.current(), g.base()};
}

// A production restoration against a base period as growth. Not a work rate, a share, staff
// return or capacity utilisation: each is a part of a whole or of a capacity, not a figure
// against the same figure of a base period.
template <class Comparison, class Kind, class Rep>
constexpr growth<Comparison, Rep> growth_from(const rate<Kind, Rep>& restoration) {
    constexpr bool against_a_base = [] {
        if constexpr (detail::is_production_restoration<Kind>) {
            return !std::same_as<typename Kind::basis_type, basis::capacity_utilisation>;
        } else {
            return false;
        }
    }();
    static_assert(against_a_base,
                  "restoration: growth_from takes a production restoration against a base "
                  "period, not a work rate, share or capacity utilisation");
    return {restoration.numerator(), restoration.denominator()};
}

namespace detail {

// current / base - 1 as terms of the exact core.
template <class Comparison, class Rep>
std::array<ratio_term, 2> growth_terms(const growth<Comparison, Rep>& g, bool negated = false) {
    return {term_of(g.current(), g.base(), negated), term_of(Rep{1}, Rep{1}, !negated)};
}

template <class C1, class C2>
constexpr void require_same_comparison() {
    static_assert(std::same_as<C1, C2>,
                  "restoration: growth year on year and growth period on period are against "
                  "different bases: they cannot be compared or subtracted");
}

template <class Comparison, class Rep>
inline constexpr figure_kind figure_kind_v<growth<Comparison, Rep>> =
    figure_kind::growth;

template <class T>
constexpr void refuse_growth_with_rate() {
    constexpr bool mixed = always_false<T>;
    static_assert(mixed, "restoration: a growth rate is not a restoration rate: they cannot be "
                         "compared, added or subtracted; convert with restoration_of or growth_from");
}

}  // namespace detail

template <class C1, class R1, class C2, class R2>
constexpr bool operator==(const growth<C1, R1>& a, const growth<C2, R2>& b) {
    return (a <=> b) == 0;
}

// Exactly, by the sign of (a + 1) - (b + 1).
template <class C1, class R1, class C2, class R2>
constexpr std::strong_ordering operator<=>(const growth<C1, R1>& a, const growth<C2, R2>& b) {
    detail::require_same_comparison<C1, C2>();
    const std::array<detail::ratio_term, 2> terms = {
        detail::term_of(a.current(), a.base()), detail::term_of(b.current(), b.base(), true)};
    return detail::sign_of_sum(terms);
}

// The change between two growths in percentage points, exact: 7.6% less 7.2% is 0.4 points.
// (a + 1) - (b + 1) is a difference of two fractions, which percentage_points keeps as written.
template <class C1, class R1, class C2, class R2>
constexpr auto operator-(const growth<C1, R1>& a, const growth<C2, R2>& b) {
    detail::require_same_comparison<C1, C2>();
    using common = std::common_type_t<R1, R2>;
    using detail::figure_as;
    return percentage_points<C1, common>(
        fraction<common>{figure_as<common>(a.current()), figure_as<common>(a.base())},
        fraction<common>{figure_as<common>(b.current()), figure_as<common>(b.base())});
}

// Growth over two periods compounds; adding the rates is a mistake.
template <class C1, class R1, class C2, class R2>
constexpr auto operator+(const growth<C1, R1>&, const growth<C2, R2>&) {
    constexpr bool compounding = detail::always_false<C1>;
    static_assert(compounding, "restoration: growth rates do not add; growth over two periods "
                               "compounds: take the growth of the figures themselves");
}

// A growth and a restoration rate mixed, either way round: named, rather than a page of
// candidates. (Comparisons the other way round are rewritten to these.) The sums and differences
// give a complete type, so that `auto x = g - r;` stops at this message first.
template <class C, class R1, class K, class R2>
constexpr bool operator==(const growth<C, R1>&, const rate<K, R2>&) {
    detail::refuse_growth_with_rate<C>();
    return false;
}
template <class C, class R1, class K, class R2>
constexpr std::strong_ordering operator<=>(const growth<C, R1>&, const rate<K, R2>&) {
    detail::refuse_growth_with_rate<C>();
    return std::strong_ordering::equal;
}
template <class C, class R1, class K, class R2>
constexpr detail::refused_operation operator-(const growth<C, R1>&, const rate<K, R2>&) {
    detail::refuse_growth_with_rate<C>();
    return {};
}
template <class K, class R1, class C, class R2>
constexpr detail::refused_operation operator-(const rate<K, R1>&, const growth<C, R2>&) {
    detail::refuse_growth_with_rate<C>();
    return {};
}
template <class C, class R1, class K, class R2>
constexpr detail::refused_operation operator+(const growth<C, R1>&, const rate<K, R2>&) {
    detail::refuse_growth_with_rate<C>();
    return {};
}
template <class K, class R1, class C, class R2>
constexpr detail::refused_operation operator+(const rate<K, R1>&, const growth<C, R2>&) {
    detail::refuse_growth_with_rate<C>();
    return {};
}

// The growth in percent, rounded to `places` decimals by `rule`, signed: {-196, 1} for 80.4%
// of the base. Every rule is symmetric about 0, as for any figure: -19.65% is -19.6% toward
// zero and -19.7% half up.
template <class Comparison, class Rep>
decimal rounded_percent(const growth<Comparison, Rep>& g, decimal_places places, rounding rule) {
    return {detail::scaled_sum(detail::growth_terms(g), places.value() + 2).rounded(rule),
            places.value()};
}

// "+7.6%", "-19.6%", "0.0%"
template <class Comparison, class Rep>
std::string percent(const growth<Comparison, Rep>& g, decimal_places places, rounding rule) {
    const decimal rounded = rounded_percent(g, places, rule);
    return (rounded.units > 0 ? "+" : "") +
           detail::decimal_text(rounded.units, rounded.decimals, "%");
}

// The exact form: "1,076/1,000 - 1 year on year".
template <class Comparison, class Rep>
std::string to_string(const growth<Comparison, Rep>& g) {
    return detail::plain(g.current()) + "/" + detail::plain(g.base()) + " - 1 " +
           std::string(Comparison::name);
}

// A printed growth ("同比下降19.6%") against the figures it claims to come from, under every
// rule, as check_printed does for a rate (audit.hpp): one exact division, each rule's verdict
// from it.
struct growth_check {
    printed_percent printed;
    std::array<rule_verdict, std::size(all_rounding_rules)> verdicts;

    const rule_verdict& under(rounding rule) const { return verdicts[detail::rule_index(rule)]; }
    bool fits(rounding rule) const { return under(rule).fits; }
};

template <class Comparison, class Rep>
growth_check check_printed(printed_percent printed, const growth<Comparison, Rep>& figures) {
    detail::check_printed_places(printed);
    const int places = printed.figure.decimals;
    const detail::exact_quotient quotient =
        detail::scaled_sum(detail::growth_terms(figures), places + 2);
    growth_check check{printed, {}};
    for (std::size_t i = 0; i < std::size(all_rounding_rules); ++i) {
        const rounding rule = all_rounding_rules[i];
        const decimal result{quotient.rounded(rule), places};
        check.verdicts[i] = {rule, result, result == printed.figure};
    }
    return check;
}

// Does a printed restoration to the base period ("恢复至去年同期的80.4%") agree with a printed
// growth ("同比下降19.6%"), each rounded on its own from one exact ratio? Under each rule, they
// agree when some ratio prints as both. 80.4% and -19.6% agree under every rule; 80.5% and
// -19.6% only half up (80.45% exactly prints as both) and away from zero; 80.6% and -19.6% under
// none; at different precisions, 80.45% and -19.6% agree under every rule but toward zero.
struct growth_agreement_verdict {
    rounding rule = rounding::half_up;
    bool agree = false;
};

struct growth_agreement_check {
    printed_percent restoration;
    printed_percent growth;
    std::array<growth_agreement_verdict, std::size(all_rounding_rules)> verdicts;

    const growth_agreement_verdict& under(rounding rule) const {
        return verdicts[detail::rule_index(rule)];
    }
    bool agree(rounding rule) const { return under(rule).agree; }
};

namespace detail::growth_audit {

// One end of the ratios a printed figure stands for, as bounds on 2 x ratio x 100 x 10^decimals
// (detail/audit.hpp's preimage), brought to a finer scale.
struct end {
    std::int64_t at;
    bool open;
};

inline preimage at_scale(const preimage& p, int from_decimals, int to_decimals) {
    const std::int64_t factor = power_of_ten(to_decimals - from_decimals);
    constexpr const char* what = "a printed figure at a finer scale";
    return {checked_mul(p.low, factor, what), p.low_open, checked_mul(p.high, factor, what),
            p.high_open, checked_mul(p.twice_scale, factor, what)};
}

// The greater of two lower ends (open if either open where they meet), the lesser of two upper.
inline end higher_low(end a, end b) {
    if (a.at != b.at) {
        return a.at > b.at ? a : b;
    }
    return {a.at, a.open || b.open};
}
inline end lower_high(end a, end b) {
    if (a.at != b.at) {
        return a.at < b.at ? a : b;
    }
    return {a.at, a.open || b.open};
}

inline bool agree(printed_percent restoration, printed_percent growth, rounding rule) {
    const int finer = std::max(restoration.figure.decimals, growth.figure.decimals);
    const preimage r = at_scale(preimage_of(restoration, rule), restoration.figure.decimals, finer);
    // Growth g is restoration x less 1: x's bounds are g's plus the scale's whole.
    const preimage g = at_scale(consistency::signed_preimage(growth.figure, rule),
                                growth.figure.decimals, finer);
    constexpr const char* what = "a printed growth as a restoration";
    const end g_low{checked_add(g.low, g.twice_scale, what), g.low_open};
    const end g_high{checked_add(g.high, g.twice_scale, what), g.high_open};
    // A restoration is never below 0: the current figure is not negative.
    const end low = higher_low(higher_low({r.low, r.low_open}, g_low), {0, false});
    const end high = lower_high({r.high, r.high_open}, g_high);
    return low.at < high.at || (low.at == high.at && !low.open && !high.open);
}

}  // namespace detail::growth_audit

inline growth_agreement_check check_restoration_and_growth(printed_percent restoration,
                                                           printed_percent growth) {
    detail::check_printed_places(restoration);
    detail::check_printed_places(growth);
    if (restoration.figure.units < 0) {
        throw std::invalid_argument("a restoration of " + to_string(restoration.figure) +
                                    "% against a base period cannot be negative (beside growth "
                                    "of " + to_string(growth.figure) + "%)");
    }
    growth_agreement_check check{restoration, growth, {}};
    for (std::size_t i = 0; i < std::size(all_rounding_rules); ++i) {
        const rounding rule = all_rounding_rules[i];
        check.verdicts[i] = {rule, detail::growth_audit::agree(restoration, growth, rule)};
    }
    return check;
}

// A printed change in points between two growths ("高于前三季度0.4个百分点") against their
// figures, under each rule, read two ways as for two days' rates (consistency.hpp): as the
// difference of the two growths each rounded to the change's decimals, which is what bulletins
// print, or as their exact difference, rounded.
struct growth_change_verdict {
    rounding rule = rounding::half_up;
    decimal now;                   // the later growth, rounded to the change's decimals
    decimal before;                // the earlier one
    decimal difference_of_rounded; // now - before
    decimal exact_difference;      // the exact change, rounded
    bool fits_as_difference = false;
    bool fits_as_exact_change = false;
};

struct growth_change_check {
    decimal printed_points;
    std::array<growth_change_verdict, std::size(all_rounding_rules)> verdicts;

    const growth_change_verdict& under(rounding rule) const {
        return verdicts[detail::rule_index(rule)];
    }
};

template <class C1, class R1, class C2, class R2>
growth_change_check check_change(decimal printed_points, const growth<C1, R1>& now,
                                 const growth<C2, R2>& before) {
    detail::require_same_comparison<C1, C2>();
    const decimal_places places = printed_points.decimals;  // checks 0 to max_decimals
    const auto change = now - before;
    growth_change_check check{printed_points, {}};
    for (std::size_t i = 0; i < std::size(all_rounding_rules); ++i) {
        growth_change_verdict& v = check.verdicts[i];
        v.rule = all_rounding_rules[i];
        v.now = rounded_percent(now, places, v.rule);
        v.before = rounded_percent(before, places, v.rule);
        v.difference_of_rounded = {
            detail::checked_sub(v.now.units, v.before.units, "a difference of growths"),
            places.value()};
        v.exact_difference = rounded_points(change, places, v.rule);
        v.fits_as_difference = v.difference_of_rounded == printed_points;
        v.fits_as_exact_change = v.exact_difference == printed_points;
    }
    return check;
}

namespace detail::growth_audit {

inline std::string signed_text(decimal figure) {
    return (figure.units > 0 ? "+" : "") + to_string(figure);
}

}  // namespace detail::growth_audit

// "-19.6%: fits half up, ...; not toward zero (-19.5%)", signed, as a rate's check prints.
inline std::string to_string(const growth_check& check) {
    using detail::growth_audit::signed_text;
    std::string fits;
    std::string not_fits;
    for (const rule_verdict& v : check.verdicts) {
        std::string& list = v.fits ? fits : not_fits;
        list += (list.empty() ? "" : ", ") + std::string(to_string(v.rule));
        if (!v.fits) {
            list += " (" + signed_text(v.result) + "%)";
        }
    }
    return signed_text(check.printed.figure) + "%: fits " + (fits.empty() ? "no rule" : fits) +
           (not_fits.empty() ? "" : "; not " + not_fits);
}

// "80.4% restored and growth -19.6%: agree half up, half even, ...; not ..."
inline std::string to_string(const growth_agreement_check& check) {
    std::string agree;
    std::string not_agree;
    for (const growth_agreement_verdict& v : check.verdicts) {
        std::string& list = v.agree ? agree : not_agree;
        list += (list.empty() ? "" : ", ") + std::string(to_string(v.rule));
    }
    std::string text = to_string(check.restoration.figure) + "% restored and growth " +
                       detail::growth_audit::signed_text(check.growth.figure) + "%: ";
    text += agree.empty() ? "agree under no rule" : "agree " + agree;
    text += not_agree.empty() ? std::string() : "; not " + not_agree;
    return text;
}

// A line for the printed change, one for each rule.
inline std::string to_string(const growth_change_check& check) {
    using detail::growth_audit::signed_text;
    std::string text = "change " + signed_text(check.printed_points) + " points\n";
    for (const growth_change_verdict& v : check.verdicts) {
        text += "  " + std::string(to_string(v.rule)) + ": " + signed_text(v.now) + "% less " +
                signed_text(v.before) + "% is " + signed_text(v.difference_of_rounded) +
                (v.fits_as_difference ? " (fits)" : " (does not fit)") + "; exact change " +
                signed_text(v.exact_difference) +
                (v.fits_as_exact_change ? " (fits)" : " (does not fit)") + "\n";
    }
    return text;
}

}  // namespace restoration
