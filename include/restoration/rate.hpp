// rate.hpp: restoration rates of one kind each, kept as exact fractions; their differences are
// percentage points.
//
//   rate<work_resumption> r{6'480, 7'681};        // exactly 6480/7681, never a rounded double
//   rate<production_restoration> p{72.7_percent}; // as printed, 727/1000
//   auto gap = large.work_rate() - small.work_rate();  // percentage_points<work_resumption>
#pragma once

#include <compare>
#include <concepts>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

#include <restoration/detail/checked.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/rounding.hpp>

namespace restoration {

// The kinds of rate. Each is its own type, so that a rate by count of enterprises is never
// compared with a rate by output by accident.
struct work_resumption {
    static constexpr std::string_view name = "work resumption";  // 复工率: by count
};
struct production_restoration {
    static constexpr std::string_view name = "production restoration";  // 复产率: by output
};
struct staff_return {
    static constexpr std::string_view name = "staff return";  // by headcount
};

template <class T>
concept rate_kind = requires {
    { T::name } -> std::convertible_to<std::string_view>;
};

// A percentage exactly as printed: 72.7_percent is {727, 1}, 95_percent is {95, 0}.
struct printed_percent {
    decimal figure;
};

namespace detail {

template <class T>
inline constexpr bool always_false = false;

// Signed, so that a negative figure is seen and refused rather than wrapped to a huge one.
template <class Rep>
concept number = std::signed_integral<Rep> || std::floating_point<Rep>;

// Out of line and cold, so that the checks a rate makes on construction stay small enough to be
// inlined wherever rates are made by the million.
template <class Rep>
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] void refuse_rate(std::string_view kind, Rep numerator,
                                                              Rep denominator) {
    const std::string figures =
        std::string(kind) + " rate of " + plain(numerator) + "/" + plain(denominator);
    if constexpr (std::floating_point<Rep>) {
        if (!std::isfinite(numerator) || !std::isfinite(denominator)) {
            throw std::invalid_argument(figures + ": both figures must be finite");
        }
    }
    if (numerator < 0 || denominator < 0) {
        throw std::invalid_argument(figures + ": figures cannot be negative");
    }
    throw std::domain_error(std::string(kind) + " rate of " + plain(numerator) +
                            "/0 is undefined: nothing to restore against");
}

}  // namespace detail

inline namespace literals {

// Read from the literal's own characters, so 72.7_percent is exact, not the double nearest 72.7.
consteval printed_percent operator""_percent(const char* text) {
    decimal figure{0, 0};
    bool after_point = false;
    for (const char* c = text; *c != '\0'; ++c) {
        if (*c == '\'') {
            continue;
        }
        if (*c == '.' && !after_point) {
            after_point = true;
            continue;
        }
        if (*c < '0' || *c > '9') {
            throw "a percent literal takes decimal digits and one point, such as 84.3_percent";
        }
        figure.units = figure.units * 10 + (*c - '0');
        figure.decimals += after_point ? 1 : 0;
    }
    if (figure.decimals > max_decimals) {
        throw "a percent literal has more decimals than restoration::max_decimals";
    }
    return {figure};
}

}  // namespace literals

// numerator / denominator of one kind. Integer representations are exact; floating-point ones
// come from output quantities. A rate never turns into a plain number by itself: to_double()
// or percent() (format.hpp) say what is wanted.
template <class Kind, class Rep = std::int64_t>
class rate {
    static_assert(rate_kind<Kind>,
                  "restoration: rate<Kind>: Kind must be a kind of rate, a type with a `name`");
    static_assert(detail::number<Rep>, "restoration: rate<Kind, Rep>: Rep must be a signed "
                                       "integer or floating-point type");

public:
    using kind = Kind;
    using rep = Rep;

    // `numerator` of `denominator`: 6'480 resumed of 7'681 in scope.
    constexpr rate(Rep numerator, Rep denominator)
        : numerator_(numerator), denominator_(denominator) {
        bool finite = true;
        if constexpr (std::floating_point<Rep>) {
            finite = std::isfinite(numerator) && std::isfinite(denominator);
        }
        if (!finite || numerator < 0 || denominator <= 0) {
            detail::refuse_rate(Kind::name, numerator, denominator);
        }
    }

    // A rate as a bulletin printed it, basis unknown: rate<production_restoration>{72.7_percent}.
    explicit constexpr rate(printed_percent printed)
        requires std::integral<Rep>
        : rate(static_cast<Rep>(printed.figure.units), whole_of(printed)) {}

    constexpr Rep numerator() const { return numerator_; }
    constexpr Rep denominator() const { return denominator_; }

    // The rate as a fraction of one (0.8436...), for plotting or further floating-point work.
    constexpr double to_double() const {
        return static_cast<double>(numerator_) / static_cast<double>(denominator_);
    }

    // Exists only to name the mistake: `double d = r;` stops here with this message rather
    // than a bare "cannot convert".
    template <detail::number Number>
    constexpr operator Number() const {
        static_assert(detail::always_false<Number>,
                      "restoration: a rate does not convert implicitly to a number; call "
                      ".to_double() or format it with percent()");
        return Number{};
    }

private:
    // 100% at the printed precision: 1,000 for 72.7%. Up to max_decimals, so that it fits.
    static constexpr Rep whole_of(printed_percent printed) {
        detail::check_decimals(printed.figure.decimals);
        return static_cast<Rep>(detail::power_of_ten(printed.figure.decimals + 2));
    }

    Rep numerator_;
    Rep denominator_;
};

// The difference of two rates of one kind, in percentage points: exact for integer rates.
template <class Kind, class Rep = std::int64_t>
class percentage_points {
    static_assert(rate_kind<Kind>, "restoration: percentage_points<Kind>: Kind must be a kind "
                                   "of rate, a type with a `name`");
    static_assert(detail::number<Rep>, "restoration: percentage_points<Kind, Rep>: Rep must be a "
                                       "signed integer or floating-point type");

public:
    using kind = Kind;
    using rep = Rep;

    // The difference as a fraction of one (its points are 100 times this): may be negative.
    constexpr percentage_points(Rep numerator, Rep denominator)
        : numerator_(numerator), denominator_(denominator) {
        bool valid = denominator > 0;
        if constexpr (std::floating_point<Rep>) {
            valid = valid && std::isfinite(numerator) && std::isfinite(denominator);
        }
        if (!valid) {
            throw std::domain_error("a difference of " + std::string(Kind::name) + " rates of " +
                                    detail::plain(numerator) + "/" + detail::plain(denominator) +
                                    " needs finite figures and a positive denominator");
        }
    }

    constexpr Rep numerator() const { return numerator_; }
    constexpr Rep denominator() const { return denominator_; }

    // The points as a floating-point number: 12.9 for a gap of 0.129.
    constexpr double to_double() const {
        return 100.0 * static_cast<double>(numerator_) / static_cast<double>(denominator_);
    }

private:
    Rep numerator_;
    Rep denominator_;
};

namespace detail {

template <class K1, class K2>
constexpr void require_same_kind() {
    static_assert(std::same_as<K1, K2>,
                  "restoration: rates of different kinds cannot be compared or subtracted "
                  "(work resumption is by count, production restoration by output)");
}

// a/b against c/d by cross-multiplying: exact in integers.
template <class R1, class R2>
constexpr auto cross_compare(R1 a, R1 b, R2 c, R2 d) {
    if constexpr (std::integral<R1> && std::integral<R2>) {
        using common = std::common_type_t<R1, R2, std::int64_t>;
        return checked_mul<common>(a, d, "comparing rates") <=>
               checked_mul<common>(c, b, "comparing rates");
    } else {
        return static_cast<long double>(a) * static_cast<long double>(d) <=>
               static_cast<long double>(c) * static_cast<long double>(b);
    }
}

}  // namespace detail

template <class K1, class R1, class K2, class R2>
constexpr bool operator==(const rate<K1, R1>& a, const rate<K2, R2>& b) {
    detail::require_same_kind<K1, K2>();
    return detail::cross_compare(a.numerator(), a.denominator(), b.numerator(), b.denominator()) ==
           0;
}

template <class K1, class R1, class K2, class R2>
constexpr auto operator<=>(const rate<K1, R1>& a, const rate<K2, R2>& b) {
    detail::require_same_kind<K1, K2>();
    return detail::cross_compare(a.numerator(), a.denominator(), b.numerator(), b.denominator());
}

template <class K1, class R1, class K2, class R2>
constexpr auto operator-(const rate<K1, R1>& a, const rate<K2, R2>& b) {
    detail::require_same_kind<K1, K2>();
    using common = std::common_type_t<R1, R2>;
    if constexpr (std::integral<common>) {
        constexpr const char* what = "subtracting rates";
        const common ad = detail::checked_mul<common>(a.numerator(), b.denominator(), what);
        const common cb = detail::checked_mul<common>(b.numerator(), a.denominator(), what);
        return percentage_points<K1, common>(
            detail::checked_sub<common>(ad, cb, what),
            detail::checked_mul<common>(a.denominator(), b.denominator(), what));
    } else {
        return percentage_points<K1, common>(
            static_cast<common>(a.numerator()) * b.denominator() -
                static_cast<common>(b.numerator()) * a.denominator(),
            static_cast<common>(a.denominator()) * b.denominator());
    }
}

// Adding rates is the classic mistake of averaging instead of pooling; it has no meaning.
template <class K1, class R1, class K2, class R2>
constexpr void operator+(const rate<K1, R1>&, const rate<K2, R2>&) {
    static_assert(detail::always_false<K1>,
                  "restoration: rates do not add; pool the counts (cohort + cohort) and take "
                  "the rate of the pool");
}

template <class K1, class R1, class K2, class R2>
constexpr bool operator==(const percentage_points<K1, R1>& a, const percentage_points<K2, R2>& b) {
    detail::require_same_kind<K1, K2>();
    return detail::cross_compare(a.numerator(), a.denominator(), b.numerator(), b.denominator()) ==
           0;
}

template <class K1, class R1, class K2, class R2>
constexpr auto operator<=>(const percentage_points<K1, R1>& a,
                           const percentage_points<K2, R2>& b) {
    detail::require_same_kind<K1, K2>();
    return detail::cross_compare(a.numerator(), a.denominator(), b.numerator(), b.denominator());
}

}  // namespace restoration
