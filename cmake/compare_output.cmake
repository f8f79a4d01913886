# Runs PROGRAM [ARGS] and fails unless its standard output equals the file EXPECTED byte for byte.
# cmake -DPROGRAM=... -DEXPECTED=... [-DARGS=a;b] -P compare_output.cmake
execute_process(COMMAND "${PROGRAM}" ${ARGS}
                OUTPUT_VARIABLE actual
                ERROR_VARIABLE errors
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${status}:\n${errors}")
endif()
file(READ "${EXPECTED}" expected)
if(NOT actual STREQUAL expected)
  get_filename_component(name "${EXPECTED}" NAME)
  set(actual_file "${CMAKE_CURRENT_BINARY_DIR}/${name}.actual")
  file(WRITE "${actual_file}" "${actual}")
  execute_process(COMMAND diff -u "${EXPECTED}" "${actual_file}" OUTPUT_VARIABLE difference)
  message(FATAL_ERROR "output differs from ${EXPECTED} (actual output in ${actual_file}):\n${difference}")
endif()
