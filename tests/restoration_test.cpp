// restoration_test.cpp: the umbrella header alone is enough for the whole design sketch.
#include <restoration/restoration.hpp>

#include <doctest/doctest.h>

using namespace restoration;

TEST_CASE("the umbrella header gives cohorts, rates, outputs and formatting together") {
    const cohort<industrial> all{7'681, 6'480};
    const cohort<above_designated_size> large{1'331, 1'265};
    const auto small = all - large;
    CHECK(percent(all.work_rate(), 1, rounding::toward_zero) == "84.3%");
    CHECK(percent(all.work_rate(), 1, rounding::half_up) == "84.4%");
    CHECK(percent(small.work_rate(), 1, rounding::half_up) == "82.1%");

    const output<face_mask> masks = 28.92e6 * pieces;
    const output<disinfectant> d = 1'529.0 * tonnes;
    CHECK(figure(masks.value(), scale::million, 2, rounding::half_up) == "28.92 million");
    CHECK(figure(d.in(kilograms), 0, rounding::half_up) == "1,529,000 kg");
    CHECK(RESTORATION_VERSION_MINOR == 1);
}
