# Compiles one compile-fail case and checks the diagnostic a user sees first: the first line that
# says "error: " must, after that prefix, be at most 200 characters and match the case's
# "// expect: <regular expression>". A case that only a later line can name (the compiler words
# {fmt}'s compile-time checks itself) says "// expect anywhere: <regular expression>" instead.
# cmake -DCOMMANDS=<build>/compile_commands.json -DTARGET=... -DSOURCE=... -P compile_fail.cmake
#
# The case is compiled by the very command the build would run for TARGET, as CMake wrote it in
# compile_commands.json, with -fsyntax-only: every diagnostic a compiler gives a mistake comes
# from its front end, which -fsyntax-only runs whole (templates are instantiated, constant
# expressions evaluated); only code generation, which a failed compile never reaches, is skipped.
# Run so, not through the build tool, the cases need no lock on the build tree and ctest runs
# them side by side.
file(READ "${COMMANDS}" commands)
string(JSON count LENGTH "${commands}")
math(EXPR last "${count} - 1")
set(command "")
foreach(i RANGE ${last})
  string(JSON candidate GET "${commands}" ${i} command)
  if(candidate MATCHES "/${TARGET}\\.dir/")  # its object, "-o .../<target>.dir/<case>.o"
    set(command "${candidate}")
    string(JSON directory GET "${commands}" ${i} directory)
    break()
  endif()
endforeach()
if(command STREQUAL "")
  message(FATAL_ERROR "${COMMANDS} has no command for ${TARGET}")
endif()
separate_arguments(command UNIX_COMMAND "${command}")
list(FIND command "-o" at)
if(at GREATER -1)  # no object is written: drop "-o <object>"
  math(EXPR after "${at} + 1")
  list(REMOVE_AT command ${at} ${after})
endif()
execute_process(COMMAND ${command} -fsyntax-only WORKING_DIRECTORY "${directory}"
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
