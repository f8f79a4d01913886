// period.hpp: an output or an output value over the period it was produced in (a day, a date
// range, month to date, year to date, or since an event such as the onset of an outbreak); sums
// and differences that keep the periods straight; output per day over the period; and the audit
// of printed cumulative and period figures against each other.
//
//   using namespace std::chrono;
//   const period outbreak_to_may_5 = period::since(2022y / March / 11, 2022y / May / 5);
//   const over_period<output<disinfectant>> to_may_5{1'529.0 * tonnes, outbreak_to_may_5};
//   to_may_5.per_day()              // 1,529 t over 56 days: 27.303... t a day
//   to_apr_30 + may_1_to_5          // adjacent: the cumulative figure to May 5
//   to_may_5 - to_apr_30            // the same start: the output of May 1 to 5
//   check_cumulative(read_figure("1529吨"), read_figure("1400吨"), read_figure("129吨"),
//                    rounding::half_up).consistent()   // some amounts that print so add up
//
// A period names its first and last days, both included, as bulletins write them ("3月11日至
// 5月5日" is 56 days).
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <chrono>
#include <cmath>
#include <concepts>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

#include <boost/units/quantity.hpp>

#include <restoration/detail/exact.hpp>
#include <restoration/detail/exact_sums.hpp>
#include <restoration/detail/natural.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/detail/unit_symbol.hpp>
#include <restoration/audit.hpp>
#include <restoration/format.hpp>
#include <restoration/interval.hpp>
#include <restoration/output.hpp>
#include <restoration/output_value.hpp>
#include <restoration/printed.hpp>
#include <restoration/rounding.hpp>
#include <restoration/series.hpp>
#include <restoration/units.hpp>

namespace restoration {

// What a period is, as bulletins name it. Only `since` is stated rather than seen in the
// dates: its first day is an event (the onset of an outbreak, closed management), not a
// calendar boundary.
enum class period_kind { day, range, month_to_date, year_to_date, since };

// Days from `first` to `last`, both included.
class period {
public:
    // One day: 5月5日.
    static period day(std::chrono::year_month_day date) { return between(date, date); }
    // 3月11日至5月5日.
    static period between(std::chrono::year_month_day first, std::chrono::year_month_day last) {
        return period(first, last, false);
    }
    // 5月1日至5日 as "本月以来": from the first of `last`'s month.
    static period month_to_date(std::chrono::year_month_day last) {
        return period(last.year() / last.month() / 1, last, false);
    }
    // 1月1日至5月5日, "今年以来": from the first of January of `last`'s year.
    static period year_to_date(std::chrono::year_month_day last) {
        return period(last.year() / std::chrono::January / 1, last, false);
    }
    // "自疫情发生以来", counted from `onset` up to and with `last`.
    static period since(std::chrono::year_month_day onset, std::chrono::year_month_day last) {
        return period(onset, last, true);
    }

    constexpr std::chrono::sys_days first() const { return first_; }
    constexpr std::chrono::sys_days last() const { return last_; }
    constexpr std::chrono::days length() const { return last_ - first_ + std::chrono::days{1}; }

    period_kind kind() const {
        if (since_) {
            return period_kind::since;
        }
        if (first_ == last_) {
            return period_kind::day;
        }
        const std::chrono::year_month_day first{first_};
        const std::chrono::year_month_day last{last_};
        if (first.year() == last.year() && first.month() == std::chrono::January &&
            first.day() == std::chrono::day{1}) {
            return period_kind::year_to_date;
        }
        if (first.year() == last.year() && first.month() == last.month() &&
            first.day() == std::chrono::day{1}) {
            return period_kind::month_to_date;
        }
        return period_kind::range;
    }

    // The same days, whatever their name: May 1 to 5 is month to date of May 5.
    friend constexpr bool operator==(const period& a, const period& b) {
        return a.first_ == b.first_ && a.last_ == b.last_;
    }

    // Whether `later` begins the day after this one ends.
    constexpr bool followed_by(const period& later) const {
        return last_ + std::chrono::days{1} == later.first_;
    }

    // The union of two adjacent periods (`later` follows this one); counted since an event when
    // this one was. Refused, naming both, when `later` does not begin the day after this ends.
    period joined(const period& later) const {
        if (!followed_by(later)) {
            refuse_pair(later, "does not begin the day after", "to be joined");
        }
        return period(first_, later.last_, since_);
    }

    // What a cumulative figure to `later.last()` adds to this one of the same start: the days
    // after this one's last up to `later`'s. Refused, naming both, unless `later` has the same
    // first day and a later last one.
    period after(const period& later) const {
        if (later.first_ != first_ || !(last_ < later.last_)) {
            refuse_pair(later, "is not a longer period of the same start as",
                        "for the days after it");
        }
        return period(last_ + std::chrono::days{1}, later.last_, false);
    }

private:
    [[noreturn]] void refuse_pair(const period& other, const char* why, const char* what) const;

    period(std::chrono::sys_days first, std::chrono::sys_days last, bool since)
        : first_(first), last_(last), since_(since) {}

    period(std::chrono::year_month_day first, std::chrono::year_month_day last, bool since)
        : first_(checked(first, "first")), last_(checked(last, "last")), since_(since) {
        if (last_ < first_) {
            throw std::invalid_argument("a period runs forward: " + iso_date(first) + " to " +
                                        iso_date(last) + " ends before it begins");
        }
    }

    static std::chrono::sys_days checked(std::chrono::year_month_day date, const char* which) {
        if (!date.ok()) {
            throw std::invalid_argument(std::string("the ") + which + " day of a period, " +
                                        iso_date(date) + ", is no date");
        }
        return date;
    }

    std::chrono::sys_days first_;
    std::chrono::sys_days last_;
    bool since_ = false;
};

// "2022-05-05"; "2022-05-01 to 2022-05-05"; "since 2022-03-11, as of 2022-05-05".
inline std::string to_string(const period& p) {
    const std::string first = iso_date(p.first());
    const std::string last = iso_date(p.last());
    switch (p.kind()) {
    case period_kind::day: return last;
    case period_kind::since: return "since " + first + ", as of " + last;
    default: return first + " to " + last;
    }
}

inline void period::refuse_pair(const period& other, const char* why, const char* what) const {
    throw std::invalid_argument(to_string(other) + " " + why + " " + to_string(*this) + ", " +
                                what);
}

inline std::string to_string(period_kind kind) {
    switch (kind) {
    case period_kind::day: return "day";
    case period_kind::range: return "range";
    case period_kind::month_to_date: return "month to date";
    case period_kind::year_to_date: return "year to date";
    case period_kind::since: return "since";
    }
    throw std::invalid_argument("period kind " + std::to_string(static_cast<int>(kind)) +
                                " is none of restoration::period_kind's five");
}

namespace detail {

template <class Amount>
struct is_output : std::false_type {};
template <class Good, class Rep>
struct is_output<output<Good, Rep>> : std::true_type {};

// What a period may carry: an output of a good, or an output value in yuan.
template <class Amount>
concept amount_of_a_period = is_output<Amount>::value || std::same_as<Amount, output_value>;

// "1,529 t of disinfectant", "3.32e+11 yuan": the amount exactly, as io.hpp prints it.
template <class Amount>
std::string amount_text(const Amount& amount) {
    if constexpr (is_output<Amount>::value) {
        return to_string(amount);
    } else {
        return plain(amount.value() + 0.0) + " " + unit_symbol<yuan_unit>();  // -0.0 as 0
    }
}

template <class Amount>
Amount checked_value(Amount amount) {
    if constexpr (std::same_as<Amount, output_value>) {  // an output checks itself
        if (!std::isfinite(amount.value()) || amount.value() < 0) {
            throw std::invalid_argument("an output value over a period must be finite and not "
                                        "negative (" + plain(amount.value()) + " yuan)");
        }
    }
    return amount;
}

// a ± b as written: an output's own + and -, or for values the same exact sum outputs use.
template <class A, class B>
auto sum_of_amounts(const A& a, const B& b, bool subtract) {
    if constexpr (is_output<A>::value) {
        return subtract ? a - b : a + b;
    } else {
        return sum_as_written<double>(a.value(), b.value(), subtract) * yuan;
    }
}

template <class A, class B>
constexpr void refuse_mixed_amounts() {
    constexpr bool same_kind_of_amount = is_output<A>::value == is_output<B>::value;
    static_assert(same_kind_of_amount,
                  "restoration: over a period, an output adds to an output of its good and a "
                  "value in yuan to a value, never one to the other");
}

template <class Other>
constexpr void refuse_without_period() {
    constexpr bool has_period = always_false<Other>;
    static_assert(has_period,
                  "restoration: an output over a period adds to or subtracts only another over "
                  "a period; state the other's period");
}

template <class Good>
constexpr void refuse_rate_as_amount() {
    constexpr bool is_amount = always_false<Good>;
    static_assert(is_amount,
                  "restoration: output per day is a rate, not an amount: it does not add to or "
                  "subtract from an output over a period");
}

}  // namespace detail

// An output, or an output value, with the days it was produced in.
template <detail::amount_of_a_period Amount>
class over_period {
public:
    using amount_type = Amount;

    over_period(Amount amount, period days) : amount_(detail::checked_value(amount)), days_(days) {}

    const Amount& amount() const { return amount_; }
    const period& days() const { return days_; }

    // The amount over the period's length: output per day of the good (output_rate), or yuan
    // per day. The double nearest the exact quotient of the amount as written, not of the double
    // that holds it: 0.3 t over 3 days is 0.1 t a day.
    auto per_day() const {
        const double per_day = detail::nearest_quotient(
            detail::exact_form(amount_.value()),
            {static_cast<std::uint64_t>(days_.length().count()), 0, false},
            [&] { return detail::amount_text(amount_) + " over " + to_string(days_); });
        if constexpr (detail::is_output<Amount>::value) {
            using rate_type = output_rate<typename Amount::good_type, double>;
            return rate_type(rate_type::quantity_type::from_value(per_day));
        } else {
            using per_day_unit =
                typename boost::units::divide_typeof_helper<yuan_unit, day_unit>::type;
            return boost::units::quantity<per_day_unit, double>::from_value(per_day);
        }
    }

private:
    Amount amount_;
    period days_;
};

template <class Amount>
over_period(Amount, period) -> over_period<Amount>;

namespace detail {

template <class A, class B>
[[noreturn]] [[gnu::cold]] void refuse_periods(const over_period<A>& a, const char* operation,
                                               const over_period<B>& b, const std::string& why) {
    throw std::invalid_argument(amount_text(a.amount()) + ", " + to_string(a.days()) + operation +
                                amount_text(b.amount()) + ", " + to_string(b.days()) + ": " + why);
}

}  // namespace detail

// Two figures of the same period (two plants' May output) add into that period; two adjacent
// periods into the cumulative figure of their union (Jan 1-Apr 30 + May 1-5 is Jan 1-May 5).
// Overlapping periods, or with a gap between them, are refused: their sum is of no period.
template <class A, class B>
auto operator+(const over_period<A>& a, const over_period<B>& b) {
    detail::refuse_mixed_amounts<A, B>();
    if constexpr (detail::is_output<A>::value == detail::is_output<B>::value) {
        const auto sum = detail::sum_of_amounts(a.amount(), b.amount(), false);
        using result = over_period<std::remove_cvref_t<decltype(sum)>>;
        if (a.days() == b.days()) {  // the same days; counted since an event if either is
            return result(sum, a.days().kind() == period_kind::since ? a.days() : b.days());
        }
        if (a.days().followed_by(b.days())) {
            return result(sum, a.days().joined(b.days()));
        }
        if (b.days().followed_by(a.days())) {
            return result(sum, b.days().joined(a.days()));
        }
        const bool overlap =
            a.days().first() <= b.days().last() && b.days().first() <= a.days().last();
        detail::refuse_periods(a, " + ", b,
                               overlap ? "the periods overlap, and days in both would count twice"
                                       : "the periods leave days between them, and their sum "
                                         "is of no period");
    } else {
        return detail::refused_operation{};  // a complete type: the refusal's message comes first
    }
}

// The cumulative figure to a later day minus one to an earlier day, of the same start: the
// output of the days between (to May 5 minus to Apr 30 is May 1 to 5). Refused when the later
// is smaller, or when the periods are not two cumulative figures of one start.
template <class A, class B>
auto operator-(const over_period<A>& later, const over_period<B>& earlier) {
    detail::refuse_mixed_amounts<A, B>();
    if constexpr (detail::is_output<A>::value == detail::is_output<B>::value) {
        if (later.days().first() != earlier.days().first() ||
            !(earlier.days().last() < later.days().last())) {
            detail::refuse_periods(later, " - ", earlier,
                                   "a single period is a cumulative figure minus an earlier one "
                                   "of the same start");
        }
        if (later.amount() < earlier.amount()) {
            detail::refuse_periods(later, " - ", earlier,
                                   "the later cumulative figure is smaller than the earlier");
        }
        const auto difference = detail::sum_of_amounts(later.amount(), earlier.amount(), true);
        return over_period<std::remove_cvref_t<decltype(difference)>>(
            difference, earlier.days().after(later.days()));
    } else {
        return detail::refused_operation{};
    }
}

// These exist only to name the mistake: an output with no period, or output per day, added to
// or subtracted from an output over a period. They give a complete type, so that `auto x = ...`
// stops at the message first.
template <class A, class Good, class Rep>
auto operator+(const over_period<A>&, const output<Good, Rep>&) {
    detail::refuse_without_period<Good>();
    return detail::refused_operation{};
}
template <class A, class Good, class Rep>
auto operator+(const output<Good, Rep>&, const over_period<A>&) {
    detail::refuse_without_period<Good>();
    return detail::refused_operation{};
}
template <class A, class Good, class Rep>
auto operator-(const over_period<A>&, const output<Good, Rep>&) {
    detail::refuse_without_period<Good>();
    return detail::refused_operation{};
}
template <class A, class Good, class Rep>
auto operator+(const over_period<A>&, const output_rate<Good, Rep>&) {
    detail::refuse_rate_as_amount<Good>();
    return detail::refused_operation{};
}
template <class A, class Good, class Rep>
auto operator+(const output_rate<Good, Rep>&, const over_period<A>&) {
    detail::refuse_rate_as_amount<Good>();
    return detail::refused_operation{};
}
template <class A, class Good, class Rep>
auto operator-(const over_period<A>&, const output_rate<Good, Rep>&) {
    detail::refuse_rate_as_amount<Good>();
    return detail::refused_operation{};
}

// "1,529 t of disinfectant, since 2022-03-11, as of 2022-05-05": the amount exactly, then its
// period.
template <class Amount>
std::string to_string(const over_period<Amount>& figure) {
    return detail::amount_text(figure.amount()) + ", " + to_string(figure.days());
}

// The audit of a printed cumulative figure against an earlier cumulative figure of the same
// start and the figure printed for the days between: whether some amounts that print as each
// satisfy later = earlier + period. Each printed figure stands for the amounts count_interval
// gives (interval.hpp): those that round to it under the rule, or that its word claims.
struct cumulative_check {
    count_range later;    // the amounts each printed figure stands for, in whole units of
    count_range earlier;  // 10^-amount_decimals
    count_range in_period;
    count_range fitting;  // the period's amounts that fit all three; empty when none does
    int amount_decimals = 0;

    bool consistent() const { return !fitting.empty(); }
};

namespace detail {

// The figure as a count of 10^-decimals: "1,529" of amounts to 0.1 is printed to tens of them.
inline printed_figure in_finer_units(printed_figure figure, int decimals) {
    figure.exponent += decimals;
    return figure;
}

// One unit however the reader found it written, in either language: "1529 tons" and "1400吨"
// are of one unit. Other unit words stand for themselves (只, 件 and 个 count different things).
inline std::string_view unit_named(std::string_view unit) {
    struct spelling {
        std::string_view word;
        std::string_view unit;
    };
    constexpr std::array<spelling, 11> spellings = {{
        {"t", "t"}, {"ton", "t"}, {"tons", "t"}, {"tonne", "t"}, {"tonnes", "t"},
        {"\u5428", "t"},  // 吨
        {"kg", "kg"}, {"kilograms", "kg"}, {"\u5343\u514b", "kg"},  // 千克
        {"yuan", "yuan"}, {"\u5143", "yuan"},  // 元
    }};
    for (const spelling& s : spellings) {
        if (s.word == unit) {
            return s.unit;
        }
    }
    return unit;
}

}  // namespace detail

// `amount_decimals` says how finely the amounts themselves are known: 0 for whole pieces or
// tonnes (so that "1529吨" is 1,529 t exactly), 3 for tonnes to the kilogram (so that "1529吨"
// half up is 1,528.5 t to 1,529.499 t). Decided in 64-bit integers, each end at most 2^62.
inline cumulative_check check_cumulative(const printed_figure& later,
                                         const printed_figure& earlier,
                                         const printed_figure& in_period, rounding rule,
                                         int amount_decimals = 0,
                                         const claim_reading& reading = {}) {
    if (amount_decimals < 0 || amount_decimals > 12) {
        throw std::invalid_argument("amounts known to " + std::to_string(amount_decimals) +
                                    " decimals: the audit takes 0 to 12");
    }
    for (const printed_figure* figure : {&later, &earlier, &in_period}) {
        if (figure->percent || figure->points) {  // before its decimals are asked about
            throw std::invalid_argument("\"" + figure->text +
                                        "\" is a percentage or points, not an amount: a "
                                        "cumulative figure adds amounts");
        }
    }
    const printed_figure* with_unit = nullptr;  // the first that names its unit
    for (const printed_figure* figure : {&later, &earlier, &in_period}) {
        if (figure->unit.empty()) {
            continue;
        }
        if (with_unit != nullptr &&
            detail::unit_named(figure->unit) != detail::unit_named(with_unit->unit)) {
            throw std::invalid_argument("\"" + with_unit->text + "\" and \"" + figure->text +
                                        "\" are in different units, and do not add");
        }
        with_unit = with_unit != nullptr ? with_unit : figure;
    }
    for (const printed_figure* figure : {&later, &earlier, &in_period}) {
        const int places = figure->number.decimals - figure->exponent;  // "12.3吨": 1; "1.2万": -3
        if (places > amount_decimals) {
            throw std::invalid_argument(
                "\"" + figure->text + "\" is printed to " + std::to_string(places) +
                " decimals, finer than amounts known to " + std::to_string(amount_decimals) +
                ": give amount_decimals of at least " + std::to_string(places));
        }
    }
    cumulative_check check;
    check.amount_decimals = amount_decimals;
    check.later = count_interval(detail::in_finer_units(later, amount_decimals), rule, reading);
    check.earlier =
        count_interval(detail::in_finer_units(earlier, amount_decimals), rule, reading);
    check.in_period =
        count_interval(detail::in_finer_units(in_period, amount_decimals), rule, reading);
    // The period's amount is later - earlier: at least later.low - earlier.high, at most
    // later.high - earlier.low. Ends are at most 2^62, so no difference overflows.
    const std::int64_t least = check.earlier.bounded()
                                   ? std::max<std::int64_t>(check.later.low - check.earlier.high, 0)
                                   : 0;
    const std::int64_t most = check.later.bounded() ? check.later.high - check.earlier.low
                                                    : count_range::unbounded;
    check.fitting = {std::max(least, check.in_period.low), std::min(most, check.in_period.high)};
    return check;
}

// "fits: the period 129 to 129 (amounts to 0 decimals)"; "does not fit: ...".
inline std::string to_string(const cumulative_check& check) {
    const auto shown = [](count_range r) {
        return detail::grouped(r.low) +
               (r.bounded() ? (r.high == r.low ? "" : " to " + detail::grouped(r.high))
                            : " or more");
    };
    std::string text = check.consistent() ? "consistent" : "inconsistent";
    text += ": later " + shown(check.later) + ", earlier " + shown(check.earlier) +
            ", period " + shown(check.in_period);
    text += check.consistent() ? "; the period may be " + shown(check.fitting)
                               : "; no amounts that print so add up";
    if (check.amount_decimals > 0) {
        text += " (in units of 10^-" + std::to_string(check.amount_decimals) + ")";
    }
    return text;
}

}  // namespace restoration
