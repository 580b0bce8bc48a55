#!/usr/bin/env bash
# Restore a pg_dump backup into a NEW database (never over an existing one),
# then rebuild its search index. Prints a JSON summary on stdout.
#   npm run db:restore -- backups/ketnoi-20261124T030000Z.dump [target_db]
# The target defaults to <database in DATABASE_URL>_restored. To switch over,
# point DATABASE_URL at the restored database and restart API and worker.
# Redis may still hold jobs of the database before the restore; that is safe
# on the same QUEUE_PREFIX (docs/deployment.md, "Backups").
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$KETNOI_ROOT"

case ${1:-} in
  '' | -h | --help)
    sed -n '2,/^set -euo/{/^#/s/^# \{0,1\}//p}' "$0"
    [[ -n ${1:-} ]] && exit 0
    exit 1
    ;;
esac
file=$1
[[ -f $file ]] || die "no such backup file: $file"

load_env
parse_database_url
have pg_restore || die "pg_restore missing: install the Debian package postgresql-client"
target=${2:-${PG_DB}_restored}
[[ $target =~ ^[A-Za-z0-9_]+$ ]] || die "unsupported database name '$target'"

exists=$(pg_client psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -Atqc \
  "select 1 from pg_database where datname='$target'")
[[ $exists != 1 ]] || die "database $target exists; restore only into a new database (drop it first if you mean it)"

started=$(date +%s%N)
pg_client psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -qc \
  "create database \"$target\" template template0 encoding 'UTF8'"
if ! pg_client pg_restore -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$target" \
  --exit-on-error --single-transaction --no-owner --no-privileges "$file"; then
  pg_client psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -qc "drop database \"$target\""
  die "restore failed; $target was dropped again"
fi
restored=$(($(date +%s%N) - started))

# The search index lives beside the data (PostgreSQL engine) or in Meilisearch:
# rebuild it from the restored rows either way.
url="${URL_SCHEME}://${PG_USER}${PG_PASS:+:$PG_PASS}@${PG_HOST}:${PG_PORT}/${target}"
DATABASE_URL=$url npm run --silent search:reindex >&2
total=$((($(date +%s%N) - started) / 1000000))
log "restored into $target. Outbox ids there start again from the backup: jobs the old" \
  "database left in Redis are never taken for new rows (job ids carry created_at), so the" \
  "same QUEUE_PREFIX is safe. See docs/deployment.md (Backups) for rows restored unfinished."
printf '{"suite":"db:restore","file":"%s","database":"%s","restoreMs":%d,"totalMsWithReindex":%d}\n' \
  "$file" "$target" "$((restored / 1000000))" "$total"
