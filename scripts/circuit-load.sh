#!/usr/bin/env bash
# Circuit load run (docs/performance.md "## Circuit load"): publishes the portal in Release, copies a generated
# database into a work folder, adds the generator's accounts, starts the portal in Production behind a pretend
# TLS-terminating proxy (the client sends X-Forwarded-Proto: https from loopback, which the portal trusts, so the
# Secure __Host- cookies and antiforgery work over plain HTTP), runs the headless circuit client, stops the portal.
#
#   scripts/circuit-load.sh <generated.db> <work folder> [client options…]
#   e.g. scripts/circuit-load.sh perf.db load-run --circuits 200,500,1000,2000 --duration 60
#
# Environment: LOAD_PASSWORD (the accounts' password, required), LOAD_PORT (5080), LOAD_SEED (42: the seed the
# database was generated with, so that the accounts get the ids the data refers to).
set -euo pipefail

source_db=${1:?generated database file}
work=${2:?work folder}
shift 2
password=${LOAD_PASSWORD:?set LOAD_PASSWORD}
port=${LOAD_PORT:-5080}
seed=${LOAD_SEED:-42}
root=$(cd "$(dirname "$0")/.." && pwd)

mkdir -p "$work/data"
dotnet publish "$root/src/SoTTTT.Portal.Web" -c Release -o "$work/portal" -v q
dotnet build -c Release "$root/tools/SoTTTT.Portal.DataGenerator" -v q
dotnet build -c Release "$root/tests/SoTTTT.Portal.LoadTests" -v q

# Never write to the source database: the portal writes at start (keys, calendar, migrations check).
for suffix in "" -wal -shm; do
  if [ -f "$source_db$suffix" ]; then cp "$source_db$suffix" "$work/data/portal.db$suffix"; fi
done
dotnet "$root/tools/SoTTTT.Portal.DataGenerator/bin/Release/net10.0/SoTTTT.Portal.DataGenerator.dll" \
  --seed "$seed" --database "$work/data/portal.db" --accounts-only --password "$password"

# Thousands of WebSockets: the file descriptor limit of this shell (portal and client) must allow them.
ulimit -n 65536 || echo "ulimit -n stays $(ulimit -n)"

# The run's own settings, not the product's: sign-ins of the virtual users come from one address.
ASPNETCORE_ENVIRONMENT=Production \
ASPNETCORE_URLS="http://127.0.0.1:$port" \
Database__Provider=Sqlite \
Database__DataFolder="$work/data" \
ConnectionStrings__Portal="" \
Storage__FilesFolder="$work/files" \
DemoData__Enabled=false \
Reminders__Enabled=false \
RateLimits__SignInPerMinute=100000 \
Logging__LogLevel__Default=Warning \
  dotnet "$work/portal/SoTTTT.Portal.Web.dll" > "$work/portal.log" 2>&1 &
portal=$!
trap 'kill "$portal" 2>/dev/null || true; wait "$portal" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  if curl -fs -o /dev/null -H "X-Forwarded-Proto: https" "http://127.0.0.1:$port/Account/Login"; then break; fi
  sleep 1
done

nice -n 5 dotnet "$root/tests/SoTTTT.Portal.LoadTests/bin/Release/net10.0/SoTTTT.Portal.LoadTests.dll" \
  --url "http://127.0.0.1:$port" --password "$password" --server-pid "$portal" "$@"
