// names_test.cpp: names in English or Chinese, and a cohort as a Chinese bulletin states it.
#include <restoration/names.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include <restoration/good.hpp>
#include <restoration/printed.hpp>
#include <restoration/rate.hpp>
#include <restoration/scope.hpp>

using namespace restoration;

namespace {

struct named_in_english_only {
    static constexpr std::string_view name = "makers of auto parts";
};

struct named_in_both {
    using parent = above_designated_size;
    static constexpr std::string_view name = "makers of auto parts";
    static constexpr std::string_view name_zh = "汽车零部件企业";
};

struct ventilator_named_in_both {
    using unit = piece_unit;
    static constexpr std::string_view name = "ventilators";
    static constexpr std::string_view name_zh = "呼吸机";
};

struct kind_named_in_both {
    static constexpr std::string_view name = "electricity use";
    static constexpr std::string_view name_zh = "用电量";
};

struct named_in_english_only_child {
    using parent = above_designated_size;
    static constexpr std::string_view name = "makers of bicycles";
};

// A name_zh that is no text is no Chinese name.
struct name_zh_of_a_number {
    static constexpr std::string_view name = "odd";
    static constexpr int name_zh = 7;
};

}  // namespace

static_assert(has_chinese_name<industrial> && has_chinese_name<face_mask>);
static_assert(has_chinese_name<named_in_both> && has_chinese_name<ventilator_named_in_both>);
static_assert(!has_chinese_name<named_in_english_only>);
static_assert(!has_chinese_name<name_zh_of_a_number>);
static_assert(scope<named_in_both> && good<ventilator_named_in_both> &&
              rate_kind<kind_named_in_both>);
static_assert(name_of<industrial>(language::chinese) == "工业企业");

TEST_CASE("a type is named in Chinese where it carries name_zh, else in English") {
    CHECK(name_of<above_designated_size>(language::chinese) == "规模以上工业企业");
    CHECK(name_of<above_designated_size>(language::english) ==
          "industrial enterprises above designated size");
    CHECK(name_of<named_in_both>(language::chinese) == "汽车零部件企业");
    CHECK(name_of<named_in_both>(language::english) == "makers of auto parts");
    CHECK(name_of<named_in_english_only>(language::chinese) == "makers of auto parts");
    CHECK(name_of<name_zh_of_a_number>(language::chinese) == "odd");
    CHECK(name_of<ventilator_named_in_both>(language::chinese) == "呼吸机");
    CHECK(name_of<disinfectant>(language::chinese) == "消毒剂");
    CHECK(name_of<kind_named_in_both>(language::chinese) == "用电量");
    CHECK(name_of<work_resumption>(language::english) == "work resumption");
}

TEST_CASE("the rest of a parent is named in Chinese where both its parts are") {
    CHECK(name_of<rest_of<pharmaceutical_above_designated_size>>(language::chinese) ==
          "规模以上工业企业中除规模以上医药企业以外的企业");
    CHECK(name_of<rest_of<named_in_both>>(language::chinese) ==
          "规模以上工业企业中除汽车零部件企业以外的企业");
    CHECK(!has_chinese_name<rest_of<named_in_english_only_child>>);
    CHECK(name_of<rest_of<named_in_english_only_child>>(language::chinese) ==
          "industrial enterprises above designated size other than makers of bicycles");
}

TEST_CASE("a cohort in Chinese: counts ungrouped, the scope between them, as bulletins print") {
    const cohort<industrial> all{7'681, 6'480};
    CHECK(to_string(all, language::chinese) == "7681家工业企业中已复工6480家");
    CHECK(to_string(all, language::english) == to_string(all));
    CHECK(to_string(cohort<named_in_english_only>{12, 0}, language::chinese) ==
          "12家makers of auto parts中已复工0家");
    // Every cohort of a range: the reader of bulletins (printed.hpp) finds in the Chinese text
    // the two counts, in scope first, each as printed, in full.
    int read = 0;
    for (std::int64_t in_scope = 0; in_scope <= 30'000; in_scope += 997) {
        for (std::int64_t resumed = 0; resumed <= in_scope; resumed += 1'231) {
            const std::string text =
                to_string(cohort<above_designated_size>{in_scope, resumed}, language::chinese);
            const found_figures found = find_figures(text);
            if (found.figures.size() != 2 ||
                found.figures[0].number != decimal{in_scope, 0} ||
                found.figures[1].number != decimal{resumed, 0} ||
                found.figures[0].text != std::to_string(in_scope) + "家" ||
                text.find("规模以上工业企业") == std::string::npos) {
                FAIL_CHECK(text);
            }
            ++read;
        }
    }
    CHECK(read > 300);
}

TEST_CASE("a language cast from an int that names none is refused") {
    const auto unknown = static_cast<language>(7);
    CHECK_THROWS_WITH_AS(name_of<industrial>(unknown), "language 7 is neither english nor chinese",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(to_string(unknown), "language 7 is neither english nor chinese",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(to_string(cohort<industrial>{1, 1}, unknown),
                         "language 7 is neither english nor chinese", std::invalid_argument);
    CHECK(to_string(language::chinese) == "chinese");
}
