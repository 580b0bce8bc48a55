#!/usr/bin/env bash
# Make sure PostgreSQL and Redis (from DATABASE_URL / REDIS_URL, or the local
# defaults) answer, starting or installing local ones if needed.
#   npm run services
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
no_args "$@"
cd "$KETNOI_ROOT"

load_env # same .env as `npm run up`, so both check the same servers
ensure_services
