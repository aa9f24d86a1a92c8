#!/usr/bin/env bash
# Starts (or stops) a throw-away PostgreSQL server on a local socket for the in-database draw test.
# Installs Debian's package when it is missing and apt is available. The test reads SSJ_PG_URL.
set -euo pipefail
dir="${SSJ_PG_DIR:-/tmp/ssj-pg}"
port="${SSJ_PG_PORT:-55432}"
action="${1:-start}"

find_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  echo "$found"
}

if [ "$action" = "stop" ]; then
  bin=$(find_bin)
  [ -n "$bin" ] && [ -d "$dir/data" ] && su postgres -c "$bin/pg_ctl -D $dir/data stop -m fast" >/dev/null 2>&1 || true
  exit 0
fi

bin=$(find_bin)
if [ -z "$bin" ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || exit 1
    bin=$(find_bin)
  fi
fi
[ -n "$bin" ] || exit 1

if [ -d "$dir/data" ]; then su postgres -c "$bin/pg_ctl -D $dir/data stop -m fast" >/dev/null 2>&1 || true; fi
rm -rf "$dir" && mkdir -p "$dir" && chown postgres "$dir"
su postgres -c "$bin/initdb -D $dir/data -A trust -U postgres" >/dev/null
su postgres -c "$bin/pg_ctl -D $dir/data -o '-p $port -k $dir -c listen_addresses=' -l $dir/log start -w" >/dev/null
echo "PostgreSQL started on socket $dir, port $port"
