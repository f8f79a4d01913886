// zh on a rate, which prints no name to put in Chinese: only cohorts take it.
// {fmt} runs restoration's spec parser at compile time; the compiler's own wording says the call
// is not a constant expression, and shows the line of the throw that refused it, which is pinned.
// expect anywhere: throw fmt::format_error\("restoration: zh \(Chinese names\) is taken by cohorts only
#include <restoration/fmt.hpp>

#include <string>

using namespace restoration;

std::string fmt_chinese_names_of_a_rate_report() {
    const cohort<industrial> all{7'681, 6'480};
#ifdef RESTORATION_MISTAKE
    return fmt::format("{:.1 half_up zh}", all.work_rate());
#else
    return fmt::format("{:.1 half_up zh}", all);
#endif
}
