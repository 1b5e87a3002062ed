#!/usr/bin/env bash
# Measures NewsPortal against a reference server that serves the same article page from memory, on generated
# stores of two sizes, and writes a report (bench/REPORT.md; bench/out/REPORT-quick.md with --quick).
# Usage: bench/run.sh [--quick] [--stories-small N] [--stories-large N] [--rounds N] [--duration S]
#                     [--warmup S] [--seed N] [--lists-on uncached|cached]
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
readonly root=$PWD
readonly out=$root/bench/out
readonly logs=$out/logs
readonly web_dir=$out/publish
readonly generator=$root/bench/NewsPortal.Bench.DataGenerator/bin/Release/net10.0/NewsPortal.Bench.DataGenerator.dll
readonly reference=$root/bench/NewsPortal.Bench.Reference/bin/Release/net10.0/NewsPortal.Bench.Reference.dll
readonly threads=2 connections=32 tag_depth=500
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

quick=0 small="" large="" rounds="" duration="" warmup="" seed=42 lists_on=uncached
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1; shift ;;
    --stories-small) small=$2; shift 2 ;;
    --stories-large) large=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --lists-on) lists_on=$2; shift 2 ;;
    *) echo "Unknown option $1; see the top of $0" >&2; exit 2 ;;
  esac
done
if [ "$quick" -eq 1 ]; then
  : "${small:=200}" "${large:=2000}" "${rounds:=1}" "${duration:=1}" "${warmup:=0}"
  report=$out/REPORT-quick.md
else
  : "${small:=1000}" "${large:=100000}" "${rounds:=5}" "${duration:=5}" "${warmup:=1}"
  report=$root/bench/REPORT.md
fi
for number in "$small" "$large" "$rounds" "$duration" "$warmup" "$seed"; do
  [[ "$number" =~ ^[0-9]+$ ]] || { echo "Options take whole numbers, not \"$number\"" >&2; exit 2; }
done
[[ "$lists_on" =~ ^(cached|uncached)$ ]] || { echo "--lists-on is cached or uncached" >&2; exit 2; }
[ "$small" -ge 2 ] && [ "$large" -gt "$small" ] && [ "$rounds" -ge 1 ] && [ "$duration" -ge 1 ] \
  || { echo "Need 2 <= --stories-small < --stories-large, --rounds >= 1 and --duration >= 1" >&2; exit 2; }

# shellcheck source=bench/lib/wrk.sh
source "$root/bench/lib/wrk.sh"
# shellcheck source=bench/lib/servers.sh
source "$root/bench/lib/servers.sh"
# shellcheck source=bench/lib/report.sh
source "$root/bench/lib/report.sh"

fail() {
  echo "bench: $*" >&2
  exit 1
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_wrk() {
  command -v wrk >/dev/null && return
  echo "Installing wrk"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >/dev/null \
    || { as_root env DEBIAN_FRONTEND=noninteractive apt-get update >/dev/null \
      && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >/dev/null; } \
    || fail "could not install wrk"
}

build() {
  echo "Building in Release"
  local project
  # Published, as a server runs it: a build folder serves static assets through the development-time handler.
  dotnet publish src/NewsPortal.Web -c Release -o "$web_dir" -nologo >"$logs/publish.log" 2>&1 </dev/null \
    || fail "publishing NewsPortal failed: $(grep -E ' error |rror\(s\)' "$logs/publish.log" | sort -u | head -n 20)"
  for project in bench/NewsPortal.Bench.DataGenerator bench/NewsPortal.Bench.Reference; do
    dotnet build "$project" -c Release -nologo >"$logs/build.log" 2>&1 </dev/null \
      || fail "the build of $project failed: $(grep -E ' error |rror\(s\)' "$logs/build.log" | sort -u | head -n 20)"
  done
}

# Sets store_path to the store for a size: generated once per size, seed and generator version, then reused.
store_for() {
  local size=$1 version path
  version=$(cat "$root"/bench/NewsPortal.Bench.DataGenerator/*.cs | cksum | cut -d' ' -f1)
  path=$out/stories-$size-seed$seed-$version.db
  if [ -f "$path" ]; then
    echo "Reusing $path"
    local earlier
    earlier=$(grep -F "Wrote $path " "$logs/generate-$size.log" 2>/dev/null | sed -n 's/.* in \([0-9.]*\) s:.*/\1/p' || true)
    store_note[$size]="reused from an earlier run${earlier:+, which generated it in $earlier s}"
  else
    local stale
    for stale in "$out"/stories-"$size"-seed"$seed"-*.db; do
      [ -e "$stale" ] && rm -f "$stale" "$stale"-wal "$stale"-shm
    done
    echo "Generating $size stories"
    local started=$SECONDS
    dotnet "$generator" --stories "$size" --out "$path" --seed "$seed" >"$logs/generate-$size.log" </dev/null \
      || fail "generating $size stories failed; see $logs/generate-$size.log"
    cat "$logs/generate-$size.log"
    store_note[$size]="generated in $((SECONDS - started)) s"
  fi
  store_bytes[$size]=$(stat -c %s "$path")
  store_path=$path
}

# Follows the list's rel="next" links from its first page, as a reader would, to page $tag_depth or the last page.
# Prints "page-number path".
follow_next() {
  local base=$1 path=$2 page=1 html href
  while [ "$page" -lt "$tag_depth" ]; do
    html=$(curl -sf "$base$path") || fail "$base$path did not answer 200"
    href=$(grep -o '<a [^>]*rel="next"[^>]*>' <<<"$html" | head -n 1 | sed -n 's/.*href="\([^"]*\)".*/\1/p' | sed 's/&amp;/\&/g') || true
    [ -n "$href" ] || break
    case "$href" in
      http://* | https://*) path=/${href#*://*/} ;;
      /*) path=$href ;;
      \?*) path=${path%%\?*}$href ;;
      *) path=${path%/*}/$href ;;
    esac
    page=$((page + 1))
  done
  echo "$page $path"
}

measure_size() {
  local size=$1 store article_id=$((small / 2))
  store_for "$size"
  store=$store_path
  local description article_path tag_path search_path
  description=$(dotnet "$generator" --describe "$store" --article "$article_id" </dev/null) || fail "could not read $store"
  article_path=$(sed -n 's/^article_path=//p' <<<"$description")
  tag_path=$(sed -n 's/^top_tag_path=//p' <<<"$description")
  search_path=$(sed -n 's/^search_path=//p' <<<"$description")
  search_words=$(sed -n 's/^search_words=//p' <<<"$description")
  tag_stories[$size]=$(sed -n 's/^top_tag_stories=//p' <<<"$description")

  start_newsportal "cached-$size" "$store" "$article_path"
  local cached_pid=$server_pid cached=$server_base
  startup_ms["$size,cached"]=$server_startup_ms
  start_newsportal "uncached-$size" "$store" "$article_path" OutputCache__Enabled=false
  local uncached_pid=$server_pid uncached=$server_base
  startup_ms["$size,uncached"]=$server_startup_ms

  local page=$out/article-$size.html
  curl -sf -o "$page" "$cached$article_path" || fail "the article page $article_path did not answer 200"
  [ -s "$page" ] || fail "the article page $article_path was empty"
  page_bytes[$size]=$(stat -c %s "$page")
  start_reference "reference-$size" "$page"
  local reference_base=$server_base

  local lists=$uncached
  [ "$lists_on" = cached ] && lists=$cached
  local deep
  deep=$(follow_next "$lists" "$tag_path")
  tag_deep_page[$size]=${deep%% *}

  # The reference first: the article page, which most ratios compare with it, is measured right after it.
  targets=(
    "reference $reference_base/"
    "article-cached $cached$article_path"
    "article-uncached $uncached$article_path"
    "front $lists/"
    "tag-1 $lists$tag_path"
    "tag-deep $lists${deep#* }"
    "search $lists$search_path"
    "rss $lists/feed.rss"
  )
  local target name url round
  for target in "${targets[@]}"; do
    warm_up "${target#* }" "$warmup"
  done
  for round in $(seq 1 "$rounds"); do
    for target in "${targets[@]}"; do
      name=${target%% *} url=${target#* }
      echo "  size $size, round $round/$rounds: $name"
      run_wrk "$url" "$duration" "$logs/wrk-$size-$name-$round.txt" || fail "wrk against $url failed: $(tail -n 3 "$logs/wrk-$size-$name-$round.txt")"
      echo "$size $name $round $wrk_result" >>"$results"
    done
  done

  peak_kb["$size,cached"]=$(peak_rss_kb "$cached_pid")
  peak_kb["$size,uncached"]=$(peak_rss_kb "$uncached_pid")
  stop_servers
}

declare -A store_note=() store_bytes=() tag_stories=() startup_ms=() page_bytes=() tag_deep_page=() peak_kb=()
targets=()
mkdir -p "$out" "$logs"
trap stop_servers EXIT
trap 'exit 130' INT TERM

build
ensure_wrk
results=$out/results.txt
: >"$results"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for size in "$small" "$large"; do
  echo "Measuring $size stories"
  measure_size "$size"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
write_report >"$report"
echo "Wrote $report"
