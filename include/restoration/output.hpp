// output.hpp: the output of one good, in any unit of its dimension; output per day; output
// against a baseline of the same good, which is a production-restoration rate.
//
//   output<disinfectant> d = 1'529.0 * tonnes;
//   d.in(kilograms)                 // 1'529'000 kg, exactly
//   output<face_mask> masks = 28.92e6 * pieces;
//   masks + d;                      // does not compile: different goods
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <compare>
#include <concepts>
#include <cstdint>
#include <limits>
#include <optional>
#include <ratio>
#include <stdexcept>
#include <string>
#include <type_traits>

#include <boost/units/conversion.hpp>
#include <boost/units/get_dimension.hpp>
#include <boost/units/quantity.hpp>
#include <boost/units/systems/si/time.hpp>

#include <restoration/detail/checked.hpp>
#include <restoration/detail/exact.hpp>
#include <restoration/detail/exact_sums.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/detail/unit_symbol.hpp>
#include <restoration/good.hpp>
#include <restoration/rate.hpp>
#include <restoration/units.hpp>

namespace restoration {

namespace detail {

// Tags an amount that the library's own arithmetic has made from valid outputs.
struct valid_amount {};

// An output<Good, double> kept in whole steps, as its steps and its decimals (thousandths: 3),
// or nothing: format.hpp rounds such an amount from the integer, not from its double.
template <class Good>
struct kept_steps;

template <class Unit>
using dimension_of_unit = typename boost::units::get_dimension<Unit>::type;

template <class G1, class G2>
constexpr void require_same_good() {
    static_assert(std::same_as<G1, G2>,
                  "restoration: outputs of different goods cannot be added, subtracted or "
                  "compared, even in the same unit");
}

// Goods counted in pieces are nearly always whole, which their sums try first.
template <class Good>
inline constexpr bool counted_in_pieces = std::same_as<dimension_of_good<Good>, piece_dimension>;

// Out of line and cold, as every refusal below: the message is built only when it is thrown.
template <class Good, class Rep>
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] void refuse_amount(Rep amount) {
    throw std::invalid_argument("output of " + std::string(Good::name) +
                                " must be finite and not negative (" + plain(amount) + " " +
                                unit_symbol<typename Good::unit>() + ")");
}

template <class Good, class Unit, class Whole>
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] void refuse_inexact_amount(Whole amount) {
    throw std::invalid_argument("output of " + std::string(Good::name) + ": " + grouped(amount) +
                                " " + unit_symbol<Unit>() + " has no exact floating-point form; "
                                "state it in the output's number type");
}

template <class Good, class R1, class R2>
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] void refuse_negative_difference(R1 a, R2 b) {
    throw std::invalid_argument("output of " + std::string(Good::name) + ": " + plain(a) + " - " +
                                plain(b) + " would be negative");
}

// Checked on every construction, so the message is built only when the amount is refused.
template <class Good, class Rep>
constexpr void check_amount(Rep amount) {
    if constexpr (std::floating_point<Rep>) {
        // Not below zero and finite, in one comparison of the bits: those of a float not below
        // zero order as its value, and those of a negative one, NaN and infinity lie above the
        // largest finite value's. So do -0.0's, which is not below zero and is taken.
        using bits = std::conditional_t<sizeof(Rep) == 8, std::uint64_t, std::uint32_t>;
        static_assert(sizeof(bits) == sizeof(Rep));
        if (std::bit_cast<bits>(amount) > std::bit_cast<bits>(std::numeric_limits<Rep>::max()))
            [[unlikely]] {
            if (!(amount == 0)) {
                refuse_amount<Good>(amount);
            }
        }
    } else if (amount < 0) {
        refuse_amount<Good>(amount);
    }
}

// An output<Good, double> keeps a whole number of pieces, or of thousandths of its unit
// (kilograms of a good in tonnes), as that number, so that its sums add integers; see
// fixed_or_double. Its value() is the same double.
template <class Good>
inline constexpr int kept_decimals = counted_in_pieces<Good> ? 0 : 3;
template <class Good>
using fixed_amount = fixed_or_double<kept_decimals<Good>>;

// The factor from one unit to another as Boost.Units states it (0.001 from kg to t), and its
// exact form, worked out once for each pair of units.
template <class From, class To>
double factor() {
    static const double stated = static_cast<double>(boost::units::conversion_factor(From{}, To{}));
    return stated;
}

// Its zeros are taken into the exponent (1,000 is 1 x 10^3), so that times_exactly takes a
// power of ten in one operation.
template <class From, class To>
const exact_figure& exact_factor() {
    static const exact_figure exact = [] {
        exact_figure figure = exact_form(factor<From, To>());
        while (figure.digits != 0 && figure.digits % 10 == 0) {
            figure.digits /= 10;
            ++figure.exponent;
        }
        return figure;
    }();
    return exact;
}

// The k of a factor that is 10^k as written (0.001 from kg to t: -3), -3 <= k <= 3, known at
// compile time when Boost.Units states the factor in a constant expression, as it does for its
// scaled units; nothing otherwise. The double nearest 10^k is compared with the factor, as
// exact_form reads it (0.001 is 1 x 10^-3).
template <class From, class To>
constexpr std::optional<int> power_of_ten_factor() {
    if constexpr (requires {
                      typename std::integral_constant<
                          bool, (boost::units::conversion_factor(From{}, To{}), true)>;
                  }) {
        constexpr auto stated = static_cast<double>(boost::units::conversion_factor(From{}, To{}));
        for (int k = 0; k <= 3; ++k) {
            if (stated == exact_powers_of_ten[k]) {
                return k;
            }
            if (stated == 1.0 / exact_powers_of_ten[k]) {
                return -k;
            }
        }
    }
    return std::nullopt;
}

// A whole amount from one unit into another, exactly: times the conversion factor as written
// (1,000 for t to kg; 0.001, that is 1 x 10^-3, for kg to t), refused unless the result is whole
// and fits. Boost.Units would truncate 1,500 kg into 1 t, and -500 kg into 0 t.
template <class Good, class From, class To, class Rep>
Rep convert_whole(Rep amount) {
    const exact_figure& factor = exact_factor<From, To>();
    const auto figures = [&] {
        return "output of " + std::string(Good::name) + ": " + plain(amount) + " " +
               unit_symbol<From>();
    };
    if (amount < 0) {
        throw std::invalid_argument(figures() + " is negative, and no output");
    }
    // amount x digits x 10^exponent, in a natural number so that no step can overflow.
    natural product = natural{static_cast<std::uint64_t>(amount)} * natural{factor.digits};
    product.times_power_of_ten(std::max(factor.exponent, 0));
    natural divisor{1};
    divisor.times_power_of_ten(-std::min(factor.exponent, 0));
    natural left;
    const auto whole = product.divide(divisor, left);
    const auto refuse = [&](const char* why) {
        throw std::invalid_argument(figures() + " " + why + " " +
                                    unit_symbol<To>() +
                                    "; state it in a floating-point output (output<Good>)");
    };
    // Too large first: a quotient past 64 bits leaves no remainder to look at.
    if (!whole || *whole > static_cast<std::uint64_t>(std::numeric_limits<Rep>::max())) {
        refuse("does not fit the output's number type in");
    }
    if (!left.is_zero()) {
        refuse("is not a whole number of");
    }
    return static_cast<Rep>(*whole);
}

}  // namespace detail

// A quantity of one good, kept in the good's own unit (tonnes for disinfectant), checked once
// at construction to be finite and not negative.
template <class Good, class Rep = double>
class output {
    static_assert(good<Good>, "restoration: output<Good>: Good must be a good, a type with "
                              "`using unit = ...` and a `name`");
    static_assert(detail::number<Rep>, "restoration: output<Good, Rep>: Rep must be a signed "
                                       "integer, float or double");

public:
    using good_type = Good;
    using rep = Rep;
    using unit_type = typename Good::unit;
    using quantity_type = boost::units::quantity<unit_type, Rep>;

    // Any unit of the good's dimension: output<disinfectant>{1'529'000.0 * kilograms} is 1'529 t.
    template <class Unit, class R>
    constexpr output(boost::units::quantity<Unit, R> amount)  // NOLINT: implicit by design
        : amount_(made(amount)) {}

    // The amount in the good's own unit, as a Boost.Units quantity and as a number.
    constexpr quantity_type quantity() const { return quantity_type::from_value(value()); }
    constexpr Rep value() const {
        if constexpr (kept_fixed) {
            return amount_.value();
        } else {
            return amount_;
        }
    }

    // Adds another output of this good to this one, exactly as operator+ does (a running total).
    // The sum is kept in this output's number type, which must hold the other's figures: a
    // wider integer, or a floating-point type at least as wide (a count goes into a double only
    // when the double holds it exactly, checked as for +).
    template <class OtherGood, class R>
    constexpr output& operator+=(const output<OtherGood, R>& other) {
        detail::require_same_good<Good, OtherGood>();
        constexpr bool widens =
            std::same_as<std::common_type_t<Rep, R>, Rep> ||
            (std::integral<Rep> && std::integral<R> && sizeof(R) <= sizeof(Rep));
        static_assert(widens, "restoration: output += output: the sum would be narrowed to this "
                              "output's number type; keep the total in the wider type");
        if constexpr (widens) {
            if constexpr (std::integral<Rep>) {  // a wrapped sum would be a silently wrong output
                amount_ = detail::checked_add<Rep>(amount_, static_cast<Rep>(other.value()),
                                                   "adding outputs");
            } else if constexpr (std::same_as<OtherGood, Good> && std::same_as<R, Rep> &&
                                 kept_fixed) {
                amount_ = stored_type::sum(amount_, other.amount_);
            } else {
                amount_ = stored(detail::sum_as_written<Rep, detail::counted_in_pieces<Good>>(
                    value(), detail::figure_as<Rep>(other.value()), false));
            }
        }
        return *this;
    }

    // The amount in another unit of the same dimension: d.in(kilograms).
    // Whole amounts convert exactly or not at all: 1,500 kg in an output of whole tonnes throws.
    template <class Unit>
    constexpr boost::units::quantity<Unit, Rep> in(Unit) const {
        static_assert(std::same_as<detail::dimension_of_unit<Unit>, dimension_of_good<Good>>,
                      "restoration: output.in(unit): the unit is not of the good's dimension");
        if constexpr (std::same_as<Unit, unit_type>) {
            return quantity();
        } else if constexpr (std::integral<Rep>) {
            return boost::units::quantity<Unit, Rep>::from_value(
                detail::convert_whole<Good, unit_type, Unit>(value()));
        } else {
            // Kept in steps, in a unit 10^k of the good's: steps x 10^-(k + decimals), one
            // correctly rounded operation on exact operands, the double times_exactly gives.
            constexpr std::optional<int> k = detail::power_of_ten_factor<Unit, unit_type>();
            if constexpr (kept_fixed && k.has_value()) {
                if (amount_.in_steps()) {  // below 2^50: a signed conversion is exact
                    constexpr int exponent = -(*k + detail::kept_decimals<Good>);
                    constexpr double power = detail::exact_powers_of_ten[exponent < 0 ? -exponent
                                                                                      : exponent];
                    const auto steps =
                        static_cast<double>(static_cast<std::int64_t>(amount_.steps()));
                    return boost::units::quantity<Unit, Rep>::from_value(
                        exponent < 0 ? steps / power : steps * power);
                }
            }
            return converted_in<Unit>();
        }
    }

private:
    template <class>
    friend struct detail::kept_steps;

    // Out of line, so that the steps' case above inlines where a user converts each record.
    template <class Unit>
    [[gnu::noinline]] boost::units::quantity<Unit, Rep> converted_in() const {
        const detail::exact_figure& factor = detail::exact_factor<unit_type, Unit>();
        return boost::units::quantity<Unit, Rep>::from_value(
            detail::times_exactly<Rep>(value(), factor));
    }

    template <class, class>
    friend class output;
    template <class G1, class R1, class G2, class R2>
    friend constexpr auto operator+(const output<G1, R1>&, const output<G2, R2>&);
    template <class G1, class R1, class G2, class R2>
    friend constexpr auto operator-(const output<G1, R1>&, const output<G2, R2>&);
    template <class G1, class R1, class G2, class R2>
    friend constexpr std::partial_ordering operator<=>(const output<G1, R1>&,
                                                       const output<G2, R2>&);

    // The result of the library's own arithmetic on valid outputs (a sum, a difference that it
    // has found not negative), which is valid without another check: private, so that no user
    // can state an amount (negative, NaN) past the checks.
    constexpr output(detail::valid_amount, Rep amount) : amount_(stored(amount)) {}

    static constexpr bool kept_fixed = std::same_as<Rep, double>;
    using stored_type = std::conditional_t<kept_fixed, detail::fixed_amount<Good>, Rep>;

    static constexpr stored_type stored(Rep amount) {
        if constexpr (kept_fixed) {
            return stored_type::of(amount);
        } else {
            return amount;
        }
    }

    // For a unit that is 10^k of the good's (kilograms of a good in tonnes: k = -3; the good's
    // own: k = 0), k + decimals, when that is not negative: a whole amount in the unit is that
    // amount x 10^(k + decimals) steps (1 kg is 1 thousandth of a tonne, 1 t is 1,000). Nothing
    // for any other unit.
    template <class Unit>
    static constexpr std::optional<int> power_of_ten_to_steps() {
        constexpr std::optional<int> k = std::same_as<Unit, unit_type>
                                             ? std::optional<int>{0}
                                             : detail::power_of_ten_factor<Unit, unit_type>();
        constexpr int decimals = detail::kept_decimals<Good>;
        if (k && *k + decimals >= 0) {
            return *k + decimals;
        }
        return std::nullopt;
    }

    // Converted into the good's unit, checked, and stored.
    template <class Unit, class R>
    static constexpr stored_type made(boost::units::quantity<Unit, R> amount) {
        if constexpr (kept_fixed && std::same_as<R, double>) {
            // A whole amount in a unit 10^k of the good's is amount x 10^(k + decimals) steps,
            // which are kept at once: the double they give is the one the amount gave, or that
            // times_exactly gives, the nearest to amount x 10^k.
            constexpr std::optional<int> scale_exponent = power_of_ten_to_steps<Unit>();
            if constexpr (scale_exponent.has_value()) {
                constexpr std::uint64_t scale = detail::powers_of_ten[*scale_exponent];
                constexpr auto bound = static_cast<double>(stored_type::limit / scale);
                const double figure = amount.value();
                // Not negative and below the bound in one comparison: the bits of doubles not
                // below zero order as their values, and those of a negative double, -0.0, NaN
                // and infinity lie above the bound's.
                if (std::bit_cast<std::uint64_t>(figure) < std::bit_cast<std::uint64_t>(bound)) {
                    const auto whole = static_cast<std::int64_t>(figure);
                    if (static_cast<double>(whole) == figure) {
                        return stored_type::of_steps(static_cast<std::uint64_t>(whole) * scale);
                    }
                }
            }
        }
        const Rep converted = convert(amount).value();
        detail::check_amount<Good>(converted);
        return stored(converted);
    }

    template <class Unit, class R>
    static constexpr quantity_type convert(boost::units::quantity<Unit, R> amount) {
        constexpr bool same_dimension =
            std::same_as<detail::dimension_of_unit<Unit>, dimension_of_good<Good>>;
        static_assert(same_dimension,
                      "restoration: this quantity is not of the good's dimension (pieces, "
                      "tonnes, ...): it cannot state the output of this good");
        // A whole amount enters a floating-point output when that holds it exactly (checked
        // below): 1'529 * tonnes is 1,529 t as 1'529.0 * tonnes is.
        constexpr bool whole_into_floating = detail::integer_figure<R> && std::floating_point<Rep>;
        constexpr bool enters = detail::no_characters<R>() &&
                                (detail::figures_enter<Rep, R> || whole_into_floating);
        static_assert(enters, "restoration: this amount would be narrowed to the output's number "
                              "type; state it in that type");
        if constexpr (!same_dimension) {  // spares the reader Boost's own conversion errors
            return quantity_type{};
        } else if constexpr (detail::unsigned_count_into<R, Rep>) {  // a size(), checked
            return convert(boost::units::quantity<Unit, Rep>::from_value(
                detail::figure_cast<Rep>(amount.value())));
        } else if constexpr (whole_into_floating) {
            if (!detail::holds_count<Rep>(amount.value())) {
                detail::refuse_inexact_amount<Good, Unit>(amount.value());
            }
            return convert(boost::units::quantity<Unit, Rep>::from_value(
                static_cast<Rep>(amount.value())));
        } else if constexpr (std::same_as<Unit, unit_type>) {
            return quantity_type::from_value(static_cast<Rep>(amount.value()));
        } else if constexpr (std::integral<Rep>) {
            return quantity_type::from_value(
                detail::convert_whole<Good, Unit, unit_type>(static_cast<Rep>(amount.value())));
        } else {  // a float stated in another unit is taken at its own shortest form
            const detail::exact_figure& factor = detail::exact_factor<Unit, unit_type>();
            return quantity_type::from_value(detail::times_exactly<Rep>(amount.value(), factor));
        }
    }

    stored_type amount_;
};


namespace detail {

template <class Good>
struct kept_steps {
    std::int64_t steps = 0;
    int decimals = 0;  // 0 or 3

    static std::optional<kept_steps> of(const output<Good, double>& amount) {
        if (!amount.amount_.in_steps()) {
            return std::nullopt;
        }
        return kept_steps{static_cast<std::int64_t>(amount.amount_.steps()), kept_decimals<Good>};
    }
};

}  // namespace detail

// Integer outputs add with a check; floating-point ones exactly, as written (0.1 t + 0.2 t is
// 0.3 t), or throw std::overflow_error when no value of their type holds the exact sum.
template <class G1, class R1, class G2, class R2>
constexpr auto operator+(const output<G1, R1>& a, const output<G2, R2>& b) {
    detail::require_same_good<G1, G2>();
    using common = std::common_type_t<R1, R2>;
    if constexpr (std::same_as<G1, G2> && std::same_as<R1, R2> && std::same_as<R1, double>) {
        // Both in whole pieces or thousandths, as outputs to the kilogram in tonnes are: an
        // integer addition.
        output<G1, common> result(detail::valid_amount{}, 0.0);
        result.amount_ = detail::fixed_amount<G1>::sum(a.amount_, b.amount_);
        return result;
    } else if constexpr (std::integral<common>) {  // a wrapped sum would be a wrong output
        return output<G1, common>(
            detail::valid_amount{},
            detail::checked_add(static_cast<common>(a.value()), static_cast<common>(b.value()),
                                "adding outputs"));
    } else {
        using detail::figure_as;  // each figure in the sum's type, taken in exactly
        return output<G1, common>(  // not negative, finite
            detail::valid_amount{},
            detail::sum_as_written<common, detail::counted_in_pieces<G1>>(
                figure_as<common>(a.value()), figure_as<common>(b.value()), false));
    }
}

namespace detail {

// Its return type deduced, so that its body, and the message, is instantiated where it is
// called, before anything that uses the result (g++ -std=c++23 put it last otherwise).
template <class Unit>
constexpr auto refuse_bare_quantity() {
    constexpr bool bare_quantity = always_false<Unit>;
    static_assert(bare_quantity, "restoration: an output adds to, subtracts or compares with an "
                                 "output of the same good, not a bare quantity (days, pieces)");
    return refused_operation{};
}

}  // namespace detail

// These exist only to name the mistake: an output adds to, subtracts and compares with an
// output of its own good, not a bare quantity (a number of days, pieces of no named good). Their
// return type is deduced, so that the message comes first even where the result is used.
template <class Good, class Rep, class Unit, class R>
auto operator+(const output<Good, Rep>&, boost::units::quantity<Unit, R>) {
    return detail::refuse_bare_quantity<Unit>();
}
template <class Good, class Rep, class Unit, class R>
auto operator+(boost::units::quantity<Unit, R>, const output<Good, Rep>&) {
    return detail::refuse_bare_quantity<Unit>();
}
template <class Good, class Rep, class Unit, class R>
auto operator-(const output<Good, Rep>&, boost::units::quantity<Unit, R>) {
    return detail::refuse_bare_quantity<Unit>();
}
template <class Good, class Rep, class Unit, class R>
auto operator-(boost::units::quantity<Unit, R>, const output<Good, Rep>&) {
    return detail::refuse_bare_quantity<Unit>();
}
template <class Good, class Rep, class Unit, class R>
auto operator==(const output<Good, Rep>&, boost::units::quantity<Unit, R>) {
    detail::refuse_bare_quantity<Unit>();
    return false;
}
template <class Good, class Rep, class Unit, class R>
auto operator<=>(const output<Good, Rep>&, boost::units::quantity<Unit, R>) {
    detail::refuse_bare_quantity<Unit>();
    return std::partial_ordering::unordered;
}

// Refuses to go below zero rather than yield a negative output.
template <class G1, class R1, class G2, class R2>
constexpr auto operator-(const output<G1, R1>& a, const output<G2, R2>& b) {
    detail::require_same_good<G1, G2>();
    using common = std::common_type_t<R1, R2>;
    if constexpr (std::same_as<G1, G2> && std::same_as<R1, R2> && std::same_as<R1, double>) {
        // Both in whole pieces or thousandths: an integer subtraction, as + is an addition.
        if (a.amount_.in_steps() && b.amount_.in_steps()) {
            if (a.amount_.steps() < b.amount_.steps()) {
                detail::refuse_negative_difference<G1>(a.value(), b.value());
            }
            output<G1, common> result(detail::valid_amount{}, 0.0);
            result.amount_ =
                detail::fixed_amount<G1>::of_steps(a.amount_.steps() - b.amount_.steps());
            return result;
        }
    }
    if (a < b) {  // decided exactly, whatever the two number types
        detail::refuse_negative_difference<G1>(a.value(), b.value());
    }
    common difference{};
    if constexpr (std::integral<common>) {  // b <= a, both not negative: no overflow
        difference = static_cast<common>(a.value()) - static_cast<common>(b.value());
    } else {
        using detail::figure_as;
        difference = detail::sum_as_written<common, detail::counted_in_pieces<G1>>(
            figure_as<common>(a.value()), figure_as<common>(b.value()), true);
    }
    return output<G1, common>(detail::valid_amount{}, difference);  // b <= a
}

template <class G1, class R1, class G2, class R2>
constexpr bool operator==(const output<G1, R1>& a, const output<G2, R2>& b) {
    return (a <=> b) == 0;
}

// Of one number type, by value; of two, exactly, by their figures as written (an int64 past
// 2^53 against a double, a float against a double), never through a conversion.
template <class G1, class R1, class G2, class R2>
constexpr std::partial_ordering operator<=>(const output<G1, R1>& a, const output<G2, R2>& b) {
    detail::require_same_good<G1, G2>();
    if constexpr (std::same_as<G1, G2> && std::same_as<R1, R2> && std::same_as<R1, double>) {
        if (a.amount_.in_steps() && b.amount_.in_steps()) {  // steps order as their values
            return a.amount_.steps() <=> b.amount_.steps();
        }
    }
    if constexpr (std::same_as<R1, R2>) {
        return a.value() <=> b.value();
    } else {
        const std::array<detail::ratio_term, 2> difference = {
            detail::term_of(a.value(), R1{1}), detail::term_of(b.value(), R2{1}, true)};
        return detail::sign_of_sum(difference);
    }
}

// Output now against a baseline of the same good (normal capacity, the same period last year):
// a production-restoration rate on the basis of its output volume (basis.hpp).
// masks_may / masks_baseline.
template <class G1, class R1, class G2, class R2>
constexpr auto operator/(const output<G1, R1>& now, const output<G2, R2>& baseline) {
    static_assert(std::same_as<G1, G2>,
                  "restoration: production restoration compares a good's output with a "
                  "baseline of the same good");
    using common = std::common_type_t<R1, R2>;
    using detail::figure_as;  // a float at its shortest form, a count only where exact
    return rate<production_restoration_by<basis::output_volume<G1>>, common>(
        figure_as<common>(now.value()), figure_as<common>(baseline.value()));
}

// Output of one good per day, averaged over a stated period.
template <class Good, class Rep = double>
class output_rate {
public:
    using good_type = Good;
    using rep = Rep;
    using unit_type =
        typename boost::units::divide_typeof_helper<typename Good::unit, day_unit>::type;
    using quantity_type = boost::units::quantity<unit_type, Rep>;

    constexpr explicit output_rate(quantity_type per_day) : per_day_(per_day) {}

    constexpr quantity_type quantity() const { return per_day_; }
    constexpr Rep per_day() const { return per_day_.value(); }

    friend constexpr bool operator==(const output_rate&, const output_rate&) = default;
    friend constexpr auto operator<=>(const output_rate& a, const output_rate& b) {
        return a.per_day() <=> b.per_day();
    }

private:
    quantity_type per_day_;
};

namespace detail {

template <class Good, class Rep>
inline constexpr figure_kind figure_kind_v<output<Good, Rep>> = figure_kind::output;
template <class Good, class Rep>
inline constexpr figure_kind figure_kind_v<output_rate<Good, Rep>> = figure_kind::output;

// Output per day: the double nearest amount x times / (length x over), all as written, so
// that 0.3 t over 3 days is 0.1 t a day, 7 t over 7 hours (7 x 24 / 7) 24, and 1 over 0.1f days
// 10.
template <class Good, class Rep, class Length>
auto output_per_day(const output<Good, Rep>& total, Length length, std::uint64_t times,
                    std::uint64_t over = 1) {
    using per_day_rep = std::common_type_t<Rep, double>;
    using result = output_rate<Good, per_day_rep>;
    const double per_day = nearest_quotient(exact_form(total.value()), exact_form(length),
                                            [&] {
                                                return plain(total.value()) + " " +
                                                       std::string(Good::name) + " over " +
                                                       plain(length) +
                                                       (over == 1 ? std::string()
                                                                  : " x " + std::to_string(over)) +
                                                       (times == 1 ? std::string()
                                                                   : "/" + std::to_string(times)) +
                                                       " days";
                                            },
                                            times, over);
    return result(result::quantity_type::from_value(static_cast<per_day_rep>(per_day)));
}

[[noreturn]] [[gnu::cold]] [[gnu::noinline]] inline void refuse_inexact_length(
    const std::string& length) {
    throw std::invalid_argument("a period's length of " + length +
                                " cannot be taken exactly; state it as a signed integer or a "
                                "double");
}

// Calls `exact` with a period's length as output_per_day takes it exactly: its own number when
// it is one (a signed integer, float or double), an unsigned count up to the largest int64 as
// that int64, a long double that a double holds as that double (others of these two refused,
// never rounded); `otherwise` for any other type.
template <class R, class Exact, class Otherwise>
auto with_exact_length(R length, Exact exact, Otherwise otherwise) {
    if constexpr (number<R>) {
        return exact(length);
    } else {
        if constexpr (std::unsigned_integral<R> && no_characters<R>()) {
            if (length > static_cast<std::make_unsigned_t<std::int64_t>>(
                             std::numeric_limits<std::int64_t>::max())) {
                refuse_inexact_length(std::to_string(length) + " (past the largest int64)");
            }
            return exact(static_cast<std::int64_t>(length));
        } else if constexpr (std::same_as<R, long double>) {
            if (static_cast<long double>(static_cast<double>(length)) != length) {
                refuse_inexact_length(plain(static_cast<double>(length)) +
                                      " in a long double that no double holds");
            }
            return exact(static_cast<double>(length));
        } else {
            return otherwise();
        }
    }
}

template <class Good>
[[noreturn]] [[gnu::cold]] void refuse_period(double period_days) {
    throw std::invalid_argument("output of " + std::string(Good::name) +
                                " per day needs a positive, finite period (" +
                                plain(period_days) + " days)");
}

}  // namespace detail

// Output over a period gives output per day: masks / (55.0 * days), the double nearest the
// exact quotient of the two as written.
template <class Good, class Rep, class TimeUnit, class R>
auto operator/(const output<Good, Rep>& total, boost::units::quantity<TimeUnit, R> period) {
    static_assert(std::same_as<detail::dimension_of_unit<TimeUnit>,
                               detail::dimension_of_unit<day_unit>>,
                  "restoration: output is divided by a period of time to give output per day");
    using per_day_rep = std::common_type_t<Rep, double>;
    const auto period_days =
        boost::units::quantity<day_unit, per_day_rep>(
            boost::units::quantity<TimeUnit, per_day_rep>::from_value(
                static_cast<per_day_rep>(period.value())))
            .value();
    if (!(period_days > 0) || !std::isfinite(period_days)) {
        detail::refuse_period<Good>(static_cast<double>(period_days));
    }
    // The period's unit a whole number of times in a day (24 hours, 86,400 seconds): the length
    // as written, times that number; otherwise its length in days.
    const double in_a_day = boost::units::conversion_factor(day_unit{}, TimeUnit{});
    const auto in_days = [&] {
        return detail::output_per_day(total, static_cast<double>(period_days), 1);
    };
    if (in_a_day >= 1 && in_a_day < 0x1p53 && in_a_day == std::floor(in_a_day)) {
        return detail::with_exact_length(
            period.value(),
            [&](auto length) {
                return detail::output_per_day(total, length, static_cast<std::uint64_t>(in_a_day));
            },
            in_days);
    }
    return in_days();
}

namespace detail {

// A std::chrono::duration, known by what it holds (a count of ticks of a std::ratio of seconds),
// so that this header need not include <chrono>, which under libstdc++ brings <sstream> with it.
template <class Duration>
concept chrono_duration = requires(const Duration& period) {
    { period.count() } -> std::same_as<typename Duration::rep>;
    { Duration::period::num } -> std::convertible_to<std::intmax_t>;
    { Duration::period::den } -> std::convertible_to<std::intmax_t>;
};

}  // namespace detail

// The same with a std::chrono period: masks / (sys_days{2022y/5/5} - sys_days{2022y/3/11}).
// The days are the count times the ratio of its period to a day, exactly: 7 hours is 7 / 24.
template <class Good, class Rep, detail::chrono_duration Duration>
auto operator/(const output<Good, Rep>& total, Duration period) {
    using to_days = std::ratio_divide<typename Duration::period, std::ratio<86'400>>;
    using common = std::common_type_t<double, typename Duration::rep, std::intmax_t>;
    const common ticks = static_cast<common>(period.count());
    const double period_days = static_cast<double>(ticks * static_cast<common>(to_days::num) /
                                                   static_cast<common>(to_days::den));
    if (!(period_days > 0) || !std::isfinite(period_days)) {
        detail::refuse_period<Good>(period_days);
    }
    // total x den / (count x num): a count of hours is 1/24 day each, of weeks 7.
    return detail::with_exact_length(
        period.count(),
        [&](auto length) {
            return detail::output_per_day(total, length, static_cast<std::uint64_t>(to_days::den),
                                          static_cast<std::uint64_t>(to_days::num));
        },
        [&] { return detail::output_per_day(total, period_days, 1); });
}

}  // namespace restoration
