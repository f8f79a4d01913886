// districts.cpp: why rates pool through counts. Made-up districts (not real figures) where the
// mean of district rates ranks two cities the opposite way from their pooled rates, and made-up
// enterprises whose production rate weighted by output value differs from the mean of ratios.
#include <restoration/restoration.hpp>

#include <iomanip>
#include <iostream>
#include <string>
#include <vector>

using namespace restoration;

namespace {

void print_city(const regions<industrial>& city) {
    std::cout << city.name() << "\n";
    for (const auto& district : city.entries()) {
        std::cout << "  " << std::left << std::setw(10) << district.label << std::right
                  << std::setw(6) << figure(district.counts.resumed()) << " of " << std::setw(6)
                  << figure(district.counts.in_scope()) << std::setw(8)
                  << percent(district.counts.work_rate(), 1, rounding::half_up) << "\n";
    }
    const auto pooled = city.pooled();
    std::cout << "  " << std::left << std::setw(10) << "pooled" << std::right << std::setw(6)
              << figure(pooled.resumed()) << " of " << std::setw(6) << figure(pooled.in_scope())
              << std::setw(8) << percent(pooled.work_rate(), 1, rounding::half_up) << "\n"
              << "  mean of the district rates: "
              << percent(city.unweighted_mean_of_rates(), 1, rounding::half_up) << " ("
              << points(city.mean_minus_pooled(), 1, rounding::half_up)
              << " from the pooled rate)\n";
}

std::string listed(const std::vector<std::string>& names) {
    std::string text;
    for (const std::string& name : names) {
        text += (text.empty() ? "" : ", ") + name;
    }
    return text;
}

}  // namespace

int main() {
    std::cout << "Made-up figures, to show the arithmetic; no real city or district.\n\n";

    regions<industrial> a{"City A"};
    a.add("A-North", {10, 9});       // a tiny district, nearly all back
    a.add("A-South", {1'000, 300});  // a large one, mostly not
    regions<industrial> b{"City B"};
    b.add("B-East", {100, 50});
    b.add("B-West", {100, 50});
    const std::vector<regions<industrial>> cities{a, b};
    for (const auto& city : cities) {
        print_city(city);
    }
    std::cout << "\nRanked by pooled rate:            "
              << listed(rank(cities, rate_measure::pooled)) << "\n"
              << "Ranked by mean of district rates: "
              << listed(rank(cities, rate_measure::mean_of_rates)) << "\n"
              << "The mean lets 10 enterprises in A-North weigh as much as 1,000 in A-South.\n\n";

    struct enterprise {
        std::string name;
        output_value now;
        output_value baseline;
    };
    const enterprise plants[] = {
        {"a large plant", 0.5e9 * yuan, 1.0e9 * yuan},
        {"a small plant", 1.2e6 * yuan, 1.0e6 * yuan},
        {"a workshop", 0.9e6 * yuan, 0.6e6 * yuan},
    };
    production_by_value production;
    std::cout << "Production restoration of made-up enterprises, by output value (yuan)\n";
    for (const enterprise& e : plants) {
        production.add(e.now, e.baseline);
        const rate<production_restoration_by<basis::output_value>, double> own{
            e.now.value(), e.baseline.value()};
        std::cout << "  " << std::left << std::setw(15) << e.name << std::right << std::setw(16)
                  << figure(e.now.value(), 0, rounding::half_up) << " now of" << std::setw(16)
                  << figure(e.baseline.value(), 0, rounding::half_up) << std::setw(8)
                  << percent(own, 1, rounding::half_up)
                  << "\n";
    }
    std::cout << "  weighted by value (sum now / sum at baseline): "
              << percent(production.restoration(), 1, rounding::half_up) << "\n"
              << "  mean of the enterprises' own ratios:           "
              << percent(production.unweighted_mean_of_ratios(), 1, rounding::half_up) << "\n";
}
