# Builds one compile-fail target and checks the diagnostic a user sees first: the first line that
# says "error: " must, after that prefix, be at most 200 characters and match the case's
# "// expect: <regular expression>". A case that only a later line can name (the compiler words
# {fmt}'s compile-time checks itself) says "// expect anywhere: <regular expression>" instead.
# cmake -DBUILD_DIR=... -DTARGET=... -DSOURCE=... -P compile_fail.cmake
execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target "${TARGET}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
set(output "${output}${errors}")
if(result EQUAL 0)
  message(FATAL_ERROR "${TARGET} compiled: the mistake in ${SOURCE} is not refused")
endif()

file(STRINGS "${SOURCE}" expect REGEX "^// expect: ")
file(STRINGS "${SOURCE}" anywhere REGEX "^// expect anywhere: ")
string(REGEX REPLACE "^// expect: " "" expect "${expect}")
string(REGEX REPLACE "^// expect anywhere: " "" anywhere "${anywhere}")

if(NOT anywhere STREQUAL "")
  if(NOT output MATCHES "${anywhere}")
    message(FATAL_ERROR "${TARGET} failed, but no line matches '${anywhere}':\n${output}")
  endif()
  return()
endif()

string(REGEX MATCH "error: [^\n]*" first "${output}")
string(REGEX REPLACE "^error: " "" first "${first}")
string(LENGTH "${first}" length)
if(NOT first MATCHES "${expect}")
  message(FATAL_ERROR "${TARGET}: the first error does not name the mistake ('${expect}'):\n"
                      "${first}\n\nwhole output:\n${output}")
endif()
if(length GREATER 200)
  message(FATAL_ERROR "${TARGET}: the first error is ${length} characters, over 200:\n${first}")
endif()
message(STATUS "${TARGET}: first error, ${length} characters: ${first}")
