// audit_format.hpp: the answers of the audit as text: a range of counts, and a printed
// percentage with each rounding rule's verdict.
//
//   to_string(fitting_numerators(84.3_percent, 7'681, rounding::half_up).counts)
//       // "6,472 to 6,478"
//   to_string(check_printed(84.3_percent, 6'480, 7'681))
//       // "84.3%: fits toward zero; not half up (84.4%), half even (84.4%), half down (84.4%),
//       //  away from zero (84.4%)"
//   to_string(check, all.work_rate())   // "84.3% against 6,480/7,681: fits toward zero; ..."
#pragma once

#include <stdexcept>
#include <string>

#include <restoration/audit.hpp>
#include <restoration/decimal.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/format.hpp>
#include <restoration/rate.hpp>
#include <restoration/rounding.hpp>

namespace restoration {

// "6,472 to 6,478", "6,472" when it is one count, "6,472 or more" when no count is too large,
// "none" when it is empty.
inline std::string to_string(count_range range) {
    if (range.empty()) {
        return "none";
    }
    if (!range.bounded()) {
        return detail::grouped(range.low) + " or more";
    }
    if (range.low == range.high) {
        return detail::grouped(range.low);
    }
    return detail::grouped(range.low) + " to " + detail::grouped(range.high);
}

// "84.3%: fits toward zero; not half up (84.4%), ...", each rule that does not fit with what it
// gives. A check keeps the printed figure and the exact quotient, not the counts, so the counts
// are the caller's to print beside it.
inline std::string to_string(const percent_check& check) {
    std::string fits;
    std::string not_fits;
    for (const rule_verdict& verdict : check.verdicts()) {
        std::string& list = verdict.fits ? fits : not_fits;
        list += (list.empty() ? "" : ", ") + std::string(to_string(verdict.rule));
        if (!verdict.fits) {
            list += " (" + to_string(verdict.result) + "%)";
        }
    }
    return to_string(check.printed().figure) + "%: fits " + (fits.empty() ? "no rule" : fits) +
           (not_fits.empty() ? "" : "; not " + not_fits);
}

// The same with the figures the check was made from: "84.3% against 6,480/7,681: fits toward
// zero; not half up (84.4%), ...". Figures whose verdicts differ from the check's are refused,
// so that the text never says of them what they do not give.
template <class Kind, class Rep>
std::string to_string(const percent_check& check, const rate<Kind, Rep>& figures) {
    const percent_check of_figures = check_printed(check.printed(), figures);
    for (const rounding rule : all_rounding_rules) {
        if (of_figures.verdict(rule).result != check.verdict(rule).result) {
            throw std::invalid_argument("the check of " + to_string(check.printed().figure) +
                                        "% was not made from " + to_string(figures) + ", which " +
                                        std::string(to_string(rule)) + " rounds to " +
                                        to_string(of_figures.verdict(rule).result) + "%, not " +
                                        to_string(check.verdict(rule).result) + "%");
        }
    }
    const std::string text = to_string(check);
    const std::size_t colon = text.find(':');
    return text.substr(0, colon) + " against " + to_string(figures) + text.substr(colon);
}

}  // namespace restoration
