// output_value.hpp: production restoration weighted by output value in yuan: the sum of output
// value now over the sum at the baseline, never the mean of the enterprises' own ratios.
//
//   production_by_value p;
//   p.add(0.5e9 * yuan, 1.0e9 * yuan);    // a large plant at half its baseline
//   p.add(1.2e6 * yuan, 1.0e6 * yuan);    // a small one above it
//   p.restoration()                       // 50.1%: weighted by value
//   p.unweighted_mean_of_ratios()         // 85.0%: what averaging the ratios would claim
//
// Both are exact: the sums are sums of the values as written (0.1 + 0.2 yuan is 0.3 yuan, not the
// double 0.30000000000000004), and the mean of ratios is a mean_of_rates, the exact sum of the
// ratios over their number. Both are rates on the basis of output value (basis.hpp).
#pragma once

#include <cmath>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

#include <boost/units/quantity.hpp>

#include <restoration/detail/exact_sums.hpp>
#include <restoration/mean_of_rates.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/rate.hpp>
#include <restoration/units.hpp>

namespace restoration {

using output_value = boost::units::quantity<yuan_unit, double>;

// Output value now and at the baseline, enterprise by enterprise (or good by good), summed.
class production_by_value {
public:
    // Its rates are on the basis of output value (产值, basis.hpp).
    using kind = production_restoration_by<basis::output_value>;

    // One enterprise's output value now and at its baseline; each finite and not negative.
    // Throws std::overflow_error, and keeps nothing of the entry, when a sum would pass what
    // restoration sums exactly (128 bits at the finest exponent of the values).
    void add(output_value now, output_value baseline) {
        check(now.value(), "now");
        check(baseline.value(), "at the baseline");
        detail::decimal_sum sum_now = now_;
        detail::decimal_sum sum_baseline = baseline_;
        if (!sum_now.add(detail::exact_form(now.value()))) {
            refuse_sum(now_, now.value(), "now");
        }
        if (!sum_baseline.add(detail::exact_form(baseline.value()))) {
            refuse_sum(baseline_, baseline.value(), "at the baseline");
        }
        if (sum_now.past_largest_double() || sum_baseline.past_largest_double()) {
            throw std::overflow_error("summing output values: " + sum_now.text() + " now and " +
                                      sum_baseline.text() +
                                      " yuan at the baseline pass the largest double");
        }
        if (baseline.value() == 0) {
            // Its own ratio is undefined; it still counts in the sums.
            ++without_baseline_;
        } else {
            ratios_.emplace_back(now.value(), baseline.value());
        }
        now_ = sum_now;
        baseline_ = sum_baseline;
        ++entries_;
    }

    // Exists only to name the mistake: output values are in yuan, not tonnes or pieces, and
    // a bare number names no unit.
    template <class Now, class Baseline>
    auto add(Now, Baseline) {
        constexpr bool in_yuan = detail::always_false<Now>;
        static_assert(in_yuan, "restoration: production_by_value adds output values in yuan as "
                               "doubles, such as 0.5e9 * yuan, not outputs or other units");
    }

    // The sums, exactly as the values were written, as the double whose shortest form each is:
    // std::overflow_error when a sum has more digits than a double holds, or is past the
    // largest.
    output_value now() const { return detail::exact_double(now_, "output value now") * yuan; }
    output_value baseline() const {
        return detail::exact_double(baseline_, "output value at the baseline") * yuan;
    }
    std::size_t entries() const { return entries_; }

    // Sum now over sum at the baseline: each enterprise weighs by its baseline value.
    rate<kind, double> restoration() const {
        if (baseline_.is_zero()) {
            throw std::domain_error("production by value needs a baseline above zero in total (" +
                                    baseline_.text() + " yuan over " + std::to_string(entries_) +
                                    " entries)");
        }
        return {now().value(), baseline().value()};
    }

    // The mean of the enterprises' own ratios, each weighing the same: named for what it is.
    mean_of_rates<kind> unweighted_mean_of_ratios() const {
        if (without_baseline_ > 0 || entries_ == 0) {
            throw std::domain_error("a mean of ratios needs every entry to have a baseline above "
                                    "zero; " + std::to_string(without_baseline_) + " of " +
                                    std::to_string(entries_) + " have none");
        }
        mean_of_rates<kind> mean;
        for (const auto& ratio : ratios_) {
            mean.add(ratio);
        }
        return mean;
    }

private:
    static void check(double value, const char* when) {
        if (!std::isfinite(value) || value < 0) {
            throw std::invalid_argument(std::string("output value ") + when +
                                        " must be finite and not negative (" +
                                        detail::plain(value) + " yuan)");
        }
    }

    [[noreturn]] [[gnu::cold]] [[gnu::noinline]] static void refuse_sum(
        const detail::decimal_sum& sum, double value, const char* when) {
        throw std::overflow_error(std::string("summing output value ") + when + ": " +
                                  sum.text() + " + " + detail::plain(value) +
                                  " yuan has no exact sum within 128 bits at the finer exponent");
    }

    detail::decimal_sum now_;
    detail::decimal_sum baseline_;
    std::vector<rate<kind, double>> ratios_;  // of the entries with a baseline
    std::size_t entries_ = 0;
    std::size_t without_baseline_ = 0;
};

}  // namespace restoration
