// cohort.hpp: a cohort of enterprises of one scope: how many are in scope and how many resumed.
//
//   cohort<industrial> all{7'681, 6'480};
//   cohort<above_designated_size> large{1'331, 1'265};
//   auto small = all - large;                // cohort<below_designated_size>{6'350, 5'215}
//   auto city = district_a + district_b;     // pooled by adding counts
#pragma once

#include <concepts>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>

#include <restoration/detail/checked.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/rate.hpp>
#include <restoration/scope.hpp>

namespace restoration {

namespace detail {

template <class Count, class Number>
Count count_from(Number value, std::string_view what, std::string_view scope_name) {
    if (std::cmp_less(value, 0)) {
        throw std::invalid_argument(std::string(what) + " cannot be negative (" + grouped(value) +
                                    " " + std::string(scope_name) + ")");
    }
    if (!std::in_range<Count>(value)) {
        throw std::overflow_error(std::string(what) + " (" + grouped(value) +
                                  ") does not fit the cohort's count type");
    }
    return static_cast<Count>(value);
}

}  // namespace detail

// Counts of one scope, checked once at construction: none negative, resumed within scope.
template <class Scope, class Count = std::int64_t>
class cohort {
    static_assert(scope<Scope>, "restoration: cohort<Scope>: Scope must be a scope, a type with "
                                "a `name`");
    static_assert(detail::whole_count<Count>, "restoration: cohort<Scope, Count>: Count must be a "
                                              "signed integer type of 64 bits at most");

public:
    using scope_type = Scope;
    using count_type = Count;

    // Enterprises in scope, then those of them that resumed work: cohort<industrial>{7'681, 6'480}.
    template <class InScope, class Resumed>
    constexpr cohort(InScope in_scope, Resumed resumed) {
        // Any integer that fits 64 bits (its range is checked below); not bool, floating point,
        // a Boost.Units quantity or a wider integer.
        constexpr bool integer_counts =
            std::integral<InScope> && std::integral<Resumed> && !std::same_as<InScope, bool> &&
            !std::same_as<Resumed, bool> && sizeof(InScope) <= sizeof(std::int64_t) &&
            sizeof(Resumed) <= sizeof(std::int64_t);
        static_assert(integer_counts, "restoration: counts of enterprises are integers; a cohort "
                                      "cannot be built from floating-point counts, bools or "
                                      "quantities");
        if constexpr (integer_counts) {  // spares the reader errors that follow from the first
            in_scope_ = detail::count_from<Count>(in_scope, "enterprises in scope", Scope::name);
            resumed_ = detail::count_from<Count>(resumed, "resumed", Scope::name);
            if (resumed_ > in_scope_) {
                throw std::invalid_argument("resumed (" + detail::grouped(resumed_) +
                                            ") exceeds enterprises in scope (" +
                                            detail::grouped(in_scope_) + ") of " +
                                            std::string(Scope::name));
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
            throw std::domain_error("the work rate of an empty cohort (0 " +
                                    std::string(Scope::name) + " in scope) is undefined");
        }
        return {resumed_, in_scope_};
    }

    friend constexpr bool operator==(const cohort&, const cohort&) = default;

private:
    Count in_scope_{};
    Count resumed_{};
};

// Pools cohorts of one scope (districts into a city) by adding their counts: the pooled rate
// is the rate of the sums, never the mean of the rates.
template <class S1, class S2, class Count>
constexpr cohort<S1, Count> operator+(const cohort<S1, Count>& a, const cohort<S2, Count>& b) {
    static_assert(std::same_as<S1, S2>,
                  "restoration: cohorts of different scopes cannot be pooled; pool cohorts of "
                  "one scope, such as districts of one city");
    constexpr const char* what = "pooling cohorts";
    return {detail::checked_add(a.in_scope(), b.in_scope(), what),
            detail::checked_add(a.resumed(), b.resumed(), what)};
}

namespace detail {

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
        const auto larger = [&](const char* figure, Count of_sub, Count of_parent) {
            return std::invalid_argument(
                std::string(Sub::name) + ": " + figure + " (" + detail::grouped(of_sub) +
                ") exceeds that of " + std::string(Parent::name) + " (" +
                detail::grouped(of_parent) + ")");
        };
        if (sub.in_scope() > parent.in_scope()) {
            throw larger("in scope", sub.in_scope(), parent.in_scope());
        }
        if (sub.resumed() > parent.resumed()) {
            throw larger("resumed", sub.resumed(), parent.resumed());
        }
        if (sub.not_resumed() > parent.not_resumed()) {
            throw larger("not resumed", sub.not_resumed(), parent.not_resumed());
        }
        return cohort<complement_of_t<Sub>, Count>{parent.in_scope() - sub.in_scope(),
                                                   parent.resumed() - sub.resumed()};
    }
}

}  // namespace restoration
