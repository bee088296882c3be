#!/usr/bin/env bash
# Fuzzes one entry point of the library with afl++ through SharpFuzz (issue 11).
#
#   fuzz/run.sh <html|text|warc|gzip> [minutes]      default 30 minutes; needs afl-fuzz (apt-get install afl++)
#
# Builds fuzz/ContentExtract.Fuzz into fuzz/out/bin/<target>, instruments ContentExtract.dll there with SharpFuzz (the tool
# comes from .config/dotnet-tools.json), writes the seed corpus from the composed fixtures under tests/ into
# fuzz/out/seeds, and runs afl-fuzz with its findings in fuzz/out/findings/<target> (a second run resumes there).
# At the end it prints the executions per second, the corpus size and the crashes and hangs found; replay them
# with: dotnet fuzz/out/bin/<target>/ContentExtract.Fuzz.dll replay <target> fuzz/out/findings/<target>/default/crashes/id*
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:?usage: fuzz/run.sh <html|text|warc|gzip> [minutes]}
minutes=${2:-30}
case "$target" in html|text|warc|gzip) ;; *) echo "unknown target '$target': html, text, warc or gzip" >&2; exit 2 ;; esac
if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "afl-fuzz is missing: install afl++ (apt-get install afl++)" >&2
  exit 2
fi

out=fuzz/out
bin=$out/bin/$target   # one per target, so that targets can be fuzzed side by side
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# A fresh build each time: SharpFuzz instruments the assembly in place, once.
rm -rf "$bin"
dotnet tool restore >/dev/null
dotnet publish fuzz/ContentExtract.Fuzz -c Release -o "$bin" -v quiet >/dev/null
dotnet tool run sharpfuzz "$bin/ContentExtract.dll"
dotnet "$bin/ContentExtract.Fuzz.dll" seeds . "$out/seeds"

findings=$out/findings/$target
input=$out/seeds/$target
if [ -d "$findings/default/queue" ]; then
  input=-   # resume the earlier run's queue
fi
mkdir -p "$findings"

# A shared machine: no CPU binding, no frequency or core-pattern checks; no memory cap (the .NET runtime reserves
# far more address space than it uses). A run over 10 s counts as a hang (the library's own budget is 30 s a page).
AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 \
  afl-fuzz -V $((minutes * 60)) -t 10000 -m none -i "$input" -o "$findings" -- dotnet "$bin/ContentExtract.Fuzz.dll" "$target" \
  > "$out/afl-$target.log" 2>&1 || { tail -30 "$out/afl-$target.log" >&2; exit 1; }

stats=$findings/default/fuzzer_stats
value() { grep -E "^$1 +:" "$stats" | sed -E 's/.*: *//'; }
echo "$target: $(value run_time) s, $(value execs_done) executions, $(value execs_per_sec) per second, corpus $(value corpus_count) inputs, $(value saved_crashes) crashes, $(value saved_hangs) hangs"
