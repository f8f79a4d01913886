#!/bin/sh
# instructions.sh PROGRAM BUDGETS: counts each kernel's instructions, typed and raw, under
# callgrind (Debian's valgrind), prints typed/raw per kernel and fails when a ratio passes its
# budget. Instruction counts do not vary from run to run as times do, so a ratio past its budget
# is a regression, not noise. BUDGETS holds lines "kernel ratio"; "*" gives the default.
set -eu
program=$1
budgets=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

valgrind --tool=callgrind --callgrind-out-file="$out/dump" "$program" >"$out/log" 2>&1 || {
    cat "$out/log"
    echo "instructions: $program failed under valgrind"
    exit 1
}
grep -v '^==' "$out/log" || true

# Each dump names its run ("desc: Trigger: Client Request: pooling typed") and its total.
for dump in $(cd "$out" && ls dump.* | sort -t. -k2 -n); do
    dump="$out/$dump"
    run=$(sed -n 's/^desc: Trigger: Client Request: //p' "$dump")
    total=$(sed -n 's/^summary: //p' "$dump")
    [ -n "$run" ] && echo "$run $total"
done | awk -v budgets="$budgets" '
    BEGIN {
        while ((getline line < budgets) > 0) {
            if (line ~ /^[[:space:]]*(#|$)/) continue
            split(line, field)
            budget[field[1]] = field[2]
        }
    }
    { count[$1 " " $2] = $3; if (!($1 in seen)) { seen[$1] = 1; order[++kernels] = $1 } }
    END {
        printf "%-26s %14s %14s %9s %7s\n", "kernel", "typed", "raw", "typed/raw", "budget"
        failed = 0
        for (i = 1; i <= kernels; ++i) {
            k = order[i]
            limit = (k in budget) ? budget[k] : budget["*"]
            if (!((k " typed") in count) || !((k " raw") in count) || count[k " raw"] == 0) {
                printf "%-26s missing a count\n", k
                failed = 1
                continue
            }
            ratio = count[k " typed"] / count[k " raw"]
            verdict = ratio <= limit ? "" : "  OVER BUDGET"
            if (ratio > limit) failed = 1
            printf "%-26s %14d %14d %9.3f %7.2f%s\n", k, count[k " typed"], count[k " raw"],
                   ratio, limit, verdict
        }
        if (kernels == 0) { print "no kernel was counted"; failed = 1 }
        exit failed
    }'
