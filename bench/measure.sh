# bench/measure.sh — sourced by bench/indicators and bench/indicators-postgres: timing commands several times.
# The host's clock varies from run to run and drifts over minutes (the same floor query took 0.46–0.99 s within an
# hour), so the commands of a scale are timed in rounds, one run of each per round (`rounds`): a slow minute then falls
# on the rebuild and the floor alike rather than on one of them. Each figure is the median of $runs rounds, and every
# run's time is kept beside it.

runs=${runs:-5}

# timed_once OUT BEFORE CMD...: runs CMD once under /usr/bin/time, after the shell command BEFORE ("" for nothing);
# appends "wall-seconds peak-KiB" to OUT and keeps the run's output in OUT.log.
timed_once() {
    local out=$1 before=$2
    shift 2
    if [[ -n $before ]]; then eval "$before"; fi
    /usr/bin/time -f "%e %M" -a -o "$out" "$@" > "$out.log"
}

# rounds: $runs rounds of the three commands of a scale — the usual rebuild (over the stored cells), a rebuild into an
# empty table (EMPTY_FIRST empties it first), and the floor. Needs: rebuilt, empty, floor (the OUT files), rebuild_cmd
# and floor_cmd (arrays), empty_first.
rounds() {
    : > "$rebuilt"; : > "$empty"; : > "$floor"
    # First an untimed rebuild: the stored cells are then a rebuild's own (a migration may have emptied them, or
    # changed how they are kept), as they are when a rebuild runs over cells kept write by write.
    "${rebuild_cmd[@]}" > /dev/null
    for ((run = 0; run < runs; run++)); do
        timed_once "$rebuilt" "" "${rebuild_cmd[@]}"
        timed_once "$empty" "$empty_first" "${rebuild_cmd[@]}"
        timed_once "$floor" "" "${floor_cmd[@]}"
    done
}

# The median wall time in OUT, the runs' times ("a, b, c") and the largest peak RSS in MiB.
median_wall() { awk '{ print $1 }' "$1" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
all_walls() { awk '{ print $1 }' "$1" | paste -sd, - | sed 's/,/, /g'; }
peak_mib() { awk '{ if ($2 > m) m = $2 } END { print int(m / 1024) }' "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

# One result line for a scale: the usual rebuild (over the stored cells), a rebuild into an empty table, and the floor.
# Needs: scale, label (size), rebuilt (OUT of the usual rebuilds), empty (OUT of those from empty), floor (OUT), engine.
result_line() {
    local counts phases
    counts=$(grep -o 'Rebuilt .* children' "$rebuilt.log" | tail -1)
    phases=$(grep -o 'reading and counting [0-9.]* s, writing [0-9.]* s' "$rebuilt.log" | tail -1)
    local r e f
    r=$(median_wall "$rebuilt"); e=$(median_wall "$empty"); f=$(median_wall "$floor")
    echo "- ×$scale ($label): \`spor rebuild --indicators\` — $counts; median of $runs rounds: over the stored cells $r s ($(all_walls "$rebuilt"); last: $phases), into an empty table $e s ($(all_walls "$empty")); peak RSS $(peak_mib "$empty") MiB; floor ($engine GROUP BY) $f s ($(all_walls "$floor")); ratio **$(ratio "$r" "$f")×** over the stored cells, $(ratio "$e" "$f")× into an empty table"
}
