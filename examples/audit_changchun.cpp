// audit_changchun.cpp: audits the figures of the Changchun bulletin of 2022-05-11 as printed:
// which rounding rules each printed rate fits, which counts would fit it, and which figures
// cannot be checked. Given a path to a text file, it audits the figures it finds there instead.
#include <restoration/restoration.hpp>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace restoration;

namespace {

// "half up, half even and toward zero"
std::string listed(const std::vector<std::string>& items) {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        text += i == 0 ? "" : (i + 1 == items.size() ? " and " : ", ");
        text += items[i];
    }
    return text;
}

std::string change_in(count_range change, std::string_view fewer, std::string_view more) {
    const auto amount = [](std::int64_t a, std::int64_t b) {
        return a == b ? figure(a) : figure(a) + " to " + figure(b);
    };
    if (change.high < 0) {
        return amount(-change.high, -change.low) + " " + std::string(fewer);
    }
    if (change.low > 0) {
        return change.bounded() ? amount(change.low, change.high) + " " + std::string(more)
                                : figure(change.low) + " or more " + std::string(more);
    }
    return "a change of " + figure(change.low) + " to " + figure(change.high);
}

// What a figure with a decimal comma was read as: "28.92 million (28,920,000)".
std::string read_as(const printed_figure& f) {
    std::string text = to_string(f.number);
    if (!f.scale_word.empty()) {
        text += " " + f.scale_word;
    }
    if (f.exponent != 0 && f.exponent >= f.number.decimals) {
        text += " (" + figure(f.count()) + ")";
    }
    return text;
}

// What kind of figure was found: "percentage", "percentage points", "tenths" (九成), "count",
// "scale: million", "unit: tons".
std::string kind_of(const printed_figure& f) {
    if (f.points) {
        return "percentage points";
    }
    if (f.percent) {
        return f.exponent == 1 ? "tenths" : "percentage";
    }
    if (!f.unit.empty()) {
        return "unit: " + f.unit;
    }
    if (!f.scale_word.empty()) {
        return "scale: " + f.scale_word;
    }
    return f.number.decimals == 0 ? "count" : "number";
}

std::string rule_name(rounding rule) {
    return std::string(to_string(rule)) + (rule == rounding::toward_zero ? " (truncation)" : "");
}

// The verdict on one printed percentage and its counts, rule by rule, and what would fit.
void audit_rate(std::string_view label, const printed_figure& printed, std::int64_t resumed,
                std::int64_t in_scope) {
    const printed_percent claimed = printed.as_percent();
    const rate<work_resumption> counts{resumed, in_scope};
    const percent_check check = check_printed(claimed, counts);
    std::cout << label << ": \"" << printed.text << "\" printed for " << figure(resumed) << " of "
              << figure(in_scope) << " (" << percent(counts, 3, rounding::half_even) << ")\n";

    std::vector<std::string> fits;
    std::vector<std::string> misses;
    for (const rule_verdict& verdict : check.verdicts()) {
        std::cout << "  " << std::left << std::setw(16) << to_string(verdict.rule) << std::right
                  << std::setw(8) << to_string(verdict.result) + "%"
                  << (verdict.fits ? "   fits" : "") << "\n";
        (verdict.fits ? fits : misses)
            .push_back(rule_name(verdict.rule) +
                       (verdict.fits ? "" : " (" + to_string(verdict.result) + "%)"));
    }
    if (check.fits_all()) {
        std::cout << "  Fits every rule.\n";
    } else if (fits.empty()) {
        std::cout << "  Fits no rule.\n";
    } else if (fits.size() == 1) {
        std::cout << "  Fits " << fits.front() << " only.\n";
    } else {
        std::cout << "  Fits every rule but " << listed(misses) << ".\n";
    }

    if (!check.fits(rounding::half_up)) {
        const fitting_counts numerators =
            fitting_numerators(claimed, in_scope, rounding::half_up);
        const fitting_change change =
            fitting_changes(claimed, resumed, in_scope, rounding::half_up);
        std::cout << "  Half up, \"" << printed.text << "\" of " << figure(in_scope)
                  << " in scope fits " << figure(numerators.counts.low) << " to "
                  << figure(numerators.counts.high) << " resumed ("
                  << change_in(change.numerator, "fewer", "more") << ");\n"
                  << "  with " << figure(resumed) << " resumed it needs "
                  << change_in(change.denominator, "fewer", "more") << " in scope"
                  << (change.denominator.low > 0 ? "; leaving enterprises out cannot make it fit"
                                                 : "")
                  << ".\n";
        if (!numerators.discriminating) {
            const int decimals = claimed.figure.decimals;
            std::cout << "  With " << figure(in_scope) << " in scope, every percentage to "
                      << decimals << (decimals == 1 ? " decimal" : " decimals")
                      << " is some count's rate:\n  that some count fits proves nothing; the "
                         "verdicts above, from both counts, do.\n";
        }
    }
    std::cout << "\n";
}

// The bulletin's figures exactly as printed, read back with the reader.
int audit_bulletin() {
    const printed_figure all_in_scope = read_figure("7,681");
    const printed_figure all_resumed = read_figure("6,480");
    const printed_figure all_rate = read_figure("84.3%");
    const printed_figure large_in_scope = read_figure("1,331");
    const printed_figure large_resumed = read_figure("1,265");
    const printed_figure large_rate = read_figure("95%");
    const printed_figure large_not_resumed = read_figure("66");
    const printed_figure production = read_figure("72.7%");
    const printed_figure staff = read_figure("248,000");
    const printed_figure vehicles = read_figure("57,000 vehicle-times");
    const printed_figure masks = read_figure("28,92 million");
    const printed_figure suits = read_figure("470,000");
    const printed_figure disinfectant_tons = read_figure("1,529 tons");
    const printed_figure tubes = read_figure("4.76 million");

    std::cout << "Audit of the Changchun bulletin of 2022-05-11 (figures as of 2022-05-05)\n\n";

    const cohort<industrial> all{all_in_scope.count(), all_resumed.count()};
    const cohort<above_designated_size> large{large_in_scope.count(), large_resumed.count()};
    audit_rate("Industrial enterprises", all_rate, all.resumed(), all.in_scope());
    audit_rate("Above designated size", large_rate, large.resumed(), large.in_scope());

    std::cout << "Not resumed above designated size: \"" << large_not_resumed.text << "\" printed; "
              << figure(large.in_scope()) << " - " << figure(large.resumed()) << " = "
              << figure(large.not_resumed())
              << (large.not_resumed() == large_not_resumed.count() ? ": agrees" : ": differs")
              << ".\n";
    const auto small = all - large;
    std::cout << "Below designated size (derived, not printed): " << figure(small.resumed())
              << " of " << figure(small.in_scope()) << " resumed, "
              << percent(small.work_rate(), 3, rounding::half_even) << " ("
              << percent(small.work_rate(), 1, rounding::half_up) << " half up).\n\n";

    std::cout << "Flagged\n";
    for (const printed_figure* f : {&masks, &suits, &disinfectant_tons, &tubes}) {
        if (f->decimal_comma) {
            std::cout << "  \"" << f->text << "\": a decimal comma, read as " << read_as(*f)
                      << "\n";
        }
    }

    std::cout << "\nCannot be checked\n"
              << "  \"" << production.text
              << "\" production restoration: no baseline, counts or basis are given.\n"
              << "  \"" << staff.text
              << "\" staff returned: no headcount before the shutdown is given.\n"
              << "  \"" << vehicles.text << "\", and the output totals (\"" << masks.text
              << "\" masks, \"" << suits.text << "\" suits,\n    \"" << disinfectant_tons.text
              << "\" of disinfectant, \"" << tubes.text
              << "\" tubes): no baseline or period is given.\n";
    return 0;
}

// The figures found in any text, and the checks its figures allow: a percentage against the two
// plain counts printed before it (since the previous percentage), and a count that equals the
// difference of the last pair.
int audit_text(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        std::cerr << "cannot open " << path << "\n";
        return 1;
    }
    const std::string text{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    const found_figures found = find_figures(text);

    std::cout << "Figures found: " << found.figures.size() << "\n";
    for (const printed_figure& f : found.figures) {
        std::cout << "  at " << std::setw(5) << f.position << "  " << std::left << std::setw(28)
                  << "\"" + f.text + "\"" << std::right << kind_of(f)
                  << (f.claim != qualifier::none ? ", " + std::string(to_string(f.claim)) : "")
                  << (f.decimal_comma ? ", decimal comma (flagged)" : "") << "\n";
    }
    std::cout << "Passed over: " << found.passed.size() << "\n";
    for (const passed_over& p : found.passed) {
        std::cout << "  at " << std::setw(5) << p.position << "  \"" << p.text << "\": " << p.reason
                  << "\n";
    }
    std::cout << "\n";

    std::vector<std::int64_t> counts;  // plain counts since the last percentage
    std::optional<std::pair<std::int64_t, std::int64_t>> last_pair;
    for (const printed_figure& f : found.figures) {
        if (f.percent) {
            if (counts.size() >= 2) {
                const std::int64_t a = counts[counts.size() - 2];
                const std::int64_t b = counts.back();
                const std::int64_t resumed = std::min(a, b);
                const std::int64_t in_scope = std::max(a, b);
                audit_rate("At " + std::to_string(f.position), f, resumed, in_scope);
                last_pair = {resumed, in_scope};
            } else {
                std::cout << "At " << f.position << ": \"" << f.text
                          << "\" has no counts of its own before it: cannot be checked.\n\n";
            }
            counts.clear();
            continue;
        }
        if (!f.unit.empty() || f.exponent != 0 || f.number.decimals != 0) {
            continue;  // a quantity, not a count of enterprises
        }
        const std::int64_t count = f.count();
        if (last_pair && count == last_pair->second - last_pair->first) {
            std::cout << "At " << f.position << ": \"" << f.text << "\" equals "
                      << figure(last_pair->second) << " - " << figure(last_pair->first)
                      << ".\n\n";
        }
        counts.push_back(count);
    }
    for (const printed_figure& f : found.figures) {
        if (f.decimal_comma) {
            std::cout << "Flagged at " << f.position << ": \"" << f.text
                      << "\" has a decimal comma, read as " << read_as(f) << ".\n";
        }
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return argc > 1 ? audit_text(argv[1]) : audit_bulletin();
    } catch (const std::exception& error) {
        std::cerr << "audit_changchun: " << error.what() << "\n";
        return 1;
    }
}
