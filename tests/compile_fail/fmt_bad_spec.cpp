// A format spec with no rounding rule, in a literal format string. {fmt} runs restoration's spec
// parser at compile time; the wording is the compiler's (a call that is not a constant
// expression), so what is pinned is that it stops in restoration's parser, in fmt.hpp.
// expect anywhere: restoration/fmt\.hpp:[0-9]+:[0-9]+: (error|note): 
#include <restoration/fmt.hpp>

#include <string>

using namespace restoration;

std::string share() {
    const rate<work_resumption> r{6'480, 7'681};
#ifdef RESTORATION_MISTAKE
    return fmt::format("{:.1}", r);
#else
    return fmt::format("{:.1 half_up}", r);
#endif
}
