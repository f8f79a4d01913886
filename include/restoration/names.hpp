// names.hpp: the name of a scope, good or kind of rate in a report's language, English or
// Chinese, and a cohort stated as a Chinese bulletin states it.
//
// A type may carry its Chinese name beside its English one; it is never required:
//   struct auto_parts { using parent = restoration::above_designated_size;
//                       static constexpr std::string_view name = "auto parts makers";
//                       static constexpr std::string_view name_zh = "汽车零部件企业"; };
//   name_of<auto_parts>(language::chinese)        // "汽车零部件企业"
//   name_of<above_designated_size>(language::chinese)   // "规模以上工业企业"
//   to_string(cohort<industrial>{7'681, 6'480}, language::chinese)
//       // "7681家工业企业中已复工6480家", as "全市1081家规上工业企业中,已复工企业达1010家"
//   fmt::format("{:zh}", all)                      // the same, through fmt.hpp
// A type with no Chinese name is named in English in a Chinese report: the name is never left
// out, and a reader sees at once which type lacks its name_zh.
#pragma once

#include <concepts>
#include <stdexcept>
#include <string>
#include <string_view>

#include <restoration/cohort.hpp>
#include <restoration/format.hpp>

namespace restoration {

enum class language { english, chinese };

// A type that declares `static constexpr std::string_view name_zh`.
template <class T>
concept has_chinese_name = requires {
    { T::name_zh } -> std::convertible_to<std::string_view>;
};

namespace detail {

[[noreturn]] [[gnu::cold]] inline void refuse_language(language in) {
    throw std::invalid_argument("language " + std::to_string(static_cast<int>(in)) +
                                " is neither english nor chinese");
}

}  // namespace detail

constexpr std::string_view to_string(language in) {
    switch (in) {
    case language::english: return "english";
    case language::chinese: return "chinese";
    }
    detail::refuse_language(in);
}

// T's name in `in`: its name_zh in Chinese where it has one, else its English name.
template <class T>
constexpr std::string_view name_of(language in) {
    if (in != language::english && in != language::chinese) {
        detail::refuse_language(in);
    }
    if constexpr (has_chinese_name<T>) {
        if (in == language::chinese) {
            return T::name_zh;
        }
    }
    return T::name;
}

// In English as to_string(c) (format.hpp): "6,480 of 7,681 industrial enterprises resumed". In
// Chinese as the bulletins print it, counts ungrouped and the scope between them:
// "7681家工业企业中已复工6480家".
template <class Scope, class Count>
std::string to_string(const cohort<Scope, Count>& c, language in) {
    if (in == language::english) {
        return to_string(c);
    }
    const std::string_view scope_name = name_of<Scope>(in);  // refuses a language of no name
    return std::to_string(c.in_scope()) + "家" + std::string(scope_name) + "中已复工" +
           std::to_string(c.resumed()) + "家";
}

}  // namespace restoration
