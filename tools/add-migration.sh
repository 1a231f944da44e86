#!/usr/bin/env bash
# Adds a migration to one module for BOTH providers (SQLite and PostgreSQL keep separate migration sets).
# usage: tools/add-migration.sh Regions AddVillageNotes
set -euo pipefail
module="$1"; name="$2"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project "src/Modules/Tianyuan.$module" --startup-project src/Tianyuan.Web \
    --context "${module}Db$provider" --output-dir "Data/Migrations/$provider" --namespace "Tianyuan.$module.Data.Migrations.$provider"
  # With --namespace, EF writes the snapshot under a namespace-shaped folder; keep it beside its migrations.
  dir="src/Modules/Tianyuan.$module"
  if [ -d "$dir/Tianyuan" ]; then
    mv "$dir"/Tianyuan/"$module"/Data/Migrations/"$provider"/*Snapshot.cs "$dir/Data/Migrations/$provider/"
    rm -rf "$dir/Tianyuan"
  fi
done
# Migrations are a module's internals like everything else (the architecture test checks it).
sed -i "s/^    public partial class $name : Migration/    internal partial class $name : Migration/; s/^public partial class $name : Migration/internal partial class $name : Migration/" \
  src/Modules/Tianyuan.$module/Data/Migrations/*/*_"$name".cs
