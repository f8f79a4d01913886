// exclusions.hpp: enterprises left out of a cohort's denominator, each count with its stated
// reason, so that both the raw and the adjusted work rate can be had and are told apart.
//
//   adjusted_cohort<above_designated_size> large{{1'331, 1'265},
//                                                {{exclusion::seasonal_stoppage, 21}}};
//   percent(large, rate_basis::adjusted, 1, rounding::half_up)
//       // "96.6% adjusted: 1,265 of 1,310, leaving out 21 (seasonal stoppage: 21)"
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>

#include <restoration/cohort.hpp>
#include <restoration/detail/checked.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/format.hpp>
#include <restoration/rate.hpp>

namespace restoration {

// Why enterprises are left out of a denominator, as bulletins say it.
enum class exclusion { seasonal_stoppage, non_epidemic_causes, closed_for_good };

inline constexpr std::array<exclusion, 3> all_exclusions = {
    exclusion::seasonal_stoppage, exclusion::non_epidemic_causes, exclusion::closed_for_good};

constexpr std::string_view to_string(exclusion reason) {
    switch (reason) {
    case exclusion::seasonal_stoppage: return "seasonal stoppage";
    case exclusion::non_epidemic_causes: return "non-epidemic causes";
    case exclusion::closed_for_good: return "closed for good";
    }
    return "unknown reason";
}

// How many enterprises were left out for one reason.
template <class Count = std::int64_t>
struct excluded {
    exclusion reason;
    Count count;
};

// Which rate a figure shows: of all enterprises in scope, or of those left once exclusions are out.
enum class rate_basis { raw, adjusted };

namespace detail {

// Enumerations are checked where they enter: a value cast from an int that names no reason or
// basis is refused, never read past an array or taken for another.
inline std::size_t index_of(exclusion reason) {
    const auto index = static_cast<std::size_t>(reason);
    if (index >= all_exclusions.size()) {
        throw std::invalid_argument("exclusion " + std::to_string(static_cast<int>(reason)) +
                                    " is none of restoration::exclusion's " +
                                    std::to_string(all_exclusions.size()) + " reasons");
    }
    return index;
}

inline bool is_raw(rate_basis basis) {
    if (basis != rate_basis::raw && basis != rate_basis::adjusted) {
        throw std::invalid_argument("rate basis " + std::to_string(static_cast<int>(basis)) +
                                    " is neither raw nor adjusted");
    }
    return basis == rate_basis::raw;
}

}  // namespace detail

// A cohort with exclusions. The enterprises left out have not resumed (they are stopped for the
// stated reason), so together they cannot outnumber those not resumed.
template <class Scope, class Count = std::int64_t>
class adjusted_cohort {
public:
    adjusted_cohort(const cohort<Scope, Count>& counts,
                    std::initializer_list<excluded<Count>> exclusions)
        : counts_(counts) {
        for (const excluded<Count>& e : exclusions) {
            if (e.count < 0) {
                throw std::invalid_argument("enterprises left out for " +
                                            std::string(to_string(e.reason)) +
                                            " cannot be negative (" + detail::grouped(e.count) +
                                            ")");
            }
            Count& slot = by_reason_[detail::index_of(e.reason)];
            slot = detail::checked_add(slot, e.count, "adding exclusions");
            total_ = detail::checked_add(total_, e.count, "adding exclusions");
        }
        if (total_ > counts_.not_resumed()) {
            throw std::invalid_argument(
                "enterprises left out (" + detail::grouped(total_) +
                ") exceed those not resumed (" + detail::grouped(counts_.not_resumed()) + ") of " +
                std::string(Scope::name) + ": only enterprises not at work can be left out");
        }
    }

    const cohort<Scope, Count>& raw() const { return counts_; }
    Count left_out() const { return total_; }
    Count left_out(exclusion reason) const { return by_reason_[detail::index_of(reason)]; }

    // The cohort without the enterprises left out.
    cohort<Scope, Count> adjusted() const {
        return {counts_.in_scope() - total_, counts_.resumed()};
    }

    rate<work_resumption, Count> rate_of(rate_basis basis) const {
        return detail::is_raw(basis) ? counts_.work_rate() : adjusted().work_rate();
    }

private:
    cohort<Scope, Count> counts_;
    std::array<Count, all_exclusions.size()> by_reason_{};
    Count total_{};
};

// The rate on the stated basis, saying which it is and what was left out:
// "95.0% raw: 1,265 of 1,331" or "96.6% adjusted: 1,265 of 1,310, leaving out 21 (seasonal
// stoppage: 21)".
template <class Scope, class Count>
std::string percent(const adjusted_cohort<Scope, Count>& c, rate_basis basis,
                    decimal_places places, rounding rule) {
    const bool raw = detail::is_raw(basis);
    const cohort<Scope, Count> shown = raw ? c.raw() : c.adjusted();
    std::string text = percent(c.rate_of(basis), places, rule) + (raw ? " raw: " : " adjusted: ") +
                       detail::grouped(shown.resumed()) + " of " +
                       detail::grouped(shown.in_scope());
    if (!raw && c.left_out() > 0) {
        text += ", leaving out " + detail::grouped(c.left_out()) + " (";
        std::string reasons;
        for (exclusion reason : all_exclusions) {
            if (c.left_out(reason) > 0) {
                reasons += (reasons.empty() ? "" : ", ") + std::string(to_string(reason)) + ": " +
                           detail::grouped(c.left_out(reason));
            }
        }
        text += reasons + ")";
    }
    return text;
}

}  // namespace restoration
