# Preprocesses unwanted.cpp for one header, which fails if the header brought in a heavy header it
# has no use for. The command is the one the build would run for the includes_probe target, as
# CMake wrote it in compile_commands.json (the same flags and include directories as any test),
# with -E: the include guards are all the check reads, and the preprocessor sets them.
# cmake -DCOMMANDS=<build>/compile_commands.json -DHEADER=<restoration/cohort.hpp>
#       -DMAY_INCLUDE=CHRONO,MAP -P check.cmake
file(READ "${COMMANDS}" commands)
string(JSON count LENGTH "${commands}")
math(EXPR last "${count} - 1")
set(command "")
foreach(i RANGE ${last})
  string(JSON candidate GET "${commands}" ${i} command)
  if(candidate MATCHES "/includes_probe\\.dir/")
    set(command "${candidate}")
    string(JSON directory GET "${commands}" ${i} directory)
    break()
  endif()
endforeach()
if(command STREQUAL "")
  message(FATAL_ERROR "${COMMANDS} has no command for includes_probe")
endif()
separate_arguments(command UNIX_COMMAND "${command}")
list(FIND command "-o" at)
if(at GREATER -1)  # the preprocessed text is not kept: drop "-o <object>"
  math(EXPR after "${at} + 1")
  list(REMOVE_AT command ${at} ${after})
endif()
set(defines "-DRESTORATION_HEADER=${HEADER}")
string(REPLACE "," ";" MAY_INCLUDE "${MAY_INCLUDE}")
foreach(name IN LISTS MAY_INCLUDE)
  list(APPEND defines "-DRESTORATION_MAY_INCLUDE_${name}")
endforeach()
execute_process(COMMAND ${command} -E ${defines} WORKING_DIRECTORY "${directory}"
                RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
  message(NOTICE "${errors}")  # as the compiler wrote it, unwrapped
  message(FATAL_ERROR "${HEADER} brings in a header it has no use for")
endif()
message(STATUS "${HEADER} brings in nothing it has no use for")
