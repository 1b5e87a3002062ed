# Starting, watching and stopping the servers measured; sourced by bench/run.sh.

server_pids=()

# Starts NewsPortal on a store, with extra settings as NAME=value arguments. Sets server_pid, server_base and
# server_startup_ms: from process start to the first 200 of the article page.
start_newsportal() {
  local name=$1 store=$2 article_path=$3 started
  shift 3
  started=$(date +%s%N)
  # MALLOC_ARENA_MAX=2 as the README's production steps set it (see "Where the time and memory go").
  (cd "$web_dir" && exec env ConnectionStrings__NewsPortal="Data Source=$store" ASPNETCORE_URLS=http://127.0.0.1:0 \
    ASPNETCORE_ENVIRONMENT=Production Seeds__ImportWhenEmpty=false RateLimits__SearchesPerMinute=100000 MALLOC_ARENA_MAX=2 "$@" \
    dotnet NewsPortal.Web.dll) >"$logs/$name.log" 2>&1 </dev/null &
  server_pid=$!
  server_pids+=("$server_pid")
  wait_until_serving "$name" "$article_path"
  server_startup_ms=$((($(date +%s%N) - started) / 1000000))
}

# Starts the reference server on a saved page; sets server_pid and server_base.
start_reference() {
  local name=$1 page=$2
  dotnet "$reference" --file "$page" --urls http://127.0.0.1:0 >"$logs/$name.log" 2>&1 </dev/null &
  server_pid=$!
  server_pids+=("$server_pid")
  wait_until_serving "$name" /
}

# Waits for the server to log its address (it binds port 0), then for a 200 from the path; fails if it exits,
# answers anything else, or takes two minutes.
wait_until_serving() {
  local name=$1 path=$2 log=$logs/$1.log deadline=$((SECONDS + 120)) code=""
  server_base=""
  while [ "$code" != 200 ]; do
    kill -0 "$server_pid" 2>/dev/null || fail "$name exited while starting: $(tail -n 5 "$log")"
    [ "$SECONDS" -lt "$deadline" ] || fail "$name did not serve $path within two minutes; see $log"
    if [ -z "$server_base" ]; then
      server_base=$(grep -o -m 1 'http://127\.0\.0\.1:[0-9]\+' "$log" || true)
    fi
    if [ -n "$server_base" ]; then
      code=$(curl -s -o /dev/null -w '%{http_code}' "$server_base$path" || true)
      case "$code" in
        200 | 000 | "") ;;
        *) fail "$name answered $code for $path; see $log" ;;
      esac
    fi
    [ "$code" = 200 ] || sleep 0.02
  done
}

# The most memory the process has held at once (VmHWM), in KiB.
peak_rss_kb() {
  awk '$1 == "VmHWM:" { print $2 }' "/proc/$1/status"
}

# Stops every server this script started: TERM, then KILL after ten seconds.
stop_servers() {
  local pid i
  for pid in "${server_pids[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${server_pids[@]}"; do
    for i in $(seq 1 100); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  server_pids=()
}
