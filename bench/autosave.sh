#!/usr/bin/env bash
# Autosave under load (issue 3), with PostgreSQL's own ceiling measured in the same run.
# Starts a throwaway, durable cluster (fsync and synchronous_commit on, as in production), measures the ceiling
# for durable single-row upserts with pgbench, runs the service's autosave at 1,000 and 5,000 candidates and a
# saturation run against the same cluster, then stops the cluster. Run as root on a machine with PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN="${SECONDS_PER_RUN:-30}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
DIR="$(mktemp -d /tmp/naas-bench-pg.XXXXXX)"; chown postgres "$DIR"
PORT=55442
# wrk drives the service from its own process for a second saturation run, as pgbench drives PostgreSQL.
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
as_pg() { runuser -u postgres -- "$@"; }
as_pg "$PGBIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -o "-p $PORT -k $DIR -c listen_addresses='' -c max_connections=300 -c shared_buffers=512MB" start >/dev/null
trap 'as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null; rm -rf "$DIR"' EXIT

# The ceiling: one row per candidate, each transaction an upsert of one answer, committed durably.
as_pg "$PGBIN/psql" -h "$DIR" -p $PORT -qc "CREATE TABLE bench_answers (id int PRIMARY KEY, response text, saved_at timestamptz)"
cat > "$DIR/upsert.sql" <<'SQL'
\set id random(1, 5000)
INSERT INTO bench_answers (id, response, saved_at) VALUES (:id, 'An option the candidate chose', now())
  ON CONFLICT (id) DO UPDATE SET response = EXCLUDED.response, saved_at = EXCLUDED.saved_at;
SQL
chown postgres "$DIR/upsert.sql"
# The bench runs pgbench itself, right before and after each saturation run, and compares against their mean.

dotnet run -c Release --project bench/Naas.Bench.Autosave -- --postgres "Host=$DIR;Port=$PORT;Username=postgres;Database=postgres" \
  --candidates 1000,5000 --seconds "$SECONDS_PER_RUN" --workers 32 --wrk "$(command -v wrk)" \
  --pgbench "$PGBIN/pgbench" --pgbench-script "$DIR/upsert.sql"
