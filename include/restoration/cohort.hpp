// cohort.hpp: a cohort of enterprises of one scope: how many are in scope and how many resumed.
//
//   cohort<industrial> all{7'681, 6'480};
//   cohort<above_designated_size> large{1'331, 1'265};
//   auto small = all - large;                // cohort<below_designated_size>{6'350, 5'215}
//   auto city = district_a + district_b;     // pooled by adding counts
#pragma once

#include <concepts>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>

#include <restoration/detail/checked.hpp>
#include <restoration/detail/exact.hpp>
#include <restoration/detail/tags.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/rate.hpp>
#include <restoration/scope.hpp>

namespace restoration {

namespace detail {

// The refusals of a cohort's counts, out of line and cold: the messages are built only when a
// count is refused, so that the checks themselves stay small enough to inline wherever cohorts
// are made by the million.
template <class Count, class Number>
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] void refuse_count(Number value,
                                                               std::string_view what,
                                                               std::string_view scope_name) {
    if (std::cmp_less(value, 0)) {
        throw std::invalid_argument(std::string(what) + " cannot be negative (" + grouped(value) +
                                    " " + std::string(scope_name) + ")");
    }
    throw std::overflow_error(std::string(what) + " (" + grouped(value) + " " +
                              std::string(scope_name) +
                              ") does not fit the cohort's count type, at most " +
                              grouped(std::numeric_limits<Count>::max()));
}

template <class Count>
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] void refuse_resumed(Count resumed, Count in_scope,
                                                                 std::string_view scope_name) {
    throw std::invalid_argument("resumed (" + grouped(resumed) +
                                ") exceeds enterprises in scope (" + grouped(in_scope) + ") of " +
                                std::string(scope_name));
}

// A sub-cohort larger than its parent in `figure`: out of line, as every refusal here is (built
// inline, g++ 12 at -O1 also warned of a string copy out of bounds that cannot happen).
template <class Parent, class Sub, class Count>
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] void refuse_larger_sub(const char* figure,
                                                                   Count of_sub,
                                                                   Count of_parent) {
    throw std::invalid_argument(std::string(Sub::name) + ": " + figure + " (" + grouped(of_sub) +
                                ") exceeds that of " + std::string(Parent::name) + " (" +
                                grouped(of_parent) + ")");
}

template <class Scope>
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] void refuse_empty_cohort() {
    throw std::domain_error("the work rate of an empty cohort (0 " + std::string(Scope::name) +
                            " in scope) is undefined");
}

template <class Count, class Number>
constexpr Count count_from(Number value, std::string_view what, std::string_view scope_name) {
    if (std::cmp_less(value, 0) || !std::in_range<Count>(value)) {
        refuse_count<Count>(value, what, scope_name);
    }
    return static_cast<Count>(value);
}

struct made_cohort;

template <class Count>
constexpr void refuse_mixed_counts() {
    constexpr bool one_type = always_false<Count>;
    static_assert(one_type, "restoration: cohorts of different count types cannot be pooled; "
                            "build them with one count type, such as std::int64_t");
}

}  // namespace detail

// Counts of one scope, checked once at construction: none negative, resumed within scope.
template <class Scope, class Count = std::int64_t>
class cohort {
    static_assert(scope<Scope>, "restoration: cohort<Scope>: Scope must be a scope, a type with "
                                "a `name`");
    static constexpr bool of_enterprises = !detail::declares_a_unit<Scope> &&
                                           !detail::declares_a_rate_name<Scope> &&
                                           !detail::declares_a_rate_kind<Scope>;
    static_assert(of_enterprises, "restoration: cohort<Scope>: Scope is a good, a basis or a kind "
                                  "of rate, not a scope of enterprises");
    static_assert(detail::whole_count<Count>, "restoration: cohort<Scope, Count>: Count must be a "
                                              "signed integer type of 64 bits at most");

public:
    using scope_type = Scope;
    using count_type = Count;

    // No enterprises: what pooling starts from (std::map's operator[] makes one).
    constexpr cohort() = default;

    // Enterprises in scope, then those of them that resumed work: cohort<industrial>{7'681, 6'480}.
    template <class InScope, class Resumed>
    constexpr cohort(InScope in_scope, Resumed resumed) {
        // Any integer that fits 64 bits (its range is checked below); not bool, floating point,
        // a Boost.Units quantity or a wider integer.
        constexpr bool integer_counts =
            detail::integer_figure<InScope> && detail::integer_figure<Resumed> &&
            sizeof(InScope) <= sizeof(std::int64_t) && sizeof(Resumed) <= sizeof(std::int64_t);
        static_assert(integer_counts, "restoration: counts of enterprises are integers; a cohort "
                                      "cannot be built from floating-point counts, bools, "
                                      "characters or quantities");
        if constexpr (integer_counts) {  // spares the reader errors that follow from the first
            in_scope_ = detail::count_from<Count>(in_scope, "enterprises in scope", Scope::name);
            resumed_ = detail::count_from<Count>(resumed, "resumed", Scope::name);
            if (resumed_ > in_scope_) {
                detail::refuse_resumed(resumed_, in_scope_, Scope::name);
            }
        }
    }

    constexpr Count in_scope() const { return in_scope_; }
    constexpr Count resumed() const { return resumed_; }
    constexpr Count not_resumed() const { return in_scope_ - resumed_; }
    constexpr bool all_resumed() const { return resumed_ == in_scope_; }

    // Resumed over in scope, exactly: 6'480/7'681, not 0.84364...
    constexpr rate<work_resumption, Count> work_rate() const {
        if (in_scope_ == 0) {
            detail::refuse_empty_cohort<Scope>();
        }
        return {typename rate<work_resumption, Count>::valid_counts{}, resumed_, in_scope_};
    }

    // Pools another cohort of the scope into this one (a district into its city's running
    // total). Two valid cohorts make a valid pool: only the sum of those in scope is checked,
    // since the resumed never outnumber them; a refused sum leaves this cohort as it was.
    template <class OtherScope>
    constexpr cohort& operator+=(const cohort<OtherScope, Count>& other) {
        static_assert(std::same_as<OtherScope, Scope>,
                      "restoration: cohorts of different scopes cannot be pooled; pool cohorts of "
                      "one scope, such as districts of one city");
        const Count in_scope = detail::checked_add(in_scope_, other.in_scope(), "pooling cohorts");
        resumed_ += other.resumed();  // at most in_scope, which fits
        in_scope_ = in_scope;
        return *this;
    }
    // Exists only to name the mistake: counts of two integer types are pooled in one of them,
    // chosen by whoever knows how large the pool may grow.
    template <class OtherScope, class OtherCount>
        requires(!std::same_as<OtherCount, Count>)
    constexpr cohort& operator+=(const cohort<OtherScope, OtherCount>&) {
        detail::refuse_mixed_counts<Count>();
        return *this;
    }

    friend constexpr bool operator==(const cohort&, const cohort&) = default;

private:
    friend struct detail::made_cohort;

    // Counts the library's own arithmetic has found valid (a complement): not checked again.
    struct valid_counts {};
    constexpr cohort(valid_counts, Count in_scope, Count resumed)
        : in_scope_(in_scope), resumed_(resumed) {}

    Count in_scope_{};
    Count resumed_{};
};

namespace detail {

template <class Scope, class Count>
inline constexpr figure_kind figure_kind_v<cohort<Scope, Count>> = figure_kind::cohort;

}  // namespace detail

// Pools cohorts of one scope (districts into a city) by adding their counts: the pooled rate
// is the rate of the sums, never the mean of the rates.
template <class S1, class S2, class Count>
constexpr cohort<S1, Count> operator+(const cohort<S1, Count>& a, const cohort<S2, Count>& b) {
    cohort<S1, Count> sum = a;
    sum += b;
    return sum;
}
template <class S1, class S2, class C1, class C2>
    requires(!std::same_as<C1, C2>)
constexpr auto operator+(const cohort<S1, C1>&, const cohort<S2, C2>&) {
    detail::refuse_mixed_counts<C1>();
    return detail::refused_operation{};
}

namespace detail {

struct made_cohort {
    template <class Scope, class Count>
    static constexpr cohort<Scope, Count> of(Count in_scope, Count resumed) {
        return {typename cohort<Scope, Count>::valid_counts{}, in_scope, resumed};
    }
};

template <class Parent, class Sub>
constexpr bool subtracts_sub_scope() {
    // Named, so that clang's message quotes a word rather than the types.
    constexpr bool other_scope = !std::same_as<Parent, Sub>;
    constexpr bool parent_first = !other_scope || !std::same_as<parent_of_t<Parent>, Sub>;
    constexpr bool sub_of_parent = std::same_as<parent_of_t<Sub>, Parent>;
    static_assert(other_scope, "restoration: a cohort minus a cohort of its own scope has no "
                               "scope; subtract a sub-scope's cohort from its parent's");
    static_assert(parent_first, "restoration: the cohorts are the wrong way round: subtract the "
                                "sub-scope's cohort from its parent's (all - large)");
    constexpr bool declared = !other_scope || !parent_first || sub_of_parent;
    static_assert(declared, "restoration: a cohort can only be subtracted from a cohort of its "
                            "parent scope (declare `using parent = ...` in the sub-scope)");
    return sub_of_parent;
}

}  // namespace detail

// A parent cohort less one of its sub-cohorts is the complement: all industrial enterprises less
// those above designated size are those below it. The sub-cohort must fit inside the parent.
template <class Parent, class Sub, class Count>
constexpr auto operator-(const cohort<Parent, Count>& parent, const cohort<Sub, Count>& sub) {
    if constexpr (!detail::subtracts_sub_scope<Parent, Sub>()) {
        return parent;  // not reached: a static_assert has stopped the compile
    } else {
        if (sub.in_scope() > parent.in_scope()) {
            detail::refuse_larger_sub<Parent, Sub>("in scope", sub.in_scope(), parent.in_scope());
        }
        if (sub.resumed() > parent.resumed()) {
            detail::refuse_larger_sub<Parent, Sub>("resumed", sub.resumed(), parent.resumed());
        }
        if (sub.not_resumed() > parent.not_resumed()) {
            detail::refuse_larger_sub<Parent, Sub>("not resumed", sub.not_resumed(),
                                                   parent.not_resumed());
        }
        // Each count of the complement is not negative, and its resumed within its scope, by
        // the three checks above.
        // (Named in Count again: int16 counts subtract as int.)
        return detail::made_cohort::of<complement_of_t<Sub>, Count>(
            static_cast<Count>(parent.in_scope() - sub.in_scope()),
            static_cast<Count>(parent.resumed() - sub.resumed()));
    }
}

}  // namespace restoration
