# The project's own targets (tests, examples) build with these warnings, as errors in CI.
option(RESTORATION_WARNINGS_AS_ERRORS "Treat warnings of tests and examples as errors" OFF)

function(restoration_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(RESTORATION_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
