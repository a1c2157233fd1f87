#!/usr/bin/env bash
# HTTP load on the server-rendered pages beside a trivial endpoint, in one run (docs/performance.md,
# "HTTP load (wrk)"). Publishes Release into a temporary folder, starts the portal on loopback with a
# fresh demo database, warms it up, then runs wrk against each address in turn and prints one table:
# requests per second, p50 and p99 latency, and each page's throughput as a share of the trivial one's.
#
#   scripts/http-load.sh                 publish, then measure
#   PUBLISHED=/path/to/out scripts/http-load.sh   measure an existing publish folder
#   DURATION=20s CONNECTIONS=64 THREADS=2 PORT=5297 override wrk's settings or the port
#
# Production environment: the pipeline citizens reach (exception handler, HSTS, __Host- cookies, no
# developer pages); demo data is switched on by configuration only so that there are notices to read.
# In production TLS ends at the reverse proxy (Security/ReverseProxy.cs): every request here carries
# the proxy's X-Forwarded-Proto and X-Forwarded-For, as from loopback the portal trusts them; without
# them the sign-in page refuses plain HTTP (its antiforgery cookie is Secure).
# wrk and the portal share the machine's cores: figures are those of both together, a floor.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# One wrk thread per core; 64 connections keep both cores busy with requests always queued, so
# latency includes waiting, as it would when a warning is shared widely and citizens arrive at once.
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-5s}
PORT=${PORT:-5297}
base="http://127.0.0.1:$PORT"
proxy_headers=(-H "X-Forwarded-Proto: https" -H "X-Forwarded-For: 203.0.113.7")

command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 1; }

work=$(mktemp -d)
portal_pid=""
cleanup() {
  if [[ -n "$portal_pid" ]] && kill -0 "$portal_pid" 2>/dev/null; then
    kill "$portal_pid"
    wait "$portal_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

out=${PUBLISHED:-}
if [[ -z "$out" ]]; then
  out="$work/out"
  echo "Publishing Release…"
  dotnet publish src/SoTTTT.Portal.Web -c Release -o "$out" -v q --nologo >/dev/null
fi
out=$(cd "$out" && pwd)

# The demo's password and authenticator key, from the Development settings the demo uses anyway.
read -r demo_password demo_key < <(python3 -c '
import json; d = json.load(open("appsettings.Development.json"))["DemoData"]; print(d["Password"], d["AuthenticatorKey"])')

mkdir -p "$work/data"
echo "Starting the portal on $base (Production, fresh demo database)…"
(
  cd "$out"
  ASPNETCORE_ENVIRONMENT=Production \
  Database__DataFolder="$work/data" \
  Storage__FilesFolder="$work/data/files" \
  DemoData__Enabled=true DemoData__Password="$demo_password" DemoData__AuthenticatorKey="$demo_key" \
  exec dotnet SoTTTT.Portal.Web.dll --urls "$base" >"$work/portal.log" 2>&1
) &
portal_pid=$!

for _ in $(seq 1 120); do
  if curl -fsS -o /dev/null "$base/suc-khoe" 2>/dev/null; then break; fi
  if ! kill -0 "$portal_pid" 2>/dev/null; then cat "$work/portal.log" >&2; echo "The portal stopped." >&2; exit 1; fi
  sleep 0.5
done
curl -fsS -o /dev/null "$base/suc-khoe" || { cat "$work/portal.log" >&2; echo "The portal did not answer." >&2; exit 1; }

list_html=$(curl -fsS "${proxy_headers[@]}" "$base/canh-bao")
listed=$(grep -o 'data-testid="notice-link"' <<<"$list_html" | wc -l)
detail=$(grep -oE 'href="/canh-bao/[0-9a-f-]{36}"' <<<"$list_html" | head -n 1 | sed -E 's/href="(.*)"/\1/')
if [[ "$listed" -lt 10 || -z "$detail" ]]; then
  echo "The notice list shows $listed notices; a full first page (10) is needed." >&2
  exit 1
fi

targets=(
  "Health (trivial)|/suc-khoe"
  "Sign-in page|/Account/Login"
  "Notice list|/canh-bao"
  "Notice detail|$detail"
)

# wrk prints latencies as 812.00us, 1.52ms, 1.01s: in milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v; sub(/[a-z]+$/, "", n); u = v; sub(/^[0-9.]+/, "", u);
    f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : 1;
    printf "%.2f", n * f }'
}

echo "Warming up ($WARMUP each)…"
for target in "${targets[@]}"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${proxy_headers[@]}" "$base${target#*|}" >/dev/null
done

echo "Measuring: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, one address after the other"
echo "Machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -a rows=()
trivial_rps=""
for target in "${targets[@]}"; do
  name=${target%%|*}; path=${target#*|}
  report=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${proxy_headers[@]}" "$base$path")
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$report")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$report")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$report")")
  failed=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$report")
  [[ -z "$trivial_rps" ]] && trivial_rps=$rps
  ratio=$(awk -v a="$rps" -v b="$trivial_rps" 'BEGIN { printf "%.2f", a / b }')
  rows+=("| $name | \`GET ${path}\` | $(printf "%.0f" "$rps") | $p50 | $p99 | $ratio | ${failed:-0} |")
done
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| What | Address | Requests/s | p50 ms | p99 ms | Share of the trivial endpoint's rate | Non-2xx |"
echo "|---|---|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
