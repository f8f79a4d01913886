// Grouping records by a std::variant that holds the label's view: the group's key would keep the
// view, which dangles once the text the records were read from is reused. A std::string in it is
// owned.
// expect: restoration: aggregate: a key of views in a container or a pointer would dangle
#include <restoration/records.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

using namespace restoration;

std::size_t region_or_size_groups(const std::vector<enterprise_record>& records) {
#ifdef RESTORATION_MISTAKE
    const auto key = [](const enterprise_record& r) {
        return std::variant<std::string_view, int>{r.region};
    };
#else
    const auto key = [](const enterprise_record& r) {
        return std::variant<std::string, int>{std::string(r.region)};
    };
#endif
    return aggregate<industrial>(records, key).size();
}
