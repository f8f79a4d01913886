// output.hpp: the output of one good, in any unit of its dimension; output per day; output
// against a baseline of the same good, which is a production-restoration rate.
//
//   output<disinfectant> d = 1'529.0 * tonnes;
//   d.in(kilograms)                 // 1'529'000 kg, exactly
//   output<face_mask> masks = 28.92e6 * pieces;
//   masks + d;                      // does not compile: different goods
#pragma once

#include <chrono>
#include <cmath>
#include <compare>
#include <concepts>
#include <stdexcept>
#include <string>
#include <type_traits>

#include <boost/units/get_dimension.hpp>
#include <boost/units/io.hpp>
#include <boost/units/quantity.hpp>
#include <boost/units/systems/si/time.hpp>

#include <restoration/detail/text.hpp>
#include <restoration/good.hpp>
#include <restoration/rate.hpp>
#include <restoration/units.hpp>

namespace restoration {

namespace detail {

template <class Unit>
using dimension_of_unit = typename boost::units::get_dimension<Unit>::type;

// Brace initialisation refuses narrowing: 1.5 pieces never becomes 1 piece silently.
template <class From, class To>
concept converts_without_narrowing = requires(From from) { To{from}; };

template <class Good, class Rep>
[[noreturn]] void refuse_amount(Rep amount) {
    throw std::invalid_argument("output of " + std::string(Good::name) +
                                " must be finite and not negative (" + plain(amount) + " " +
                                boost::units::symbol_string(typename Good::unit{}) + ")");
}

// Checked on every construction, so the message is built only when the amount is refused.
template <class Good, class Rep>
constexpr void check_amount(Rep amount) {
    bool valid = amount >= 0;
    if constexpr (std::floating_point<Rep>) {
        valid = valid && std::isfinite(amount);
    }
    if (!valid) {
        refuse_amount<Good>(amount);
    }
}

}  // namespace detail

// A quantity of one good, kept in the good's own unit (tonnes for disinfectant), checked once
// at construction to be finite and not negative.
template <class Good, class Rep = double>
class output {
    static_assert(good<Good>, "restoration: output<Good>: Good must be a good, a type with "
                              "`using unit = ...` and a `name`");
    static_assert(detail::number<Rep>, "restoration: output<Good, Rep>: Rep must be a signed "
                                       "integer or floating-point type");

public:
    using good_type = Good;
    using rep = Rep;
    using unit_type = typename Good::unit;
    using quantity_type = boost::units::quantity<unit_type, Rep>;

    // Any unit of the good's dimension: output<disinfectant>{1'529'000.0 * kilograms} is 1'529 t.
    template <class Unit, class R>
    constexpr output(boost::units::quantity<Unit, R> amount)  // NOLINT: implicit by design
        : amount_(convert(amount)) {
        detail::check_amount<Good>(amount_.value());
    }

    // The amount in the good's own unit, as a Boost.Units quantity and as a number.
    constexpr quantity_type quantity() const { return amount_; }
    constexpr Rep value() const { return amount_.value(); }

    // The amount in another unit of the same dimension: d.in(kilograms).
    template <class Unit>
    constexpr boost::units::quantity<Unit, Rep> in(Unit) const {
        static_assert(std::same_as<detail::dimension_of_unit<Unit>, dimension_of_good<Good>>,
                      "restoration: output.in(unit): the unit is not of the good's dimension");
        return boost::units::quantity<Unit, Rep>(amount_);
    }

private:
    template <class Unit, class R>
    static constexpr quantity_type convert(boost::units::quantity<Unit, R> amount) {
        constexpr bool same_dimension =
            std::same_as<detail::dimension_of_unit<Unit>, dimension_of_good<Good>>;
        static_assert(same_dimension,
                      "restoration: this quantity is not of the good's dimension (pieces, "
                      "tonnes, ...): it cannot state the output of this good");
        static_assert(detail::converts_without_narrowing<R, Rep>,
                      "restoration: this amount would be narrowed to the output's number type; "
                      "state it in that type");
        if constexpr (same_dimension) {  // spares the reader Boost's own conversion errors
            using same_unit = boost::units::quantity<Unit, Rep>;
            return quantity_type(same_unit::from_value(static_cast<Rep>(amount.value())));
        } else {
            return quantity_type{};
        }
    }

    quantity_type amount_;
};

namespace detail {

template <class G1, class G2>
constexpr void require_same_good() {
    static_assert(std::same_as<G1, G2>,
                  "restoration: outputs of different goods cannot be added, subtracted or "
                  "compared, even in the same unit");
}

}  // namespace detail

template <class G1, class R1, class G2, class R2>
constexpr auto operator+(const output<G1, R1>& a, const output<G2, R2>& b) {
    detail::require_same_good<G1, G2>();
    using common = std::common_type_t<R1, R2>;
    return output<G1, common>(boost::units::quantity<typename G1::unit, common>::from_value(
        static_cast<common>(a.value()) + static_cast<common>(b.value())));
}

// Refuses to go below zero rather than yield a negative output.
template <class G1, class R1, class G2, class R2>
constexpr auto operator-(const output<G1, R1>& a, const output<G2, R2>& b) {
    detail::require_same_good<G1, G2>();
    using common = std::common_type_t<R1, R2>;
    if (a.value() < b.value()) {
        throw std::invalid_argument("output of " + std::string(G1::name) + ": " +
                                    detail::plain(a.value()) + " - " + detail::plain(b.value()) +
                                    " would be negative");
    }
    return output<G1, common>(boost::units::quantity<typename G1::unit, common>::from_value(
        static_cast<common>(a.value()) - static_cast<common>(b.value())));
}

template <class G1, class R1, class G2, class R2>
constexpr bool operator==(const output<G1, R1>& a, const output<G2, R2>& b) {
    detail::require_same_good<G1, G2>();
    return a.value() == b.value();
}

template <class G1, class R1, class G2, class R2>
constexpr auto operator<=>(const output<G1, R1>& a, const output<G2, R2>& b) {
    detail::require_same_good<G1, G2>();
    return a.value() <=> b.value();
}

// Output now against a baseline of the same good (normal capacity, the same period last year):
// a production-restoration rate. masks_may / masks_baseline.
template <class G1, class R1, class G2, class R2>
constexpr auto operator/(const output<G1, R1>& now, const output<G2, R2>& baseline) {
    static_assert(std::same_as<G1, G2>,
                  "restoration: production restoration compares a good's output with a "
                  "baseline of the same good");
    using common = std::common_type_t<R1, R2>;
    return rate<production_restoration, common>(static_cast<common>(now.value()),
                                                static_cast<common>(baseline.value()));
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

// Output over a period gives output per day: masks / (55.0 * days).
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
        throw std::invalid_argument("output of " + std::string(Good::name) +
                                    " per day needs a positive, finite period (" +
                                    detail::plain(period_days) + " days)");
    }
    using result = output_rate<Good, per_day_rep>;
    return result(result::quantity_type::from_value(static_cast<per_day_rep>(total.value()) /
                                                    period_days));
}

// The same with a std::chrono period: masks / (sys_days{2022y/5/5} - sys_days{2022y/3/11}).
template <class Good, class Rep, class R, class Period>
auto operator/(const output<Good, Rep>& total, std::chrono::duration<R, Period> period) {
    const double period_days = std::chrono::duration<double, std::ratio<86'400>>(period).count();
    return total / (period_days * days);
}

}  // namespace restoration
