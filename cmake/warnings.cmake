# The project's own targets (tests, examples) build with these warnings, as errors in CI. Beyond
# -Wall -Wextra -Wpedantic: the conversions and shadowing that users' stricter builds warn of,
# in the library's templates as the tests and examples instantiate them.
option(RESTORATION_WARNINGS_AS_ERRORS "Treat warnings of tests and examples as errors" OFF)

function(restoration_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion
                                           -Wshadow)
  if(RESTORATION_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
