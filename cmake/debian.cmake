# The Debian package: cpack -G DEB makes librestoration-dev_<version>_all.deb, which installs
# the headers, the CMake package and the pkg-config file under /usr and depends on Boost's
# headers. Its copyright and changelog are what lintian asks of a package.
set(RESTORATION_MAINTAINER "restoration maintainers <maintainers@restoration.invalid>")
set(RESTORATION_RELEASE_DATE "Thu, 26 Nov 2026 00:00:00 +0000")

# Documents go where the package keeps them, share/doc/<package>, in any install.
set(RESTORATION_DOC_DIR "${CMAKE_INSTALL_DATADIR}/doc/librestoration-dev")
install(FILES LICENSE DESTINATION "${RESTORATION_DOC_DIR}" RENAME copyright)
find_program(RESTORATION_GZIP gzip)
if(RESTORATION_GZIP)
  configure_file(cmake/changelog.in "${PROJECT_BINARY_DIR}/changelog" @ONLY)
  # -n: no name or time stamp in the archive, so that the package is reproducible.
  execute_process(COMMAND "${RESTORATION_GZIP}" -9 -n -f -k "${PROJECT_BINARY_DIR}/changelog")
  install(FILES "${PROJECT_BINARY_DIR}/changelog.gz" DESTINATION "${RESTORATION_DOC_DIR}")
endif()

# CPack is configured only by restoration built on its own: in a project that takes it in with
# add_subdirectory, CPackConfig.cmake, in the top build directory, is that project's to write.
if(PROJECT_IS_TOP_LEVEL)
  set(CPACK_PACKAGE_NAME "librestoration-dev")
  set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
  set(CPACK_PACKAGE_CONTACT "${RESTORATION_MAINTAINER}")
  set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "unit-safe types for industrial restoration figures")
  # CPack puts the summary first and indents these lines itself.
  set(CPACK_PACKAGE_DESCRIPTION "restoration is a header-only C++20 library for the figures published when
industry restarts after a shutdown: cohorts of enterprises, work-resumption
and production-restoration rates, and the output of key goods, on
Boost.Units. Mixing goods, averaging rates or a rate that does not follow from
its counts fail to compile or fail loudly; printed figures can be audited.")
  set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE "all")
  set(CPACK_DEBIAN_PACKAGE_SECTION "libdevel")
  set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libboost-dev (>= 1.74)")
  set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libfmt-dev")
  set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
  set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
  set(CPACK_GENERATOR "DEB")
  set(CPACK_SOURCE_GENERATOR "")
  include(CPack)
endif()
