// production_bulletins.cpp: what bulletins print beside counts of enterprises, in the types that
// keep it straight. Ningde (2020-02-29): a restoration rate on a named basis, electricity use,
// and a share of output value. Xi'an (2021, printed 2022-01-24): growth, and a change in
// points. Changchun (2022-05-05): outputs cumulative since the outbreak. The figures are those
// of ../shared/bulletins/ (corpus/ningde-2020-03-03.md, corpus/xian-xianyang-2022-01-24.md,
// changchun-2022-05-11.txt); everything else printed is computed from them.
#include <restoration/restoration.hpp>

#include <chrono>
#include <iostream>
#include <string>

using namespace restoration;
using namespace std::chrono;

namespace {

std::string rules_that_fit(const percent_check& check) {
    std::string fit;
    for (const rounding rule : all_rounding_rules) {
        if (check.fits(rule)) {
            fit += (fit.empty() ? "" : ", ") + std::string(to_string(rule));
        }
    }
    return fit.empty() ? "none" : fit;
}

void ningde() {
    std::cout << "Ningde, as of 2020-02-29\n";
    // 全市1081家规上工业企业中,已复工企业达1010家,复工率为93.4%
    const cohort<above_designated_size> large{1'081, 1'010};
    std::cout << "  work resumption: " << figure(large.resumed()) << " of "
              << figure(large.in_scope()) << ", " << percent(large.work_rate(), 3, rounding::half_up)
              << "; printed 93.4% fits " << rules_that_fit(check_printed(93.4_percent, large.work_rate()))
              << "\n";

    // 全市规模以上工业企业日用电量恢复率达72.7%: a rate on the basis of electricity use.
    const rate<production_restoration_by<basis::electricity_use>> electricity{72.7_percent};
    std::cout << "  " << production_restoration_by<basis::electricity_use>::name << ": "
              << percent(electricity, 1, rounding::half_up) << "\n"
              << "    Changchun's 72.7% states no basis; comparing the two does not compile.\n";

    // 已复工的1010家规上工业企业,2019年产值约3320亿元,占全市的99.1%: a share of output value, of
    // the city's. The city's total is not printed; in 亿 yuan, these totals give 99.1% of 3,320.
    const std::int64_t resumed_value_yi = 3'320;
    for (const rounding rule : {rounding::half_up, rounding::toward_zero}) {
        const count_range city = fitting_denominators(99.1_percent, resumed_value_yi, rule).counts;
        const auto share = share_of_value(resumed_value_yi * 1e8 * yuan,
                                          static_cast<double>(city.low) * 1e8 * yuan);
        std::cout << "  " << share_of<whole::in_scope, by_value>::name << ": "
                  << figure(static_cast<double>(resumed_value_yi) * 1e8, scale::yi, 0,
                            rounding::half_up)
                  << " yuan of a city total of " << city.low << "亿 to " << city.high << "亿 ("
                  << to_string(rule) << "); at " << city.low << "亿, "
                  << percent(share, 2, rounding::half_up) << "\n";
    }
    std::cout << "    (约3320亿 is itself rounded: the totals widen with it.)\n\n";
}

void xian() {
    std::cout << "Shaanxi, 2021 (Xi'an bulletin of 2022-01-24)\n";
    // 2021年全省工业增加值增速达到7.6%,高于前三季度0.4个百分点
    const growth<year_on_year> year{7.6_percent};
    const growth<year_on_year> three_quarters{7.2_percent};  // 7.6% less 0.4 points, as printed
    std::cout << "  industrial value added, year on year: " << percent(year, 1, rounding::half_up)
              << "; the first three quarters: " << percent(three_quarters, 1, rounding::half_up)
              << " (not printed: 0.4 points below)\n"
              << "  the change: " << points(year - three_quarters, 1, rounding::half_up) << "\n";
    const growth_change_check change = check_change(decimal{4, 1}, year, three_quarters);
    const growth_change_verdict& half_up = change.under(rounding::half_up);
    std::cout << "  printed 0.4 points, half up: the difference of the printed growths is "
              << to_string(half_up.difference_of_rounded) << ", "
              << (half_up.fits_as_difference ? "which fits" : "which does not fit") << "\n";
    // Each printed growth stands for an interval, and the exact change can be anywhere between
    // the ends of the two: here, figures at the ends that print as 7.6% and 7.2% half up.
    const growth<year_on_year> year_low{107'550, 100'000};
    const growth<year_on_year> year_high{107'649, 100'000};
    const growth<year_on_year> quarters_low{107'150, 100'000};
    const growth<year_on_year> quarters_high{107'249, 100'000};
    std::cout << "  exactly: " << percent(year_low, 3, rounding::half_up) << " against "
              << percent(quarters_high, 3, rounding::half_up) << " (printed "
              << percent(year_low, 1, rounding::half_up) << ", "
              << percent(quarters_high, 1, rounding::half_up) << ") is "
              << points(year_low - quarters_high, 3, rounding::half_up) << ";\n           "
              << percent(year_high, 3, rounding::half_up) << " against "
              << percent(quarters_low, 3, rounding::half_up) << " (printed "
              << percent(year_high, 1, rounding::half_up) << ", "
              << percent(quarters_low, 1, rounding::half_up) << ") is "
              << points(year_high - quarters_low, 3, rounding::half_up) << "\n";
    // Growth and restoration are one fact: up 7.6% is 107.6% of the year before.
    std::cout << "  as restoration against 2020: "
              << percent(restoration_of(year), 1, rounding::half_up) << "\n\n";
}

void changchun() {
    std::cout << "Changchun, outputs since the outbreak, as of 2022-05-05\n";
    // Since the onset of the recent outbreak: the bulletin gives no date; assumed here, closed
    // management of the city, 2022-03-11. Both days count: 56 days.
    const period outbreak = period::since(2022y / March / 11, 2022y / May / 5);
    const over_period<output<face_mask>> masks{28.92e6 * pieces, outbreak};
    const over_period<output<disinfectant>> disinfection{1'529.0 * tonnes, outbreak};
    std::cout << "  " << to_string(outbreak) << ", " << outbreak.length().count() << " days\n"
              << "  " << to_string(masks) << ": "
              << figure(masks.per_day().per_day(), 0, rounding::half_up) << " a day\n"
              << "  " << to_string(disinfection) << ": "
              << figure(disinfection.per_day().per_day(), 1, rounding::half_up) << " t a day\n";
    // The 72.7% "production restoration rate" states no basis.
    const rate<production_restoration> production{72.7_percent};
    std::cout << "  " << production_restoration::name << ", basis unstated: "
              << percent(production, 1, rounding::half_up) << "\n";
}

}  // namespace

int main() {
    ningde();
    xian();
    changchun();
}
