#!/usr/bin/env bash
# A whole window's fairness and item analysis (issue 16) for 30,000 candidates, each answering 30 items from a
# 1,200-item bank: first in memory (item statistics, Rasch CML, DIF for four groupings, adverse impact), then read from
# PostgreSQL through the service's own background run, in a throwaway cluster (fsync on, as in production) that this
# script starts and stops. Run as root on a machine with PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
ARGS=(--candidates "${CANDIDATES:-30000}" --items "${ITEMS:-30}" --bank "${BANK:-1200}")
dotnet run -c Release --project bench/Naas.Bench.Analysis -- "${ARGS[@]}"

PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
DIR="$(mktemp -d /tmp/naas-bench-pg.XXXXXX)"; chown postgres "$DIR"
PORT=55443
as_pg() { runuser -u postgres -- "$@"; }
as_pg "$PGBIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -o "-p $PORT -k $DIR -c listen_addresses='' -c shared_buffers=512MB" start >/dev/null
trap 'as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null; rm -rf "$DIR"' EXIT
dotnet run -c Release --project bench/Naas.Bench.Analysis -- "${ARGS[@]}" \
  --postgres "Host=$DIR;Port=$PORT;Username=postgres;Database=postgres"
