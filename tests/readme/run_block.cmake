# The test of one ```cpp block of the README: builds its target, runs it, and compares its
# output with the ```text block the README shows after it, if any. Every failure names the line.
# cmake -DWHERE=README.md:<line> -DKIND=<kind> -DBUILD_DIR=... -DTARGET=... -DPROGRAM=...
#       [-DARGS=<argument>] [-DEXPECTED=<file> -DOUTPUT_LINE=<line>] -P run_block.cmake
# (The fragments share one target, readme_fragments, and ARGS names the one to run.)
# cmake -DWHERE=... -DPROBLEM=<what is wrong> -P run_block.cmake   fails at once, saying so
if(DEFINED PROBLEM)
  message(FATAL_ERROR "${WHERE}: ${PROBLEM}")
endif()

execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target "${TARGET}"
                OUTPUT_VARIABLE log ERROR_VARIABLE log RESULT_VARIABLE status)
if(NOT status EQUAL 0 AND "${TARGET}" STREQUAL "readme_fragments")
  message(FATAL_ERROR "${WHERE}: the README's fragments, compiled together, do not compile, this "
                      "one or another; the compiler's lines are README.md's:\n${log}")
elseif(NOT status EQUAL 0)
  message(FATAL_ERROR "${WHERE}: the ```cpp block (${KIND}) does not compile; the compiler's "
                      "lines are README.md's:\n${log}")
endif()

execute_process(COMMAND "${PROGRAM}" ${ARGS}
                OUTPUT_VARIABLE actual ERROR_VARIABLE errors RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${WHERE}: the ```cpp block (${KIND}) compiles, but its program exited "
                      "with ${status}:\n${errors}")
endif()

if(DEFINED EXPECTED)
  file(READ "${EXPECTED}" expected)
  if(NOT actual STREQUAL expected)
    set(actual_file "${EXPECTED}.actual")
    file(WRITE "${actual_file}" "${actual}")
    execute_process(COMMAND diff -u "${EXPECTED}" "${actual_file}" OUTPUT_VARIABLE difference)
    message(FATAL_ERROR "${WHERE}: the program prints other than the ```text block at "
                        "README.md:${OUTPUT_LINE} shows (- README, + printed):\n${difference}")
  endif()
endif()
