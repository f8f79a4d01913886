# Both ways a project uses restoration, each built by ctest as a separate CMake project.
set(_staging "${CMAKE_BINARY_DIR}/staging")
set(_consumer_options
  -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}
  -DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE}
  "-DCMAKE_CXX_FLAGS=${CMAKE_CXX_FLAGS}")

# 1. cmake --install into a staging prefix (a fixture, laid anew each run), then
#    find_package(restoration 0.1 CONFIG REQUIRED) from a project that knows only that prefix.
add_test(NAME package.stage
         COMMAND ${CMAKE_COMMAND} -E rm -rf "${_staging}")
add_test(NAME package.install
         COMMAND ${CMAKE_COMMAND} --install ${CMAKE_BINARY_DIR} --prefix "${_staging}")
set_tests_properties(package.stage PROPERTIES FIXTURES_SETUP staged_clean)
set_tests_properties(package.install PROPERTIES
  FIXTURES_REQUIRED staged_clean FIXTURES_SETUP staged_install)

add_test(NAME package.find_package
  COMMAND ${CMAKE_CTEST_COMMAND}
    --build-and-test "${CMAKE_CURRENT_SOURCE_DIR}/package" "${CMAKE_CURRENT_BINARY_DIR}/find_package"
    --build-generator ${CMAKE_GENERATOR}
    --build-options ${_consumer_options} "-DCMAKE_PREFIX_PATH=${_staging}"
    --test-command consumer)
set_tests_properties(package.find_package PROPERTIES
  FIXTURES_REQUIRED staged_install
  PASS_REGULAR_EXPRESSION "6,480 of 7,681 resumed: 84.4% half up")

# 2. add_subdirectory: the consumer's own test is the only one registered (restoration adds none).
add_test(NAME package.add_subdirectory
  COMMAND ${CMAKE_CTEST_COMMAND}
    --build-and-test "${CMAKE_CURRENT_SOURCE_DIR}/add_subdirectory"
                     "${CMAKE_CURRENT_BINARY_DIR}/add_subdirectory"
    --build-generator ${CMAKE_GENERATOR}
    --build-options ${_consumer_options} "-DRESTORATION_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    --test-command ${CMAKE_CTEST_COMMAND} --output-on-failure)
set_tests_properties(package.add_subdirectory PROPERTIES
  PASS_REGULAR_EXPRESSION "100% tests passed, 0 tests failed out of 1\n")
