#!/bin/sh
# build.sh CXX PREFIX OUT: builds the package consumer with pkg-config and the compiler alone,
# no CMake, against restoration installed under PREFIX, then runs it.
set -eu
cxx=$1 prefix=$2 out=$3
here=$(dirname "$0")
export PKG_CONFIG_PATH="$prefix/share/pkgconfig"
echo "pkg-config --modversion restoration: $(pkg-config --modversion restoration)"
cflags=$(pkg-config --cflags restoration)
echo "pkg-config --cflags restoration: $cflags"
# shellcheck disable=SC2086 # the flags are words
"$cxx" -std=c++20 $cflags "$here/../package/consumer.cpp" -o "$out"
"$out"
