// A Chinese character as the fill: it takes two columns, so the padding would not come out to
// the width.
// {fmt} runs restoration's spec parser at compile time; the compiler's own wording says the call
// is not a constant expression, and shows the line of the throw that refused it, which is pinned.
// expect anywhere: throw fmt::format_error\("restoration: a fill character takes one column
#include <restoration/fmt.hpp>

#include <string>

using namespace restoration;

std::string fmt_wide_fill_report() {
    const rate<work_resumption> r{6'480, 7'681};
#ifdef RESTORATION_MISTAKE
    return fmt::format("{:中>10.1 half_up}", r);
#else
    return fmt::format("{:*>10.1 half_up}", r);
#endif
}
