#!/bin/sh
# build.sh CXX PREFIX OUT [fmt]: builds the package consumer with pkg-config and the compiler
# alone, no CMake, against restoration installed under PREFIX, then runs it; with "fmt", once more
# with restoration-fmt's flags, which must bring {fmt}'s (its library too).
set -eu
cxx=$1 prefix=$2 out=$3 with=${4:-}
here=$(dirname "$0")
export PKG_CONFIG_PATH="$prefix/share/pkgconfig"
echo "pkg-config --modversion restoration: $(pkg-config --modversion restoration)"
cflags=$(pkg-config --cflags restoration)
echo "pkg-config --cflags restoration: $cflags"
# shellcheck disable=SC2086 # the flags are words
"$cxx" -std=c++20 $cflags "$here/../package/consumer.cpp" -o "$out"
"$out"
[ "$with" = fmt ] || exit 0

echo "pkg-config --modversion restoration-fmt: $(pkg-config --modversion restoration-fmt)"
echo "pkg-config --print-requires restoration-fmt: $(pkg-config --print-requires restoration-fmt | tr '\n' ' ')"
fmt_flags=$(pkg-config --cflags --libs restoration-fmt)
echo "pkg-config --cflags --libs restoration-fmt: $fmt_flags"
# shellcheck disable=SC2086 # the flags are words
"$cxx" -std=c++20 -DRESTORATION_CONSUMER_FMT "$here/../package/consumer.cpp" $fmt_flags -o "$out-fmt"
"$out-fmt"
