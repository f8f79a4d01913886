// consumer.cpp: what a project that uses restoration builds; prints a figure the tests match, and
// with RESTORATION_CONSUMER_FMT a line formatted by {fmt} through fmt.hpp.
#include <restoration/restoration.hpp>

#ifdef RESTORATION_CONSUMER_FMT
#include <restoration/fmt.hpp>
#endif

#include <iostream>

int main() {
    using namespace restoration;
    const cohort<industrial> all{7'681, 6'480};
    std::cout << figure(all.resumed()) << " of " << figure(all.in_scope()) << " resumed: "
              << percent(all.work_rate(), 1, rounding::half_up) << " half up\n";
#ifdef RESTORATION_CONSUMER_FMT
    std::cout << fmt::format("with fmt: [{:>8.1 half_up}] {:zh}\n", all.work_rate(), all);
#endif
    static_assert(RESTORATION_VERSION_MAJOR == 0 && RESTORATION_VERSION_MINOR == 1);
}
