// exclusions.hpp: enterprises left out of a cohort's denominator, each count with its stated
// reason, so that both the raw and the adjusted work rate can be had and are told apart; and,
// asked the other way, how many would have to be left out for a printed rate to fit.
//
//   adjusted_cohort<above_designated_size> large{{1'331, 1'265},
//                                                {{exclusion::seasonal_stoppage, 21}}};
//   percent(large, rate_basis::adjusted, 1, rounding::half_up)
//       // "96.6% adjusted: 1,265 of 1,310, leaving out 21 (seasonal stoppage: 21)"
//   adjusted_cohort<industrial> all{{7'681, 6'480}, exclusions_read};  // any range of excluded<>
//   excluded<>{exclusion::other, 9, "停产检修"}                          // in the bulletin's words
//
//   const auto needed = fitting_exclusions(96.6_percent, large.raw());
//   needed.left_out(rounding::half_up)       // count_range{21, 22}: 1,265 of 1,310 or of 1,309
//   needed.left_out(rounding::toward_zero)   // count_range{22, 22}
//   needed.adjusted(rounding::half_up, 21)   // the adjusted_cohort, 21 left out, reason unstated
#pragma once

#include <algorithm>
#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <restoration/audit.hpp>
#include <restoration/audit_format.hpp>
#include <restoration/cohort.hpp>
#include <restoration/decimal.hpp>
#include <restoration/detail/audit.hpp>
#include <restoration/detail/checked.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/format.hpp>
#include <restoration/rate.hpp>
#include <restoration/rounding.hpp>

namespace restoration {

// Why enterprises are left out of a denominator, as bulletins say it.
enum class exclusion {
    seasonal_stoppage,
    non_epidemic_causes,
    closed_for_good,
    unspecified,  // left out, and the bulletin does not say why
    other,        // a reason the bulletin states in its own words, kept in excluded::words
};

inline constexpr std::array<exclusion, 5> all_exclusions = {
    exclusion::seasonal_stoppage, exclusion::non_epidemic_causes, exclusion::closed_for_good,
    exclusion::unspecified, exclusion::other};

constexpr std::string_view to_string(exclusion reason) {
    switch (reason) {
    case exclusion::seasonal_stoppage: return "seasonal stoppage";
    case exclusion::non_epidemic_causes: return "non-epidemic causes";
    case exclusion::closed_for_good: return "closed for good";
    case exclusion::unspecified: return "reason not stated";
    case exclusion::other: return "other reason";
    }
    return "unknown reason";
}

// How many enterprises were left out for one reason. A reason none of the named ones fits is
// exclusion::other with the bulletin's own words: {exclusion::other, 9, "停产检修"}; the words
// go with `other` only, so that one reason is never counted under two names.
template <class Count = std::int64_t>
struct excluded {
    exclusion reason;
    Count count;
    std::string words = {};
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

// What an exclusion is called in text: its reason, or the bulletin's words in quotes.
inline std::string reason_text(exclusion reason, std::string_view words) {
    return reason == exclusion::other ? "\"" + std::string(words) + "\""
                                      : std::string(to_string(reason));
}

// Whatever std::ranges::begin and end walk: a std::vector, std::array, C array, std::span or a
// view. (Not <ranges>' own concept: that header is heavier than this one needs.)
template <class Exclusions>
concept walkable = requires(Exclusions& exclusions) {
    std::ranges::begin(exclusions);
    std::ranges::end(exclusions);
};

// True, or stops the compile saying what an adjusted_cohort takes.
template <class Exclusions, class Count>
constexpr bool range_of_excluded() {
    using iterator = decltype(std::ranges::begin(std::declval<Exclusions&>()));
    constexpr bool of_excluded =
        std::input_iterator<iterator> &&
        std::convertible_to<std::iter_reference_t<iterator>, const excluded<Count>&>;
    static_assert(of_excluded, "restoration: adjusted_cohort takes its exclusions as a range of "
                               "excluded<Count> of the cohort's Count: a std::vector<excluded<>>");
    return of_excluded;
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
        add_all(exclusions);
    }

    // The exclusions from any range of them: a std::vector<excluded<>> read from a table.
    template <detail::walkable Exclusions>
    adjusted_cohort(const cohort<Scope, Count>& counts, Exclusions&& exclusions)
        : counts_(counts) {
        if constexpr (detail::range_of_excluded<Exclusions, Count>()) {
            add_all(exclusions);
        }
    }

    const cohort<Scope, Count>& raw() const { return counts_; }
    Count left_out() const { return total_; }
    // For exclusion::other, all those left out for reasons in the bulletin's words.
    Count left_out(exclusion reason) const { return by_reason_[detail::index_of(reason)]; }
    // Those left out for the reason stated in these words; 0 when none were.
    Count left_out(std::string_view words) const {
        for (const excluded<Count>& e : in_own_words_) {
            if (e.words == words) {
                return e.count;
            }
        }
        return 0;
    }
    // The reasons stated in the bulletin's words, each once with its count, in the order first
    // given.
    std::span<const excluded<Count>> in_own_words() const { return in_own_words_; }

    // The cohort without the enterprises left out.
    cohort<Scope, Count> adjusted() const {
        return {counts_.in_scope() - total_, counts_.resumed()};
    }

    rate<work_resumption, Count> rate_of(rate_basis basis) const {
        return detail::is_raw(basis) ? counts_.work_rate() : adjusted().work_rate();
    }

private:
    template <class Exclusions>
    void add_all(Exclusions& exclusions) {
        const auto end = std::ranges::end(exclusions);
        for (auto it = std::ranges::begin(exclusions); it != end; ++it) {
            add(*it);
        }
        if (total_ > counts_.not_resumed()) {
            throw std::invalid_argument(
                "enterprises left out (" + detail::grouped(total_) +
                ") exceed those not resumed (" + detail::grouped(counts_.not_resumed()) + ") of " +
                std::string(Scope::name) + ": only enterprises not at work can be left out");
        }
        if (total_ > 0 && total_ == counts_.in_scope()) {
            throw std::invalid_argument(
                "enterprises left out (" + detail::grouped(total_) + ") are all " +
                detail::grouped(counts_.in_scope()) + " " + std::string(Scope::name) +
                " in scope: an adjusted cohort leaves some in, or it has no rate");
        }
    }

    void add(const excluded<Count>& e) {
        const std::size_t index = detail::index_of(e.reason);
        if ((e.reason == exclusion::other) == e.words.empty()) {
            throw std::invalid_argument(
                e.words.empty()
                    ? "enterprises left out for another reason (" + detail::grouped(e.count) +
                          ") need the bulletin's words for it; where it gives none, the reason "
                          "is exclusion::unspecified"
                    : "the words \"" + e.words + "\" go with exclusion::other, not with " +
                          std::string(to_string(e.reason)) + ", which is named already");
        }
        if (e.count < 0) {
            throw std::invalid_argument("enterprises left out for " +
                                        detail::reason_text(e.reason, e.words) +
                                        " cannot be negative (" + detail::grouped(e.count) + ")");
        }
        Count& slot = by_reason_[index];
        slot = detail::checked_add(slot, e.count, "adding exclusions");
        total_ = detail::checked_add(total_, e.count, "adding exclusions");
        if (e.reason == exclusion::other) {
            for (excluded<Count>& stated : in_own_words_) {
                if (stated.words == e.words) {
                    stated.count += e.count;  // at most by_reason_'s sum, which fits
                    return;
                }
            }
            in_own_words_.push_back(e);
        }
    }

    cohort<Scope, Count> counts_;
    std::array<Count, all_exclusions.size()> by_reason_{};
    Count total_{};
    std::vector<excluded<Count>> in_own_words_;  // empty, allocating nothing, when none are
};

// The rate on the stated basis, saying which it is and what was left out:
// "95.0% raw: 1,265 of 1,331" or "96.6% adjusted: 1,265 of 1,310, leaving out 21 (seasonal
// stoppage: 21)"; a reason in the bulletin's words is quoted: (..., "停产检修": 9).
template <class Scope, class Count>
std::string percent(const adjusted_cohort<Scope, Count>& c, rate_basis basis,
                    decimal_places places, rounding rule) {
    const bool raw = detail::is_raw(basis);
    const cohort<Scope, Count> shown = raw ? c.raw() : c.adjusted();
    std::string text = percent(c.rate_of(basis), places, rule) + (raw ? " raw: " : " adjusted: ") +
                       detail::grouped(shown.resumed()) + " of " +
                       detail::grouped(shown.in_scope());
    if (!raw && c.left_out() > 0) {
        std::string reasons;
        const auto list = [&reasons](exclusion reason, std::string_view words, Count count) {
            reasons += (reasons.empty() ? "" : ", ") + detail::reason_text(reason, words) + ": " +
                       detail::grouped(count);
        };
        for (exclusion reason : all_exclusions) {
            if (reason != exclusion::other && c.left_out(reason) > 0) {
                list(reason, {}, c.left_out(reason));
            }
        }
        for (const excluded<Count>& stated : c.in_own_words()) {
            if (stated.count > 0) {
                list(exclusion::other, stated.words, stated.count);
            }
        }
        text += ", leaving out " + detail::grouped(c.left_out()) + " (" + reasons + ")";
    }
    return text;
}

// How many enterprises left out of the denominator make a printed rate fit, under one rule.
struct exclusions_for_rule {
    rounding rule = rounding::half_up;
    count_range left_out;  // empty when no number left out makes it fit
};

// A printed work rate against a cohort, asked the other way: how many of those not resumed must
// be left out of the denominator for the rate to fit, under each rule. 96.6% printed for 1,265
// of 1,331 fits half up leaving out 21 or 22 (1,265 of 1,310 or of 1,309); 95% fits half up
// leaving out 0 to 6. Only enterprises not at work can be left out, and never all of a cohort.
template <class Scope, class Count = std::int64_t>
class exclusions_that_fit {
public:
    exclusions_that_fit(printed_percent printed, const cohort<Scope, Count>& counts)
        : printed_(printed), counts_(counts) {
        if (counts.in_scope() == 0) {
            throw std::domain_error("an empty cohort (0 " + std::string(Scope::name) +
                                    " in scope) has no rate for " + to_string(printed.figure) +
                                    "% to fit");
        }
        const auto in_scope = static_cast<std::int64_t>(counts.in_scope());
        const auto resumed = static_cast<std::int64_t>(counts.resumed());
        for (std::size_t i = 0; i < by_rule_.size(); ++i) {
            const rounding rule = all_rounding_rules[i];
            // The denominators that fit with this numerator, at least max(resumed, 1); of them
            // those up to in_scope are in_scope less some of those not resumed.
            const detail::bounds fit =
                detail::denominators_in(detail::preimage_of(printed, rule), resumed);
            count_range left_out;
            if (!fit.empty() && fit.low <= in_scope) {
                left_out = {in_scope - std::min(fit.high, in_scope), in_scope - fit.low};
            }
            by_rule_[i] = {rule, left_out};
        }
    }

    printed_percent printed() const { return printed_; }
    const cohort<Scope, Count>& counts() const { return counts_; }

    count_range left_out(rounding rule) const { return by_rule_[detail::rule_index(rule)].left_out; }
    // In the order of all_rounding_rules; a copy, so that a loop over the rules of a temporary
    // (for (auto r : fitting_exclusions(...).by_rule())) reads no object that has ended.
    std::array<exclusions_for_rule, std::size(all_rounding_rules)> by_rule() const {
        return by_rule_;
    }

    // The adjusted cohort for a chosen number left out, which must be one that fits under the
    // rule; the audit cannot say why they were left out, so the reason is unspecified. Any
    // integer, compared as it is: a number beyond the count type is refused, never cut to fit.
    template <std::integral Number>
        requires(!std::same_as<Number, bool>)
    adjusted_cohort<Scope, Count> adjusted(rounding rule, Number left_out) const {
        const count_range fits = this->left_out(rule);
        if (!std::in_range<std::int64_t>(left_out) ||
            !fits.contains(static_cast<std::int64_t>(left_out))) {
            refuse(rule, detail::grouped(left_out));
        }
        return {counts_, {{exclusion::unspecified, static_cast<Count>(left_out)}}};
    }
    // The same with the reasons the bulletin gives, as adjusted_cohort takes them.
    adjusted_cohort<Scope, Count> adjusted(rounding rule,
                                           std::initializer_list<excluded<Count>> stated) const {
        return fitting(rule, adjusted_cohort<Scope, Count>{counts_, stated});
    }
    template <detail::walkable Exclusions>
    adjusted_cohort<Scope, Count> adjusted(rounding rule, Exclusions&& stated) const {
        return fitting(rule, adjusted_cohort<Scope, Count>{counts_, stated});
    }

private:
    adjusted_cohort<Scope, Count> fitting(rounding rule, adjusted_cohort<Scope, Count> c) const {
        if (!left_out(rule).contains(c.left_out())) {
            refuse(rule, detail::grouped(c.left_out()));
        }
        return c;
    }

    [[noreturn]] void refuse(rounding rule, const std::string& left_out_text) const {
        const count_range fits = left_out(rule);
        throw std::invalid_argument(to_string(printed_.figure) + "% does not fit " +
                                    to_string(counts_) + ", " + std::string(to_string(rule)) +
                                    ", leaving out " + left_out_text +
                                    (fits.empty() ? ": no number left out makes it fit"
                                                  : ": it fits leaving out " + to_string(fits)));
    }

    printed_percent printed_;
    cohort<Scope, Count> counts_;
    std::array<exclusions_for_rule, std::size(all_rounding_rules)> by_rule_{};
};

// How many must be left out of the cohort's denominator for the printed rate to fit.
template <class Scope, class Count>
exclusions_that_fit<Scope, Count> fitting_exclusions(printed_percent printed,
                                                     const cohort<Scope, Count>& counts) {
    return {printed, counts};
}

// "96.6% for 1,265 of 1,331 industrial enterprises above designated size resumed fits leaving
// out (of the 66 not resumed): half up 21 to 22; half even 21 to 22; half down 21 to 22; toward
// zero 22; away from zero 21", "none" under a rule no number left out makes fit.
template <class Scope, class Count>
std::string to_string(const exclusions_that_fit<Scope, Count>& fit) {
    std::string text = to_string(fit.printed().figure) + "% for " + to_string(fit.counts()) +
                       " fits leaving out (of the " + detail::grouped(fit.counts().not_resumed()) +
                       " not resumed): ";
    const char* separator = "";
    for (const exclusions_for_rule& r : fit.by_rule()) {
        text += separator + std::string(to_string(r.rule)) + " " + to_string(r.left_out);
        separator = "; ";
    }
    return text;
}

}  // namespace restoration
