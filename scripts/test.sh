#!/usr/bin/env bash
# Run the whole test suite (vitest projects shared, server, web):
#   npm test                      # everything
#   npm test -- --project server  # extra arguments go to `vitest run`
# The suite creates its own databases, so no migrate/seed here. .env is not
# loaded on purpose: tests must not pick up a developer's demo settings.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$KETNOI_ROOT"

ensure_deps
ensure_services
ensure_chromium # web end-to-end tests drive /usr/bin/chromium
exec npx vitest run "$@"
