// The context the README's fragments are written in: the header and the namespaces its prose
// names, and the variables its fragments use, as the README's first program defines them.
// Each `inline const` line below must appear in the README as it stands here (without `inline`);
// the readme.prelude test checks that it does.
#pragma once

#include <restoration/restoration.hpp>

#include <chrono>
#include <string_view>

using namespace restoration;
using namespace std::chrono;

inline const cohort<industrial> all{7'681, 6'480};
inline const output<disinfectant> disinfection = 1'529.0 * tonnes;
