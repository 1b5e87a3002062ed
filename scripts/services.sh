# Throwaway PostgreSQL and Redis servers for the tests that are about them. Sourced by scripts/test.sh, which
# defines as_root. Each run gets its own servers on free loopback ports with their data in temporary folders, so
# neither a system-wide service nor an earlier run can change what the tests see.
#
#   ensure_postgres, ensure_redis   install Debian's packages when the server binaries are missing
#   start_services                  start both, wait until they answer, export NEWSPORTAL_TEST_POSTGRES and
#                                   NEWSPORTAL_TEST_REDIS
#   stop_services                   stop both and delete their folders (safe to call more than once)

services_apt_updated=0
services_postgres_dir=""
services_postgres_bin=""
services_redis_dir=""

services_apt_install() {
  if [ "$services_apt_updated" -eq 0 ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update
    services_apt_updated=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "$@"
}

# The newest PostgreSQL server installed, e.g. /usr/lib/postgresql/15/bin (empty when there is none).
postgres_bin_dir() {
  local server
  server=$(ls -d /usr/lib/postgresql/*/bin/postgres 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$server" ]; then
    dirname "$server"
  fi
}

ensure_postgres() {
  if [ -n "$(postgres_bin_dir)" ]; then
    return
  fi
  echo "Installing Debian's postgresql for the PostgreSQL tests"
  services_apt_install postgresql
}

ensure_redis() {
  if command -v redis-server >/dev/null && command -v redis-cli >/dev/null; then
    return
  fi
  echo "Installing Debian's redis-server for the Redis tests"
  services_apt_install redis-server
}

# A loopback TCP port that nothing listens on now. A server may still lose it to another process before it binds,
# so the callers retry with a new port when a start fails.
free_port() {
  local port
  while true; do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}

# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres system user.
as_postgres_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

start_postgres() {
  services_postgres_bin=$(postgres_bin_dir)
  if [ -z "$services_postgres_bin" ]; then
    echo "No PostgreSQL server under /usr/lib/postgresql; run ensure_postgres first." >&2
    return 1
  fi
  if [ "$(id -u)" -eq 0 ]; then
    # Under /tmp, not $TMPDIR: the postgres user must be able to reach the folder.
    services_postgres_dir=$(mktemp -d /tmp/newsportal-postgres.XXXXXX)
    chown postgres: "$services_postgres_dir"
  else
    services_postgres_dir=$(mktemp -d "${TMPDIR:-/tmp}/newsportal-postgres.XXXXXX")
  fi
  as_postgres_owner "$services_postgres_bin/initdb" --pgdata="$services_postgres_dir/data" --username=postgres \
    --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$services_postgres_dir/initdb.log" 2>&1 || {
    echo "initdb failed; its output:" >&2
    cat "$services_postgres_dir/initdb.log" >&2
    return 1
  }

  local port attempt
  for attempt in 1 2 3; do
    port=$(free_port)
    # Loopback only, the socket in our own folder; durability is not wanted from a throwaway cluster.
    if as_postgres_owner "$services_postgres_bin/pg_ctl" --pgdata="$services_postgres_dir/data" \
      --log="$services_postgres_dir/postgres.log" --wait --timeout=60 \
      --options="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$services_postgres_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null; then
      break
    fi
    if [ "$attempt" -eq 3 ]; then
      echo "PostgreSQL did not start; its log:" >&2
      cat "$services_postgres_dir/postgres.log" >&2
      return 1
    fi
  done

  local waited=0
  until "$services_postgres_bin/pg_isready" --host=127.0.0.1 --port="$port" --username=postgres --timeout=2 >/dev/null 2>&1; do
    waited=$((waited + 1))
    if [ "$waited" -ge 60 ]; then
      echo "PostgreSQL on 127.0.0.1:$port did not accept connections within 60 s; its log:" >&2
      cat "$services_postgres_dir/postgres.log" >&2
      return 1
    fi
    sleep 1
  done
  export NEWSPORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres"
  echo "PostgreSQL for the tests: 127.0.0.1:$port"
}

start_redis() {
  services_redis_dir=$(mktemp -d "${TMPDIR:-/tmp}/newsportal-redis.XXXXXX")
  local port attempt waited
  for attempt in 1 2 3; do
    port=$(free_port)
    rm -f "$services_redis_dir/redis.pid"
    # Nothing is saved: no snapshots, no append-only file.
    redis-server --bind 127.0.0.1 --port "$port" --save "" --appendonly no --dir "$services_redis_dir" \
      --daemonize yes --pidfile "$services_redis_dir/redis.pid" --logfile "$services_redis_dir/redis.log" >/dev/null
    waited=0
    until [ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" = "PONG" ]; do
      waited=$((waited + 1))
      if [ "$waited" -ge 30 ] || { [ "$waited" -ge 3 ] && ! redis_running; }; then
        break
      fi
      sleep 1
    done
    if [ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" = "PONG" ]; then
      export NEWSPORTAL_TEST_REDIS="127.0.0.1:$port"
      echo "Redis for the tests: $NEWSPORTAL_TEST_REDIS"
      return
    fi
    stop_redis_process
  done
  echo "Redis did not answer PING on 127.0.0.1:$port within 30 s; its log:" >&2
  cat "$services_redis_dir/redis.log" >&2 2>/dev/null || true
  return 1
}

redis_running() {
  [ -s "$services_redis_dir/redis.pid" ] && kill -0 "$(cat "$services_redis_dir/redis.pid")" 2>/dev/null
}

stop_redis_process() {
  if redis_running; then
    local pid waited=0
    pid=$(cat "$services_redis_dir/redis.pid")
    kill "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 50 ]; do
      sleep 0.1
      waited=$((waited + 1))
    done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

start_services() {
  start_postgres
  start_redis
}

stop_services() {
  if [ -n "$services_postgres_dir" ]; then
    if [ -f "$services_postgres_dir/data/postmaster.pid" ]; then
      as_postgres_owner "$services_postgres_bin/pg_ctl" --pgdata="$services_postgres_dir/data" --mode=immediate \
        --wait stop >/dev/null 2>&1 || true
    fi
    rm -rf "$services_postgres_dir"
    services_postgres_dir=""
  fi
  if [ -n "$services_redis_dir" ]; then
    stop_redis_process
    rm -rf "$services_redis_dir"
    services_redis_dir=""
  fi
  unset NEWSPORTAL_TEST_POSTGRES NEWSPORTAL_TEST_REDIS
}
