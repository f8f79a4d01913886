// audit.hpp: does a printed percentage fit its counts, under which rounding rules, and which
// counts would fit it; all decided in exact integer arithmetic.
//
//   check_printed(84.3_percent, all.work_rate())           // fits toward_zero only
//   fitting_numerators(84.3_percent, 7'681, rounding::half_up)   // 6,472 to 6,478 resumed
//   fitting_changes(84.3_percent, 6'480, 7'681, rounding::half_up)
//       // 2 to 8 fewer resumed, or 2 to 10 more in scope
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <concepts>
#include <cstdint>
#include <iterator>
#include <limits>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>

#include <restoration/decimal.hpp>
#include <restoration/detail/audit.hpp>
#include <restoration/detail/exact.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/rate.hpp>
#include <restoration/rounding.hpp>

namespace restoration {

// What one rounding rule makes of the counts, and whether that is what was printed.
struct rule_verdict {
    rounding rule = rounding::half_up;
    decimal result;  // the percent the rule gives, at the printed precision
    bool fits = false;
};

// The verdicts of every rule, in the order of all_rounding_rules: a std::array of them, with all
// that an array offers (indexing, size, data, std::get, structured bindings, a copy into a
// std::array). Only its iterators differ: they hold the array and an index, not a pointer. g++
// -O2 unrolls a loop only where its estimate says the code does not grow, and counts a pointer's
// step into a local array as work in every copy, an index's step as none: over pointers, the five
// verdicts of a check stayed a loop, a third of the instructions of checking a record (clang++
// unrolled it either way).
class rule_verdicts : public std::array<rule_verdict, std::size(all_rounding_rules)> {
    using array = std::array<rule_verdict, std::size(all_rounding_rules)>;

    // A contiguous iterator, as the array's pointer was.
    template <bool Const>
    class by_index {
        using element = std::conditional_t<Const, const rule_verdict, rule_verdict>;
        using whole = std::conditional_t<Const, const array, array>;

    public:
        using iterator_concept = std::contiguous_iterator_tag;
        using iterator_category = std::random_access_iterator_tag;
        using value_type = rule_verdict;
        using element_type = element;
        using difference_type = std::ptrdiff_t;
        using pointer = element*;
        using reference = element&;

        by_index() = default;
        by_index(whole& verdicts, difference_type at) : all_(&verdicts), at_(at) {}
        operator by_index<true>() const requires(!Const) { return {*all_, at_}; }

        reference operator*() const { return (*all_)[static_cast<std::size_t>(at_)]; }
        // Also at the end, where std::to_address takes it and there is no element to refer to.
        pointer operator->() const { return all_->data() + at_; }
        reference operator[](difference_type n) const { return *(*this + n); }

        by_index& operator++() {
            ++at_;
            return *this;
        }
        by_index operator++(int) {
            const by_index before = *this;
            ++at_;
            return before;
        }
        by_index& operator--() {
            --at_;
            return *this;
        }
        by_index operator--(int) {
            const by_index before = *this;
            --at_;
            return before;
        }
        by_index& operator+=(difference_type n) {
            at_ += n;
            return *this;
        }
        by_index& operator-=(difference_type n) {
            at_ -= n;
            return *this;
        }
        friend by_index operator+(by_index i, difference_type n) { return i += n; }
        friend by_index operator+(difference_type n, by_index i) { return i += n; }
        friend by_index operator-(by_index i, difference_type n) { return i -= n; }
        friend difference_type operator-(by_index a, by_index b) { return a.at_ - b.at_; }
        friend bool operator==(by_index a, by_index b) { return a.at_ == b.at_; }
        friend auto operator<=>(by_index a, by_index b) { return a.at_ <=> b.at_; }

    private:
        whole* all_ = nullptr;
        difference_type at_ = 0;
    };

public:
    using iterator = by_index<false>;
    using const_iterator = by_index<true>;
    using reverse_iterator = std::reverse_iterator<iterator>;
    using const_reverse_iterator = std::reverse_iterator<const_iterator>;

    iterator begin() { return {*this, 0}; }
    iterator end() { return {*this, static_cast<std::ptrdiff_t>(size())}; }
    const_iterator begin() const { return {*this, 0}; }
    const_iterator end() const { return {*this, static_cast<std::ptrdiff_t>(size())}; }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }
    reverse_iterator rbegin() { return reverse_iterator(end()); }
    reverse_iterator rend() { return reverse_iterator(begin()); }
    const_reverse_iterator rbegin() const { return const_reverse_iterator(end()); }
    const_reverse_iterator rend() const { return const_reverse_iterator(begin()); }
    const_reverse_iterator crbegin() const { return rbegin(); }
    const_reverse_iterator crend() const { return rend(); }
};

// A printed percentage against the figures it claims to come from. It keeps the one exact
// division of the figures, from which every rule's verdict follows without another.
class percent_check {
public:
    // numerator / denominator of any rate, as its kind allows: counts or output figures.
    template <class Kind, class Rep>
    percent_check(printed_percent printed, const rate<Kind, Rep>& figures)
        : printed_(printed), quotient_(quotient(printed, figures)) {}

    printed_percent printed() const { return printed_; }

    [[gnu::always_inline]] rule_verdict verdict(rounding rule) const {
        const decimal result{quotient_.rounded(rule), printed_.figure.decimals};
        return {rule, result, fits_as_printed(rule, result)};
    }
    // In the order of all_rounding_rules; each rule known at compile time, so that each
    // verdict is a few instructions with no branch.
    rule_verdicts verdicts() const {
        return [this]<std::size_t... rule>(std::index_sequence<rule...>) {
            return rule_verdicts{{verdict(all_rounding_rules[rule])...}};
        }(std::make_index_sequence<std::size(all_rounding_rules)>{});
    }

    bool fits(rounding rule) const { return verdict(rule).fits; }
    bool fits_any() const { return std::ranges::any_of(verdicts(), &rule_verdict::fits); }
    bool fits_all() const { return std::ranges::all_of(verdicts(), &rule_verdict::fits); }

private:
    template <class Kind, class Rep>
    static detail::exact_quotient quotient(printed_percent printed,
                                           const rate<Kind, Rep>& figures) {
        // Its decimals and its sign (no rate of any kind is below 0) at once: one branch on the
        // path that checks a figure a record.
        if (static_cast<unsigned>(printed.figure.decimals) > unsigned{max_decimals} ||
            printed.figure.units < 0) {
            refuse(printed);
        }
        detail::exact_quotient q = detail::percent_quotient(figures, printed.figure.decimals);
        if constexpr (std::integral<Rep>) {
            // Counts are never negative: said here, so that no rule's verdict tests the sign.
            q.negative = false;
        }
        return q;
    }

    [[noreturn]] [[gnu::cold]] [[gnu::noinline]] static void refuse(printed_percent printed) {
        detail::check_printed_places(printed);
        detail::refuse_negative_printed(printed);
    }

    // result == printed. A rule adds 0 or 1 to the figure cut toward zero (kept), so for a
    // quotient known not negative it fits when what it adds equals printed - kept: one
    // comparison a rule, the difference taken once. In 64 bits modulo 2^64, where
    // kept + 1 == printed and 1 == printed - kept say the same.
    [[gnu::always_inline]] bool fits_as_printed(rounding rule, decimal result) const {
        if (quotient_.negative) {
            return result == printed_.figure;
        }
        const std::uint64_t step =
            static_cast<std::uint64_t>(printed_.figure.units) - quotient_.kept;
        const bool away = detail::rounds_away(quotient_.kept, quotient_.rest, rule);
        return static_cast<std::uint64_t>(away) == step;
    }

    printed_percent printed_;
    detail::exact_quotient quotient_;
};

// An inclusive range of counts; `high` is `unbounded` when no count is too large.
struct count_range {
    static constexpr std::int64_t unbounded = detail::unbounded;

    std::int64_t low = 1;
    std::int64_t high = 0;

    constexpr bool empty() const { return low > high; }
    constexpr bool bounded() const { return high != unbounded; }
    constexpr bool contains(std::int64_t count) const { return low <= count && count <= high; }
    friend constexpr bool operator==(count_range, count_range) = default;
};

// The counts that fit a printed percentage, and whether finding one proves anything: when every
// printed value of that precision is some count's rate, it does not (`discriminating` is false).
struct fitting_counts {
    count_range counts;
    bool discriminating = true;
};

// By how many the numerator, or else the denominator, would have to differ for a printed
// percentage to fit: negative is fewer. One of them changes, the other stays as stated.
struct fitting_change {
    count_range numerator;
    count_range denominator;
};


namespace detail {

template <class Numerator, class Denominator>
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] void refuse_counts_to_check(printed_percent printed, Numerator numerator,
                               Denominator denominator) {
    throw std::domain_error("cannot check " + to_string(printed.figure) + "% against " +
                            grouped(numerator) + "/" + grouped(denominator) +
                            ": the counts must not be negative, nor the denominator 0");
}

// True, or stops the compile naming the mistake; callers then compile nothing more of theirs,
// so that this message is the first the reader sees.
template <class... Counts>
constexpr bool whole_counts() {
    constexpr bool whole =
        detail::no_characters<Counts...>() && (detail::whole_count<Counts> && ...);
    static_assert(whole, "restoration: the audit takes whole counts (signed integers of 64 bits "
                         "at most); audit a rate of floating-point figures instead");
    return whole;
}

}  // namespace detail

// The printed percentage against the rate of the figures, under every rounding rule.
template <class Kind, class Rep>
percent_check check_printed(printed_percent printed, const rate<Kind, Rep>& figures) {
    return {printed, figures};
}

// The same for two whole counts, 6'480 resumed of 7'681 in scope, whose kind is not said.
// Always inlined, so that a check of each record makes no call (clang made one).
template <class Numerator, class Denominator>
[[gnu::always_inline]] inline percent_check check_printed(printed_percent printed,
                                                         Numerator numerator,
                                                         Denominator denominator) {
    if constexpr (detail::whole_counts<Numerator, Denominator>()) {
        if (denominator <= 0 || numerator < 0) {
            detail::refuse_counts_to_check(printed, numerator, denominator);
        }
        return {printed, rate<production_restoration, std::int64_t>{numerator, denominator}};
    } else {
        return {printed, rate<production_restoration, std::int64_t>{0, 1}};
    }
}

// The numerators (resumed) that fit the printed percentage with this denominator (in scope):
// 84.3% of 7,681 is 6,472 to 6,478 half up. Not discriminating once the denominator is at
// least 100 x 10^decimals, for then every printed value is some numerator's rate.
template <class Denominator>
fitting_counts fitting_numerators(printed_percent printed, Denominator denominator,
                                  rounding rule) {
    static_cast<void>(detail::whole_counts<Denominator>());
    detail::check_count(denominator, "the denominator");
    if (denominator == 0) {
        throw std::domain_error("no percentage fits a denominator of 0");
    }
    const auto p = detail::preimage_of(printed, rule);
    const std::int64_t steps = 100 * detail::power_of_ten(printed.figure.decimals);
    const detail::bounds counts = detail::numerators_in(p, denominator);
    return {{counts.low, counts.high}, denominator < steps};
}

// The denominators (in scope) that fit the printed percentage with this numerator (resumed).
template <class Numerator>
fitting_counts fitting_denominators(printed_percent printed, Numerator numerator,
                                    rounding rule) {
    static_cast<void>(detail::whole_counts<Numerator>());
    detail::check_count(numerator, "the numerator");
    const auto p = detail::preimage_of(printed, rule);
    const detail::bounds counts = detail::denominators_in(p, numerator);
    return {{counts.low, counts.high},
            detail::some_value_unreachable_by_denominators(printed, numerator, rule)};
}

// How far the numerator alone, or the denominator alone, would have to move for the printed
// percentage to fit: 84.3% for 6,480 of 7,681 half up needs 2 to 8 fewer resumed (-8 to -2),
// or 2 to 10 more in scope (+2 to +10); no smaller denominator fits.
template <class Numerator, class Denominator>
fitting_change fitting_changes(printed_percent printed, Numerator numerator,
                               Denominator denominator, rounding rule) {
    static_cast<void>(detail::whole_counts<Numerator, Denominator>());
    if (numerator > denominator) {
        throw std::invalid_argument("the numerator (" + detail::grouped(numerator) +
                                    ") exceeds the denominator (" + detail::grouped(denominator) +
                                    ")");
    }
    const auto shift = [](count_range r, std::int64_t by) {
        if (r.empty()) {
            return count_range{};
        }
        return count_range{r.low - by, r.bounded() ? r.high - by : count_range::unbounded};
    };
    return {shift(fitting_numerators(printed, denominator, rule).counts, numerator),
            shift(fitting_denominators(printed, numerator, rule).counts, denominator)};
}

}  // namespace restoration

// Structured bindings take the verdicts as they take the array: auto [up, even, down, zero, away].
template <>
struct std::tuple_size<restoration::rule_verdicts>
    : std::integral_constant<std::size_t, std::size(restoration::all_rounding_rules)> {};
template <std::size_t I>
struct std::tuple_element<I, restoration::rule_verdicts> {
    using type = restoration::rule_verdict;
};
