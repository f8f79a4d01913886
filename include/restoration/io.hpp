// io.hpp: opt-in iostream output. Rates print exactly as fractions; a rounded percent is asked
// for with percent() (format.hpp), which states its rule.
//
//   std::cout << all;              // "6,480 of 7,681 industrial enterprises resumed"
//   std::cout << all.work_rate();  // "6,480/7,681"
//   std::cout << check_printed(84.3_percent, 6'480, 7'681);   // "84.3%: fits toward zero; ..."
#pragma once

#include <ostream>

#include <boost/units/io.hpp>  // so that quantities print too: std::cout << d.in(kilograms)

#include <restoration/audit.hpp>
#include <restoration/audit_format.hpp>
#include <restoration/cohort.hpp>
#include <restoration/consistency.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/detail/unit_symbol.hpp>
#include <restoration/exclusions.hpp>
#include <restoration/format.hpp>
#include <restoration/growth.hpp>
#include <restoration/interval.hpp>
#include <restoration/mean_of_rates.hpp>
#include <restoration/output.hpp>
#include <restoration/period.hpp>
#include <restoration/qualifier.hpp>
#include <restoration/rate.hpp>
#include <restoration/rounding.hpp>
#include <restoration/series.hpp>

namespace restoration {

template <class Scope, class Count>
std::ostream& operator<<(std::ostream& os, const cohort<Scope, Count>& c) {
    return os << to_string(c);
}

template <class Kind, class Rep>
std::ostream& operator<<(std::ostream& os, const rate<Kind, Rep>& r) {
    return os << to_string(r);
}

template <class Kind, class Rep>
std::ostream& operator<<(std::ostream& os, const percentage_points<Kind, Rep>& d) {
    return os << to_string(d);
}

// "1,076/1,000 - 1 year on year": a growth, exactly, as a rate prints.
template <class Comparison, class Rep>
std::ostream& operator<<(std::ostream& os, const growth<Comparison, Rep>& g) {
    return os << to_string(g);
}

// "(1/10 + 2/10) / 2": a mean of rates, exactly, as a rate prints.
template <class Kind>
std::ostream& operator<<(std::ostream& os, const mean_of_rates<Kind>& mean) {
    return os << to_string(mean);
}

template <class Kind>
std::ostream& operator<<(std::ostream& os, const mean_minus_rate<Kind>& d) {
    return os << to_string(d);
}

template <class Good, class Rep>
std::ostream& operator<<(std::ostream& os, const output<Good, Rep>& amount) {
    return os << to_string(amount);
}

template <class Good, class Rep>
std::ostream& operator<<(std::ostream& os, const output_rate<Good, Rep>& per_day) {
    return os << detail::plain(per_day.per_day()) << " "
              << detail::unit_symbol<typename Good::unit>() << " of " << Good::name
              << " per day";
}

// One line a snapshot; a re-basing is said where it happened:
// "2022-05-05: 1,265 of 1,300 ... resumed (re-based: 31 seasonal enterprises left out)".
template <class Scope, class Count>
std::ostream& operator<<(std::ostream& os, const series<Scope, Count>& s) {
    for (const auto& snap : s.snapshots()) {
        os << iso_date(snap.date) << ": " << snap.counts;
        if (const std::string_view reason = s.rebased(snap.date); !reason.empty()) {
            os << " (re-based: " << reason << ")";
        }
        os << "\n";
    }
    return os;
}

inline std::ostream& operator<<(std::ostream& os, decimal figure) {
    return os << to_string(figure);
}

inline std::ostream& operator<<(std::ostream& os, rounding rule) { return os << to_string(rule); }

// The audit's answers, as to_string gives them (audit_format.hpp, exclusions.hpp):
// "6,472 to 6,478", "84.3%: fits toward zero; not half up (84.4%), ...".
inline std::ostream& operator<<(std::ostream& os, count_range range) {
    return os << to_string(range);
}

inline std::ostream& operator<<(std::ostream& os, const percent_check& check) {
    return os << to_string(check);
}

template <class Scope, class Count>
std::ostream& operator<<(std::ostream& os, const exclusions_that_fit<Scope, Count>& fit) {
    return os << to_string(fit);
}

inline std::ostream& operator<<(std::ostream& os, exclusion reason) {
    return os << to_string(reason);
}

// The interval and consistency audits' answers, as to_string gives them (interval.hpp,
// consistency.hpp): "[85%, 90%)", "fits for some counts: numerators 4,400 to 4,499, ...".
inline std::ostream& operator<<(std::ostream& os, qualifier q) { return os << to_string(q); }
inline std::ostream& operator<<(std::ostream& os, interval_fit fit) { return os << to_string(fit); }
inline std::ostream& operator<<(std::ostream& os, const rate_interval& rates) {
    return os << to_string(rates);
}
inline std::ostream& operator<<(std::ostream& os, const counts_fit& fit) {
    return os << to_string(fit);
}
inline std::ostream& operator<<(std::ostream& os, const interval_check& check) {
    return os << to_string(check);
}
inline std::ostream& operator<<(std::ostream& os, const printed_rate_range& range) {
    return os << to_string(range);
}
inline std::ostream& operator<<(std::ostream& os, const claim_reading& reading) {
    return os << to_string(reading);
}
inline std::ostream& operator<<(std::ostream& os, const two_day_check& check) {
    return os << to_string(check);
}
inline std::ostream& operator<<(std::ostream& os, const partition_check& check) {
    return os << to_string(check);
}
inline std::ostream& operator<<(std::ostream& os, const precision_check& check) {
    return os << to_string(check);
}
inline std::ostream& operator<<(std::ostream& os, const growth_check& check) {
    return os << to_string(check);
}
inline std::ostream& operator<<(std::ostream& os, const growth_agreement_check& check) {
    return os << to_string(check);
}
inline std::ostream& operator<<(std::ostream& os, const growth_change_check& check) {
    return os << to_string(check);
}

// Periods (period.hpp), as to_string gives them: "2022-05-01 to 2022-05-05"; "1,529 t of
// disinfectant, since 2022-03-11, as of 2022-05-05"; "consistent: later 1,529, ...".
inline std::ostream& operator<<(std::ostream& os, const period& span) {
    return os << to_string(span);
}
inline std::ostream& operator<<(std::ostream& os, period_kind kind) {
    return os << to_string(kind);
}
template <class Amount>
std::ostream& operator<<(std::ostream& os, const over_period<Amount>& figure) {
    return os << to_string(figure);
}
inline std::ostream& operator<<(std::ostream& os, const cumulative_check& check) {
    return os << to_string(check);
}

}  // namespace restoration
