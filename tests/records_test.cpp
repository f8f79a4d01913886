// records_test.cpp: records grouped by any key in one pass, checked, with no allocation per record.
#include <restoration/records.hpp>

#include <restoration/format.hpp>

#include <doctest/doctest.h>

#include <array>
#include <charconv>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <cstdlib>
#include <iterator>
#include <limits>
#include <map>
#include <memory>
#include <new>
#include <optional>
#include <random>
#include <set>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "reference.hpp"

using namespace restoration;

// Every allocation of this test program is counted, so that a test can see how many an
// aggregation makes.
namespace {
std::size_t allocations = 0;
}  // namespace

// Out of line, all three: g++ 12, seeing malloc() or free() inlined where the other side is
// operator new or delete, takes the pair for a mismatch (-Wmismatched-new-delete).
[[gnu::noinline]] void* operator new(std::size_t size) {
    ++allocations;
    if (void* p = std::malloc(size == 0 ? 1 : size)) {
        return p;
    }
    throw std::bad_alloc();
}
[[gnu::noinline]] void operator delete(void* p) noexcept { std::free(p); }
[[gnu::noinline]] void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace {

// Made-up records: regions x sectors x size classes, resumed in a fixed pattern.
std::vector<enterprise_record> made_up_records(std::size_t count) {
    constexpr std::array<std::string_view, 3> regions = {"North", "South", "West"};
    constexpr std::array<std::string_view, 2> sectors = {"auto parts", "food"};
    std::vector<enterprise_record> records;
    records.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        records.push_back({regions[i % 3], sectors[i % 2],
                           i % 5 == 0 ? size_class::above_designated_size
                                      : size_class::below_designated_size,
                           i % 4 != 0, static_cast<std::int64_t>(i % 50),
                           static_cast<double>(i % 7), 5.0});
    }
    return records;
}

}  // namespace

TEST_CASE("records group by region into cohorts, staff and value-weighted production") {
    const std::vector<enterprise_record> records{
        {"North", "auto parts", size_class::above_designated_size, true, 100, 8.0, 10.0},
        {"North", "food", size_class::below_designated_size, false, 0, 0.0, 2.0},
        {"South", "auto parts", size_class::above_designated_size, true, 40, 3.0, 3.0},
    };
    const auto by_region =
        aggregate<industrial>(records, [](const enterprise_record& r) { return r.region; });
    REQUIRE(by_region.size() == 2);
    const auto& north = by_region.find("North")->second;
    CHECK(north.counts() == cohort<industrial>{2, 1});
    CHECK(north.staff().value() == 100);
    CHECK(north.production_rate().to_double() == doctest::Approx(8.0 / 12.0));
    CHECK(by_region.find("South")->second.counts() == cohort<industrial>{1, 1});
}

TEST_CASE("records are summed into the scope aggregated, and only the records of that scope") {
    const std::vector<enterprise_record> records{
        {"North", "auto parts", size_class::above_designated_size, true, 100, 8.0, 10.0},
        {"North", "food", size_class::below_designated_size, false, 3, 0.0, 2.0},
        {"North", "food", size_class::below_designated_size, true, 7, 1.0, 1.0},
        {"South", "auto parts", size_class::above_designated_size, false, 40, 3.0, 6.0},
        {"South", "food", size_class::below_designated_size, true, 2, 1.0, 1.0},
        {"West", "food", size_class::below_designated_size, true, 4, 1.0, 1.0},
    };
    const auto by_region = [](const enterprise_record& r) { return r.region; };
    const auto all = aggregate<industrial>(records, by_region);
    const auto large = aggregate<above_designated_size>(records, by_region);
    const auto small = aggregate<below_designated_size>(records, by_region);

    CHECK(all.size() == 3);
    CHECK(large.size() == 2);  // no enterprise above designated size in West
    CHECK(small.size() == 3);
    const auto& large_north = large.find("North")->second;
    CHECK(large_north.counts() == cohort<above_designated_size>{1, 1});
    CHECK(large_north.staff().value() == 100);
    CHECK(large_north.production_rate().to_double() == doctest::Approx(0.8));
    CHECK(small.find("North")->second.counts() == cohort<below_designated_size>{2, 1});
    CHECK(small.find("North")->second.staff().value() == 10);
    CHECK(large.find("South")->second.counts() == cohort<above_designated_size>{1, 0});
    CHECK(large.find("West") == large.end());
    // Both sizes make up all industrial enterprises, group by group.
    for (const auto& [region, totals] : all) {
        const auto in_large = large.find(region);
        const auto in_small = small.find(region);
        REQUIRE(in_small != small.end());
        const cohort<industrial> of_small{in_small->second.counts().in_scope(),
                                          in_small->second.counts().resumed()};
        if (in_large == large.end()) {
            CHECK(totals.counts() == of_small);
        } else {
            CHECK(totals.counts() - in_large->second.counts() == in_small->second.counts());
        }
    }
}

TEST_CASE("an aggregation counts the records outside its scope and checks them all the same") {
    const std::vector<enterprise_record> records{
        {"North", "food", size_class::above_designated_size, true, 10, 1.0, 1.0},
        {"North", "food", size_class::below_designated_size, true, 2, 1.0, 1.0},
        {"South", "food", size_class::below_designated_size, false, 1, 0.0, 1.0},
    };
    const auto by_region = [](const enterprise_record& r) { return r.region; };
    aggregation<above_designated_size, decltype(by_region)> large(by_region);
    for (std::size_t i = 0; i < records.size(); ++i) {
        large.add(records[i], i);
    }
    CHECK(large.groups().size() == 1);
    CHECK(large.outside_scope() == 2);

    // A record outside the scope is still a record of the registry: a bad figure stops the run.
    enterprise_record bad = records[1];
    bad.staff = -1;
    CHECK_THROWS_WITH_AS(large.add(bad, 3), "record 3: staff cannot be negative (-1)",
                         std::invalid_argument);
    CHECK(large.outside_scope() == 2);
}

TEST_CASE("records group by several keys at once") {
    const auto records = made_up_records(600);
    const auto groups = aggregate<industrial>(records, [](const enterprise_record& r) {
        return std::tuple{r.region, r.sector, r.size};
    });
    CHECK(groups.size() == 12);
    std::int64_t in_scope = 0;
    std::int64_t resumed = 0;
    for (const auto& [key, totals] : groups) {
        in_scope += totals.counts().in_scope();
        resumed += totals.counts().resumed();
    }
    CHECK(in_scope == 600);
    CHECK(resumed == 450);  // every fourth is not resumed
}

TEST_CASE("the allocations of an aggregation grow with its groups, not its records") {
    const auto few = made_up_records(1'000);
    const auto many = made_up_records(200'000);
    const auto key = [](const enterprise_record& r) { return std::tuple{r.region, r.sector, r.size}; };

    allocations = 0;
    const auto small = aggregate<industrial>(few, key);
    const std::size_t for_few = allocations;
    allocations = 0;
    const auto large = aggregate<industrial>(many, key);
    const std::size_t for_many = allocations;

    CHECK(small.size() == large.size());
    CHECK(for_few == for_many);
    CHECK(for_many <= large.size());  // one map node per group
}

TEST_CASE("a new group allocates its node and its long labels once, and records nothing") {
    // Labels too long to be held inside a std::string: each is copied into its group's key.
    constexpr std::array<std::string_view, 2> regions = {"Chaoyang district of the city",
                                                          "Nanguan district of the city"};
    std::vector<enterprise_record> records;
    for (std::size_t i = 0; i < 100'000; ++i) {
        records.push_back({regions[i % 2], "automotive", size_class::below_designated_size,
                           true, 1, 1.0, 1.0});
    }
    const auto by_region = [](const enterprise_record& r) { return r.region; };
    allocations = 0;
    const auto groups = aggregate<industrial>(records, by_region);
    const std::size_t made = allocations;
    CHECK(groups.size() == 2);
    CHECK(made == 2 * 2);  // a map node and a label a group
}

TEST_CASE("the groups keep their own labels: the text records were read from may be reused") {
    // Rows read into one line buffer, as a CSV reader does: each record views the buffer,
    // which the next row overwrites.
    const std::array<std::string_view, 4> rows = {"North,food", "South,food", "North,auto parts",
                                                  "West,food"};
    const auto by_region_and_sector = [](const enterprise_record& r) {
        return std::tuple{r.region, r.sector};
    };
    aggregation<industrial, decltype(by_region_and_sector)> sums(by_region_and_sector);
    std::string line;
    line.reserve(64);  // one buffer, reused row after row
    for (std::size_t i = 0; i < rows.size(); ++i) {
        line.assign(rows[i]);
        const std::string_view text = line;
        const std::size_t comma = text.find(',');
        sums.add({text.substr(0, comma), text.substr(comma + 1),
                  size_class::below_designated_size, true, 1, 1.0, 1.0},
                 i);
    }
    line.assign(line.size(), '#');

    std::vector<std::tuple<std::string, std::string>> keys;
    for (const auto& [key, totals] : sums.groups()) {
        keys.emplace_back(std::get<0>(key), std::get<1>(key));
    }
    CHECK(keys == std::vector<std::tuple<std::string, std::string>>{
                      {"North", "auto parts"}, {"North", "food"}, {"South", "food"},
                      {"West", "food"}});
    // A group is found by views or by strings alike.
    CHECK(sums.groups().find(std::tuple{std::string_view("North"), std::string_view("food")})
              ->second.counts() == cohort<industrial>{1, 1});
    CHECK(sums.groups().count(std::tuple<std::string, std::string>{"West", "food"}) == 1);
}

TEST_CASE("the groups outlive the text their records viewed") {
    // Labels on the heap, gone before the groups are read: under AddressSanitizer, a key that
    // viewed them would be a use after free.
    const auto by_region = [](const enterprise_record& r) { return r.region; };
    aggregation<above_designated_size, decltype(by_region)>::groups_type groups;
    {
        const std::vector<std::string> labels{"a district with a long name, north",
                                              "a district with a long name, south"};
        std::vector<enterprise_record> records;
        for (const std::string& label : labels) {
            records.push_back({label, "food", size_class::above_designated_size, true, 1, 1, 1});
        }
        groups = aggregate<above_designated_size>(records, by_region);
    }
    REQUIRE(groups.size() == 2);
    CHECK(groups.begin()->first == "a district with a long name, north");
    CHECK(std::next(groups.begin())->first == "a district with a long name, south");
}

// A group's key owns the labels key_of viewed; keys of other types are kept as they are.
using key_of_record = std::tuple<std::string_view, std::string_view, size_class> (*)(
    const enterprise_record&);
static_assert(std::same_as<aggregation<industrial, key_of_record>::key_type,
                           std::tuple<std::string, std::string, size_class>>);
using size_of_record = size_class (*)(const enterprise_record&);
static_assert(std::same_as<aggregation<industrial, size_of_record>::key_type, size_class>);

TEST_CASE("a record with a bad figure stops the aggregation and is named") {
    std::vector<enterprise_record> records = made_up_records(10);
    records[7].staff = -3;
    const auto by_region = [](const enterprise_record& r) { return r.region; };
    CHECK_THROWS_WITH_AS(aggregate<industrial>(records, by_region),
                         "record 7: staff cannot be negative (-3)", std::invalid_argument);
    records[7].staff = 3;
    records[4].value_baseline = std::nan("");
    CHECK_THROWS_WITH_AS(aggregate<industrial>(records, by_region),
                         "record 4: output value at the baseline must be finite and not negative "
                         "(nan)",
                         std::invalid_argument);
}

TEST_CASE("a staff sum past the count type is refused, naming the record and the figures") {
    constexpr std::int64_t most = std::numeric_limits<std::int64_t>::max();
    std::vector<enterprise_record> records{
        {"North", "food", size_class::below_designated_size, true, most - 1, 1.0, 1.0},
        {"South", "food", size_class::below_designated_size, true, 5, 1.0, 1.0},
        {"North", "food", size_class::below_designated_size, true, 1, 1.0, 1.0},
        {"North", "food", size_class::below_designated_size, true, 1, 1.0, 1.0},
    };
    const auto by_region = [](const enterprise_record& r) { return r.region; };
    CHECK_THROWS_WITH_AS(aggregate<industrial>(records, by_region),
                         "record 3: summing the staff of a group: 9,223,372,036,854,775,807 + 1 "
                         "overflows the count type (at most 9,223,372,036,854,775,807)",
                         std::overflow_error);

    // The refused record leaves its group as it was: every sum or none.
    aggregation<industrial, decltype(by_region)> streamed(by_region);
    for (std::size_t i = 0; i < 3; ++i) {
        streamed.add(records[i], i);
    }
    CHECK_THROWS_AS(streamed.add(records[3], 3), std::overflow_error);
    const auto& north = streamed.groups().find("North")->second;
    CHECK(north.counts() == cohort<industrial>{2, 2});
    CHECK(north.staff().value() == most);
    CHECK(north.value_now() == 2.0);
}

TEST_CASE("an output value sum past the largest double is refused, not infinite") {
    constexpr double largest = std::numeric_limits<double>::max();
    const std::vector<enterprise_record> records{
        {"North", "food", size_class::below_designated_size, true, 1, largest, 1.0},
        {"North", "food", size_class::below_designated_size, true, 1, largest, 1.0},
    };
    CHECK_THROWS_WITH_AS(
        aggregate<industrial>(records, [](const enterprise_record& r) { return r.region; }),
        "record 1: summing the output value now of a group: 1.7976931348623157e+308 + "
        "1.7976931348623157e+308 is not finite",
        std::overflow_error);
}

// Sums are made only by an aggregation, which checks each record first.
template <class Totals>
concept records_added_directly = requires(Totals totals, const enterprise_record& record) {
    totals.add(record);
};
static_assert(!records_added_directly<group_totals<industrial>>);

TEST_CASE("a group whose baseline value is zero has no production rate") {
    const std::vector<enterprise_record> records{
        {"New", "food", size_class::below_designated_size, true, 5, 1.0, 0.0}};
    const auto groups =
        aggregate<industrial>(records, [](const enterprise_record& r) { return r.sector; });
    CHECK_THROWS_AS(groups.begin()->second.production_rate(), std::domain_error);
}

TEST_CASE("records added one at a time give the groups of the whole range") {
    const auto records = made_up_records(3'000);
    const auto key = [](const enterprise_record& r) { return std::tuple{r.region, r.size}; };
    aggregation<industrial, decltype(key)> streamed(key);
    for (std::size_t i = 0; i < records.size(); ++i) {
        streamed.add(records[i], i);
    }
    const auto whole = aggregate<industrial>(records, key);
    REQUIRE(streamed.groups().size() == whole.size());
    for (const auto& [k, totals] : whole) {
        CHECK(streamed.groups().at(k).counts() == totals.counts());
        CHECK(streamed.groups().at(k).staff() == totals.staff());
    }
}

// A group's sums cost three counts and two exact sums of values (128 bits and an exponent each).
static_assert(sizeof(group_totals<industrial>) ==
              3 * sizeof(std::int64_t) + 2 * sizeof(detail::decimal_sum));
static_assert(sizeof(detail::decimal_sum) == 24);

TEST_CASE("a size class cast from an int that names none is refused with the record") {
    enterprise_record record;
    record.size = static_cast<size_class>(7);
    const std::vector<enterprise_record> records{record};
    CHECK_THROWS_WITH_AS(aggregate<industrial>(records, [](const enterprise_record& r) {
                             return r.region;
                         }),
                         "record 0: size class 7 is neither above nor below designated size",
                         std::invalid_argument);
}

// ---- Exact sums of output values, against integer arithmetic --------------------------------

namespace {



}  // namespace

TEST_CASE("the halves of a wide sum add, multiply and divide as 128-bit integers do") {
    std::mt19937_64 random(1265);
    for (int i = 0; i < 100'000; ++i) {
        const std::uint64_t a = random() >> (random() % 64);
        const std::uint64_t b = random() >> (random() % 64);
        const reference::uint128 product = static_cast<reference::uint128>(a) * b;
        const detail::wide wide_product = detail::wide::product(a, b);
        CHECK_EQ(wide_product.high, static_cast<std::uint64_t>(product >> 64));
        CHECK_EQ(wide_product.low, static_cast<std::uint64_t>(product));
        detail::wide tenth = wide_product;
        const unsigned left = tenth.divide_by_ten();
        CHECK_EQ(left, static_cast<unsigned>(product % 10));
        CHECK_EQ(tenth.high, static_cast<std::uint64_t>((product / 10) >> 64));
        CHECK_EQ(tenth.low, static_cast<std::uint64_t>(product / 10));
        const auto sum = detail::wide::sum(wide_product, wide_product);
        CHECK_EQ(sum.has_value(), (product >> 127) == 0);
        const auto times = detail::wide::times(wide_product, b);
        const bool fits = b == 0 || product <= ~static_cast<reference::uint128>(0) / b;
        REQUIRE_EQ(times.has_value(), fits);
        if (fits) {
            const reference::uint128 exact = product * b;
            CHECK_EQ(times->high, static_cast<std::uint64_t>(exact >> 64));
            CHECK_EQ(times->low, static_cast<std::uint64_t>(exact));
        }
    }
}

TEST_CASE("a group's output values are summed exactly as written") {
    // The review's case: 1,000.10 + 1,000.20 over 4,000 is exactly 50.0075%, not 50.0076%.
    const std::vector<enterprise_record> records{
        {"North", "food", size_class::below_designated_size, true, 1, 1'000.10, 2'000.0},
        {"North", "food", size_class::below_designated_size, true, 1, 1'000.20, 2'000.0},
    };
    const auto groups =
        aggregate<industrial>(records, [](const enterprise_record& r) { return r.region; });
    const auto& north = groups.at("North");
    CHECK(percent(north.production_rate(), 4, rounding::away_from_zero) == "50.0075%");
    CHECK(north.value_now() == 2'000.3);
    CHECK(north.production_rate() ==
          rate<production_restoration_by<basis::output_value>>{20'003, 40'000});
    CHECK(to_string(north.production_rate()) == "2,000.3/4,000");
}

TEST_CASE("groups' production rates match integer sums of the same values, every rule") {
    // Values with 0 to 3 decimals, as registries write yuan; the reference sums their digits.
    std::mt19937_64 random(6480);
    constexpr std::array<std::string_view, 4> regions = {"A", "B", "C", "D"};
    constexpr double scales[] = {1, 10, 100, 1'000};
    for (int round = 0; round < 200; ++round) {
        std::vector<enterprise_record> records;
        std::array<std::int64_t, 4> now{};
        std::array<std::int64_t, 4> baseline{};
        const std::size_t count = 1 + random() % 60;
        for (std::size_t i = 0; i < count; ++i) {
            const std::size_t region = random() % 4;
            const std::size_t scale = random() % 4;
            const auto value_now = static_cast<std::int64_t>(random() % 10'000'000);
            const auto value_baseline = static_cast<std::int64_t>(1 + random() % 10'000'000);
            now[region] += value_now * 1'000 / static_cast<std::int64_t>(scales[scale]);
            baseline[region] += value_baseline * 1'000 / static_cast<std::int64_t>(scales[scale]);
            records.push_back({regions[region], "food", size_class::below_designated_size, true,
                               1, static_cast<double>(value_now) / scales[scale],
                               static_cast<double>(value_baseline) / scales[scale]});
        }
        const auto groups =
            aggregate<industrial>(records, [](const enterprise_record& r) { return r.region; });
        for (std::size_t region = 0; region < 4; ++region) {
            const auto found = groups.find(regions[region]);
            if (found == groups.end()) {
                continue;
            }
            for (const rounding rule : all_rounding_rules) {
                CHECK_EQ(rounded_percent(found->second.production_rate(), 3, rule).units,
                         reference::rounded_percent(now[region], baseline[region], 3, rule));
            }
        }
    }
}

TEST_CASE("a sum that no double holds is refused, not handed back as the nearest double") {
    // 10^17 + 0.1 has 19 digits: the double nearest it, 10^17, is another figure.
    const std::vector<enterprise_record> records{
        {"North", "food", size_class::below_designated_size, true, 1, 1e17, 1.0},
        {"North", "food", size_class::below_designated_size, true, 1, 0.1, 1.0},
    };
    const auto groups =
        aggregate<industrial>(records, [](const enterprise_record& r) { return r.region; });
    const auto& north = groups.at("North");
    CHECK(north.value_baseline() == 2.0);
    CHECK_THROWS_WITH_AS(north.value_now(),
                         "the output value now of a group sums to exactly "
                         "100,000,000,000,000,000.1, which no double holds: more digits than a "
                         "double's shortest form, or past the largest double",
                         std::overflow_error);
    CHECK_THROWS_AS(north.production_rate(), std::overflow_error);
    // Past 128 bits at the finest exponent: refused where the record comes in.
    const std::vector<enterprise_record> far_apart{
        {"North", "food", size_class::below_designated_size, true, 1, 1e300, 1.0},
        {"North", "food", size_class::below_designated_size, true, 1, 0.5, 1.0},
    };
    CHECK_THROWS_WITH_AS(
        aggregate<industrial>(far_apart, [](const enterprise_record& r) { return r.region; }),
        "record 1: summing the output value now of a group: 1e+300 + 0.5 has no exact sum within "
        "128 bits",
        std::overflow_error);
}

TEST_CASE("values with decimals allocate nothing per record either") {
    auto few = made_up_records(1'000);
    auto many = made_up_records(100'000);
    for (auto* records : {&few, &many}) {
        for (std::size_t i = 0; i < records->size(); ++i) {
            (*records)[i].value_now = static_cast<double>(i % 1'000) / 100.0;  // 9.99 and below
            (*records)[i].value_baseline = 0.3 * static_cast<double>(i % 3) + 0.1;  // 17 digits
        }
    }
    const auto key = [](const enterprise_record& r) { return std::tuple{r.region, r.size}; };
    allocations = 0;
    const auto small = aggregate<industrial>(few, key);
    const std::size_t for_few = allocations;
    allocations = 0;
    const auto large = aggregate<industrial>(many, key);
    CHECK(for_few == allocations);
    CHECK(small.size() == large.size());
}

// ---- Keys that would view what they came from ------------------------------------------------

static_assert(detail::holds_views<std::array<std::string_view, 2>>());
static_assert(detail::holds_views<std::vector<std::string_view>>());
static_assert(detail::holds_views<const char*>());
static_assert(detail::holds_views<std::span<const char>>());
static_assert(detail::holds_views<std::optional<std::string_view>>());
static_assert(detail::holds_views<std::tuple<std::string, std::array<std::string_view, 1>>>());
static_assert(!detail::holds_views<std::string>());
static_assert(!detail::holds_views<std::array<std::string, 2>>());
static_assert(!detail::holds_views<std::tuple<std::string, std::string, size_class>>());
static_assert(!detail::holds_views<std::pair<std::string, int>>());
static_assert(!detail::holds_views<size_class>());

// ---- Finding a record's group: the index beside the groups' map ---------------------------

namespace {

// Labels of every length the hash reads differently (none, under 4, 4 to 7, 8, past 8, past 16),
// long ones that differ only in the middle, and ones that are prefixes of each other.
std::vector<std::string> awkward_labels() {
    std::vector<std::string> labels = {"",      "a",        "ab",        "abc",     "abcd",
                                       "abcde", "abcdefg",  "abcdefgh",  "abcdefghi",
                                       "food",  "automotive", "pharmaceutical", "North"};
    const std::string long_prefix(40, 'x');
    for (char middle = 'a'; middle <= 'z'; ++middle) {
        labels.push_back(long_prefix + middle + long_prefix);  // 81 characters, one differing
    }
    for (std::size_t length = 1; length <= 33; ++length) {
        labels.push_back(std::string(length, 'q'));  // each a prefix of the next
    }
    for (std::size_t length = 2; length <= 20; ++length) {
        const std::string middle(length - 1, 'm');
        for (const char end : {'A', 'B'}) {  // alike but for the first or the last character
            labels.push_back(end + middle);
            labels.push_back(middle + end);
        }
    }
    labels.push_back(std::string("nul\0inside", 10));
    return labels;
}

struct reference_totals {
    std::int64_t in_scope = 0;
    std::int64_t resumed = 0;
    std::int64_t staff = 0;
    std::int64_t now_thousandths = 0;  // the values, exactly, in thousandths of a yuan
    std::int64_t baseline_thousandths = 0;
};

// The double nearest thousandths / 1,000, read back from its decimal text.
double nearest_to_thousandths(std::int64_t thousandths) {
    const std::string text = std::to_string(thousandths) + "e-3";
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

// Made-up records whose values are whole thousandths of a yuan with 0 to 3 decimals, kept
// alongside in integers, and labels drawn from `labels`.
struct made_up_registry {
    std::vector<enterprise_record> records;
    std::vector<std::int64_t> now_thousandths;
    std::vector<std::int64_t> baseline_thousandths;
};

made_up_registry random_registry(std::mt19937_64& random, const std::vector<std::string>& labels,
                                 std::size_t count) {
    made_up_registry made;
    for (std::size_t i = 0; i < count; ++i) {
        const std::int64_t scales[] = {1, 10, 100, 1'000};
        const std::size_t decimals = random() % 4;
        // n / 10^decimals yuan, that is n x 10^(3 - decimals) thousandths.
        const auto now = static_cast<std::int64_t>(random() % 10'000'000'000);
        const auto baseline = static_cast<std::int64_t>(random() % 10'000'000'000);
        enterprise_record record;
        record.region = labels[random() % labels.size()];
        record.sector = labels[random() % labels.size()];
        record.size = random() % 3 == 0 ? size_class::above_designated_size
                                        : size_class::below_designated_size;
        record.resumed = random() % 5 != 0;
        record.staff = static_cast<std::int64_t>(random() % 1'000);
        record.value_now = static_cast<double>(now) / static_cast<double>(scales[decimals]);
        record.value_baseline =
            static_cast<double>(baseline) / static_cast<double>(scales[decimals]);
        made.records.push_back(record);
        made.now_thousandths.push_back(now * (1'000 / scales[decimals]));
        made.baseline_thousandths.push_back(baseline * (1'000 / scales[decimals]));
    }
    return made;
}

// The groups, written apart from records.hpp: a std::map of owned keys in their own order,
// counts and staff summed in integers, values in integer thousandths.
template <class Scope, class ReferenceKey>
auto reference_groups(const made_up_registry& registry, ReferenceKey key) {
    std::map<decltype(key(registry.records[0])), reference_totals> groups;
    for (std::size_t i = 0; i < registry.records.size(); ++i) {
        const enterprise_record& record = registry.records[i];
        if (!detail::in_scope_of<Scope>(record.size)) {
            continue;
        }
        reference_totals& totals = groups[key(record)];
        ++totals.in_scope;
        totals.resumed += record.resumed ? 1 : 0;
        totals.staff += record.staff;
        totals.now_thousandths += registry.now_thousandths[i];
        totals.baseline_thousandths += registry.baseline_thousandths[i];
    }
    return groups;
}

// aggregate<Scope> by key_of against the reference by reference_key: the same groups, in the
// same order, with the same sums.
template <class Scope, class KeyOf, class ReferenceKey>
void check_against_reference(const made_up_registry& registry, KeyOf key_of,
                             ReferenceKey reference_key) {
    const auto groups = aggregate<Scope>(registry.records, key_of);
    const auto expected = reference_groups<Scope>(registry, reference_key);
    REQUIRE(groups.size() == expected.size());
    auto want = expected.begin();
    for (const auto& [key, totals] : groups) {
        CHECK(key == want->first);
        CHECK(totals.counts().in_scope() == want->second.in_scope);
        CHECK(totals.counts().resumed() == want->second.resumed);
        CHECK(totals.staff().value() == want->second.staff);
        CHECK(totals.value_now() == nearest_to_thousandths(want->second.now_thousandths));
        CHECK(totals.value_baseline() ==
              nearest_to_thousandths(want->second.baseline_thousandths));
        ++want;
    }
}

}  // namespace

TEST_CASE("random records group and sum as a plain map of strings and integer sums does") {
    std::mt19937_64 random(7681);
    const std::vector<std::string> awkward = awkward_labels();
    std::vector<std::string> many;  // enough groups for the index to grow past its first slots
    for (int i = 0; i < 300; ++i) {
        many.push_back("district " + std::to_string(i * 7919 % 1'000));
    }
    for (int round = 0; round < 60; ++round) {
        const std::vector<std::string>& labels = round % 3 == 0 ? many : awkward;
        const std::size_t count = 1 + random() % (round % 3 == 0 ? 3'000 : 400);
        const made_up_registry registry = random_registry(random, labels, count);

        check_against_reference<industrial>(
            registry, [](const enterprise_record& r) { return r.region; },
            [](const enterprise_record& r) { return std::string(r.region); });
        check_against_reference<above_designated_size>(
            registry, [](const enterprise_record& r) { return std::tuple{r.region, r.sector, r.size}; },
            [](const enterprise_record& r) {
                return std::tuple{std::string(r.region), std::string(r.sector), r.size};
            });
        check_against_reference<below_designated_size>(
            registry, [](const enterprise_record& r) { return std::pair{r.sector, r.resumed}; },
            [](const enterprise_record& r) { return std::pair{std::string(r.sector), r.resumed}; });
        check_against_reference<industrial>(
            registry, [](const enterprise_record& r) { return r.size; },
            [](const enterprise_record& r) { return r.size; });
    }
}

TEST_CASE("the same label in two columns makes two parts of a key, not one") {
    const std::vector<enterprise_record> records{
        {"food", "food", size_class::below_designated_size, true, 1, 1.0, 1.0},
        {"food", "auto parts", size_class::below_designated_size, true, 2, 1.0, 1.0},
        {"auto parts", "food", size_class::below_designated_size, true, 4, 1.0, 1.0},
        {"food", "food", size_class::below_designated_size, false, 8, 1.0, 1.0},
    };
    const auto groups = aggregate<industrial>(records, [](const enterprise_record& r) {
        return std::tuple{r.region, r.sector};
    });
    REQUIRE(groups.size() == 3);
    using key = std::tuple<std::string, std::string>;
    CHECK(groups.at(key{"food", "food"}).staff().value() == 9);
    CHECK(groups.at(key{"food", "auto parts"}).staff().value() == 2);
    CHECK(groups.at(key{"auto parts", "food"}).staff().value() == 4);
}

namespace {

// A key of the user's own, ordered but not hashed by the index: found in the map itself.
struct district_code {
    int code = 0;
    friend auto operator<=>(const district_code&, const district_code&) = default;
};

}  // namespace

TEST_CASE("a key the index does not hash is still grouped, through the map") {
    std::mt19937_64 random(1331);
    const made_up_registry registry = random_registry(random, awkward_labels(), 2'000);
    const auto by_code = [](const enterprise_record& r) {
        return district_code{static_cast<int>(r.region.size() % 7)};
    };
    const auto groups = aggregate<industrial>(registry.records, by_code);
    const auto expected = reference_groups<industrial>(
        registry, [](const enterprise_record& r) { return static_cast<int>(r.region.size() % 7); });
    REQUIRE(groups.size() == expected.size());
    for (const auto& [code, totals] : expected) {
        CHECK(groups.at(district_code{code}).counts().in_scope() == totals.in_scope);
        CHECK(groups.at(district_code{code}).staff().value() == totals.staff);
    }
}

TEST_CASE("groups whose keys hash alike are told apart by their keys") {
    // Every group under one hash, then pairs under the same slot: the index must compare keys.
    using node = std::pair<const std::string, int>;
    std::vector<std::unique_ptr<node>> nodes;
    for (int i = 0; i < 100; ++i) {
        nodes.push_back(std::make_unique<node>("label " + std::to_string(i), i));
    }
    const auto view_of = [](const node& n) { return std::string_view(n.first); };
    for (const std::uint64_t spread : {std::uint64_t{0}, std::uint64_t{64}}) {
        detail::group_index<node> index;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            index.insert(spread * i, nodes[i].get());  // all 0, or all one slot apart mod 64
        }
        CHECK(index.size() == nodes.size());
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            CHECK(index.find(spread * i, std::string_view(nodes[i]->first), view_of) ==
                  nodes[i].get());
        }
        CHECK(index.find(0, std::string_view("label 100"), view_of) == nullptr);
        CHECK(index.find(spread, std::string_view("label 0"), view_of) ==
              (spread == 0 ? nodes[0].get() : nullptr));
    }
}

TEST_CASE("labels that differ anywhere hash apart") {
    // Not needed for correctness, which compares keys, but for speed: a byte the hash did not
    // read would send every such label down one chain of slots.
    std::set<std::uint64_t> hashes;
    const std::vector<std::string> labels = awkward_labels();
    for (const std::string& label : labels) {
        hashes.insert(detail::key_hash::of(std::string_view(label)));
    }
    CHECK(hashes.size() == labels.size());
    CHECK(detail::key_hash::of(std::tuple{std::string_view("ab"), std::string_view("c")}) !=
          detail::key_hash::of(std::tuple{std::string_view("a"), std::string_view("bc")}));
    CHECK(detail::key_hash::of(size_class::above_designated_size) !=
          detail::key_hash::of(size_class::below_designated_size));
}

// The hash of a label by the index's rule: a word of the length, then the bytes eight at a time
// with the last word overlapping the one before, or below 8 bytes one word of the first and last
// four, or below 4 of three bytes. Written here byte by byte, little-endian as x86-64 loads words,
// with no load of the library's.
std::uint64_t records_test_hash_by_branches(const std::string& label) {
    std::uint64_t hash = 0;
    const auto add = [&hash](std::uint64_t word) {
        hash = (hash ^ word) * 0x9E3779B97F4A7C15U;
        hash ^= hash >> 32;
    };
    const auto bytes_at = [&label](std::size_t at, std::size_t count) {
        std::uint64_t word = 0;
        for (std::size_t i = 0; i < count; ++i) {
            word |= std::uint64_t{static_cast<unsigned char>(label[at + i])} << (8 * i);
        }
        return word;
    };
    const std::size_t size = label.size();
    add(size);
    if (size >= 8) {
        std::size_t at = 0;
        for (; at + 8 <= size; at += 8) {
            add(bytes_at(at, 8));
        }
        if (at != size) {
            add(bytes_at(size - 8, 8));
        }
    } else if (size >= 4) {
        add(bytes_at(0, 4) << 32 | bytes_at(size - 4, 4));
    } else if (size > 0) {
        add(bytes_at(0, 1) << 16 | bytes_at(size / 2, 1) << 8 | bytes_at(size - 1, 1));
    }
    return hash;
}

TEST_CASE("a label hashes by the rule of its words, at every length") {
    // Every length from 0 to past two words, so that each way of taking the words is checked, and
    // where they overlap, against the rule spelled out a byte at a time.
    std::mt19937_64 random(4242);
    for (std::size_t size = 0; size <= 40; ++size) {
        for (int sample = 0; sample < 50; ++sample) {
            std::string label(size, '\0');
            for (char& c : label) {
                c = static_cast<char>(random());
            }
            CAPTURE(size);
            CHECK(detail::key_hash::of(std::string_view(label)) ==
                  records_test_hash_by_branches(label));
        }
    }
    CHECK(detail::key_hash::of(std::tuple{std::string_view("Chaoyang"), 7}) !=
          detail::key_hash::of(std::tuple{std::string_view("Chaoyang"), 8}));
}

TEST_CASE("labels of every length up to two words are the same key only when == says so") {
    // One byte off at each place in turn, to a letter, a zero and a byte with the high bit set:
    // the overlapping words compared must between them cover every place.
    for (std::size_t size = 0; size <= 20; ++size) {
        std::string label;
        for (std::size_t i = 0; i < size; ++i) {
            label += static_cast<char>('a' + i);
        }
        const std::string copy = label;  // equal, elsewhere in memory
        CHECK(detail::same_key(std::string_view(label), std::string_view(copy)));
        for (std::size_t at = 0; at < size; ++at) {
            for (const char other : {'z', '\0', static_cast<char>(0xE5)}) {
                std::string changed = label;
                changed[at] = other;
                CAPTURE(size);
                CAPTURE(at);
                CHECK(detail::same_key(std::string_view(label), std::string_view(changed)) ==
                      (label == changed));
            }
        }
        // A prefix of the label, which the words of a shorter length would overlap differently.
        if (size > 0) {
            CHECK_FALSE(detail::same_key(std::string_view(label),
                                         std::string_view(label).substr(0, size - 1)));
        }
    }
}

TEST_CASE("an index of many groups allocates as it doubles, never per record") {
    // 2,000 groups: past the 16 held in place, the index doubles about seven times.
    std::vector<std::string> labels;
    for (int i = 0; i < 2'000; ++i) {
        labels.push_back(std::to_string(i));  // short: held inside the key's string
    }
    const auto records_of = [&](std::size_t per_label) {
        std::vector<enterprise_record> records;
        for (std::size_t round = 0; round < per_label; ++round) {
            for (const std::string& label : labels) {
                records.push_back({label, "food", size_class::below_designated_size, true, 1,
                                   1.0, 1.0});
            }
        }
        return records;
    };
    const auto few = records_of(1);
    const auto many = records_of(20);
    const auto by_region = [](const enterprise_record& r) { return r.region; };
    allocations = 0;
    const auto once = aggregate<industrial>(few, by_region);
    const std::size_t for_few = allocations;
    allocations = 0;
    const auto twenty_times = aggregate<industrial>(many, by_region);
    CHECK(allocations == for_few);
    CHECK(once.size() == 2'000);
    CHECK(twenty_times.at("1999").counts().in_scope() == 20);
    // A node a group, and the index's tables past its 32 slots in place: 64, 128, ... 4,096.
    CHECK(for_few == 2'000 + 7);
}

TEST_CASE("an aggregation copied or moved goes on summing into its own groups") {
    using key_of_region = std::string_view (*)(const enterprise_record&);
    const key_of_region by_region = [](const enterprise_record& r) { return r.region; };
    const enterprise_record north{"North", "food", size_class::below_designated_size, true, 1,
                                  1.0, 1.0};
    const enterprise_record south{"South", "food", size_class::below_designated_size, true, 1,
                                  1.0, 1.0};
    aggregation<industrial, key_of_region> original(by_region);
    original.add(north, 0);

    auto copy = original;
    copy.add(north, 1);
    copy.add(south, 2);
    CHECK(original.groups().size() == 1);
    CHECK(original.groups().at("North").counts().in_scope() == 1);
    CHECK(copy.groups().at("North").counts().in_scope() == 2);

    auto moved = std::move(copy);
    moved.add(north, 3);
    CHECK(moved.groups().at("North").counts().in_scope() == 3);
    CHECK(moved.groups().at("South").counts().in_scope() == 1);
    copy.add(south, 4);  // the moved-from aggregation starts again, empty
    CHECK(copy.groups().size() == 1);
    CHECK(copy.groups().at("South").counts().in_scope() == 1);

    copy = moved;
    copy.add(south, 5);
    CHECK(copy.groups().at("South").counts().in_scope() == 2);
    CHECK(moved.groups().at("South").counts().in_scope() == 1);

    // Groups taken out leave an aggregation that starts again.
    const auto taken = std::move(moved).groups();
    moved.add(north, 6);
    CHECK(taken.at("North").counts().in_scope() == 3);
    CHECK(moved.groups().size() == 1);
    CHECK(moved.groups().at("North").counts().in_scope() == 1);
}

TEST_CASE("a value sum carries past 64 bits, and refuses past 128, figure by figure") {
    // 4,096 times 2^53 - 1, whole numbers all: the sum, 2^65 - 4,096, needs the carry into the
    // upper half. A double holds it, but past 2^64 a double is read by its shortest form,
    // 3.68934881474191e19, another figure; so it is refused, naming the exact sum the carry gave.
    const std::vector<enterprise_record> records(
        4'096, {"North", "food", size_class::below_designated_size, true, 1, 9007199254740991.0,
                1.0});
    const auto groups =
        aggregate<industrial>(records, [](const enterprise_record& r) { return r.region; });
    CHECK_THROWS_WITH_AS(static_cast<void>(groups.at("North").value_now()),
                         doctest::Contains("sums to exactly 36,893,488,147,419,099,136"),
                         std::overflow_error);
    // 2,048 times: 2^64 - 2,048, below 2^64, is read by its value, and is the sum.
    const std::vector<enterprise_record> half(records.begin(), records.begin() + 2'048);
    const auto fewer =
        aggregate<industrial>(half, [](const enterprise_record& r) { return r.region; });
    CHECK(fewer.at("North").value_now() == 18446744073709549568.0);

    // d x 10^20, with d the most that stays under 2^128, then whole numbers at exponent 0 until
    // the sum would pass 2^128: that one is refused and leaves the sum as it was.
    detail::decimal_sum sum;
    REQUIRE(sum.add({3'402'823'669'209'384'634, 20, false}));
    REQUIRE(sum.add({1, 0, false}));
    constexpr std::uint64_t most = std::numeric_limits<std::uint64_t>::max();
    for (int i = 0; i < 3; ++i) {
        REQUIRE(sum.add({most, 0, false}));
    }
    const std::string before = sum.text();
    CHECK_FALSE(sum.add({most, 0, false}));
    CHECK(sum.text() == before);
    // 3,402,823,669,209,384,634 x 10^20 + 1 + 3 x (2^64 - 1), about 8 x 10^18 under 2^128.
    CHECK(before == "340,282,366,920,938,463,455,340,232,221,128,654,846");
}

TEST_CASE("a record whose baseline value is refused leaves its value now unsummed too") {
    const auto by_region = [](const enterprise_record& r) { return r.region; };
    aggregation<industrial, decltype(by_region)> sums(by_region);
    sums.add({"North", "food", size_class::below_designated_size, true, 1, 2.0, 1e300}, 0);
    // 1e300 + 0.5 has no exact sum within 128 bits; the value now, 3, would have had one.
    CHECK_THROWS_WITH_AS(sums.add({"North", "food", size_class::below_designated_size, true, 1,
                                   3.0, 0.5},
                                  1),
                         "record 1: summing the output value at the baseline of a group: 1e+300 "
                         "+ 0.5 has no exact sum within 128 bits",
                         std::overflow_error);
    const auto& north = sums.groups().at("North");
    CHECK(north.value_now() == 2.0);
    CHECK(north.value_baseline() == 1e300);
    CHECK(north.counts().in_scope() == 1);
    CHECK(north.staff().value() == 1);
}
