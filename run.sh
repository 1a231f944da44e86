#!/usr/bin/env bash
# Runs the platform: SQLite under data/, migrations applied, the demo county seeded on first start.
set -euo pipefail
cd "$(dirname "$0")"
exec dotnet run --project src/Tianyuan.Web "$@"
