# Sourced by the measurement scripts in this folder, from the repository's root: stop at the first error, build
# the CLI once (Release) and name it $W.
set -eu
dotnet build src/Silo -c Release --nologo -v q >&2   # stderr: a script that prints a table or CSV keeps stdout for it
W="dotnet src/Silo/bin/Release/net10.0/wijksim.dll"
