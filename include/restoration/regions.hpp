// regions.hpp: cohorts of one scope under region labels known at run time (districts of a city),
// pooled through their counts; the mean of their rates only under its own name, with its gap.
//
//   regions<industrial> city{"City A"};
//   city.add("North", {10, 9});
//   city.add("South", {1'000, 300});
//   city.pooled().work_rate()           // 309/1,010: 30.6%
//   city.unweighted_mean_of_rates()     // (90% + 30%) / 2 = 60%, which no enterprise count says
//
// The mean is a mean_of_rates<work_resumption> (mean_of_rates.hpp): exactly the sum of the
// regions' rates over their number, as their counts say, never a sum of doubles.
#pragma once

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <span>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include <restoration/cohort.hpp>
#include <restoration/mean_of_rates.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/rate.hpp>

namespace restoration {

template <class Scope, class Count = std::int64_t>
struct region {
    std::string label;
    cohort<Scope, Count> counts;
};

// What a set of regions is ranked by.
enum class rate_measure {
    pooled,          // the rate of the summed counts
    mean_of_rates,   // the unweighted mean of the regions' rates
};

template <class Scope, class Count = std::int64_t>
class regions {
public:
    explicit regions(std::string name) : name_(std::move(name)) {}

    // A region of the set; its label must be new, and it must have enterprises in scope: with
    // none it has no rate, and the mean of rates and the ranking would fail on it later, far
    // from where it came in.
    void add(std::string label, const cohort<Scope, Count>& counts) {
        const auto same = [&](const region<Scope, Count>& r) { return r.label == label; };
        if (std::ranges::any_of(regions_, same)) {
            throw std::invalid_argument(name_ + " already has a region labelled \"" + label + "\"");
        }
        if (counts.in_scope() == 0) {
            throw std::invalid_argument(
                name_ + ": region \"" + label + "\" has 0 " + std::string(Scope::name) +
                " in scope (" + detail::grouped(counts.resumed()) +
                " resumed): a region with nothing in scope has no rate to average or rank");
        }
        regions_.push_back({std::move(label), counts});
    }

    // Exists only to name the mistake: the regions of a set are of one scope (the districts'
    // industrial enterprises, not one district's enterprises above designated size).
    template <class OtherScope>
    auto add(std::string, const cohort<OtherScope, Count>&) {
        static_assert(std::same_as<OtherScope, Scope>,
                      "restoration: the regions of a set are of one scope; a cohort of another "
                      "scope belongs in a set of its own");
        return detail::refused_operation{};
    }

    const std::string& name() const { return name_; }
    std::span<const region<Scope, Count>> entries() const { return regions_; }

    // The regions' counts added: the city as one cohort.
    cohort<Scope, Count> pooled() const {
        require_regions();
        cohort<Scope, Count> sum{0, 0};
        for (const auto& r : regions_) {
            sum = sum + r.counts;
        }
        return sum;
    }

    // The unweighted mean of the regions' rates: a small district weighs as much as a large one,
    // which is why it is not the pooled rate. Named for what it is, never a default.
    mean_of_rates<work_resumption> unweighted_mean_of_rates() const {
        require_regions();
        mean_of_rates<work_resumption> mean;
        for (const auto& r : regions_) {
            mean.add(r.counts.work_rate());
        }
        return mean;
    }

    // How far the mean of rates stands from the pooled rate, exactly.
    mean_minus_rate<work_resumption> mean_minus_pooled() const {
        return unweighted_mean_of_rates() - pooled().work_rate();
    }

    // The regions from the highest work rate to the lowest (ties keep their order), exactly.
    std::vector<region<Scope, Count>> ranked() const {
        std::vector<region<Scope, Count>> order = regions_;
        std::ranges::stable_sort(order, [](const auto& a, const auto& b) {
            return a.counts.work_rate() > b.counts.work_rate();
        });
        return order;
    }

private:
    void require_regions() const {
        if (regions_.empty()) {
            throw std::domain_error(name_ + " has no regions to pool");
        }
    }

    std::string name_;
    std::vector<region<Scope, Count>> regions_;
};

namespace detail {

template <class T>
inline constexpr bool is_regions = false;
template <class Scope, class Count>
inline constexpr bool is_regions<regions<Scope, Count>> = true;

// What a range of sets hands out. Spelled with <iterator>'s std::ranges::begin and end, not with
// <ranges>' concepts, which would bring in all of its views.
template <class Range>
using iterator_of = decltype(std::ranges::begin(std::declval<Range&>()));
template <class Range>
using reference_of = std::iter_reference_t<iterator_of<Range>>;

// Sets of regions that stay where they are while they are ranked: a std::vector, a std::array,
// a C array, a std::span, or any forward range that hands out references to them.
template <class Range>
concept range_of_regions =
    requires(Range& sets) {
        { std::ranges::begin(sets) } -> std::forward_iterator;
        { std::ranges::end(sets) } -> std::sentinel_for<iterator_of<Range>>;
    } &&
    std::is_lvalue_reference_v<reference_of<Range>> &&
    is_regions<std::remove_cvref_t<reference_of<Range>>>;

}  // namespace detail

// Sets of regions (cities) from the highest rate to the lowest, by the measure named. The two
// measures can rank the same cities in opposite orders.
template <detail::range_of_regions Sets>
std::vector<std::string> rank(Sets&& sets, rate_measure measure) {
    if (measure != rate_measure::pooled && measure != rate_measure::mean_of_rates) {
        throw std::invalid_argument("rate measure " + std::to_string(static_cast<int>(measure)) +
                                    " is neither pooled nor mean_of_rates");
    }
    using set_type = std::remove_cvref_t<detail::reference_of<Sets>>;
    std::vector<const set_type*> order;
    for (const set_type& set : sets) {
        order.push_back(&set);
    }
    // Both measures compare exactly: pooled rates as fractions of counts, means of rates as
    // exact fractions of their regions' counts. Each set's is worked out once, not at each of
    // the sort's comparisons (which pooled every region again: 8 times a hand-written loop).
    const auto names_by = [&](const auto& measures) {
        std::vector<std::size_t> places(order.size());
        for (std::size_t k = 0; k < places.size(); ++k) {
            places[k] = k;
        }
        std::ranges::stable_sort(places, [&](std::size_t a, std::size_t b) {
            return measures[a] > measures[b];
        });
        std::vector<std::string> names;
        for (const std::size_t k : places) {
            names.push_back(order[k]->name());
        }
        return names;
    };
    if (measure == rate_measure::pooled) {
        std::vector<decltype(std::declval<const set_type&>().pooled().work_rate())> rates;
        for (const set_type* set : order) {
            rates.push_back(set->pooled().work_rate());
        }
        return names_by(rates);
    }
    std::vector<decltype(std::declval<const set_type&>().unweighted_mean_of_rates())> means;
    for (const set_type* set : order) {
        means.push_back(set->unweighted_mean_of_rates());
    }
    return names_by(means);
}

}  // namespace restoration
