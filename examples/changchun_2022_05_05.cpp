// changchun_2022_05_05.cpp: the Changchun bulletin of 2022-05-11 (figures as of 2022-05-05),
// stated in restoration's types; every figure below is computed from the inputs stated here.
#include <restoration/restoration.hpp>

#include <chrono>
#include <iomanip>
#include <iostream>
#include <string>
#include <string_view>

using namespace restoration;

namespace {

// One line of the cohort table: counts, and the exact rate to three decimals.
template <class Scope>
void print_cohort(std::string_view label, const cohort<Scope>& c) {
    std::cout << "  " << std::left << std::setw(34) << label << std::right << std::setw(9)
              << figure(c.in_scope()) << std::setw(9) << figure(c.resumed()) << std::setw(13)
              << figure(c.not_resumed()) << std::setw(11)
              << percent(c.work_rate(), 3, rounding::half_even) << "\n";
}

// What each rounding rule makes of the counts, and which rules reproduce the printed rate.
template <class Scope>
void check_printed(std::string_view label, const cohort<Scope>& c, printed_percent printed) {
    const int decimals = printed.figure.decimals;
    std::cout << "  " << label << ": printed " << to_string(printed.figure) << "%, counts give "
              << percent(c.work_rate(), 3, rounding::half_even) << "\n";
    std::string fits;
    std::string misses;
    for (rounding rule : all_rounding_rules) {
        const bool fit = rounded_percent(c.work_rate(), decimals, rule) == printed.figure;
        std::string& list = fit ? fits : misses;
        list += (list.empty() ? "" : ", ") + std::string(to_string(rule));
        if (!fit) {
            list += " (" + percent(c.work_rate(), decimals, rule) + ")";
        }
    }
    std::cout << "    printed by: " << (fits.empty() ? "no rule" : fits) << "\n";
    if (!misses.empty()) {
        std::cout << "    not by:     " << misses << "\n";
    }
}

}  // namespace

int main() {
    using namespace std::chrono;

    // Work resumption, by count of enterprises.
    const cohort<industrial> all{7'681, 6'480};
    const cohort<above_designated_size> large{1'331, 1'265};
    const cohort<pharmaceutical_above_designated_size> pharmaceutical{56, 56};
    const cohort<specialized_innovative> specialized{95, 95};
    const auto small = all - large;  // below designated size: not printed, derived

    // Rates as the bulletin printed them.
    const auto printed_all = 84.3_percent;
    const auto printed_large = 95_percent;
    const rate<production_restoration> production{72.7_percent};

    // Counts of people and vehicles.
    const auto staff_returned = 248'000 * persons;
    const auto vehicle_passes = 57'000 * vehicle_passages;

    // Cumulative output of the guaranteed-production enterprises since the outbreak.
    const output<face_mask> masks = 28.92e6 * pieces;  // printed "28,92 million"
    const output<protective_suit> suits = 470'000.0 * pieces;
    const output<disinfectant> disinfection = 1'529.0 * tonnes;
    const output<test_kit_tube> tubes = 4.76e6 * pieces;

    // The bulletin states no start for that output. Assumed here: closed management of the city
    // (2022-03-11), to the date of the figures (2022-05-05), both days counted.
    const period outbreak = period::since(2022y / March / 11, 2022y / May / 5);

    std::cout << "Changchun: industry back at work, as of 2022-05-05\n"
              << "(city government bulletin of 2022-05-11)\n\n";

    std::cout << "Work resumption by count of enterprises\n"
              << "  " << std::left << std::setw(34) << "cohort" << std::right << std::setw(9)
              << "in scope" << std::setw(9) << "resumed" << std::setw(13) << "not resumed"
              << std::setw(11) << "rate" << "\n";
    print_cohort("industrial enterprises", all);
    print_cohort("above designated size", large);
    print_cohort("below designated size (derived)", small);
    print_cohort("pharmaceutical, above desig. size", pharmaceutical);
    print_cohort("specialized and innovative", specialized);
    std::cout << "  Above designated size leads below it by "
              << points(large.work_rate() - small.work_rate(), 1, rounding::half_up) << ".\n";
    std::cout << "  Pharmaceutical and specialized enterprises: "
              << (pharmaceutical.all_resumed() && specialized.all_resumed() ? "all resumed"
                                                                            : "not all resumed")
              << ".\n\n";

    std::cout << "Printed rates against their counts\n";
    check_printed("industrial enterprises", all, printed_all);
    check_printed("above designated size", large, printed_large);
    std::cout << "  below designated size (not printed): "
              << percent(small.work_rate(), 1, rounding::half_up) << " half up\n\n";

    std::cout << "Production restoration\n"
              << "  " << percent(production, 1, rounding::half_up)
              << " as printed; the bulletin does not say against which baseline\n"
              << "  (capacity, output value or electricity use), so it cannot be checked.\n\n";

    std::cout << "People and vehicles\n"
              << "  staff returned to work:           " << figure(staff_returned) << "\n"
              << "  passes for guaranteed production: " << figure(vehicle_passes) << "\n\n";

    const auto per_day = [&](const auto& total) {
        return over_period{total, outbreak}.per_day();
    };
    std::cout << "Output since the outbreak, and per day over an assumed "
              << outbreak.length().count() << " days\n"
              << "  (" << to_string(outbreak)
              << "; closed management, as the bulletin gives no start)\n"
              << "  face masks        " << std::setw(14)
              << figure(masks.value(), scale::million, 2, rounding::half_up) << std::setw(12)
              << figure(per_day(masks).per_day(), 0, rounding::half_up)
              << " a day  (printed \"28,92 million\", a decimal comma)\n"
              << "  protective suits  " << std::setw(14)
              << figure(suits.value(), 0, rounding::half_up) << std::setw(12)
              << figure(per_day(suits).per_day(), 0, rounding::half_up) << " a day\n"
              << "  disinfectant      " << std::setw(14)
              << figure(disinfection, 0, rounding::half_up) << std::setw(12)
              << figure(per_day(disinfection).per_day(), 1, rounding::half_up) + " t"
              << " a day  (" << figure(disinfection.in(kilograms), 0, rounding::half_up)
              << ")\n"
              << "  test kit tubes    " << std::setw(14)
              << figure(tubes.value(), scale::million, 2, rounding::half_up) << std::setw(12)
              << figure(per_day(tubes).per_day(), 0, rounding::half_up) << " a day\n";
}
