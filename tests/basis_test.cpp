// The first include is the header under test.
#include <restoration/basis.hpp>

#include <restoration/audit.hpp>
#include <restoration/format.hpp>
#include <restoration/names.hpp>
#include <restoration/rate.hpp>

#include <doctest/doctest.h>

#include <type_traits>

using namespace restoration;

namespace {

using by_electricity = production_restoration_by<basis::electricity_use>;
using by_value_of_output = production_restoration_by<basis::output_value>;

// Changchun's 72.7% keeps its type and its name: the unstated basis is what it always was.
static_assert(std::is_same_v<production_restoration, production_restoration_by<basis::unstated>>);
static_assert(std::is_same_v<production_restoration::basis_type, basis::unstated>);

// Bases are kinds: no rate of one converts into a rate of another.
static_assert(!std::is_convertible_v<rate<by_electricity>, rate<production_restoration>>);
static_assert(!std::is_convertible_v<rate<by_electricity>, rate<by_value_of_output>>);

// Comparing rates of two bases stops at a static_assert naming both (not at a constraint, so
// that its message is what the compiler prints first): tests/compile_fail pins each.

}  // namespace

TEST_CASE("a rate names its basis, and an unstated one prints as before") {
    CHECK(production_restoration::name == "production restoration");
    CHECK(by_electricity::name == "production restoration by electricity use");
    CHECK(production_restoration_by<basis::output_volume<face_mask>>::name ==
          "production restoration by output volume");
    CHECK(production_restoration_by<basis::capacity_utilisation>::name == "capacity utilisation");
}

struct coal_burnt {  // a basis of one's own, with no Chinese name
    static constexpr std::string_view name = "coal burnt";
    static constexpr std::string_view rate_name = "production restoration by coal burnt";
};

TEST_CASE("a rate's kind in Chinese, where its basis gives it a name") {
    CHECK(name_of<by_electricity>(language::chinese) == "用电量恢复率");
    CHECK(name_of<production_restoration>(language::chinese) == "复产率");
    CHECK(name_of<work_resumption>(language::chinese) == "复工率");
    CHECK(name_of<production_restoration_by<basis::capacity_utilisation>>(language::chinese) ==
          "产能利用率");
    CHECK(name_of<production_restoration_by<coal_burnt>>(language::chinese) ==
          "production restoration by coal burnt");
    CHECK(name_of<by_electricity>(language::english) == by_electricity::name);
}

TEST_CASE("Ningde's electricity use: a rate on its basis prints, compares and is audited") {
    const rate<by_electricity> ningde{72.7_percent};  // 日用电量恢复率达72.7%
    const rate<by_electricity> before{593, 1'000};
    CHECK(ningde > before);
    CHECK(points(ningde - before, 1, rounding::half_up) == "13.4 percentage points");
    CHECK(check_printed(72.7_percent, rate<by_electricity, double>{727.0, 1'000.0}).fits_all());
    // The exact boundary of the audit: 7,265/10,000 prints 72.7% half up, not toward zero.
    const auto edge = check_printed(72.7_percent, rate<by_electricity>{7'265, 10'000});
    CHECK(edge.fits(rounding::half_up));
    CHECK_FALSE(edge.fits(rounding::toward_zero));
}

TEST_CASE("refusals name the basis's rate") {
    CHECK_THROWS_WITH_AS(rate<by_electricity>(1, 0),
                         "production restoration by electricity use rate of 1/0 is undefined: "
                         "nothing to restore against",
                         std::domain_error);
}
