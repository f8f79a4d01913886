// Grouping records by a std::array of the views they hold: the group's key would keep the views,
// which dangle once the text the records were read from is reused. A tuple of views is owned.
// expect: restoration: aggregate: a key of views in a container or a pointer would dangle
#include <restoration/records.hpp>

#include <array>
#include <cstddef>
#include <string_view>
#include <tuple>
#include <vector>

using namespace restoration;

std::size_t region_sector_groups(const std::vector<enterprise_record>& records) {
#ifdef RESTORATION_MISTAKE
    const auto key = [](const enterprise_record& r) {
        return std::array<std::string_view, 2>{r.region, r.sector};
    };
#else
    const auto key = [](const enterprise_record& r) { return std::tuple{r.region, r.sector}; };
#endif
    return aggregate<industrial>(records, key).size();
}
