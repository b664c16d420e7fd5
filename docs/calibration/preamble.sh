# Sourced by the measurement scripts in this folder, from the repository's root: stop at the first error, build
# the CLI once (Release) and name it $W.
set -eu
dotnet build src/Silo -c Release --nologo -v q >&2   # stderr: a script that prints a table or CSV keeps stdout for it
W="dotnet src/Silo/bin/Release/net10.0/wijksim.dll"

# run_facts FOLDER FIRST_SEED [SETTING ...]: `facts --seeds 100` from FIRST_SEED with the --set arguments given, into
# FOLDER, unless FOLDER already holds a facts.csv (so a script resumes, and scripts can share runs). Exit 1 means some
# fact fails, which is what the scripts measure; 2 or 3 (bad input or output) stops the script.
run_facts() {
  local folder=$1 first=$2 rc=0; shift 2
  [ -f "$folder/facts.csv" ] && return 0
  $W facts --seeds 100 --first-seed "$first" "$@" --out "$folder" > /dev/null 2>&1 || rc=$?
  [ "$rc" -le 1 ] || exit "$rc"
}
