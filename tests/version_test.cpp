// version_test.cpp: the version macros are the one source of the package version.
#include <restoration/version.hpp>

#include <doctest/doctest.h>

#include <string>

TEST_CASE("the version macros agree with the CMake project version") {
    const std::string from_macros = std::to_string(RESTORATION_VERSION_MAJOR) + "." +
                                    std::to_string(RESTORATION_VERSION_MINOR) + "." +
                                    std::to_string(RESTORATION_VERSION_PATCH);
    CHECK(from_macros == RESTORATION_PROJECT_VERSION);
}

TEST_CASE("the single version number orders versions") {
    CHECK(RESTORATION_VERSION ==
          RESTORATION_VERSION_MAJOR * 10000 + RESTORATION_VERSION_MINOR * 100 +
              RESTORATION_VERSION_PATCH);
    CHECK(RESTORATION_VERSION == 100);
}
