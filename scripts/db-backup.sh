#!/usr/bin/env bash
# Back up the database in DATABASE_URL with pg_dump (custom format) and check
# the file can be read back. Prints a JSON summary on stdout.
#   npm run db:backup                  # → backups/ketnoi-<UTC time>.dump
#   BACKUP_FILE=/path/x.dump npm run db:backup
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
no_args "$@"
cd "$KETNOI_ROOT"

load_env
parse_database_url
have pg_dump && have pg_restore || die "pg_dump/pg_restore missing: install the Debian package postgresql-client"

# pg_dump older than the server refuses or writes an incomplete dump: check first.
server_major=$(pg_client psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -Atqc 'show server_version_num')
server_major=$((server_major / 10000))
dump_major=$(pg_dump --version | sed -E 's/[^0-9]*([0-9]+).*/\1/')
((dump_major >= server_major)) ||
  die "pg_dump $dump_major is older than the server ($server_major): install postgresql-client-$server_major"

file=${BACKUP_FILE:-backups/ketnoi-$(date -u +%Y%m%dT%H%M%SZ).dump}
mkdir -p "$(dirname "$file")"
started=$(date +%s%N)
# One snapshot (pg_dump runs in a single repeatable-read transaction), so writes
# during the backup never produce a torn copy.
pg_client pg_dump -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" \
  --format=custom --no-owner --no-privileges --file="$file.partial"
pg_restore --list "$file.partial" >/dev/null || die "the dump cannot be read back: $file.partial kept for inspection"
mv "$file.partial" "$file"
ms=$((($(date +%s%N) - started) / 1000000))
bytes=$(stat -c %s "$file")
((bytes > 0)) || die "empty backup file $file"
printf '{"suite":"db:backup","database":"%s","file":"%s","bytes":%d,"durationMs":%d,"pgDump":%d,"server":%d}\n' \
  "$PG_DB" "$file" "$bytes" "$ms" "$dump_major" "$server_major"
