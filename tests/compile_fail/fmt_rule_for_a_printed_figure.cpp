// A rounding rule for a printed figure, which prints as it was printed: it takes fill, alignment
// and width only.
// {fmt} runs restoration's spec parser at compile time; the compiler's own wording says the call
// is not a constant expression, and shows the line of the throw that refused it, which is pinned.
// expect anywhere: throw fmt::format_error\("restoration: this type takes \[\[fill\]align\]\[width\] only
#include <restoration/fmt.hpp>

#include <string>

using namespace restoration;

std::string fmt_rule_for_a_printed_figure_report() {
    const printed_figure figure = read_figure("28.38万");
#ifdef RESTORATION_MISTAKE
    return fmt::format("{:>12.1 half_up}", figure);
#else
    return fmt::format("{:>12}", figure);
#endif
}
