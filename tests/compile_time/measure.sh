#!/bin/sh
# measure.sh CXX SOURCE_DIR: the compile-time cost of restoration.
#  1. Times and peak memory of compiling (a) with_restoration.cpp, every concept of the library,
#     and (b) with_boost_units.cpp, the same work by hand on raw Boost.Units; medians of 3 runs.
#  2. The cost of including restoration at all: the CPU time (user + sys) of compiling
#     (c) include_restoration.cpp, <restoration/restoration.hpp> and an empty main, against
#     (d) include_boost_units.cpp, Boost.Units' SI system, <string>, <vector> and <iostream> and
#     an empty main; medians of 5 runs, (c) and (d) taking turns so that a busy spell of a shared
#     machine falls on both. Under CXX, then under whichever of g++ and clang++ is not CXX, if
#     installed.
#  3. For every compile-fail case, the first error line the compiler gives for the mistake, its
#     length without the "file:line:column: " before it, and whether it names the mistake.
# Fails only if a first error line is over 200 characters; times are reported, not judged.
set -eu
cxx=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
flags="-std=c++20 -O2 -I$src/include -fsyntax-only"

median_of_three() { sort -n | sed -n 2p; }

measure() {  # file -> "seconds kilobytes"
    for run in 1 2 3; do
        /usr/bin/time -f "%e %M" -o "$work/time.$run" "$cxx" $flags "$1"
    done
    secs=$(cat "$work"/time.* | awk '{print $1}' | median_of_three)
    kb=$(cat "$work"/time.* | awk '{print $2}' | median_of_three)
    echo "$secs $kb"
}

echo "compiler: $("$cxx" --version | head -n 1)"
a=$(measure "$src/tests/compile_time/with_restoration.cpp")
b=$(measure "$src/tests/compile_time/with_boost_units.cpp")
echo "$a $b" | awk '{
    printf "(a) restoration.hpp, every concept:  %6.2f s  %7.0f MB\n", $1, $2 / 1024
    printf "(b) raw Boost.Units, same work:       %6.2f s  %7.0f MB\n", $3, $4 / 1024
    printf "(a)/(b):                              %6.2f    %7.2f (target: at most 1.5)\n", $1 / $3, $2 / $4
}'

median_of_five() { sort -n | sed -n 3p; }

cpu_seconds() {  # compiler, file (appends its user + sys seconds to $work/cpu.<file>)
    /usr/bin/time -f "%U %S" -o "$work/cpu" "$1" -std=c++20 -O2 -I"$src/include" -c "$2" \
        -o /dev/null
    awk '{ print $1 + $2 }' "$work/cpu" >> "$work/cpu.$(basename "$2")"
}

include_cost() {  # compiler
    c=$src/tests/compile_time/include_restoration.cpp
    d=$src/tests/compile_time/include_boost_units.cpp
    rm -f "$work"/cpu.*
    for run in 1 2 3 4 5; do
        cpu_seconds "$1" "$c"
        cpu_seconds "$1" "$d"
    done
    with=$(median_of_five < "$work/cpu.include_restoration.cpp")
    without=$(median_of_five < "$work/cpu.include_boost_units.cpp")
    echo "$with $without" | awk -v name="$("$1" --version | head -n 1)" '{
        printf "%s\n", name
        printf "  (c) restoration.hpp, empty main:               %5.2f s CPU\n", $1
        printf "  (d) Boost.Units SI, string, vector, iostream:  %5.2f s CPU\n", $2
        printf "  (c)/(d):                                       %5.2f (target: at most 1.25)\n", $1 / $2
    }'
}

echo
echo "the cost of including restoration, medians of 5 (-std=c++20 -O2 -c):"
include_cost "$cxx"
for other in g++ clang++; do
    if [ "$(command -v "$other" || true)" != "" ] &&
       [ "$("$other" --version | head -n 1)" != "$("$cxx" --version | head -n 1)" ]; then
        include_cost "$other"
    fi
done

echo
echo "first error line of each compile-fail case (target: at most 200 characters, naming it):"
status=0
for case in "$src"/tests/compile_fail/*.cpp; do
    name=$(basename "$case" .cpp)
    first=$("$cxx" $flags -DRESTORATION_MISTAKE "$case" 2>&1 | grep -m 1 "error:" || true)
    message=$(printf '%s' "$first" | sed 's/^[^ ]*: error: /error: /')
    length=$(printf '%s' "$message" | wc -c)
    names=no
    case $message in *"restoration: "*) names=yes ;; esac
    printf '%4d  names the mistake: %-3s  %s\n' "$length" "$names" "$name"
    if [ "$length" -gt 200 ]; then
        echo "      $message"
        status=1
    fi
done
exit $status
