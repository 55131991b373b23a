#!/usr/bin/env bash
# An instance killed mid-test (issue 17, items 1 and 2): two instances of the service behind HAProxy, one PostgreSQL
# (a throwaway, durable cluster this script starts and stops), CANDIDATES candidates saving every 10 seconds, one
# faults at the seconds FAULTS gives: kill (instance one, SIGKILL), revive (instance one started again), postgres-fast
# and postgres-immediate (the cluster restarted in that shutdown mode), backup (pg_dump under load, restored into a
# fresh cluster afterwards and compared table by table), replica-stop and replica-start (the streaming replica that
# reports read from, stopped with an immediate shutdown and started again; an analyst reads a report every second
# throughout, and none of those reads may fail while the replica is gone). Exits 1 if any save the load generator was told had landed
# is not in the database, if a candidate cannot save once the faults are over, if a clock is not honest, or if the
# restored backup differs. Run as root (PostgreSQL and HAProxy from Debian's packages are installed if missing).
# STORM=1 runs the start storm instead (bench/Naas.Bench.Faults/Storm.cs): CANDIDATES booked into an open window
# sign in with their passwords, then all start within SECONDS_TOTAL seconds, autosaving from their first question;
# WARM=N has N more candidates start first, uncounted, on top of the instances' own warm-up. POOL=N caps each
# instance's PostgreSQL connections (50 unless given).
# The short form (CI): CANDIDATES=300 SECONDS_TOTAL=50 FAULTS=kill@8,backup@12,postgres-fast@18,replica-stop@22,revive@26,replica-start@30,postgres-immediate@34 bash bench/faults.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v haproxy >/dev/null || apt-get install -y -qq haproxy >/dev/null
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
DIR="$(mktemp -d /tmp/naas-faults-pg.XXXXXX)"; chown postgres "$DIR"
PORT=55444
as_pg() { runuser -u postgres -- "$@"; }
as_pg "$PGBIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -o "-p $PORT -k $DIR -c listen_addresses='' -c max_connections=300" start >/dev/null
# (Each step may fail, as when the replica never started; set -e holds inside the trap, so each is allowed to.)
trap 'as_pg "$PGBIN/pg_ctl" -D "$DIR/replica" -m immediate stop >/dev/null 2>&1 || true; as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null || true; rm -rf "$DIR"' EXIT
# A streaming replica of it (hot standby) for reports: instances read reports from it, and the faults replica-stop
# and replica-start take it away and bring it back.
REPLICA_PORT=55446
as_pg "$PGBIN/pg_basebackup" -h "$DIR" -p "$PORT" -U postgres -D "$DIR/replica" -R -X stream
printf "port = %s\nunix_socket_directories = '%s'\nlisten_addresses = ''\nmax_connections = 300\n" "$REPLICA_PORT" "$DIR" | as_pg tee -a "$DIR/replica/postgresql.auto.conf" >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$DIR/replica" -l "$DIR/replica.log" -w start >/dev/null
dotnet build -c Release src/Naas.Web -v q -nologo >/dev/null
dotnet run -c Release --project bench/Naas.Bench.Faults -- \
  --postgres "Host=$DIR;Port=$PORT;Username=postgres;Database=postgres" \
  --web "$PWD/src/Naas.Web/bin/Release/net10.0/Naas.Web.dll" \
  --pgbin "$PGBIN" --pgdata "$DIR/data" \
  --replica "Host=$DIR;Port=$REPLICA_PORT;Username=postgres;Database=postgres" --replica-data "$DIR/replica" \
  --candidates "${CANDIDATES:-5000}" --seconds "${SECONDS_TOTAL:-60}" --faults "${FAULTS:-kill@30}" ${STORM:+--storm 1} ${WARM:+--warm "$WARM"} ${POOL:+--pool "$POOL"}
