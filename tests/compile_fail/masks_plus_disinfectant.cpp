// Adding face masks to tonnes of disinfectant.
// expect: restoration: outputs of different goods cannot be added
#include <restoration/output.hpp>

#include <utility>

using namespace restoration;

std::pair<double, double> totals() {
    output<face_mask> masks = 28.92e6 * pieces;
    output<disinfectant> disinfection = 1'529.0 * tonnes;
#ifdef RESTORATION_MISTAKE
    return {(masks + disinfection).value(), 0.0};
#else
    // Each good adds to its own kind, in any unit of its dimension.
    return {(masks + output<face_mask>(1e6 * pieces)).value(),
            (disinfection + output<disinfectant>(500.0 * kilograms)).value()};
#endif
}
