#include <restoration/restoration.hpp>

#include <iostream>

int main() {
    using namespace restoration;
    const cohort<industrial> all{7'681, 6'480};         // in scope, resumed
    const cohort<above_designated_size> large{1'331, 1'265};
    const auto small = all - large;                      // cohort<below_designated_size>

    std::cout << percent(all.work_rate(), 1, rounding::toward_zero) << " toward zero, "
              << percent(all.work_rate(), 1, rounding::half_up) << " half up\n"
              << "below designated size: " << figure(small.resumed()) << " of "
              << figure(small.in_scope()) << ", "
              << percent(small.work_rate(), 1, rounding::half_up) << "\n";

    const output<disinfectant> disinfection = 1'529.0 * tonnes;
    std::cout << figure(disinfection, 0, rounding::half_up) << " = "
              << figure(disinfection.in(kilograms), 0, rounding::half_up) << "\n";
}
