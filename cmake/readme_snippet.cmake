# Fails unless the first ```cpp block of README equals the file SNIPPET, so that the program the
# README shows is the one ctest builds and runs.
# cmake -DREADME=... -DSNIPPET=... -P readme_snippet.cmake
file(READ "${README}" readme)
string(FIND "${readme}" "```cpp\n" start)
if(start EQUAL -1)
  message(FATAL_ERROR "${README} has no ```cpp block")
endif()
math(EXPR start "${start} + 7")
string(SUBSTRING "${readme}" ${start} -1 rest)
string(FIND "${rest}" "```\n" stop)
string(SUBSTRING "${rest}" 0 ${stop} block)
file(READ "${SNIPPET}" snippet)
if(NOT block STREQUAL snippet)
  message(FATAL_ERROR "the first ```cpp block of ${README} differs from ${SNIPPET}")
endif()
