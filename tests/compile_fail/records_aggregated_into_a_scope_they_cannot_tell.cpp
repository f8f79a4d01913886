// Aggregating records into pharmaceutical enterprises above designated size: a record carries
// only its size class, so it cannot say whether it is one.
// expect: restoration: aggregate<Scope>: records carry only a size class
#include <restoration/records.hpp>

#include <cstddef>
#include <vector>

using namespace restoration;

std::size_t pharmaceutical_regions(const std::vector<enterprise_record>& records) {
    const auto by_region = [](const enterprise_record& r) { return r.region; };
#ifdef RESTORATION_MISTAKE
    return aggregate<pharmaceutical_above_designated_size>(records, by_region).size();
#else
    return aggregate<above_designated_size>(records, by_region).size();
#endif
}
