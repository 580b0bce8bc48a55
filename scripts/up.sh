#!/usr/bin/env bash
# One-command demo: services, database, migrations, seed data, web build, then
# the API and the background worker. Ctrl-C stops both gracefully.
#   npm run up
#   PORT=4000 npm run up        # environment beats .env, .env beats defaults
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
no_args "$@"
cd "$KETNOI_ROOT"
started=$SECONDS

load_env
# Export the defaults too, so every step below (migrate, seed, server, worker,
# the readiness probe) agrees on them.
export PORT=${PORT:-3000}
export DATABASE_URL=${DATABASE_URL:-$KETNOI_DEFAULT_DATABASE_URL}
export REDIS_URL=${REDIS_URL:-$KETNOI_DEFAULT_REDIS_URL}
[[ $PORT =~ ^[0-9]+$ ]] || die "PORT must be a number, got '$PORT'"
public_url=${PUBLIC_URL:-http://localhost:$PORT}

# Probe the address the server listens on; wildcard binds answer on loopback.
case ${HOST:-} in
  '' | 0.0.0.0 | :: | localhost) probe_host=127.0.0.1 ;;
  *:*) probe_host="[$HOST]" ;;
  *) probe_host=$HOST ;;
esac
ready_url="http://$probe_host:$PORT/ready"

# An old instance on the port would answer /ready and make us report success
# while the new server dies with EADDRINUSE.
if tcp_open "${probe_host//[\[\]]/}" "$PORT"; then
  die "something already listens on port $PORT (another \`npm run up\`?). Stop it or set PORT."
fi
have curl || die "curl is needed to check that the server is ready"

ensure_deps
ensure_services
ensure_database
log "migrating"
npm run db:migrate
log "seeding demo data"
npm run db:seed
# The build is the slowest step: skip it when nothing it is made from changed since.
if [[ -f web/dist/index.html ]] && [[ -z $(find web/src web/index.html web/vite.config.ts web/package.json shared/src -newer web/dist/index.html -print -quit) ]]; then
  log "web app is up to date (web/dist)"
else
  log "building the web app"
  npm run build
fi

ketnoi_on_ready() {
  log "open $public_url  (demo accounts: see README)"
}
ketnoi_trap_signals # before the children start, so no Ctrl-C is lost
start_child api npm run start -w @ketnoi/server
start_child worker npm run start:worker -w @ketnoi/server
supervise "$ready_url" "$started"
