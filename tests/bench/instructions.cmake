# The instruction-count test: every benchmark kernel, typed against raw, counted by callgrind
# on a reduced data set, failing when typed/raw passes the kernel's budget (budgets.txt).
# Instruction counts are deterministic, so unlike a timed test this one can run in CI.
# RESTORATION_INSTRUCTION_COUNTS: ON (valgrind required), OFF, or AUTO (when valgrind and its
# client-request header are found and the build is optimised and not sanitised).
set(RESTORATION_INSTRUCTION_COUNTS AUTO CACHE STRING
    "Count the benchmark kernels' instructions under callgrind in ctest: ON, OFF or AUTO")
find_program(RESTORATION_VALGRIND valgrind)
find_path(RESTORATION_CALLGRIND_INCLUDE valgrind/callgrind.h)
set(restoration_counts_possible FALSE)
if(RESTORATION_VALGRIND AND RESTORATION_CALLGRIND_INCLUDE)
  set(restoration_counts_possible TRUE)
endif()
if(RESTORATION_INSTRUCTION_COUNTS STREQUAL "ON" AND NOT restoration_counts_possible)
  message(FATAL_ERROR "restoration: RESTORATION_INSTRUCTION_COUNTS=ON needs valgrind "
                      "(Debian's valgrind package)")
endif()
set(restoration_counts OFF)
if(RESTORATION_INSTRUCTION_COUNTS STREQUAL "ON")
  set(restoration_counts ON)
elseif(RESTORATION_INSTRUCTION_COUNTS STREQUAL "AUTO" AND restoration_counts_possible
       AND CMAKE_BUILD_TYPE MATCHES "^(Release|RelWithDebInfo)$"
       AND NOT CMAKE_CXX_FLAGS MATCHES "sanitize")
  set(restoration_counts ON)
endif()
if(restoration_counts)
  add_executable(restoration_instructions ${CMAKE_CURRENT_LIST_DIR}/instructions.cpp)
  target_link_libraries(restoration_instructions PRIVATE restoration::restoration)
  target_include_directories(restoration_instructions SYSTEM PRIVATE
                             ${RESTORATION_CALLGRIND_INCLUDE})
  restoration_warnings(restoration_instructions)
  add_test(NAME bench.instructions
           COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/instructions.sh
                   $<TARGET_FILE:restoration_instructions> ${CMAKE_CURRENT_LIST_DIR}/budgets.txt)
endif()
