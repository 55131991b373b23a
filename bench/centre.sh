#!/usr/bin/env bash
# An assessment day at national scale (issue 15): 300 observers saving sheets and 300 candidates saving written
# exercises every 5 seconds, against a throwaway, durable cluster (fsync and synchronous_commit on, as in
# production) that this script starts and stops. Run as root on a machine with PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN="${SECONDS_PER_RUN:-60}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
DIR="$(mktemp -d /tmp/naas-bench-pg.XXXXXX)"; chown postgres "$DIR"
PORT=55443
as_pg() { runuser -u postgres -- "$@"; }
as_pg "$PGBIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -o "-p $PORT -k $DIR -c listen_addresses='' -c max_connections=300 -c shared_buffers=512MB" start >/dev/null
trap 'as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null; rm -rf "$DIR"' EXIT
dotnet run -c Release --project bench/Naas.Bench.Centre -- --postgres "Host=$DIR;Port=$PORT;Username=postgres;Database=postgres" \
  --observers "${OBSERVERS:-300}" --writers "${WRITERS:-300}" --seconds "$SECONDS_PER_RUN"
