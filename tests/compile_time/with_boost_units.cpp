// with_boost_units.cpp: compile-time probe (b): the same work as with_restoration.cpp, written by
// hand over raw Boost.Units quantities, with the standard headers restoration uses.
#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cmath>
#include <compare>
#include <concepts>
#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <limits>
#include <map>
#include <ranges>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <boost/units/base_dimension.hpp>
#include <boost/units/base_unit.hpp>
#include <boost/units/base_units/metric/day.hpp>
#include <boost/units/base_units/metric/ton.hpp>
#include <boost/units/io.hpp>
#include <boost/units/quantity.hpp>
#include <boost/units/systems/si/mass.hpp>

namespace bu = boost::units;
using namespace std::chrono;

struct piece_dimension_tag : bu::base_dimension<piece_dimension_tag, 7401> {};
struct piece_unit_tag : bu::base_unit<piece_unit_tag, piece_dimension_tag::dimension_type, 7402> {
    static constexpr const char* name() { return "piece"; }
    static constexpr const char* symbol() { return "pcs"; }
};
using tonne_unit = bu::metric::ton_base_unit::unit_type;
using day_unit = bu::metric::day_base_unit::unit_type;

// Percent of a ratio to some decimals, half up or truncated, in integers.
std::string percent(std::int64_t part, std::int64_t whole, int decimals, bool half_up) {
    std::int64_t scale = 100;
    for (int i = 0; i < decimals; ++i) {
        scale *= 10;
    }
    std::int64_t kept = part * scale / whole;
    const std::int64_t left = part * scale % whole;
    if (half_up && 2 * left >= whole) {
        ++kept;
    }
    std::string text = std::to_string(kept);
    if (decimals > 0) {
        text.insert(text.size() - static_cast<std::size_t>(decimals), ".");
    }
    return text + "%";
}

int main() {
    const std::int64_t all_in = 7'681, all_resumed = 6'480, large_in = 1'331, large_resumed = 1'265;
    const std::int64_t small_in = all_in - large_in, small_resumed = all_resumed - large_resumed;
    std::string report = percent(all_resumed, all_in, 1, false) + " " +
                         percent(small_resumed, small_in, 1, true) + " " +
                         percent(large_resumed * small_in - small_resumed * large_in,
                                 large_in * small_in, 1, true);

    const bu::quantity<tonne_unit> d = 1'529.0 * tonne_unit{};
    const bu::quantity<bu::si::mass> kg(d);
    const auto masks = 28.92e6 * piece_unit_tag::unit_type{};
    const auto per_day = masks / (55.0 * day_unit{});
    report += " " + std::to_string(kg.value()) + " " + std::to_string(per_day.value());

    const sys_days first{2022y / April / 18};
    const sys_days last{2022y / May / 5};
    const std::int64_t days = (last - first).count();
    const std::int64_t change = 1'265 - 930;
    report += " " + std::to_string((66 * days + change - 1) / change);

    std::array<bool, 5> fits{};
    const std::int64_t scaled = all_resumed * 1000;
    const std::int64_t kept = scaled / all_in;
    const std::int64_t left = scaled % all_in;
    fits[3] = kept == 843;
    fits[0] = kept + (2 * left >= all_in ? 1 : 0) == 843;
    report += fits[3] ? " fits" : " misses";
    report += " " + std::to_string((843 * 2 - 1) * all_in / 2000 + 1);

    const std::vector<std::pair<std::string, std::array<std::int64_t, 2>>> city{
        {"North", {10, 9}}, {"South", {1'000, 300}}};
    double mean = 0;
    for (const auto& [label, c] : city) {
        mean += static_cast<double>(c[1]) / static_cast<double>(c[0]);
    }
    report += " " + std::to_string(100 * mean / static_cast<double>(city.size()));

    report += " " + percent(large_resumed, large_in - 21, 1, true);
    report += " " + std::to_string(0.5e9 / 1.0e9);
    report += " " + percent(248'000, 300'000, 1, true);

    struct record {
        std::string_view region;
        bool resumed;
    };
    const std::vector<record> records{{"North", true}};
    std::map<std::string_view, std::array<std::int64_t, 2>, std::less<>> groups;
    for (const record& r : records) {
        auto& g = groups[r.region];
        ++g[0];
        g[1] += r.resumed ? 1 : 0;
    }
    report += " " + std::to_string(groups.size()) + " " + bu::symbol_string(tonne_unit{});
    std::puts(report.c_str());
}
