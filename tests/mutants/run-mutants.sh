#!/bin/sh
# run-mutants.sh: how many small planted bugs do the tests catch?
#
# Each line of mutations.tsv plants one plausible bug (an off-by-one, a >= made
# >, a dropped check, a wrong constant, a missing rollback) in a copy of the
# sources, builds only the tests named on that line, runs them, and puts the
# original back. A mutant is caught when one of its tests fails (or times out).
# A mutant that no longer compiles proves nothing about the tests and is left
# out of the count.
#
# The working tree is never touched: HEAD is exported to $MUTANTS_SRC (default
# /tmp/mutants-src) and built there in _build-mutants. Run it at a low priority
# on a shared machine:
#
#   nice -n 19 tests/mutants/run-mutants.sh [FIRST [LAST]]
#
# FIRST and LAST (1-based line numbers of mutations, comments skipped) run a
# slice. The log of every mutant is kept in $MUTANTS_SRC/logs.
#
# Copyright 2026 The Guatu authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
list="$here/mutations.tsv"
src=${MUTANTS_SRC:-/tmp/mutants-src}
build="$src/_build-mutants"
logs="$src/logs"
first=${1:-1}
last=${2:-100000}

# Tests that run the guatu binary as well as their own.
needs_binary() {
  case " $1 " in
    *" test-cli "*|*" test-cli-import "*|*" test-faults "*) return 0 ;;
    *" test-export "*|*" test-export-targets "*) return 0 ;;
    *" test-store-live "*) return 0 ;;
  esac
  return 1
}

targets_for() {
  # The catalogues too: some tests read their messages in zh_CN; and the
  # settings' schema, which the office's rules are read from.
  t="guatu-gmo data/gschemas.compiled"
  for name in $1; do
    t="$t tests/$name"
  done
  if needs_binary "$1"; then
    t="$t src/guatu"
  fi
  # test-store-live's other program.
  case " $1 " in
    *" test-store-live "*) t="$t tests/live-edit" ;;
  esac
  echo "$t"
}

run_tests() {
  # $1: tests, $2: log. Timed and benchmark tests are never listed.
  # shellcheck disable=SC2086
  meson test -C "$build" --no-rebuild --timeout-multiplier 3 --print-errorlogs $1 >>"$2" 2>&1
}

# The copy is removed first: never the working tree, never /.
case "$src" in
  /|"$repo"|"$repo"/*) echo "MUTANTS_SRC must be a folder of its own, not $src"; exit 1 ;;
esac
rm -rf "$src"
mkdir -p "$src"
git -C "$repo" archive HEAD | tar -x -C "$src" || exit 1
mkdir -p "$logs"
echo "sources: HEAD $(git -C "$repo" rev-parse --short HEAD)"
meson setup "$build" "$src" >"$logs/setup.log" 2>&1 || { cat "$logs/setup.log"; exit 1; }

# Every test a mutant may run must pass on the unchanged sources first;
# otherwise its failure would say nothing.
all_tests=$(grep -v '^#' "$list" | cut -f4 | tr ' ' '\n' | sort -u | tr '\n' ' ')
echo "baseline: building and running $all_tests"
# shellcheck disable=SC2046
if ! ninja -C "$build" $(targets_for "$all_tests") >"$logs/baseline.log" 2>&1 ||
   ! run_tests "$all_tests" "$logs/baseline.log"; then
  echo "the unchanged sources fail: see $logs/baseline.log"
  exit 1
fi

n=0
# Fields split by python, joined by the unit separator: a tab is white space to
# read(1), which would fold an empty replacement into the next field.
us=$(printf '\037')
python3 -c '
import sys
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("#") or not line.strip():
        continue
    fields = line.split("\t")
    if len(fields) != 4:
        sys.exit("bad line: " + line)
    print("\037".join(fields))
' "$list" | while IFS="$us" read -r file original replacement tests; do
  n=$((n + 1))
  if [ -z "$tests" ]; then
    echo "mutant $n: NO TESTS LISTED ($file)" | tee -a "$logs/summary"
    continue
  fi
  if [ "$n" -lt "$first" ] || [ "$n" -gt "$last" ]; then
    continue
  fi
  log="$logs/mutant-$n.log"
  cp -p "$src/$file" "$src/$file.orig"
  if ! python3 - "$src/$file" "$original" "$replacement" <<'EOF'
import sys

def unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s) and s[i + 1] in "nt\\":
            out.append({"n": "\n", "t": "\t", "\\": "\\"}[s[i + 1]])
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)

path, original, replacement = sys.argv[1], unescape(sys.argv[2]), unescape(sys.argv[3])
text = open(path, encoding="utf-8").read()
if text.count(original) != 1:
    sys.exit("%s: the snippet occurs %d times" % (path, text.count(original)))
open(path, "w", encoding="utf-8").write(text.replace(original, replacement))
EOF
  then
    echo "mutant $n: NOT PLANTED ($file)" | tee -a "$logs/summary"
    mv "$src/$file.orig" "$src/$file"
    continue
  fi

  echo "== mutant $n: $file: $original -> $replacement [$tests]" >"$log"
  # shellcheck disable=SC2046
  if ! ninja -C "$build" $(targets_for "$tests") >>"$log" 2>&1; then
    result="stillborn"
  elif run_tests "$tests" "$log"; then
    result="SURVIVED"
  else
    result="caught"
  fi
  # The original back, newer than anything built from the mutant.
  mv "$src/$file.orig" "$src/$file"
  touch "$src/$file"
  printf 'mutant %s: %s: %s: %s -> %s [%s]\n' "$n" "$result" "$file" "$original" \
    "$replacement" "$tests" | tee -a "$logs/summary"
done

caught=$(grep -c ': caught: ' "$logs/summary" 2>/dev/null)
survived=$(grep -c ': SURVIVED: ' "$logs/summary" 2>/dev/null)
stillborn=$(grep -c ': stillborn: ' "$logs/summary" 2>/dev/null)
total=$((caught + survived))
echo
echo "caught $caught of $total (not compiling, left out: $stillborn)"
if [ "$survived" -gt 0 ]; then
  echo "survivors:"
  grep ': SURVIVED: ' "$logs/summary"
fi
