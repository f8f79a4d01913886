// rate.hpp: restoration rates of one kind each, kept as their figures were written and decided
// exactly; their differences are percentage points.
//
//   rate<work_resumption> r{6'480, 7'681};        // exactly 6480/7681, never a rounded double
//   rate<production_restoration> p{72.7_percent}; // as printed, 727/1000
//   auto gap = large.work_rate() - small.work_rate();  // percentage_points<work_resumption>
#pragma once

#include <array>
#include <compare>
#include <concepts>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <restoration/basis.hpp>
#include <restoration/decimal.hpp>
#include <restoration/detail/bare_numbers.hpp>
#include <restoration/detail/exact.hpp>
#include <restoration/detail/tags.hpp>
#include <restoration/detail/text.hpp>

namespace restoration {

// The kinds of rate. Each is its own type, so that a rate by count of enterprises is never
// compared with a rate by output by accident. A kind whose numerator counts a part of its
// denominator (the resumed among those in scope) says so, and its rates never pass 100%.
// A kind whose figures are counts (of enterprises, of persons) says so too: they are whole
// numbers, and its rates are of an integer type.
struct work_resumption {
    static constexpr std::string_view name = "work resumption";  // by count
    static constexpr std::string_view name_zh = "复工率";
    static constexpr bool part_of_whole = true;
    static constexpr bool of_counts = true;
};
// production_restoration, 复产率 by output, is in basis.hpp with the bases it is measured on.
struct staff_return {
    static constexpr std::string_view name = "staff return";  // by headcount
    static constexpr std::string_view name_zh = "返岗率";
    static constexpr bool of_counts = true;
};

template <class T>
concept rate_kind = requires {
    { T::name } -> std::convertible_to<std::string_view>;
};

namespace detail {

// A scope, a good or a basis has a name too, but is no kind of rate (detail/tags.hpp).
template <class T>
inline constexpr bool of_another_role =
    declares_a_scope<T> || declares_a_unit<T> || declares_a_rate_name<T>;

}  // namespace detail

// A fraction as written: the two figures of a rate, or of one side of a difference of rates.
template <class Rep>
struct fraction {
    Rep numerator;
    Rep denominator;
};

namespace detail {

template <class Kind>
constexpr bool part_of_whole() {
    if constexpr (requires { Kind::part_of_whole; }) {
        return Kind::part_of_whole;
    } else {
        return false;
    }
}

template <class Kind>
constexpr bool of_counts() {
    if constexpr (requires { Kind::of_counts; }) {
        return Kind::of_counts;
    } else {
        return false;
    }
}

template <class Kind>
constexpr bool compares_periods() {
    if constexpr (requires { Kind::compares_periods; }) {
        return Kind::compares_periods;
    } else {
        return false;
    }
}

template <class Rep>
constexpr bool finite(Rep value) {
    if constexpr (std::floating_point<Rep>) {
        return value - value == 0;
    } else {
        return true;
    }
}

// Out of line and cold, so that the checks a rate makes on construction stay small enough to be
// inlined wherever rates are made by the million.
template <class Rep>
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] void refuse_rate(std::string_view kind, Rep numerator,
                                                              Rep denominator) {
    const std::string figures =
        std::string(kind) + " rate of " + plain(numerator) + "/" + plain(denominator);
    if (!finite(numerator) || !finite(denominator)) {
        throw std::invalid_argument(figures + ": both figures must be finite");
    }
    if (numerator < 0 || denominator < 0) {
        throw std::invalid_argument(figures + ": figures cannot be negative");
    }
    if (denominator == 0) {
        throw std::domain_error(figures + " is undefined: nothing to restore against");
    }
    throw std::invalid_argument(figures + ": the numerator counts a part of the denominator "
                                          "and cannot exceed it");
}

template <class Rep>
constexpr ratio_term term_of(Rep numerator, Rep denominator, bool subtracted = false) {
    return {exact_form(numerator), exact_form(denominator), subtracted};
}

}  // namespace detail

// numerator / denominator of one kind, kept as written and decided exactly: integer figures
// are counts, floating-point ones come from outputs and are taken at their shortest decimal
// form. A rate never turns into a plain number by itself: to_double() or percent()
// (format.hpp) say what is wanted.
template <class Kind, class Rep = std::int64_t>
class rate {
    static_assert(rate_kind<Kind>,
                  "restoration: rate<Kind>: Kind must be a kind of rate, a type with a `name`");
    static constexpr bool kind_of_rate = !detail::of_another_role<Kind>;
    static_assert(kind_of_rate, "restoration: rate<Kind>: Kind is a scope, a good or a basis, not a "
                                "kind of rate such as work_resumption");
    // The comparisons of growth (growth.hpp) have a name too; their differences in points are
    // percentage_points of them, but a rate of one would be a growth without its sign.
    static_assert(!detail::compares_periods<Kind>(),
                  "restoration: rate<Kind>: year_on_year and period_on_period are what a growth "
                  "compares with, not kinds of rate");
    static_assert(detail::number<Rep>, "restoration: rate<Kind, Rep>: Rep must be a signed "
                                       "integer, float or double");
    static constexpr bool whole_counts = !detail::of_counts<Kind>() || std::integral<Rep>;
    static_assert(whole_counts, "restoration: rate<Kind, Rep>: a rate of counts (work resumption, "
                                "staff return, a share by count) takes an integer Rep");

public:
    using kind = Kind;
    using rep = Rep;

    // `numerator` of `denominator`: 6'480 resumed of 7'681 in scope.
    template <class Numerator, class Denominator>
    constexpr rate(Numerator numerator, Denominator denominator)
        : numerator_(detail::figure_cast<Rep>(numerator)),
          denominator_(detail::figure_cast<Rep>(denominator)) {
        static_assert(detail::numbers_only<Numerator, Denominator>() &&
                          detail::no_characters<Numerator, Denominator>() &&
                          detail::figures_enter<Rep, Numerator, Denominator>,
                      "restoration: a figure would change on its way into the rate's number "
                      "type (a double into an integer rate, say): state it in that type");
        const bool valid = detail::finite(numerator_) && detail::finite(denominator_) &&
                           numerator_ >= 0 && denominator_ > 0 &&
                           (!detail::part_of_whole<Kind>() || numerator_ <= denominator_);
        if (!valid) {
            detail::refuse_rate(Kind::name, numerator_, denominator_);
        }
    }

    // A rate as a bulletin printed it, basis unknown: rate<production_restoration>{72.7_percent}.
    explicit constexpr rate(printed_percent printed)
        requires std::integral<Rep>
        : rate(in_rep(printed, printed.figure.units), whole_of(printed)) {}

    constexpr Rep numerator() const { return numerator_; }
    constexpr Rep denominator() const { return denominator_; }

    // The rate as a fraction of one (0.8436...), for plotting or further floating-point work.
    constexpr double to_double() const {
        return static_cast<double>(numerator_) / static_cast<double>(denominator_);
    }

    // Exists only to name the mistake: `double d = r;` stops here with this message rather
    // than a bare "cannot convert".
    template <detail::number_or_character Number>
    operator Number() const {  // not constexpr: std::variant's checks instantiate it (clang)
        constexpr bool implicit = detail::always_false<Number>;
        static_assert(implicit, "restoration: a rate does not convert implicitly to a number; "
                                "call .to_double() or format it with percent()");
        return Number{};
    }

private:
    template <class, class>
    friend class cohort;

    // A cohort's own counts, which its invariants already make a valid rate (resumed of in
    // scope, in scope above zero): taken without the checks again, as a sort compares many.
    struct valid_counts {};
    constexpr rate(valid_counts, Rep numerator, Rep denominator)
        : numerator_(numerator), denominator_(denominator) {}

    // 100% at the printed precision: 1,000 for 72.7%.
    static constexpr Rep whole_of(printed_percent printed) {
        const decimal_places places = printed.figure.decimals;  // checks 0 to max_decimals
        in_rep(printed, printed.figure.units);  // first, whichever argument is evaluated first
        std::int64_t whole = 100;
        for (int i = 0; i < places.value(); ++i) {
            whole *= 10;
        }
        return in_rep(printed, whole);
    }

    // A printed figure's digits, or its 100%, in Rep: refused when Rep is too narrow to hold
    // them (72.7% in an int8_t), never wrapped.
    static constexpr Rep in_rep(printed_percent printed, std::int64_t figure) {
        if (!std::in_range<Rep>(figure)) {
            refuse_printed(printed, figure);
        }
        return static_cast<Rep>(figure);
    }

    [[noreturn]] [[gnu::cold]] [[gnu::noinline]] static void refuse_printed(printed_percent printed, std::int64_t figure) {
        throw std::overflow_error(to_string(printed.figure) + "% needs " +
                                  detail::grouped(figure) + ", which " + std::string(Kind::name) +
                                  " rates of this number type cannot hold");
    }

    Rep numerator_;
    Rep denominator_;
};

// The difference of two rates of one kind, in percentage points. It keeps both rates' figures,
// so that it is exact whatever their size: no product of them is ever formed in Rep.
template <class Kind, class Rep = std::int64_t>
class percentage_points {
    static_assert(rate_kind<Kind>, "restoration: percentage_points<Kind>: Kind must be a kind "
                                   "of rate, a type with a `name`");
    static constexpr bool kind_of_rate = !detail::of_another_role<Kind>;
    static_assert(kind_of_rate, "restoration: percentage_points<Kind>: Kind is a scope, a good or a "
                                "basis, not a kind of rate such as work_resumption");
    static_assert(detail::number<Rep>, "restoration: percentage_points<Kind, Rep>: Rep must be a "
                                       "signed integer, float or double");

public:
    using kind = Kind;
    using rep = Rep;

    // A difference stated by hand, as a fraction of one (its points are 100 times this), which
    // may be negative: percentage_points<work_resumption>(-32, 1'000) is -3.2 points.
    template <class Numerator, class Denominator>
    constexpr percentage_points(Numerator numerator, Denominator denominator)
        : percentage_points(fraction<Rep>{detail::figure_cast<Rep>(numerator),
                                          detail::figure_cast<Rep>(denominator)},
                            fraction<Rep>{0, 1}) {
        static_assert(detail::numbers_only<Numerator, Denominator>() &&
                          detail::no_characters<Numerator, Denominator>() &&
                          detail::figures_enter<Rep, Numerator, Denominator>,
                      "restoration: a figure would change on its way into the difference's "
                      "number type (a double into integer points, say): state it in that type");
    }

    // minuend - subtrahend, each a fraction with a positive denominator.
    constexpr percentage_points(fraction<Rep> minuend, fraction<Rep> subtrahend)
        : minuend_(minuend), subtrahend_(subtrahend) {
        const bool valid = detail::finite(minuend.numerator) &&
                           detail::finite(minuend.denominator) &&
                           detail::finite(subtrahend.numerator) &&
                           detail::finite(subtrahend.denominator) && minuend.denominator > 0 &&
                           subtrahend.denominator > 0;
        if (!valid) {
            refuse();
        }
    }

    constexpr fraction<Rep> minuend() const { return minuend_; }
    constexpr fraction<Rep> subtrahend() const { return subtrahend_; }

    // The points as a floating-point number: 12.9 for a gap of 0.129.
    constexpr double to_double() const {
        return 100.0 * (static_cast<double>(minuend_.numerator) /
                            static_cast<double>(minuend_.denominator) -
                        static_cast<double>(subtrahend_.numerator) /
                            static_cast<double>(subtrahend_.denominator));
    }

    // Exists only to name the mistake, as a rate's does.
    template <detail::number_or_character Number>
    operator Number() const {  // not constexpr: std::variant's checks instantiate it (clang)
        constexpr bool implicit = detail::always_false<Number>;
        static_assert(implicit, "restoration: percentage points do not convert implicitly to a "
                                "number; call .to_double() or format them with points()");
        return Number{};
    }

private:
    [[noreturn]] [[gnu::cold]] [[gnu::noinline]] void refuse() const {
        throw std::domain_error("a difference of " + std::string(Kind::name) + " rates, " +
                                detail::plain(minuend_.numerator) + "/" +
                                detail::plain(minuend_.denominator) + " - " +
                                detail::plain(subtrahend_.numerator) + "/" +
                                detail::plain(subtrahend_.denominator) +
                                ", needs finite figures and positive denominators");
    }

    fraction<Rep> minuend_;
    fraction<Rep> subtrahend_;
};

namespace detail {

template <class Kind, class Rep>
inline constexpr figure_kind figure_kind_v<rate<Kind, Rep>> = figure_kind::rate;
template <class Kind, class Rep>
inline constexpr figure_kind figure_kind_v<percentage_points<Kind, Rep>> =
    figure_kind::points;

// A difference as terms of the exact core: the minuend, then the subtrahend taken away (or,
// negated, the other way round).
template <class Kind, class Rep>
std::array<ratio_term, 2> terms_of(const percentage_points<Kind, Rep>& points,
                                   bool negated = false) {
    return {term_of(points.minuend().numerator, points.minuend().denominator, negated),
            term_of(points.subtrahend().numerator, points.subtrahend().denominator, !negated)};
}

// A share names the whole it is part of (share.hpp); work resumption counts the resumed.
template <class Kind>
concept share_kind = requires { typename Kind::whole_type; } && part_of_whole<Kind>();

template <class K1, class K2>
constexpr void require_same_kind() {
    constexpr bool same = std::same_as<K1, K2>;
    if constexpr (is_production_restoration<K1> && is_production_restoration<K2>) {
        require_same_basis<typename K1::basis_type, typename K2::basis_type>();
    } else if constexpr ((share_kind<K1> && std::same_as<K2, work_resumption>) ||
                         (share_kind<K2> && std::same_as<K1, work_resumption>)) {
        static_assert(same, "restoration: a share is not a work rate, and cannot be "
                            "compared with or subtracted from one");
    } else if constexpr (compares_periods<K1>() && compares_periods<K2>()) {
        static_assert(same, "restoration: changes in growth year on year and period on period "
                            "cannot be compared or subtracted");
    } else if constexpr (share_kind<K1> && share_kind<K2>) {
        static_assert(same, "restoration: shares of different wholes (of those in scope, of "
                            "those resumed) or measures (by count, by value) cannot be compared");
    } else {
        static_assert(same, "restoration: rates of different kinds (work resumption, staff "
                            "return, production) cannot be compared, subtracted or averaged");
    }
}

template <class Count>
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] void refuse_inexact_count(Count figure) {
    throw std::invalid_argument("the count " + grouped(figure) +
                                " has no exact floating-point form to be taken with "
                                "floating-point figures; state both in one type");
}

// Whether a floating-point type holds a count exactly, as the number its shortest form reads
// as: below 2^53 a double always does; a float holds 123,456,792 but reads it as 123,456,790.
template <class Floating, class Count>
constexpr bool holds_count(Count figure) {
    const auto converted = static_cast<Floating>(figure);
    if (static_cast<long double>(converted) != static_cast<long double>(figure)) {
        return false;
    }
    if constexpr (std::same_as<Floating, double>) {
        return true;
    } else {
        const exact_figure exact = exact_form(converted);
        std::uint64_t value = exact.digits;
        for (int k = 0; k < exact.exponent && value <= ~std::uint64_t{0} / 10; ++k) {
            value *= 10;
        }
        const auto bits = static_cast<std::uint64_t>(figure);
        const std::uint64_t magnitude = figure < 0 ? 0 - bits : bits;
        return exact.exponent >= 0 && value == magnitude;
    }
}

// A figure of one rate in the number type of a difference with another: a float as the double
// nearest its shortest form (0.1f as 0.1), a count only when the type holds it exactly.
template <class Common, class Rep>
constexpr Common figure_as(Rep figure) {
    if constexpr (std::floating_point<Rep> && !std::same_as<Rep, Common>) {
        const exact_figure exact = exact_form(figure);
        return nearest_floating<Common>(exact.negative, exact.digits, exact.exponent);
    }
    if constexpr (std::integral<Rep> && std::floating_point<Common>) {
        if (!holds_count<Common>(figure)) {
            refuse_inexact_count(figure);
        }
    }
    return static_cast<Common>(figure);
}

// The rate in percent to `places` decimals, cut toward zero, with what was cut off: whatever
// the rule, the one exact division it is rounded from.
template <class Kind, class Rep>
[[gnu::always_inline]] inline exact_quotient percent_quotient(const rate<Kind, Rep>& r,
                                                              decimal_places places) {
    if constexpr (std::integral<Rep>) {  // counts: never negative, the denominator positive
        return scaled_ratio(r.numerator(), r.denominator(), places.value() + 2);
    } else {
        const ratio_term term = term_of(r.numerator(), r.denominator());
        return scaled_sum({&term, 1}, places.value() + 2);
    }
}

}  // namespace detail

template <class K1, class R1, class K2, class R2>
constexpr bool operator==(const rate<K1, R1>& a, const rate<K2, R2>& b) {
    return (a <=> b) == 0;
}

// Exactly, by the sign of a - b: cross-multiplied in 64 bits when that fits, wider when not.
// Counts are never negative and their products fit 128 bits: two multiplications, inline.
template <class K1, class R1, class K2, class R2>
constexpr std::strong_ordering operator<=>(const rate<K1, R1>& a, const rate<K2, R2>& b) {
    detail::require_same_kind<K1, K2>();
#if RESTORATION_HAS_UINT128
    if constexpr (std::integral<R1> && std::integral<R2>) {
        // Each product below 2^126: their difference, signed, is exact, and its sign alone
        // decides (a < b compiles to one subtraction, not a test of == and then of <).
        const auto count = [](auto figure) { return static_cast<std::uint64_t>(figure); };
        __extension__ using signed128 = __int128;
        const auto difference =
            static_cast<signed128>(detail::uint128{count(a.numerator())} * count(b.denominator())) -
            static_cast<signed128>(detail::uint128{count(b.numerator())} * count(a.denominator()));
        return difference <=> 0;
    }
#endif
    const std::array<detail::ratio_term, 2> terms = {
        detail::term_of(a.numerator(), a.denominator()),
        detail::term_of(b.numerator(), b.denominator(), true)};
    return detail::sign_of_sum(terms);
}

template <class K1, class R1, class K2, class R2>
constexpr auto operator-(const rate<K1, R1>& a, const rate<K2, R2>& b) {
    detail::require_same_kind<K1, K2>();
    using common = std::common_type_t<R1, R2>;
    using detail::figure_as;
    return percentage_points<K1, common>(
        fraction<common>{figure_as<common>(a.numerator()), figure_as<common>(a.denominator())},
        fraction<common>{figure_as<common>(b.numerator()), figure_as<common>(b.denominator())});
}

// Adding rates is the classic mistake of averaging instead of pooling; it has no meaning.
template <class K1, class R1, class K2, class R2>
constexpr auto operator+(const rate<K1, R1>&, const rate<K2, R2>&) {
    constexpr bool averaging = detail::always_false<K1>;
    static_assert(averaging, "restoration: rates do not add; pool the counts (cohort + cohort) "
                             "and take the rate of the pool");
}

template <class K1, class R1, class K2, class R2>
constexpr bool operator==(const percentage_points<K1, R1>& a, const percentage_points<K2, R2>& b) {
    return (a <=> b) == 0;
}

template <class K1, class R1, class K2, class R2>
constexpr std::strong_ordering operator<=>(const percentage_points<K1, R1>& a,
                                           const percentage_points<K2, R2>& b) {
    detail::require_same_kind<K1, K2>();
    const auto first = detail::terms_of(a);
    const auto second = detail::terms_of(b, true);
    const std::array<detail::ratio_term, 4> terms = {first[0], first[1], second[0], second[1]};
    return detail::sign_of_sum(terms);
}

}  // namespace restoration
