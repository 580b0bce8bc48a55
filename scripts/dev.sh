#!/usr/bin/env bash
# Development: API and worker under `tsx watch`, web under Vite (which proxies
# /api to the API). Same preparation as up.sh, minus the web build.
# Ctrl-C stops all three.
#   npm run dev
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
no_args "$@"
cd "$KETNOI_ROOT"

load_env
export PORT=${PORT:-3000} # Vite's proxy reads it too
export DATABASE_URL=${DATABASE_URL:-$KETNOI_DEFAULT_DATABASE_URL}
export REDIS_URL=${REDIS_URL:-$KETNOI_DEFAULT_REDIS_URL}

ensure_deps
ensure_services
ensure_database
log "migrating"
npm run db:migrate
log "seeding demo data"
npm run db:seed

ketnoi_trap_signals
start_child api npm run dev -w @ketnoi/server
start_child worker npm run dev:worker -w @ketnoi/server
start_child web npm run dev -w @ketnoi/web
supervise
