# The ways a project uses restoration, each built by ctest as a project of its own.
set(_staging "${CMAKE_BINARY_DIR}/staging")
set(_consumer_options
  -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}
  -DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE}
  "-DCMAKE_CXX_FLAGS=${CMAKE_CXX_FLAGS}")
# The installed consumers find the fmt component and format with {fmt} where restoration has
# restoration::fmt (where {fmt} was found), and say so.
set(_printed "6,480 of 7,681 resumed: 84.4% half up\n")
set(_pkg_config_fmt "")
set(_pkg_config_printed "")
if(TARGET restoration_fmt)
  list(APPEND _consumer_options -DRESTORATION_CONSUMER_FMT=ON)
  string(APPEND _printed "with fmt: \\[   84.4%\\] 7681家工业企业中已复工6480家\n")
  set(_pkg_config_fmt fmt)
  set(_pkg_config_printed ".*--modversion restoration-fmt: ${PROJECT_VERSION}\n.*--print-requires restoration-fmt: restoration = ${PROJECT_VERSION} fmt >= 9 *\n.*--cflags --libs restoration-fmt: -I[^\n]*/include[^\n]* -lfmt *\n${_printed}")
endif()

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
  PASS_REGULAR_EXPRESSION "${_printed}")

# 2. add_subdirectory: the consumer's own test is the only one registered (restoration adds none);
#    it installs restoration, links restoration::fmt, and finds no CPack configuration of ours.
add_test(NAME package.add_subdirectory
  COMMAND ${CMAKE_CTEST_COMMAND}
    --build-and-test "${CMAKE_CURRENT_SOURCE_DIR}/add_subdirectory"
                     "${CMAKE_CURRENT_BINARY_DIR}/add_subdirectory"
    --build-generator ${CMAKE_GENERATOR}
    --build-options ${_consumer_options} "-DRESTORATION_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    --test-command ${CMAKE_CTEST_COMMAND} --output-on-failure)
set_tests_properties(package.add_subdirectory PROPERTIES
  PASS_REGULAR_EXPRESSION "100% tests passed, 0 tests failed out of 1\n")

# 3. pkg-config, and no CMake: the consumer built by the compiler with pkg-config's flags.
add_test(NAME package.pkg_config
  COMMAND sh "${CMAKE_CURRENT_SOURCE_DIR}/pkg-config/build.sh" "${CMAKE_CXX_COMPILER}"
             "${_staging}" "${CMAKE_CURRENT_BINARY_DIR}/pkg_config_consumer"
             ${_pkg_config_fmt})
set_tests_properties(package.pkg_config PROPERTIES
  FIXTURES_REQUIRED staged_install
  PASS_REGULAR_EXPRESSION "--modversion restoration: ${PROJECT_VERSION}\n.*--cflags restoration: -I[^\n]*/include *\n6,480 of 7,681 resumed: 84.4% half up\n${_pkg_config_printed}")

# 4. The Debian package: made with cpack, passed by lintian, unpacked into a root of its own and
#    found there with find_package.
set(_deb_dir "${CMAKE_BINARY_DIR}/deb")
set(_deb "${_deb_dir}/librestoration-dev_${PROJECT_VERSION}_all.deb")
set(_deb_root "${_deb_dir}/root")
add_test(NAME package.deb_build
         COMMAND ${CMAKE_CPACK_COMMAND} -G DEB -B "${_deb_dir}"
                 --config "${CMAKE_BINARY_DIR}/CPackConfig.cmake")
add_test(NAME package.deb_unpack
         COMMAND sh -c "rm -rf '${_deb_root}' && dpkg-deb -x '${_deb}' '${_deb_root}'")
set_tests_properties(package.deb_build PROPERTIES FIXTURES_SETUP deb_built)
set_tests_properties(package.deb_unpack PROPERTIES
  FIXTURES_REQUIRED deb_built FIXTURES_SETUP deb_unpacked)

find_program(RESTORATION_LINTIAN lintian)
if(RESTORATION_LINTIAN)
  add_test(NAME package.deb_lintian COMMAND ${RESTORATION_LINTIAN} --fail-on error "${_deb}")
else()
  add_test(NAME package.deb_lintian
           COMMAND ${CMAKE_COMMAND} -E echo "lintian not found: install it (Debian: lintian)")
  set_tests_properties(package.deb_lintian PROPERTIES WILL_FAIL TRUE)
endif()
set_tests_properties(package.deb_lintian PROPERTIES FIXTURES_REQUIRED deb_built)

add_test(NAME package.deb_find_package
  COMMAND ${CMAKE_CTEST_COMMAND}
    --build-and-test "${CMAKE_CURRENT_SOURCE_DIR}/package" "${CMAKE_CURRENT_BINARY_DIR}/deb_consumer"
    --build-generator ${CMAKE_GENERATOR}
    --build-options ${_consumer_options} "-DCMAKE_PREFIX_PATH=${_deb_root}/usr"
                    "-DCMAKE_FIND_PACKAGE_NO_SYSTEM_PACKAGE_REGISTRY=ON"
    --test-command consumer)
set_tests_properties(package.deb_find_package PROPERTIES
  FIXTURES_REQUIRED deb_unpacked
  PASS_REGULAR_EXPRESSION "${_printed}")

# Each consumer is a CMake project configured and built at test time: ctest starts these, and the
# steps they wait for, before the quick tests (tests/CMakeLists.txt says why).
set_tests_properties(package.stage package.install package.find_package package.add_subdirectory
                     package.pkg_config package.deb_build package.deb_unpack package.deb_lintian
                     package.deb_find_package PROPERTIES COST 8)
