// with_restoration.cpp: compile-time probe (a): every concept of restoration, used once.
#include <restoration/restoration.hpp>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

using namespace restoration;
using namespace std::chrono;

int main() {
    const cohort<industrial> all{7'681, 6'480};
    const cohort<above_designated_size> large{1'331, 1'265};
    const auto small = all - large;
    std::string report = percent(all.work_rate(), 1, rounding::toward_zero) + " " +
                         percent(small.work_rate(), 1, rounding::half_up) + " " +
                         points(large.work_rate() - small.work_rate(), 1, rounding::half_up);

    const output<disinfectant> d = 1'529.0 * tonnes;
    const output<face_mask> masks = 28.92e6 * pieces;
    report += " " + figure(d.in(kilograms), 0, rounding::half_up) + " " +
              figure((masks / (55.0 * restoration::days)).per_day(), 0, rounding::half_up);

    series<above_designated_size> s;
    s.add(2022y / April / 18, {1'331, 930});
    s.add(2022y / May / 5, {1'331, 1'265});
    report += " " + std::to_string(s.full_resumption().days);

    const percent_check check = check_printed(read_figure("84.3%").as_percent(), all.work_rate());
    report += check.fits(rounding::toward_zero) ? " fits" : " misses";
    report += " " + std::to_string(fitting_numerators(84.3_percent, 7'681, rounding::half_up).counts.low);

    regions<industrial> city{"City"};
    city.add("North", {10, 9});
    city.add("South", {1'000, 300});
    report += " " + percent(city.unweighted_mean_of_rates(), 1, rounding::half_up);

    const adjusted_cohort<above_designated_size> adjusted{large, {{exclusion::seasonal_stoppage, 21}}};
    report += " " + percent(adjusted, rate_basis::adjusted, 1, rounding::half_up);

    production_by_value value;
    value.add(0.5e9 * yuan, 1.0e9 * yuan);
    report += " " + percent(value.restoration(), 1, rounding::half_up);
    report += " " + percent(staff_return_rate(248'000 * persons, 300'000 * persons), 1,
                            rounding::half_up);

    const std::vector<enterprise_record> records{
        {"North", "food", size_class::below_designated_size, true, 10, 1.0, 2.0}};
    const auto groups = aggregate<industrial>(records, [](const enterprise_record& r) { return r.region; });
    report += " " + std::to_string(groups.size());
    std::puts(report.c_str());
}
