#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly results_dir="$PWD/TestResults"
# shellcheck source=scripts/services.sh
source scripts/services.sh
export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export SCREENSHOT_DIR="$results_dir/screenshots"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  else
    sudo "$@"
  fi
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then
    return
  fi
  echo "Installing Debian's chromium for the browser tests"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
}

run_tests() {
  rm -rf "$results_dir"
  mkdir -p "$SCREENSHOT_DIR"
  test_status=0
  dotnet test NewsPortal.sln -c Release --logger trx --results-directory "$results_dir" </dev/null || test_status=$?
}

# The reader, newsroom, search, feed, API and cache tests again, on PostgreSQL: each app under test gets a database
# of its own on the throwaway server. Tests about the SQLite file itself are marked [SqliteOnly] and left out.
readonly postgres_suites="Pages Articles Tags Sections Search Feeds Api Admin Caching"

run_postgres_tests() {
  local filter="" suite
  for suite in $postgres_suites; do
    filter="${filter:+$filter|}FullyQualifiedName~NewsPortal.Tests.$suite."
  done
  NEWSPORTAL_TEST_DATABASE=Postgres dotnet test tests/NewsPortal.Tests -c Release --no-build \
    --filter "($filter)&Store!=Sqlite" --logger "trx;LogFileName=postgres.trx" \
    --results-directory "$results_dir/postgres" </dev/null || test_status=$?
}

# The benchmark's quick mode (small stores, a second per page) keeps bench/ working; its figures are not judged
# here, but a failure to build, generate, serve or measure counts as one failed check.
run_benchmark() {
  bench_status=0
  bash bench/run.sh --quick </dev/null || bench_status=$?
  if [ "$bench_status" -eq 0 ]; then
    echo "Benchmark quick run: passed (bench/out/REPORT-quick.md)"
  else
    echo "Benchmark quick run: FAILED (exit $bench_status; logs in bench/out/logs)"
  fi
}

counter() {
  sed -n "s/.*<Counters [^>]* $1=\"\([0-9]*\)\".*/\1/p" "$2" | head -n 1
}

report_results() {
  local passed=0 failed=0 trx value name
  while IFS= read -r trx; do
    value=$(counter passed "$trx")
    passed=$((passed + ${value:-0}))
    for name in failed error timeout aborted; do
      value=$(counter "$name" "$trx")
      failed=$((failed + ${value:-0}))
    done
  done < <(find "$results_dir" -name '*.trx' -type f)
  if [ "$bench_status" -eq 0 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi

  echo "$passed passed, $failed failed"
  if [ "$test_status" -ne 0 ] || [ "$bench_status" -ne 0 ] || [ "$failed" -ne 0 ] || [ $((passed + failed)) -eq 0 ]; then
    exit 1
  fi
}

# The servers are stopped and their folders deleted however the run ends: passed, failed, or stopped by Ctrl-C or
# SIGTERM (bash runs the EXIT trap for those too).
trap stop_services EXIT

ensure_chromium
ensure_postgres
ensure_redis
start_services
run_tests
run_postgres_tests
run_benchmark
report_results
