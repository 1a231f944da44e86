#!/usr/bin/env bash
# Runs every test: installs what the tests need (Debian chromium, fonts-noto-cjk, postgresql, mosquitto) when missing,
# runs the whole solution on SQLite, then the persistence-relevant tests again on a throwaway PostgreSQL on
# 127.0.0.1, and prints one line "N passed, N failed, N skipped" summed over all passes.
set -uo pipefail
cd "$(dirname "$0")"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc >/dev/null 2>&1 || need+=(fonts-noto-cjk)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v /usr/sbin/mosquitto >/dev/null 2>&1 || need+=(mosquitto)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} ..."
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null \
    || { echo "could not install ${need[*]}"; echo "0 passed, 1 failed"; exit 1; }
fi

RESULTS=$(mktemp -d /tmp/ty-results-XXXX)
export TIANYUAN_SCREENSHOTS="${TIANYUAN_SCREENSHOTS:-$PWD/TestResults/screenshots}"
mkdir -p "$TIANYUAN_SCREENSHOTS"

# A throwaway PostgreSQL cluster: initdb/postgres refuse root, so they run as the postgres user.
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGDIR=$(mktemp -d /tmp/ty-pg-XXXX); chown postgres:postgres "$PGDIR"
PGPORT=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
stop_pg() { runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1; rm -rf "$PGDIR"; }
trap stop_pg EXIT
runuser -u postgres -- "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
PGOPTS="-h 127.0.0.1 -p $PGPORT -k $PGDIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
pg_start() { runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w -o "$PGOPTS" start >/dev/null; }
pg_start
pg_up() { runuser -u postgres -- "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT"; }
pg_log() { echo "-- the last lines of the PostgreSQL log ($PGDIR/log):"; tail -n 20 "$PGDIR/log" 2>/dev/null; df -h "$PGDIR" | tail -1; }
pg_up || { echo "PostgreSQL did not start"; pg_log; echo "0 passed, 1 failed"; exit 1; }
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE ROLE tianyuan LOGIN PASSWORD 'tianyuan' CREATEDB"
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE DATABASE tianyuan OWNER tianyuan"
PG="Host=127.0.0.1;Port=$PGPORT;Username=tianyuan;Password=tianyuan;Database=tianyuan"

status=0
dotnet build Tianyuan.slnx -c Release -nologo -v q || { echo "0 passed, 1 failed"; exit 1; }

echo "== pass 1: every test, SQLite"
dotnet test Tianyuan.slnx -c Release --no-build --logger trx --results-directory "$RESULTS/sqlite" || status=1

echo "== pass 2: persistence and HTTP tests, PostgreSQL (disk: $(df -h "$PGDIR" | awk 'NR==2{print $4" free"}'))"
# A server that stopped during pass 1 (it is idle then) would fail every test of pass 2 with "connection refused":
# say why, from its log, and start it again.
pg_up || { echo "PostgreSQL stopped during pass 1"; pg_log; pg_start; }
TIANYUAN_TEST_PG="$PG" dotnet test tests/Tianyuan.Web.Tests -c Release --no-build --filter "Category!=Browser" \
  --logger trx --results-directory "$RESULTS/postgres" || { status=1; pg_up || { echo "PostgreSQL stopped during pass 2"; pg_log; }; }

python3 - "$RESULTS" "$status" <<'PY'
# Counts every test result in every TRX file; a fixture or class-cleanup error (a RunInfo with outcome Error)
# counts as a failure too, so the line never says "0 failed" for a run that failed.
import glob, sys, xml.etree.ElementTree as ET
p = f = s = 0
for t in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    root = ET.parse(t).getroot()
    for r in root.iter("{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}UnitTestResult"):
        outcome = r.get("outcome")
        if outcome == "Passed": p += 1
        elif outcome == "NotExecuted": s += 1
        else: f += 1
    # xunit also writes a RunInfo for every failed test (text ending "[FAIL]"); only the others are extra failures.
    f += sum(1 for ri in root.iter("{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}RunInfo")
             if ri.get("outcome") == "Error" and not "".join(ri.itertext()).rstrip().endswith("[FAIL]"))
if sys.argv[2] != "0" and f == 0:
    print("A test run ended with an error outside any single test (see above); counted as one failure.")
    f = 1
print(f"{p} passed, {f} failed, {s} skipped")
PY
rm -rf "$RESULTS"
exit $status
