#!/usr/bin/env bash
# Writes the idempotent SQL Server schema script (every migration, each applied only if missing).
# No server is needed. Usage: ./scripts/sqlserver-schema.sh [output.sql]   (default: artifacts/sqlserver-schema.sql)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/sqlserver-schema.sql}"
mkdir -p "$(dirname "$out")"
dotnet tool restore >/dev/null
dotnet ef migrations script --idempotent \
  --project migrations/SoTTTT.Portal.Migrations.SqlServer \
  --startup-project migrations/SoTTTT.Portal.Migrations.SqlServer \
  --output "$out"
echo "SQL Server schema script written to $out"
