#!/usr/bin/env bash
# Whole-process time of a default run, from process start to exit (issue 18 part 1): what a student or a
# shell loop feels. BenchmarkDotNet cannot time process start, so this runs the program RUNS times and
# prints the median and the spread of the wall times.
#   bash benchmarks/startup.sh                       # jan-eef, 2,000 residents x 520 weeks, --no-plots
#   RUNS=31 bash benchmarks/startup.sh -- --threads 1 # extra arguments for `run` after --
# The program is the Release build (dotnet build src/Silo -c Release); WIJKSIM_DLL points at another,
# WIJKSIM_EXE at a native executable (docs/native-build.md):
#   dotnet publish src/Silo -c Release -r linux-x64 -p:PublishAot=true -o native
#   WIJKSIM_EXE=native/wijksim bash benchmarks/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-21}"
dll="${WIJKSIM_DLL:-src/Silo/bin/Release/net10.0/wijksim.dll}"
[ "${1:-}" = "--" ] && shift
if [ -n "${WIJKSIM_EXE:-}" ]; then
  [ -x "$WIJKSIM_EXE" ] || { echo "no executable $WIJKSIM_EXE: publish the native build first (docs/native-build.md)" >&2; exit 2; }
  program=("$WIJKSIM_EXE")
else
  [ -f "$dll" ] || { echo "no $dll: run 'dotnet build src/Silo -c Release' first" >&2; exit 2; }
  program=(dotnet "$dll")
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
times=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  "${program[@]}" run src/Scenarios/scenarios/jan-eef.yaml --no-plots --out "$out/run" "$@" > /dev/null
  end=$(date +%s%N)
  times+=("$(( (end - start) / 1000000 ))")
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
echo "jan-eef 2,000 residents x 520 weeks, --no-plots $*: $n runs of the whole process"
echo "median ${sorted[$((n / 2))]} ms, fastest ${sorted[0]} ms, slowest ${sorted[$((n - 1))]} ms (${program[*]})"
