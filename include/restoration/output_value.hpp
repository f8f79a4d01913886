// output_value.hpp: production restoration weighted by output value in yuan: the sum of output
// value now over the sum at the baseline, never the mean of the enterprises' own ratios.
//
//   production_by_value p;
//   p.add(0.5e9 * yuan, 1.0e9 * yuan);    // a large plant at half its baseline
//   p.add(1.2e6 * yuan, 1.0e6 * yuan);    // a small one above it
//   p.restoration()                       // 50.1%: weighted by value
//   p.unweighted_mean_of_ratios()         // 85.0%: what averaging the ratios would claim
#pragma once

#include <cmath>
#include <cstddef>
#include <stdexcept>
#include <string>

#include <boost/units/quantity.hpp>

#include <restoration/detail/text.hpp>
#include <restoration/rate.hpp>
#include <restoration/units.hpp>

namespace restoration {

using output_value = boost::units::quantity<yuan_unit, double>;

// Output value now and at the baseline, enterprise by enterprise (or good by good), summed.
class production_by_value {
public:
    // One enterprise's output value now and at its baseline; each finite and not negative.
    void add(output_value now, output_value baseline) {
        check(now.value(), "now");
        check(baseline.value(), "at the baseline");
        if (baseline.value() == 0) {
            // Its own ratio is undefined; it still counts in the sums.
            ++without_baseline_;
        } else {
            sum_of_ratios_ += now.value() / baseline.value();
        }
        now_ += now.value();
        baseline_ += baseline.value();
        ++entries_;
    }

    output_value now() const { return now_ * yuan; }
    output_value baseline() const { return baseline_ * yuan; }
    std::size_t entries() const { return entries_; }

    // Sum now over sum at the baseline: each enterprise weighs by its baseline value.
    rate<production_restoration, double> restoration() const {
        if (!(baseline_ > 0)) {
            throw std::domain_error("production by value needs a baseline above zero in total (" +
                                    detail::plain(baseline_) + " yuan over " +
                                    std::to_string(entries_) + " entries)");
        }
        return {now_, baseline_};
    }

    // The mean of the enterprises' own ratios, each weighing the same: named for what it is.
    rate<production_restoration, double> unweighted_mean_of_ratios() const {
        if (without_baseline_ > 0 || entries_ == 0) {
            throw std::domain_error("a mean of ratios needs every entry to have a baseline above "
                                    "zero; " + std::to_string(without_baseline_) + " of " +
                                    std::to_string(entries_) + " have none");
        }
        return {sum_of_ratios_, static_cast<double>(entries_)};
    }

private:
    static void check(double value, const char* when) {
        if (!std::isfinite(value) || value < 0) {
            throw std::invalid_argument(std::string("output value ") + when +
                                        " must be finite and not negative (" +
                                        detail::plain(value) + " yuan)");
        }
    }

    double now_ = 0;
    double baseline_ = 0;
    double sum_of_ratios_ = 0;
    std::size_t entries_ = 0;
    std::size_t without_baseline_ = 0;
};

}  // namespace restoration
