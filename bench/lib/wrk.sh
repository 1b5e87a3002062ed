# wrk runs and the reading of their output; sourced by bench/run.sh.

# Runs wrk against a URL for some seconds, keeping its output in a file; sets wrk_result to
# "requests/s p50-ms p99-ms timeouts", the latencies "nan" when no request was answered. Fails on a wrk error, on a
# socket error other than a timeout, and on any response that is not 2xx or 3xx.
run_wrk() {
  local url=$1 seconds=$2 output=$3 status=0
  # wrk leaves requests slower than its timeout out of the latencies; a long one keeps a slow page's p99 honest.
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s --latency "$url" >"$output" 2>&1 </dev/null || return 1
  wrk_result=$(parse_wrk <"$output") || status=$?
  if [ "$status" -eq 3 ]; then
    # Nothing answered within a short run: on a busy machine the first answers can take longer than that. Once more, longer.
    echo "  no answer within ${seconds} s; again for $((seconds * 5)) s" >&2
    wrk -t"$threads" -c"$connections" -d"$((seconds * 5))s" --timeout 10s --latency "$url" >"$output" 2>&1 </dev/null || return 1
    status=0
    wrk_result=$(parse_wrk <"$output") || status=$?
    if [ "$status" -eq 3 ]; then
      # A page this slow is a finding, not a broken benchmark: it is reported with no latencies.
      echo "  still no answer: recorded as 0 requests/s" >&2
      status=0
    fi
  fi
  return "$status"
}

# Reads wrk --latency output. Latencies come as 812.00us, 1.23ms, 2.01s (or m, h); counts may carry k or M.
parse_wrk() {
  awk '
    function split_unit(value) { number = value + 0; unit = value; sub(/^[0-9.]+/, "", unit) }
    function to_ms(value) {
      split_unit(value)
      if (unit == "us") return number / 1000
      if (unit == "ms") return number
      if (unit == "s") return number * 1000
      if (unit == "m") return number * 60000
      if (unit == "h") return number * 3600000
      return ""
    }
    function to_count(value) {
      split_unit(value)
      if (unit == "") return number
      if (unit == "k") return number * 1000
      if (unit == "M") return number * 1000000
      return ""
    }
    $1 == "50%" { p50 = to_ms($2) }
    $1 == "99%" { p99 = to_ms($2) }
    $1 == "Requests/sec:" { rps = to_count($2) }
    $2 == "requests" && $3 == "in" { total = to_count($1) }
    /Socket errors:/ { connect = $4 + 0; read = $6 + 0; write = $8 + 0; timeout = $10 + 0 }
    /Non-2xx or 3xx responses:/ { bad = $5 + 0 }
    END {
      if (rps == "" || p50 == "" || p99 == "") { print "wrk output not understood" > "/dev/stderr"; exit 1 }
      if (total + 0 == 0) { printf "0 nan nan %d\n", timeout; exit 3 }
      if (bad > 0) { print bad " responses were not 2xx or 3xx" > "/dev/stderr"; exit 1 }
      if (connect + read + write > 0) { printf "socket errors: connect %d, read %d, write %d\n", connect, read, write > "/dev/stderr"; exit 1 }
      printf "%.1f %.3f %.3f %d\n", rps, p50, p99, timeout
    }'
}

# Every target must answer 200 before it is measured; these requests, and a short wrk run if asked, also let the
# JIT settle, so the first round is not slower than the others.
warm_up() {
  local url=$1 seconds=$2 codes i
  local requests=()
  for i in $(seq 1 50); do
    requests+=(-o /dev/null "$url")
  done
  codes=$({ curl -s -w '%{http_code}\n' "${requests[@]}" || true; } | sort -u | tr '\n' ' ')
  [ "$codes" = "200 " ] || fail "$url answered ${codes:-nothing} instead of 200"
  if [ "$seconds" -gt 0 ]; then
    run_wrk "$url" "$seconds" "$logs/warm-up.txt" || fail "warming up $url failed: $(tail -n 3 "$logs/warm-up.txt")"
  fi
}
