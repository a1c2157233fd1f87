#!/usr/bin/env bash
# The one test command (README): builds and tests the whole solution in Release, keeps the
# .trx results under ./TestResults/<run>/ and ends with one line, "N passed, M failed, K skipped",
# counted from the results of this run only. Extra arguments go to dotnet test (e.g. --filter).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

run_dir="TestResults/$(date -u +%Y%m%dT%H%M%SZ)-$$"
mkdir -p "$run_dir"

set +e
dotnet test SoTTTT.Portal.sln -c Release \
  --results-directory "$run_dir" \
  --logger "trx;LogFilePrefix=results" \
  "$@"
test_status=$?
set -e

# Reads one attribute of the <Counters .../> element of a .trx file (0 when absent).
counter() {
  local value
  value=$(grep -o '<Counters [^>]*' "$1" | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9][0-9]*' || true)
  echo "${value:-0}"
}

passed=0 failed=0 skipped=0 files=0
while IFS= read -r -d '' trx; do
  files=$((files + 1))
  passed=$((passed + $(counter "$trx" passed)))
  failed=$((failed + $(counter "$trx" failed) + $(counter "$trx" error) + $(counter "$trx" timeout) + $(counter "$trx" aborted)))
  # Skipped tests are counted in total but not in executed (VSTest leaves notExecuted at 0 for them).
  skipped=$((skipped + $(counter "$trx" total) - $(counter "$trx" executed)))
done < <(find "$run_dir" -name '*.trx' -print0)

status=0
if [ "$test_status" -ne 0 ]; then
  echo "dotnet test exited with $test_status." >&2
  status=$test_status
elif [ "$failed" -gt 0 ]; then
  status=1
elif [ $((passed + failed)) -eq 0 ]; then
  echo "No test ran ($files result files in $run_dir)." >&2
  status=1
fi

echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
