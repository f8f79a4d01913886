// detail/scope.hpp: what scope.hpp derives from a scope's declarations at compile time: its
// parent, and the name of the rest of a parent once a sub-scope is taken out.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace restoration::detail {

template <class Scope>
struct parent_of {
    using type = void;
};
template <class Scope>
    requires requires { typename Scope::parent; }
struct parent_of<Scope> {
    using type = typename Scope::parent;
};

template <const std::string_view&... Parts>
struct joined {
    static constexpr auto text = [] {
        std::array<char, (Parts.size() + ...)> out{};
        std::size_t at = 0;
        for (std::string_view part : {Parts...}) {
            for (char c : part) {
                out[at++] = c;
            }
        }
        return out;
    }();
    static constexpr std::string_view value{text.data(), text.size()};
};

inline constexpr std::string_view other_than = " other than ";

}  // namespace restoration::detail
