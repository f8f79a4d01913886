// consumer.cpp: what a project that uses restoration builds; prints a figure the tests match.
#include <restoration/restoration.hpp>

#include <iostream>

int main() {
    using namespace restoration;
    const cohort<industrial> all{7'681, 6'480};
    std::cout << figure(all.resumed()) << " of " << figure(all.in_scope()) << " resumed: "
              << percent(all.work_rate(), 1, rounding::half_up) << " half up\n";
    static_assert(RESTORATION_VERSION_MAJOR == 0 && RESTORATION_VERSION_MINOR == 1);
}
