# Shared by scripts/run, scripts/test, scripts/screenshots and scripts/bench.
# Installs what is missing (Debian 12), configures and builds. Quick when
# everything is already there: one dpkg-query, then an incremental build.

QD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
QD_BUILD="${QD_BUILD_DIR:-$QD_ROOT/build}"

# Everything the build, the tests and the sandbox need, by Debian package name.
QD_PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libqt6svg6
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libyaml-cpp-dev libspdlog-dev libfmt-dev libisal-dev zlib1g-dev libssl-dev libarchive-dev
  libmd4c-dev libmd4c-html0-dev clang libclang-rt-14-dev
  postgresql-client postgresql-15 libpqxx-dev
  qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus-x11 dbus-user-session libkainjow-mustache-dev
  xvfb xauth fonts-dejavu-core poppler-utils curl procps git
)

qd_say() { printf '\033[1m==>\033[0m %s\n' "$*" >&2; }

qd_ensure_packages() {
  local missing=() p
  for p in "${QD_PACKAGES[@]}"; do
    dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  qd_say "installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# qd_build [extra cmake args...]; QD_BUILD_TARGET=name builds one target only.
qd_build() {
  if [ ! -f "$QD_BUILD/build.ninja" ]; then
    qd_say "configuring in $QD_BUILD"
    cmake -S "$QD_ROOT" -B "$QD_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  elif [ $# -gt 0 ]; then
    cmake "$QD_BUILD" "$@" >/dev/null
  fi
  qd_say "building ${QD_BUILD_TARGET:-everything}"
  cmake --build "$QD_BUILD" ${QD_BUILD_TARGET:+--target "$QD_BUILD_TARGET"} --parallel "$(nproc)"
}

# Qt wants a private runtime folder; a root shell without a session has none.
qd_runtime_dir() {
  if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -w "${XDG_RUNTIME_DIR:-/nonexistent}" ]; then
    export XDG_RUNTIME_DIR="$(mktemp -d /tmp/qd-runtime-XXXXXX)"
    chmod 700 "$XDG_RUNTIME_DIR"
  fi
}

# A throwaway PostgreSQL 15 for the tests (issue 6's SQL checks): initdb in
# a temporary folder (as postgres when we are root: initdb refuses root),
# password authentication over TCP on loopback at a free port below 32768.
# Exports QD_TEST_PG_HOST/PORT/USER/DB/PASSWORD; qd_stop_postgres ends it.
qd_pg_run() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
qd_start_postgres() {
  local bin=/usr/lib/postgresql/15/bin port
  QD_PG_DIR="$(mktemp -d /tmp/qd-pg-XXXXXX)"
  chmod 755 "$QD_PG_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres "$QD_PG_DIR"
  QD_TEST_PG_PASSWORD="qd-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
  printf '%s\n' "$QD_TEST_PG_PASSWORD" > "$QD_PG_DIR/pw"
  [ "$(id -u)" -eq 0 ] && chown postgres "$QD_PG_DIR/pw"
  qd_pg_run "$bin/initdb" -D "$QD_PG_DIR/data" -U postgres -E UTF8 --locale=C.UTF-8 -A scram-sha-256 --pwfile="$QD_PG_DIR/pw" >/dev/null
  rm -f "$QD_PG_DIR/pw"
  for port in $(seq 25432 25532); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break
  done
  qd_pg_run "$bin/pg_ctl" -D "$QD_PG_DIR/data" -l "$QD_PG_DIR/log" -w \
    -o "-p $port -k $QD_PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null
  export QD_TEST_PG_HOST=127.0.0.1 QD_TEST_PG_PORT="$port" QD_TEST_PG_USER=postgres QD_TEST_PG_DB=postgres QD_TEST_PG_PASSWORD
  qd_say "throwaway PostgreSQL on 127.0.0.1:$port"
}
qd_stop_postgres() {
  [ -n "${QD_PG_DIR:-}" ] || return 0
  qd_pg_run /usr/lib/postgresql/15/bin/pg_ctl -D "$QD_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$QD_PG_DIR"
}
