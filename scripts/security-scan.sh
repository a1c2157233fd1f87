#!/usr/bin/env bash
# Runs Debian's sqlmap and wapiti against the portal started on loopback with the Development demo
# data in a temporary data folder, signed in as the unit reporter `vnpt`. Reports go to
# artifacts/security-scan/<time>/ (ignored by git); a summary is printed at the end.
#
#   ./scripts/security-scan.sh                 # a few minutes (docs/security.md, "Scanners")
#   PORT=5099 OUT=/tmp/scan ./scripts/security-scan.sh
#
# Never points the scanners anywhere but 127.0.0.1.
set -euo pipefail

for tool in sqlmap wapiti curl dotnet; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "Missing $tool. On Debian: sudo apt-get install -y sqlmap wapiti curl (and the .NET 10 SDK for dotnet)." >&2
    exit 2
  fi
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${PORT:-5097}"
HOST="127.0.0.1"
BASE="http://$HOST:$PORT"
OUT="${OUT:-$ROOT/artifacts/security-scan/$(date -u +%Y%m%dT%H%M%SZ)}"
SQLMAP_LEVEL="${SQLMAP_LEVEL:-3}"
SQLMAP_RISK="${SQLMAP_RISK:-2}"
WAPITI_MODULES="${WAPITI_MODULES:-sql,blindsql,xss,permanentxss,exec,file,redirect,crlf,csrf,backup,htaccess}"
WAPITI_MAX_SECONDS="${WAPITI_MAX_SECONDS:-900}"
USER_NAME="${SCAN_USER:-vnpt}"
PASSWORD="${SCAN_PASSWORD:-TraVinh-demo-2022}"

mkdir -p "$OUT"
WORK="$(mktemp -d)"
PORTAL_PID=""

stop_portal() {
  if [[ -n "$PORTAL_PID" ]] && kill -0 "$PORTAL_PID" 2>/dev/null; then
    kill "$PORTAL_PID" 2>/dev/null || true
    wait "$PORTAL_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap stop_portal EXIT INT TERM

started=$(date +%s)
echo "== Building and starting the portal on $BASE (data in a temporary folder)"
dotnet build "$ROOT/src/SoTTTT.Portal.Web" -c Release -v q -nologo >"$OUT/build.log" 2>&1
# The demo data needs Development; the sign-in rate limit is raised so that sqlmap's form tests are
# answered by the form, not by 429 (the limit itself is covered by the integration tests).
(
  cd "$ROOT"
  ASPNETCORE_ENVIRONMENT=Development \
  ASPNETCORE_URLS="$BASE" \
  Database__Provider=Sqlite \
  Database__DataFolder="$WORK/data" \
  Storage__FilesFolder="$WORK/data/files" \
  Reminders__Enabled=false \
  RateLimits__SignInPerMinute=100000 \
  RateLimits__UploadsPerMinute=100000 \
  Logging__LogLevel__Default=Warning \
    exec dotnet run --project "$ROOT/src/SoTTTT.Portal.Web" -c Release --no-build --no-launch-profile
) >"$OUT/portal.log" 2>&1 &
PORTAL_PID=$!

for _ in $(seq 1 180); do
  if curl -fsS -o /dev/null "$BASE/Account/Login" 2>/dev/null; then break; fi
  if ! kill -0 "$PORTAL_PID" 2>/dev/null; then echo "The portal stopped; see $OUT/portal.log" >&2; exit 1; fi
  sleep 1
done
curl -fsS -o /dev/null "$BASE/Account/Login" || { echo "The portal did not answer in 3 minutes; see $OUT/portal.log" >&2; exit 1; }

echo "== Signing in as $USER_NAME"
JAR="$WORK/cookies.txt"
login_page="$(curl -fsS -c "$JAR" -b "$JAR" "$BASE/Account/Login")"
hidden_field() { grep -o "name=\"$1\" value=\"[^\"]*\"" <<<"$login_page" | head -1 | sed 's/.*value="//; s/"$//'; }
token="$(hidden_field __RequestVerificationToken)"
handler="$(hidden_field _handler)"
status="$(curl -sS -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" \
  --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=$handler" \
  --data-urlencode "Input.UserName=$USER_NAME" --data-urlencode "Input.Password=$PASSWORD" \
  "$BASE/Account/Login")"
auth_cookie="$(awk '$6 ~ /SoTTTT\.Auth$/ { print $6 "=" $7 }' "$JAR" | head -1)"
antiforgery_cookie="$(awk '$6 ~ /SoTTTT\.Antiforgery$/ { print $6 "=" $7 }' "$JAR" | head -1)"
if [[ "$status" != "302" || -z "$auth_cookie" ]]; then
  echo "Sign-in as $USER_NAME failed (HTTP $status)." >&2
  exit 1
fi
# Both cookies in one fixed header: every form token wapiti reads then matches the antiforgery cookie
# it sends (without it wapiti's CSRF module replays stale tokens and reports the refusal as a finding),
# and posting the sign-out form cannot end the session (a cookie session holds no server state).
COOKIE_HEADER="$auth_cookie; $antiforgery_cookie"
if [[ "$(curl -sS -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE_HEADER" "$BASE/nhiem-vu")" != "200" ]]; then
  echo "The sign-in cookie does not open the unit's workspace." >&2
  exit 1
fi

cat >"$WORK/sqlmap-targets.txt" <<EOF
$BASE/canh-bao?trang=1
$BASE/culture?name=vi-VN&returnUrl=%2F
$BASE/xuat/nhiem-vu-cua-don-vi?includeCompleted=true
$BASE/xuat/lich-su-bao-cao?from=2022-01-01&to=2022-12-31&format=Excel
$BASE/xuat/danh-ba?search=VNPT
$BASE/xuat/nhom-don-vi?search=vien&includeInactive=false
$BASE/xuat/nhiem-vu?search=SMS
$BASE/xuat/van-ban-di?search=STTTT
$BASE/xuat/phat-hien?severity=High&format=Excel
$BASE/van-ban-di?trang-thai=Issued
$BASE/don-vi?loai=Telecom
EOF

echo "== sqlmap (level $SQLMAP_LEVEL, risk $SQLMAP_RISK) on $(wc -l <"$WORK/sqlmap-targets.txt") addresses as $USER_NAME"
sqlmap_started=$(date +%s)
sqlmap -m "$WORK/sqlmap-targets.txt" --batch --level="$SQLMAP_LEVEL" --risk="$SQLMAP_RISK" --dbms=SQLite \
  --headers="Cookie: $COOKIE_HEADER" --threads=4 --time-sec=2 --timeout=15 --retries=1 \
  --skip=returnUrl --answers="follow=N" --output-dir="$OUT/sqlmap" \
  >"$OUT/sqlmap.log" 2>&1 || true
# The sign-in form, signed out (its antiforgery token is read from the page each time).
sqlmap -u "$BASE/Account/Login" --forms --batch --level="$SQLMAP_LEVEL" --risk="$SQLMAP_RISK" --dbms=SQLite \
  --time-sec=2 --timeout=15 --retries=1 --csrf-token=__RequestVerificationToken \
  --skip=__RequestVerificationToken,_handler --answers="follow=N" --output-dir="$OUT/sqlmap-login" \
  >"$OUT/sqlmap-login.log" 2>&1 || true
sqlmap_seconds=$(( $(date +%s) - sqlmap_started ))

echo "== wapiti ($WAPITI_MODULES, at most $WAPITI_MAX_SECONDS s) as $USER_NAME"
wapiti_started=$(date +%s)
# No -x: Debian's wapiti 3.0.4 fails on Python 3.11 with any exclusion (wildcard_translate).
wapiti -u "$BASE/" --scope folder -m "$WAPITI_MODULES" -H "Cookie: $COOKIE_HEADER" \
  -d 3 --max-links-per-page 60 --max-scan-time "$WAPITI_MAX_SECONDS" --max-attack-time 180 \
  --flush-session --store-session "$WORK/wapiti-session" --store-config "$WORK/wapiti-config" \
  -f json -o "$OUT/wapiti.json" -v 1 >"$OUT/wapiti.log" 2>&1 || true
wapiti_seconds=$(( $(date +%s) - wapiti_started ))

if ! curl -fsS -o /dev/null -H "Cookie: $COOKIE_HEADER" "$BASE/nhiem-vu"; then
  echo "Note: the session of $USER_NAME had ended before the scan finished; results after that point are for a signed-out visitor." | tee -a "$OUT/summary.txt"
fi

{
  echo "Security scan of $BASE as $USER_NAME, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "sqlmap $(sqlmap --version 2>/dev/null | head -1), wapiti $(wapiti --version 2>/dev/null | grep -o '[0-9][0-9.]*' | head -1)"
  echo "sqlmap: ${sqlmap_seconds}s; wapiti: ${wapiti_seconds}s; total: $(( $(date +%s) - started ))s"
  echo
  echo "-- sqlmap: injectable parameters"
  grep -hE "is vulnerable|appears to be injectable|sqlmap identified the following injection" "$OUT"/sqlmap*.log || echo "none"
  echo "-- sqlmap: parameters found not injectable"
  cat "$OUT"/sqlmap*.log | grep -cE "does not seem to be injectable" || true
  echo "-- wapiti: findings per category"
  if [[ -s "$OUT/wapiti.json" ]]; then
    python3 - "$OUT/wapiti.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
found = False
for section in ("vulnerabilities", "anomalies", "additionals"):
    for category, items in report.get(section, {}).items():
        if items:
            found = True
            print(f"{section}/{category}: {len(items)}")
            for item in items[:10]:
                print(f"   {item.get('method')} {item.get('path')} {item.get('parameter', '')}: {item.get('info', '')[:160]}")
if not found:
    print("none")
PY
  else
    echo "no report (see wapiti.log)"
  fi
  echo
  echo "Reports: $OUT"
} | tee "$OUT/summary.txt"
