// A format spec with no rounding rule, in a literal format string.
// {fmt} runs restoration's spec parser at compile time; the compiler's own wording says the call
// is not a constant expression, and shows the line of the throw that refused it, which is pinned.
// expect anywhere: throw fmt::format_error\("restoration: a format spec is
#include <restoration/fmt.hpp>

#include <string>

using namespace restoration;

std::string fmt_bad_spec_report() {
    const rate<work_resumption> r{6'480, 7'681};
#ifdef RESTORATION_MISTAKE
    return fmt::format("{:>10.1}|", r);
#else
    return fmt::format("{:>10.1 half_up}|", r);
#endif
}
