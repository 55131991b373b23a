#!/usr/bin/env bash
# Runs every test. On a fresh Debian machine with the .NET 10 SDK it installs what the tests need (PostgreSQL,
# Chromium and HAProxy from Debian's packages, NuGet and npm packages by their own clients), starts a throwaway
# PostgreSQL cluster, runs the tests, then the fault script's short form (bench/faults.sh: two instances behind
# HAProxy, one killed, PostgreSQL restarted twice, a backup restored, the reports replica stopped and started; it
# fails if any acknowledged save is lost or a report fails while the replica is gone),
# and stops what it started. Run it as root: the fault script runs PostgreSQL as its own user to restart it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

need=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v npm >/dev/null || need+=(npm)
command -v haproxy >/dev/null || need+=(haproxy)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then echo "Missing Debian packages: ${need[*]}. Run this as root, or install them with apt-get." >&2; exit 1; fi
  echo "Installing ${need[*]} from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# A throwaway PostgreSQL cluster on a private socket directory and port; stopped and deleted on exit.
pgbin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
work=$(mktemp -d /tmp/naas-test.XXXXXX)
chmod 755 "$work"
pgdata="$work/pgdata"
port=${NAAS_TEST_PGPORT:-55432}
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" -eq 0 ]; then chown postgres "$work"; fi
cleanup() {
  as_pg "$pgbin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
as_pg "$pgbin/initdb" -D "$pgdata" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$pgbin/pg_ctl" -D "$pgdata" -l "$work/postgres.log" -w \
  -o "-p $port -k $work -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
export NAAS_TEST_POSTGRES="Host=$work;Port=$port;Username=postgres;Database=postgres;Pooling=true"

# Browser tests drive Debian's Chromium; nothing may download a browser of its own.
export NAAS_TEST_CHROMIUM=/usr/bin/chromium
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

dotnet tool restore >/dev/null
dotnet build Naas.slnx -c Release -nologo -v q
set +e
dotnet test Naas.slnx -c Release --no-build -nologo 2>&1 | tee "$work/test.log"
status=${PIPESTATUS[0]}
set -e
passed=$(grep -Eo 'Passed: +[0-9]+' "$work/test.log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$work/test.log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$work/test.log" | awk '{s+=$2} END {print s+0}')
echo "$passed passed, $failed failed, $skipped skipped"

echo "The fault script's short form: 300 candidates saving for 50 s through HAProxy; an instance killed and revived, PostgreSQL restarted fast and immediate, a backup under load restored and compared, the reports replica stopped and started while an analyst reads a report every second"
if [ "$(id -u)" -ne 0 ]; then
  echo "bench/faults.sh was not run: it needs root to run PostgreSQL as its own user. Run this command as root." >&2
  exit 1
fi
set +e
CANDIDATES=300 SECONDS_TOTAL=50 FAULTS=kill@8,backup@12,postgres-fast@18,replica-stop@22,revive@26,replica-start@30,postgres-immediate@34 \
  bash bench/faults.sh > "$work/faults.log" 2>&1
faults=$?
set -e
grep -v '^{' "$work/faults.log" | grep -v '^   at ' | tail -n 40
[ "$faults" -eq 0 ] || { echo "The fault script failed ($faults)" >&2; [ "$status" -ne 0 ] || status=$faults; }
exit "$status"
