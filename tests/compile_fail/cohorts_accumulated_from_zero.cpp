// Cohorts summed with std::accumulate from 0: a cohort does not add to a bare number; pooling
// starts from a cohort.
// expect: restoration: a cohort beside a bare number
#include <restoration/cohort.hpp>

#include <numeric>
#include <vector>

using namespace restoration;

auto pooled(const std::vector<cohort<industrial>>& districts) {
#ifdef RESTORATION_MISTAKE
    return std::accumulate(districts.begin(), districts.end(), 0);
#else
    return std::accumulate(districts.begin() + 1, districts.end(), districts.front());
#endif
}
