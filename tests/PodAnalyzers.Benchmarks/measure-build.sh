#!/usr/bin/env bash
# Cold Release builds of consumers written by `generate-consumer`, interleaved round by round (a
# slow spell of a shared machine then hits every consumer alike), with -p:ReportAnalyzer=true.
# Prints one line per build and, per consumer, the medians; the share is every PodAnalyzers
# analyzer and the generator (POD2001, ManifestAnalyzer, PodConstantsGenerator, and the other
# analyzers summed as "others") over the consumer's Csc task.
# Each consumer must have been built once, and the checkouts it references must not change while
# measuring. Several consumers compare versions of PodAnalyzers (point one consumer's
# ProjectReference at another checkout).
# usage: measure-build.sh <rounds> <consumer directory>... [-- <extra msbuild arguments>]
set -euo pipefail

rounds=$1
shift
consumers=()
while (($# > 0)) && [[ $1 != -- ]]; do
  consumers+=("$1")
  shift
done
[[ ${1:-} == -- ]] && shift
log=$(mktemp)
results=$(mktemp)
trap 'rm -f "$log" "$results"' EXIT

seconds() { grep -m1 -F "$1" "$log" | awk '{ print $1 }'; }

printf 'round\tconsumer\tPOD2001\tManifestAnalyzer\tgenerator\tothers\tCsc\tshare\tload\n'
for ((round = 1; round <= rounds; round++)); do
  # Alternate the order so that neither consumer always builds first.
  order=("${consumers[@]}")
  if ((round % 2 == 0)); then
    for ((i = 0; i < ${#consumers[@]}; i++)); do order[i]=${consumers[${#consumers[@]} - 1 - i]}; done
  fi
  for consumer in "${order[@]}"; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    touch "$consumer/Program.cs"
    dotnet build -c Release "$consumer" -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary "$@" > "$log" 2>&1
    pod=$(seconds 'HostsFileWrites.HostsFileWriteAnalyzer (')
    manifest=$(seconds 'Manifests.ManifestAnalyzer (')
    generator=$(seconds 'Generator.PodConstantsGenerator')
    # awk alone filters: a grep that matches nothing would end the script (set -e, pipefail).
    others=$(awk '/^ +[0-9.]+ +[0-9]+ +PodAnalyzers\.Roslyn\./ && !/HostsFileWriteAnalyzer \(|Manifests\.ManifestAnalyzer \(|PodConstantsGenerator/ { s += $1 } END { printf "%.3f", s }' "$log")
    calls=$(grep -E '^ +[0-9]+ ms +Csc ' "$log" | awk '{ print $4 }')
    if [[ $calls != 1 ]]; then
      echo "round $round, $consumer: csc ran $calls times (a reference was rebuilt); not counted" >&2
      continue
    fi
    csc=$(grep -E '^ +[0-9]+ ms +Csc ' "$log" | awk '{ print $1 / 1000 }')
    share=$(awk -v p="$pod" -v m="$manifest" -v g="$generator" -v o="$others" -v c="$csc" 'BEGIN { printf "%.2f", (p + m + g + o) / c * 100 }')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s %%\t%s\n' "$round" "$consumer" "$pod" "$manifest" "$generator" "$others" "$csc" "$share" "$load" | tee -a "$results"
  done
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
for consumer in "${consumers[@]}"; do
  rows=$(awk -F'\t' -v c="$consumer" '$2 == c' "$results")
  printf 'median\t%s' "$consumer"
  for column in 3 4 5 6 7 8; do
    printf '\t%s' "$(cut -f"$column" <<< "$rows" | awk '{ print $1 }' | median)"
  done
  printf ' %%\n'
done
