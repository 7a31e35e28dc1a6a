# Sourced by the install scripts of test tools (scripts/s3-server, scripts/browser): installs Debian
# packages with apt-get, as root or through sudo, and runs apt-get update only when apt cannot find
# or fetch them (stale package lists give "Unable to locate package" or 404s on download).
# Usage: apt_install NAME-FOR-MESSAGES PACKAGE...
apt_install() {
  local who=$1
  shift
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo -n); else
      echo "$who: installing $* needs root (or sudo)" >&2
      return 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  local start=$SECONDS
  if ! apt-cache show "$@" >/dev/null 2>&1 || ! "${sudo[@]}" apt-get install -y -q --no-install-recommends "$@"; then
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "$@"
  fi
  echo "$who: installed $* in $(( SECONDS - start ))s" >&2
}
