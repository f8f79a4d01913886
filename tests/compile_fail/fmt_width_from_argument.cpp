// A width taken from an argument, as {fmt} allows for its own types: restoration takes it written
// in the spec.
// {fmt} runs restoration's spec parser at compile time; the compiler's own wording says the call
// is not a constant expression, and shows the line of the throw that refused it, which is pinned.
// expect anywhere: throw fmt::format_error\("restoration: a width is written in the spec
#include <restoration/fmt.hpp>

#include <string>

using namespace restoration;

std::string fmt_width_from_argument_report() {
    const rate<work_resumption> r{6'480, 7'681};
#ifdef RESTORATION_MISTAKE
    return fmt::format("{:>{}.1 half_up}", r, 10);
#else
    return fmt::format("{:>10.1 half_up}", r);
#endif
}
