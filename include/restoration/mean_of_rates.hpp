// mean_of_rates.hpp: the unweighted mean of rates of one kind, and its difference from a
// rate, decided exactly from the rates' figures as written, as a rate is. What
// regions<Scope>::unweighted_mean_of_rates() and production_by_value::unweighted_mean_of_ratios()
// return; percent(), points(), comparisons and to_double() take them as they take rates.
//
//   mean_of_rates<work_resumption> mean;
//   mean.add(rate<work_resumption>{1, 10});
//   mean.add(rate<work_resumption>{2, 10});
//   percent(mean, 2, rounding::away_from_zero)     // "15.00%": exactly (1/10 + 2/10) / 2
//   points(mean - rate<work_resumption>{3, 20}, 2, rounding::away_from_zero)  // "0.00 ..."
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <restoration/decimal.hpp>
#include <restoration/detail/exact.hpp>
#include <restoration/detail/exact_sums.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/rate.hpp>
#include <restoration/rounding.hpp>

namespace restoration {

namespace detail {

[[noreturn]] [[gnu::cold]] [[gnu::noinline]] inline void refuse_empty_mean(std::string_view kind) {
    throw std::domain_error("a mean of no " + std::string(kind) +
                            " rates is undefined: there is nothing to average");
}

}  // namespace detail

template <class Kind>
class mean_minus_rate;

// (r_1 + ... + r_k) / k: each rate weighs the same, whatever its size. Kept as one exact
// fraction of its rates' figures, so that it prints, compares and subtracts exactly; to_double()
// is for plotting.
template <class Kind>
class mean_of_rates {
    static_assert(rate_kind<Kind>, "restoration: mean_of_rates<Kind>: Kind must be a kind of "
                                   "rate, a type with a `name`");
    static constexpr bool kind_of_rate =
        !detail::of_another_role<Kind> && !detail::compares_periods<Kind>();
    static_assert(kind_of_rate, "restoration: mean_of_rates<Kind>: Kind is a scope, a good, a "
                                "basis or a comparison of growth, not a kind of rate");

public:
    using kind = Kind;

    mean_of_rates() = default;

    // One more rate of the mean, of the same kind.
    template <class K2, class Rep>
    void add(const rate<K2, Rep>& r) {
        detail::require_same_kind<Kind, K2>();
        const detail::ratio_term term = detail::term_of(r.numerator(), r.denominator());
        sum_.add(term);
        terms_.push_back(term);
        approximate_sum_ += r.to_double();
    }

    // How many rates are averaged.
    std::size_t count() const { return terms_.size(); }

    // The mean as a fraction of one, in floating point.
    double to_double() const {
        require_rates();
        return approximate_sum_ / static_cast<double>(terms_.size());
    }

    // Exists only to name the mistake, as a rate's does.
    template <detail::number_or_character Number>
    operator Number() const {
        constexpr bool implicit = detail::always_false<Number>;
        static_assert(implicit, "restoration: a mean of rates does not convert implicitly to a "
                                "number; call .to_double() or format it with percent()");
        return Number{};
    }

    // The mean in percent, rounded exactly to `places` decimals by `rule`: {1500, 2} for 15%.
    friend decimal rounded_percent(const mean_of_rates& mean, decimal_places places,
                                   rounding rule) {
        return {mean.scaled(places.value() + 2).rounded(rule), places.value()};
    }

    // "15.00%"
    friend std::string percent(const mean_of_rates& mean, decimal_places places, rounding rule) {
        const decimal rounded = rounded_percent(mean, places, rule);
        return detail::decimal_text(rounded.units, rounded.decimals, "%");
    }

    // The exact form: "(1/10 + 2/10) / 2".
    friend std::string to_string(const mean_of_rates& mean) {
        return "(" + detail::describe(mean.terms_) + ") / " + std::to_string(mean.terms_.size());
    }

    friend std::strong_ordering operator<=>(const mean_of_rates& a, const mean_of_rates& b) {
        return a.exact() <=> b.exact();
    }
    friend bool operator==(const mean_of_rates& a, const mean_of_rates& b) {
        return (a <=> b) == 0;
    }

    template <class K2, class Rep>
    friend std::strong_ordering operator<=>(const mean_of_rates& mean, const rate<K2, Rep>& r) {
        detail::require_same_kind<Kind, K2>();
        return mean.exact() <=> exact_of(r);
    }
    template <class K2, class Rep>
    friend bool operator==(const mean_of_rates& mean, const rate<K2, Rep>& r) {
        return (mean <=> r) == 0;
    }

    // How far the mean stands from a rate, in percentage points.
    template <class K2, class Rep>
    friend mean_minus_rate<Kind> operator-(const mean_of_rates& mean, const rate<K2, Rep>& r) {
        detail::require_same_kind<Kind, K2>();
        return mean.minus(r);
    }

    // Exist only to name the mistake. The gap is stated one way round, the mean's from the
    // rate, so that its sign reads as "the mean stands above or below"; a mean plus a rate is no
    // figure (pooling is of counts, in regions).
    template <class K2, class Rep>
    friend auto operator-(const rate<K2, Rep>&, const mean_of_rates&) {
        constexpr bool reversed = detail::always_false<K2>;
        static_assert(reversed, "restoration: a rate minus a mean of rates: the gap is stated "
                                "as mean - rate (a mean_minus_rate, in points)");
        return detail::refused_operation{};
    }
    template <class K2, class Rep>
    friend auto operator+(const mean_of_rates&, const rate<K2, Rep>&) {
        constexpr bool added = detail::always_false<K2>;
        static_assert(added, "restoration: a mean of rates plus a rate is no figure: pool the "
                             "counts (regions), or take the gap, mean - rate");
        return detail::refused_operation{};
    }
    template <class K2, class Rep>
    friend auto operator+(const rate<K2, Rep>& r, const mean_of_rates& mean) {
        return mean + r;
    }

private:
    void require_rates() const {
        if (terms_.empty()) {
            detail::refuse_empty_mean(Kind::name);
        }
    }

    detail::exact_fraction exact() const {
        require_rates();
        detail::exact_fraction mean = sum_;
        mean.divide_by(terms_.size());
        return mean;
    }

    // Of any kind, so that a rate of another kind meets require_same_kind's message first, not
    // a bare "no matching function" (the same for exact_of).
    template <class K2, class Rep>
    mean_minus_rate<Kind> minus(const rate<K2, Rep>& r) const {
        return mean_minus_rate<Kind>(
            exact() - exact_of(r), 100.0 * (to_double() - r.to_double()),
            "(" + to_string(*this) + " - " + detail::plain(r.numerator()) + "/" +
                detail::plain(r.denominator()) + ")");
    }

    template <class K2, class Rep>
    static detail::exact_fraction exact_of(const rate<K2, Rep>& r) {
        detail::exact_fraction fraction;
        fraction.add(detail::term_of(r.numerator(), r.denominator()));
        return fraction;
    }

    detail::exact_quotient scaled(int shift) const {
        const auto quotient = exact().scaled(shift);
        if (!quotient) {
            detail::refuse_size(to_string(*this), shift);
        }
        return *quotient;
    }

    detail::exact_fraction sum_;
    std::vector<detail::ratio_term> terms_;  // as written, for the exact form and messages
    double approximate_sum_ = 0;
};

// A mean of rates minus a rate, in percentage points, exact: 0.00 points when the mean of 10%
// and 20% stands against 3/20.
template <class Kind>
class mean_minus_rate {
public:
    using kind = Kind;

    // The points in floating point: 12.9 for a gap of 0.129.
    double to_double() const { return approximate_points_; }

    // Exists only to name the mistake, as a rate's does.
    template <detail::number_or_character Number>
    operator Number() const {
        constexpr bool implicit = detail::always_false<Number>;
        static_assert(implicit, "restoration: percentage points do not convert implicitly to a "
                                "number; call .to_double() or format them with points()");
        return Number{};
    }

    // The difference in points, rounded exactly: {129, 1} for 12.9 points.
    friend decimal rounded_points(const mean_minus_rate& d, decimal_places places,
                                  rounding rule) {
        const auto quotient = d.difference_.scaled(places.value() + 2);
        if (!quotient) {
            detail::refuse_size(d.figures_, places.value() + 2);
        }
        return {quotient->rounded(rule), places.value()};
    }

    // "12.9 percentage points"
    friend std::string points(const mean_minus_rate& d, decimal_places places, rounding rule) {
        return to_string(rounded_points(d, places, rule)) + " percentage points";
    }

    // "((1/10 + 2/10) / 2 - 3/20) x 100 percentage points"
    friend std::string to_string(const mean_minus_rate& d) {
        return d.figures_ + " x 100 percentage points";
    }

    friend std::strong_ordering operator<=>(const mean_minus_rate& a, const mean_minus_rate& b) {
        return a.difference_ <=> b.difference_;
    }
    friend bool operator==(const mean_minus_rate& a, const mean_minus_rate& b) {
        return (a <=> b) == 0;
    }

private:
    friend class mean_of_rates<Kind>;

    mean_minus_rate(detail::exact_fraction difference, double approximate_points,
                    std::string figures)
        : difference_(std::move(difference)),
          approximate_points_(approximate_points),
          figures_(std::move(figures)) {}

    detail::exact_fraction difference_;  // as a fraction of one
    double approximate_points_;
    std::string figures_;
};

namespace detail {

template <class Kind>
inline constexpr figure_kind figure_kind_v<mean_of_rates<Kind>> = figure_kind::rate;
template <class Kind>
inline constexpr figure_kind figure_kind_v<mean_minus_rate<Kind>> =
    figure_kind::points;

}  // namespace detail

}  // namespace restoration
