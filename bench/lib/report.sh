# The report: medians of the rounds, the machine, and the targets; sourced by bench/run.sh.

# The median of one column of the results (4 requests/s, 5 p50 ms, 6 p99 ms, 7 timeouts) for a size and target;
# "nan" when no run of that page answered a request.
median() {
  awk -v size="$1" -v target="$2" -v column="$3" '$1 == size && $2 == target && $column != "nan" { print $column }' "$results" | sort -g |
    awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

# calc FORMAT EXPRESSION: arithmetic on the figures, e.g. calc %.2f "3 / 4"; "n/a" when a figure is missing or a
# divisor is zero.
calc() {
  case " $2 " in
    *nan* | *n/a*) echo "n/a"; return ;;
  esac
  local value
  value=$(awk "BEGIN { printf \"$1\", $2 }" 2>/dev/null) || value=n/a
  case "$value" in
    *inf* | *nan*) echo "n/a" ;;
    *) echo "$value" ;;
  esac
}

thousands() {
  [ "$1" != nan ] && [ "$1" != n/a ] || { echo "n/a"; return; }
  awk -v n="$1" 'BEGIN { s = sprintf("%.0f", n); out = ""
    while (length(s) > 3) { out = "," substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) }
    print s out }'
}

megabytes() {
  calc %.0f "$1 * 1024 / 1000000"
}

# verdict MEASURED OPERATOR LIMIT: "met" or "**not met**".
verdict() {
  [ "$1" != n/a ] || { echo "**not met** (not measured)"; return; }
  if awk -v m="$1" -v l="$3" "BEGIN { exit !(m $2 l) }"; then echo "met"; else echo "**not met**"; fi
}

tag_deep_label() {
  local size=$1
  if [ "${tag_deep_page[$size]}" -ge "$tag_depth" ]; then
    echo "Tag page $tag_depth"
  else
    echo "Tag page ${tag_deep_page[$size]}, the last"
  fi
}

# Requests/s of a target divided by a base page's (the reference server's by default), taken in each round and the
# median of those: the two were measured minutes apart at most, so the machine's drift between rounds cancels out.
paired_ratio() {
  local size=$1 target=$2 base=${3:-reference} format=${4:-%.2f} ratio
  ratio=$(awk -v size="$size" -v target="$target" -v base="$base" '
      $1 == size && $2 == target && $4 != "nan" { page[$3] = $4 }
      $1 == size && $2 == base && $4 != "nan" && $4 > 0 { of[$3] = $4 }
      END { for (round in page) if (round in of) print page[round] / of[round] }' "$results" | sort -g |
    awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }')
  calc "$format" "$ratio"
}

# The larger peak of a size's two processes, to a tenth of a megabyte: the target is judged on this figure, so that
# 250.4 MB is not rounded into "≤ 250 MB".
peak_mb() {
  local size=$1 cached=${peak_kb["$1,cached"]} uncached=${peak_kb["$1,uncached"]}
  calc %.1f "$((cached > uncached ? cached : uncached)) * 1024 / 1000000"
}

machine_section() {
  local cpu memory runtime wrk_version
  cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
  [ -n "$cpu" ] || cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1)
  memory=$(awk '$1 == "MemTotal:" { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
  runtime=$(dotnet --list-runtimes | awk '$1 == "Microsoft.AspNetCore.App" { v = $2 } END { print v }')
  wrk_version=$(wrk -v 2>&1 | awk 'NR == 1 { print $2 }' || true)
  cat <<EOF
## Machine

| | |
|---|---|
| CPU | ${cpu:-unknown} |
| Cores | $(nproc) |
| Memory | $memory |
| Kernel | $(uname -sr) |
| .NET | SDK $(dotnet --version), ASP.NET Core runtime $runtime |
| wrk | ${wrk_version:-unknown}, $threads threads, $connections connections |
| Load average (1, 5, 15 min) | before the run $load_before; after it $load_after |

EOF
}

size_section() {
  local size=$1 target label lists_note="cache off"
  [ "$lists_on" = cached ] && lists_note="cache on"
  echo "## $(thousands "$size") stories"
  echo
  echo "Store: $(thousands "$((store_bytes[$size] / 1000000))") MB, ${store_note[$size]}. Most used tag on $(thousands "${tag_stories[$size]}") stories." \
    "Article page: $(thousands "${page_bytes[$size]}") bytes."
  echo
  echo "| Page | Requests/s | p50 (ms) | p99 (ms) | × reference |"
  echo "|---|---:|---:|---:|---:|"
  for target in article-cached article-uncached front tag-1 tag-deep search rss reference; do
    case "$target" in
      article-cached) label="Article page, cache on" ;;
      article-uncached) label="Article page, cache off" ;;
      front) label="Front page ($lists_note)" ;;
      tag-1) label="Tag page 1 ($lists_note)" ;;
      tag-deep) label="$(tag_deep_label "$size") ($lists_note)" ;;
      search) label="Search for \"$search_words\" ($lists_note)" ;;
      rss) label="RSS ($lists_note)" ;;
      reference) label="Reference server (same article bytes, from memory)" ;;
    esac
    printf '| %s | %s | %s | %s | %s |\n' "$label" "$(thousands "$(median "$size" "$target" 4)")" \
      "$(calc %.2f "$(median "$size" "$target" 5)")" "$(calc %.2f "$(median "$size" "$target" 6)")" "$(paired_ratio "$size" "$target")"
  done
  echo
  echo "| NewsPortal process | Start-up to first article page | Peak memory (VmHWM) |"
  echo "|---|---:|---:|"
  local mode
  for mode in cached uncached; do
    printf '| %s | %s s | %s MB |\n' "$([ "$mode" = cached ] && echo "Cache on" || echo "Cache off (OutputCache:Enabled=false)")" \
      "$(calc %.2f "${startup_ms["$size,$mode"]} / 1000")" "$(megabytes "${peak_kb["$size,$mode"]}")"
  done
  local timeouts
  timeouts=$(awk -v size="$size" '$1 == size { sum += $7 } END { print sum + 0 }' "$results")
  if [ "$timeouts" -gt 0 ]; then
    echo
    echo "wrk counted $timeouts requests that took over 10 s in this size's runs; they are not in the latencies. See the wrk outputs in bench/out/logs."
  fi
  echo
}

targets_section() {
  local s=$small l=$large row size ratio
  local s_label l_label
  s_label="$(thousands "$s") stories" l_label="$(thousands "$l") stories"
  echo "## Targets"
  echo
  echo "| Target | Measured | |"
  echo "|---|---:|---|"
  for size in "$s" "$l"; do
    ratio=$(paired_ratio "$size" article-cached)
    echo "| Cached article page ≥ 0.8 × reference ($(thousands "$size") stories) | $ratio × | $(verdict "$ratio" ">=" 0.8) |"
  done
  for size in "$s" "$l"; do
    ratio=$(paired_ratio "$size" article-uncached)
    echo "| Uncached article page ≥ 0.15 × reference ($(thousands "$size") stories) | $ratio × | $(verdict "$ratio" ">=" 0.15) |"
  done
  for row in "uncached off" "cached on"; do
    # Each size's figure is first taken relative to its own reference run, so drift between the two runs cancels out.
    ratio=$(calc %.2f "$(paired_ratio "$l" "article-${row% *}" reference %.6f) / $(paired_ratio "$s" "article-${row% *}" reference %.6f)")
    echo "| Article page (cache ${row#* }) at $l_label ≥ 0.9 × at $s_label (each relative to its reference) | $ratio × | $(verdict "$ratio" ">=" 0.9) |"
  done
  ratio=$(paired_ratio "$l" tag-deep tag-1)
  echo "| $(tag_deep_label "$l") ≥ 0.9 × tag page 1 ($l_label) | $ratio × | $(verdict "$ratio" ">=" 0.9) |"
  local peak_l peak_s
  peak_l=$(peak_mb "$l") peak_s=$(peak_mb "$s")
  echo "| Peak memory at $l_label ≤ 250 MB (larger of the two processes) | $peak_l MB | $(verdict "$peak_l" "<=" 250) |"
  ratio=$(calc %.2f "$peak_l / $peak_s")
  echo "| Peak memory at $l_label ≤ 1.2 × at $s_label | $ratio × ($peak_s MB) | $(verdict "$ratio" "<=" 1.2) |"
  for size in "$s" "$l"; do
    row=$(calc %.2f "$(median "$size" article-cached 6)")
    echo "| p99 at $connections connections, cached article page ≤ 3 ms ($(thousands "$size") stories) | $row ms | $(verdict "$row" "<=" 3) |"
    row=$(calc %.2f "$(median "$size" article-uncached 6)")
    echo "| p99 at $connections connections, uncached article page ≤ 15 ms ($(thousands "$size") stories) | $row ms | $(verdict "$row" "<=" 15) |"
  done
  echo "| Publish → visible on the front page on the next request | checked by a test, not timed: OutputCacheTests in tests/NewsPortal.Tests/Caching | test |"
  echo
}

write_report() {
  local commit dirty=""
  commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
  if [ -n "$(git -C "$root" status --porcelain --untracked-files=no -- . ':!bench/REPORT.md' 2>/dev/null)" ]; then
    dirty=" with uncommitted changes"
  fi
  cat <<EOF
# NewsPortal benchmark

Written by \`bench/run.sh$([ "$quick" -eq 1 ] && echo " --quick")\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit$dirty.
Each figure is the median of $rounds rounds of $duration s per page, every page measured once in each round, in turn,
starting with the reference server. Requests/s depend on the machine and on what else it runs; the ratios to the
reference server are the figures to compare (see bench/README.md): each is the median of the rounds' own ratios. Lists (front page, tag pages, search, RSS) are measured on the
NewsPortal process with the output cache $([ "$lists_on" = cached ] && echo on || echo off).

EOF
  machine_section
  size_section "$small"
  size_section "$large"
  targets_section
}
