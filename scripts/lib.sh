# shellcheck shell=bash
# Shared helpers for the scripts in this folder. Source it, don't run it:
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#
# Functions: log, warn, die, no_args, load_env, ensure_deps, ensure_services,
# ensure_database [NAME], ensure_chromium, start_child, supervise.

KETNOI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
KETNOI_DEFAULT_DATABASE_URL='postgres://postgres@127.0.0.1:5432/ketnoi'
KETNOI_DEFAULT_REDIS_URL='redis://127.0.0.1:6379'
KETNOI_WAIT_SECONDS=20 # how long to wait for a service we (re)started
KETNOI_APT_UPDATED=0   # apt-get update at most once per script run

# ---------------------------------------------------------------- logging ---
# Messages go to stderr so they never mix with a command's captured output.
log() { printf '[ketnoi] %s\n' "$*" >&2; }
warn() { printf '[ketnoi] warning: %s\n' "$*" >&2; }
die() {
  printf '[ketnoi] error: %s\n' "$*" >&2
  exit 1
}

have() { command -v "$1" >/dev/null 2>&1; }
is_root() { [[ $(id -u) == 0 ]]; }

# For scripts that take no arguments: -h/--help prints the script's header
# comment, anything else is an error (settings come from the environment).
no_args() {
  (($# == 0)) && return 0
  case $1 in
    -h | --help)
      sed -n '2,/^set -euo/{/^#/s/^# \{0,1\}//p}' "$0"
      exit 0
      ;;
    *) die "unknown argument '$1' (settings come from the environment or .env; see --help)" ;;
  esac
}

# ------------------------------------------------------------------- .env ---
# Export KEY=VALUE lines of the repo's .env. Variables already in the
# environment win, so `PORT=4000 npm run up` beats PORT=3000 in .env. The file
# is parsed, not sourced, so it cannot run commands and `$` stays literal.
load_env() {
  local file=${1:-$KETNOI_ROOT/.env} line key value
  [[ -f $file ]] || return 0
  while IFS= read -r line || [[ -n $line ]]; do
    line=${line%$'\r'}
    [[ $line =~ ^[[:space:]]*(export[[:space:]]+)?([A-Za-z_][A-Za-z0-9_]*)[[:space:]]*=[[:space:]]*(.*)$ ]] || continue
    key=${BASH_REMATCH[2]}
    value=${BASH_REMATCH[3]}
    if [[ $value =~ ^\"(.*)\"[[:space:]]*(#.*)?$ || $value =~ ^\'(.*)\'[[:space:]]*(#.*)?$ ]]; then
      value=${BASH_REMATCH[1]}
    else
      # Unquoted: drop a trailing " # comment" and trailing blanks, as dotenv does.
      value=${value%%[[:space:]]#*}
      value=${value%"${value##*[![:space:]]}"}
    fi
    [[ -n ${!key+set} ]] || export "$key=$value"
  done <"$file"
}

# ------------------------------------------------------------------- URLs ---
# parse_url URL: sets URL_SCHEME URL_USER URL_PASS URL_HOST URL_PORT URL_PATH
# (user, password and path percent-decoded; [::1] style hosts unbracketed).
urldecode() {
  local s=${1//\\/\\\\} # keep literal backslashes literal for printf %b
  printf '%b' "${s//%/\\x}"
}
parse_url() {
  local rest auth hostport
  URL_SCHEME=${1%%://*}
  rest=${1#*://}
  rest=${rest%%\?*}
  rest=${rest%%#*}
  URL_PATH=
  if [[ $rest == */* ]]; then
    URL_PATH=$(urldecode "${rest#*/}")
    rest=${rest%%/*}
  fi
  auth= hostport=$rest
  if [[ $rest == *@* ]]; then
    auth=${rest%@*}
    hostport=${rest##*@}
  fi
  URL_USER=$(urldecode "${auth%%:*}")
  URL_PASS=
  [[ $auth == *:* ]] && URL_PASS=$(urldecode "${auth#*:}")
  URL_PORT=
  if [[ $hostport == \[* ]]; then
    URL_HOST=${hostport#\[}
    URL_HOST=${URL_HOST%%\]*}
    [[ $hostport == *\]:* ]] && URL_PORT=${hostport##*\]:}
  else
    URL_HOST=${hostport%%:*}
    [[ $hostport == *:* ]] && URL_PORT=${hostport##*:}
  fi
  return 0
}

# PG_HOST PG_PORT PG_USER PG_PASS PG_DB from DATABASE_URL (or its default).
parse_database_url() {
  parse_url "${DATABASE_URL:-$KETNOI_DEFAULT_DATABASE_URL}"
  PG_HOST=${URL_HOST:-127.0.0.1} # empty host = libpq's socket default; we use TCP
  PG_PORT=${URL_PORT:-5432}
  PG_USER=${URL_USER:-postgres}
  PG_PASS=$URL_PASS
  PG_DB=${URL_PATH:-$PG_USER} # libpq and node-postgres default the db to the user
}

# REDIS_HOST REDIS_PORT REDIS_USER REDIS_PASS REDIS_TLS from REDIS_URL.
parse_redis_url() {
  parse_url "${REDIS_URL:-$KETNOI_DEFAULT_REDIS_URL}"
  REDIS_HOST=${URL_HOST:-127.0.0.1}
  REDIS_PORT=${URL_PORT:-6379}
  REDIS_USER=$URL_USER
  REDIS_PASS=$URL_PASS
  REDIS_TLS=0
  [[ $URL_SCHEME == rediss ]] && REDIS_TLS=1
  return 0
}

# Only services on this machine may be started or installed by us.
is_local_host() {
  case $1 in
    127.0.0.1 | localhost | ::1 | '') return 0 ;;
    *) return 1 ;;
  esac
}

# Bare TCP probe, for when pg_isready / redis-cli are not installed.
tcp_open() {
  if have timeout; then
    timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null
  else
    bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null
  fi
}

# wait_until SECONDS CMD...: run CMD every 0.25 s until it succeeds or the
# time is up (a clock, not a count: one probe of a dead host can take seconds).
wait_until() {
  local deadline=$((SECONDS + $1))
  shift
  until "$@"; do
    ((SECONDS < deadline)) || return 1
    sleep 0.25 || true # a signal may kill sleep: let the caller decide, not set -e
  done
}

# --------------------------------------------------------------- packages ---
# apt_install PKG...: fails (instead of dying) when we cannot install, so the
# caller can explain what to do instead.
apt_install() {
  is_root && have apt-get || return 1
  if [[ $KETNOI_APT_UPDATED != 1 ]]; then
    log "apt-get update"
    apt-get update -q || return 1
    KETNOI_APT_UPDATED=1
  fi
  log "installing Debian packages: $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" || return 1
}

# Install node_modules when missing or older than the lock file. npm does not
# rewrite node_modules/.package-lock.json when nothing changed, so we touch it
# afterwards; otherwise every run after a lock-file edit would reinstall.
ensure_deps() {
  local lock=$KETNOI_ROOT/package-lock.json hidden=$KETNOI_ROOT/node_modules/.package-lock.json
  if [[ -d $KETNOI_ROOT/node_modules && ! $lock -nt $hidden ]]; then
    return 0
  fi
  if [[ ${CI:-} == true || ${CI:-} == 1 ]]; then
    log "installing dependencies (npm ci)"
    (cd "$KETNOI_ROOT" && npm ci)
  else
    log "installing dependencies (npm install)"
    (cd "$KETNOI_ROOT" && npm install)
  fi
  [[ -f $hidden ]] && touch "$hidden"
  return 0
}

# ------------------------------------------------------------- PostgreSQL ---
# Run a libpq client with the URL's password (if any) and a short connect
# timeout, so a firewalled remote host fails fast instead of hanging.
pg_client() {
  if [[ -n $PG_PASS ]]; then
    PGPASSWORD=$PG_PASS PGCONNECT_TIMEOUT=${PGCONNECT_TIMEOUT:-5} "$@"
  else
    PGCONNECT_TIMEOUT=${PGCONNECT_TIMEOUT:-5} "$@"
  fi
}

# pg_status: 0 accepting, 1 starting up (rejecting), 2 not answering.
pg_status() {
  local rc=0
  if have pg_isready; then
    pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 3 || rc=$?
    ((rc <= 2)) || rc=2
    return "$rc"
  fi
  tcp_open "$PG_HOST" "$PG_PORT" || return 2
}

# Installed = Debian's cluster tools and at least one cluster named "main".
pg_installed() {
  have pg_ctlcluster && compgen -G '/etc/postgresql/*/main' >/dev/null
}

pg_latest_version() { ls /etc/postgresql | sort -V | tail -1; }

start_postgres() {
  log "starting PostgreSQL $(pg_latest_version)"
  pg_ctlcluster --skip-systemctl-redirect "$(pg_latest_version)" main start
}

# Debian's pg_hba.conf asks for a password (scram) on TCP; the app and tests
# connect as postgres over 127.0.0.1 without one. Only done after we installed
# PostgreSQL ourselves, never to a server someone else set up.
ensure_pg_trust() {
  local ver hba
  if PGCONNECT_TIMEOUT=5 psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
    return 0
  fi
  ver=$(pg_latest_version)
  hba=/etc/postgresql/$ver/main/pg_hba.conf
  log "allowing local trust auth for TCP 127.0.0.1 and ::1 in $hba"
  sed -E -i 's#^([[:space:]]*host[[:space:]]+all[[:space:]]+all[[:space:]]+(127\.0\.0\.1/32|::1/128)[[:space:]]+)[^[:space:]]+#\1trust#' "$hba"
  pg_ctlcluster --skip-systemctl-redirect "$ver" main reload
  sleep 0.5
  PGCONNECT_TIMEOUT=5 psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -Atqc 'select 1' >/dev/null ||
    die "still cannot connect as postgres to 127.0.0.1:$PG_PORT; check $hba"
}

ensure_postgres() {
  local rc=0 fresh=0 num ver
  parse_database_url
  pg_status || rc=$?
  if ((rc != 0)); then
    is_local_host "$PG_HOST" ||
      die "PostgreSQL at $PG_HOST:$PG_PORT is not answering. Start it another way (e.g. \`docker compose up -d\`) or fix DATABASE_URL."
    if ((rc == 2)); then # rc 1 = starting up: just wait below
      if ! pg_installed; then
        apt_install postgresql ||
          die "PostgreSQL is not installed and cannot be installed here (needs root and apt-get). Start PostgreSQL >= 15 on $PG_HOST:$PG_PORT another way, e.g. \`docker compose up -d\`."
        fresh=1
      fi
      # The package's own postinst may have started it already.
      pg_status || start_postgres ||
        die "could not start PostgreSQL (see above). Start it another way, e.g. \`docker compose up -d\`."
    fi
    wait_until "$KETNOI_WAIT_SECONDS" pg_status ||
      die "PostgreSQL did not answer on $PG_HOST:$PG_PORT within ${KETNOI_WAIT_SECONDS}s (is the cluster on another port?). Start it another way, e.g. \`docker compose up -d\`."
  fi
  ((fresh)) && ensure_pg_trust

  # Version check needs a login; if that fails, say so but let the caller's
  # own connection report the real problem.
  if have psql && ver=$(pg_client psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -Atq \
    -c "select current_setting('server_version_num') || ' ' || current_setting('server_version')" 2>/dev/null); then
    num=${ver%% *}
    ver=${ver#* }
    ((num >= 150000)) || die "PostgreSQL >= 15 is required, $PG_HOST:$PG_PORT runs $ver"
    log "PostgreSQL ${ver%% *} answering on $PG_HOST:$PG_PORT"
  elif have psql; then
    warn "PostgreSQL answers on $PG_HOST:$PG_PORT but login as '$PG_USER' failed; check DATABASE_URL"
  else
    log "PostgreSQL answering on $PG_HOST:$PG_PORT (psql missing: version not checked)"
  fi
}

# ensure_database [NAME]: create the database (default: the one in
# DATABASE_URL) if it does not exist yet.
ensure_database() {
  local name exists
  parse_database_url
  name=${1:-$PG_DB}
  # The name is pasted into SQL below, so allow only plain identifiers.
  [[ $name =~ ^[A-Za-z0-9_-]+$ ]] || die "unsupported database name '$name'"
  have psql && have createdb || die "psql/createdb missing: install the Debian package postgresql-client"
  exists=$(pg_client psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -Atqc \
    "select 1 from pg_database where datname='$name'") ||
    die "cannot connect to PostgreSQL at $PG_HOST:$PG_PORT as '$PG_USER' (DATABASE_URL)"
  if [[ $exists != 1 ]]; then
    log "creating database $name"
    pg_client createdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$name"
  fi
}

# ------------------------------------------------------------------ Redis ---
redis_cli() {
  local args=(-h "$REDIS_HOST" -p "$REDIS_PORT") pre=()
  [[ -n $REDIS_USER ]] && args+=(--user "$REDIS_USER")
  ((REDIS_TLS)) && args+=(--tls)
  # redis-cli 7.0 has no connect timeout: don't hang on a firewalled host.
  have timeout && pre=(timeout 5)
  # REDISCLI_AUTH keeps the password off the command line (and ps).
  if [[ -n $REDIS_PASS ]]; then
    REDISCLI_AUTH=$REDIS_PASS "${pre[@]}" redis-cli "${args[@]}" "$@"
  else
    "${pre[@]}" redis-cli "${args[@]}" "$@"
  fi
}

# redis_status: 0 PONG, 1 answers with an error (loading, auth...), 2 no answer.
REDIS_REPLY=
redis_status() {
  if ! have redis-cli; then
    tcp_open "$REDIS_HOST" "$REDIS_PORT" || return 2
    return 0
  fi
  REDIS_REPLY=$(redis_cli ping 2>&1) || true
  [[ $REDIS_REPLY == PONG ]] && return 0
  [[ -z $REDIS_REPLY || $REDIS_REPLY == *"Could not connect"* || $REDIS_REPLY == *"Connection refused"* ]] && return 2
  return 1
}

start_redis() {
  log "starting Redis on port $REDIS_PORT"
  mkdir -p /var/lib/redis /var/log/redis || true
  # Same command the machine uses at boot: nothing persisted, local only.
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --save "" \
    --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log
}

ensure_redis() {
  local rc=0 ver
  parse_redis_url
  redis_status || rc=$?
  if ((rc != 0)); then
    is_local_host "$REDIS_HOST" ||
      die "Redis at $REDIS_HOST:$REDIS_PORT is not answering${REDIS_REPLY:+ ($REDIS_REPLY)}. Start it another way (e.g. \`docker compose up -d\`) or fix REDIS_URL."
    if ((rc == 2)); then # rc 1 = it answers (e.g. still loading): just wait
      if ! have redis-server; then
        apt_install redis-server ||
          die "Redis is not installed and cannot be installed here (needs root and apt-get). Start Redis 7 on $REDIS_HOST:$REDIS_PORT another way, e.g. \`docker compose up -d\`."
      fi
      # The package's own postinst may have started it already.
      redis_status || start_redis ||
        die "could not start Redis (see above). Start it another way, e.g. \`docker compose up -d\`."
    fi
    wait_until "$KETNOI_WAIT_SECONDS" redis_status ||
      die "Redis did not answer on $REDIS_HOST:$REDIS_PORT within ${KETNOI_WAIT_SECONDS}s${REDIS_REPLY:+ (last reply: $REDIS_REPLY)}. Start it another way, e.g. \`docker compose up -d\`."
  fi

  if have redis-cli && ver=$(redis_cli info server 2>/dev/null | tr -d '\r' | sed -n 's/^redis_version://p') && [[ -n $ver ]]; then
    ((${ver%%.*} >= 7)) || die "Redis 7 is required, $REDIS_HOST:$REDIS_PORT runs $ver"
    log "Redis $ver answering on $REDIS_HOST:$REDIS_PORT"
  else
    log "Redis answering on $REDIS_HOST:$REDIS_PORT (version not checked)"
  fi
}

# PostgreSQL and Redis from DATABASE_URL / REDIS_URL answer, or we die saying
# how to get them.
ensure_services() {
  ensure_postgres
  ensure_redis
}

# --------------------------------------------------------------- Chromium ---
# The web end-to-end tests drive Debian's Chromium (Playwright cannot download
# its own browser here).
ensure_chromium() {
  [[ -x /usr/bin/chromium ]] && return 0
  apt_install chromium ||
    die "/usr/bin/chromium is missing: install the Debian package 'chromium' (as root: apt-get install chromium)"
  [[ -x /usr/bin/chromium ]] || die "the package 'chromium' did not provide /usr/bin/chromium"
}

# ------------------------------------------------------------ supervision ---
# Used by up.sh and dev.sh to run several long-lived processes together.
KETNOI_PIDS=()
KETNOI_NAMES=()
KETNOI_STOP_SIGNAL=
KETNOI_STOP_TIMEOUT=30 # seconds of graceful shutdown before SIGKILL

# start_child NAME CMD...: run CMD in the background in its own process group.
# Own group, because the terminal's Ctrl-C must reach only this script, which
# then sends exactly one SIGTERM: the app uses close-with-grace, which exits at
# once on a *second* signal.
# stdin is /dev/null: a background group reading the terminal would be stopped.
start_child() {
  local name=$1
  shift
  set -m
  "$@" </dev/null &
  set +m
  KETNOI_PIDS+=("$!")
  KETNOI_NAMES+=("$name")
  log "$name started (pid $!)"
}

# Any process of the child's group still alive?
group_alive() { kill -0 -- "-$1" 2>/dev/null || kill -0 "$1" 2>/dev/null; }

# npm_script_pid PID: the process that `npm run` (PID) ends up running, below
# npm and its `sh -c`. Empty when not found (not started yet, no /proc).
npm_script_pid() {
  local pid=$1 comm children
  while [[ -r /proc/$pid/comm ]]; do
    comm=$(<"/proc/$pid/comm")
    case $comm in
      npm* | sh | dash | bash) ;;
      *)
        echo "$pid"
        return 0
        ;;
    esac
    { children=$(<"/proc/$pid/task/$pid/children"); } 2>/dev/null || return 0
    read -r pid children <<<"$children" || return 0
    [[ -n $pid && -z $children ]] || return 0 # none or several: give up
  done
}

# SIGTERM each child once, wait for its whole group, SIGKILL what hangs.
# The signal goes to the process npm runs, not to npm: npm passes it only to
# its `sh -c`, which dies without passing it on. Nor to the whole group:
# `tsx watch` re-sends it to its own child, which would then get it twice.
# Fallback (process not found): the group, as a terminal's Ctrl-C would.
stop_children() {
  local i pid app deadline
  for pid in "${KETNOI_PIDS[@]}"; do
    app=$(npm_script_pid "$pid")
    if [[ -n $app ]]; then
      kill -TERM "$app" 2>/dev/null || true
    else
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    fi
  done
  deadline=$((SECONDS + KETNOI_STOP_TIMEOUT))
  for i in "${!KETNOI_PIDS[@]}"; do
    pid=${KETNOI_PIDS[$i]}
    while group_alive "$pid" && ((SECONDS < deadline)); do sleep 0.25 || true; done
    if group_alive "$pid"; then
      warn "${KETNOI_NAMES[$i]} did not stop within ${KETNOI_STOP_TIMEOUT}s, killing it"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
  done
  KETNOI_PIDS=() KETNOI_NAMES=() # nothing left for the EXIT trap to do
}

# Traps only record the signal; the loop in supervise acts on it. Repeated
# signals are ignored (`npm run` forwards Ctrl-C to us on top of the
# terminal's own, so one Ctrl-C often arrives twice).
ketnoi_on_signal() { [[ -n $KETNOI_STOP_SIGNAL ]] || KETNOI_STOP_SIGNAL=$1; }

# supervise [READY_URL [STARTED_AT]]: wait for the children. Ctrl-C/SIGTERM:
# stop them all, exit 0. A child exits: stop the others, exit with its code.
# With READY_URL, poll it every 0.25 s and log "ready in N s" (N counted from
# STARTED_AT, a $SECONDS value, default now), then call ketnoi_on_ready if
# the script defines it; fail after 60 s.
# Set the traps (ketnoi_trap_signals) before start_child so no signal is lost.
ketnoi_trap_signals() {
  trap 'ketnoi_on_signal INT' INT
  trap 'ketnoi_on_signal TERM' TERM
  trap 'ketnoi_on_signal HUP' HUP
  # Children live in their own process groups, so nothing else would stop
  # them if this script ends some other way (die, set -e).
  trap 'stop_children' EXIT
}
supervise() {
  local ready_url=${1:-} t0=$SECONDS started=${2:-$SECONDS} i pid code
  ketnoi_trap_signals
  while :; do
    if [[ -n $KETNOI_STOP_SIGNAL ]]; then
      log "got SIG$KETNOI_STOP_SIGNAL, stopping"
      stop_children
      log "stopped"
      exit 0
    fi
    for i in "${!KETNOI_PIDS[@]}"; do
      pid=${KETNOI_PIDS[$i]}
      kill -0 "$pid" 2>/dev/null && continue
      code=0
      wait "$pid" || code=$?
      log "${KETNOI_NAMES[$i]} exited with code $code, stopping the rest"
      unset "KETNOI_PIDS[$i]" "KETNOI_NAMES[$i]"
      stop_children
      exit "$code"
    done
    if [[ -n $ready_url ]]; then
      if curl -fsS --max-time 2 -o /dev/null "$ready_url" 2>/dev/null; then
        log "ready in $((SECONDS - started)) s"
        ready_url=
        if declare -F ketnoi_on_ready >/dev/null; then ketnoi_on_ready; fi
      elif ((SECONDS - t0 >= 60)); then
        warn "$ready_url did not answer within 60 s"
        stop_children
        die "the app did not become ready"
      fi
    fi
    # Ctrl-C also kills this sleep (same process group); without `|| true`
    # set -e would exit with 130 before the INT trap ever runs.
    sleep 0.25 || true
  done
}
