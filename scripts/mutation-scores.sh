#!/usr/bin/env bash
# Mutation scores per rule package from PIT's CSV report, checked against each package's floor.
# Score = detected / all mutants, where a mutant no test covers counts as survived (PIT's own "mutation score").
# Usage: scripts/mutation-scores.sh [target/pit-reports/mutations.csv] [scripts/mutation-floors.txt]
# Exits 1 when a package is under its floor (or a package with a floor has no mutants: a rename must move its floor).
set -euo pipefail
cd "$(dirname "$0")/.."
report=${1:-target/pit-reports/mutations.csv}
floors=${2:-scripts/mutation-floors.txt}
[ -s "$report" ] || { echo "no PIT report at $report: run ./mvnw -Pmutation test-compile org.pitest:pitest-maven:mutationCoverage" >&2; exit 1; }
awk -F, -v floors="$floors" '
  BEGIN {
    while ((getline line < floors) > 0) {
      sub(/#.*/, "", line); n = split(line, f, /[ \t]+/)
      if (n >= 2 && f[1] != "") floor[f[1]] = f[2]
      else if (n >= 3 && f[2] != "") floor[f[2]] = f[3]
    }
  }
  {
    cls = $2; pkg = cls; sub(/\.[^.]+$/, "", pkg)
    total[pkg]++
    if ($6 != "SURVIVED" && $6 != "NO_COVERAGE" && $6 != "NOT_STARTED" && $6 != "STARTED") detected[pkg]++
    if ($6 == "NO_COVERAGE") uncovered[pkg]++
  }
  END {
    failed = 0
    printf "%-40s %8s %8s %9s %7s %6s\n", "package", "mutants", "detected", "uncovered", "score", "floor"
    for (p in total) seen[p] = 1
    for (p in floor) seen[p] = 1
    cmd = "sort"
    for (p in seen) {
      t = total[p] + 0; d = detected[p] + 0
      score = t ? 100 * d / t : 0
      fl = (p in floor) ? floor[p] : "-"
      verdict = ""
      if ((p in floor) && (t == 0 || score < floor[p])) { verdict = "  BELOW FLOOR"; failed = 1 }
      printf "%-40s %8d %8d %9d %6.1f%% %6s%s\n", p, t, d, uncovered[p] + 0, score, fl, verdict | cmd
    }
    close(cmd)
    exit failed
  }' "$report"
