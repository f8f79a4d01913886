#!/bin/sh
# cmake/syntax_only.sh COMPILER ARGS...: the compiler launcher of targets that need only be
# compiled, not built (the compile-fail cases' correct twins). Runs the compile command as CMake
# wrote it, with -fsyntax-only: the front end runs whole (templates instantiated, constant
# expressions evaluated, the dependency file written) and code generation is skipped. The object
# the build expects is left empty.
set -e
object=
previous=
for argument in "$@"; do
  if [ "$previous" = "-o" ]; then
    object=$argument
  fi
  previous=$argument
done
"$@" -fsyntax-only
if [ -n "$object" ]; then
  : > "$object"
fi
