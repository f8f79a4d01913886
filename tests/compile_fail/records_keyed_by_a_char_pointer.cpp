// Grouping records by a const char* to their label: the group's key would keep the pointer, which
// dangles once the text the records were read from is reused. A std::string_view is owned.
// expect: restoration: aggregate: a key of views in a container or a pointer would dangle
#include <restoration/records.hpp>

#include <cstddef>
#include <string_view>
#include <vector>

using namespace restoration;

std::size_t region_groups(const std::vector<enterprise_record>& records) {
#ifdef RESTORATION_MISTAKE
    const auto key = [](const enterprise_record& r) { return r.region.data(); };
#else
    const auto key = [](const enterprise_record& r) { return r.region; };
#endif
    return aggregate<industrial>(records, key).size();
}
