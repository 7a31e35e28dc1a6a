#!/usr/bin/env bash
# Stops the test S3 server started by start.sh, by the PID files in $S3_DIR/run: radosgw first,
# then the OSD, then the monitor. SIGTERM with a 5 s grace, then SIGKILL (radosgw can hang on
# SIGTERM once its lifecycle threads have run). --wipe kills at once and removes $S3_DIR.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
S3_DIR=${S3_DIR:-$REPO/.s3-test}
WIPE=0
for a in "$@"; do
  case "$a" in
    --wipe) WIPE=1 ;;
    *) echo "usage: stop.sh [--wipe]" >&2; exit 2 ;;
  esac
done

# Daemons started as root under a non-systemd PID 1 linger as zombies: read the state, not kill -0.
alive() {
  local state
  state=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
  [ -n "$state" ] && [ "$state" != Z ] && [ "$state" != X ]
}

stop_pid() {
  local pid=$1 grace=$2
  alive "$pid" || return 0
  if [ "$grace" -gt 0 ]; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 $(( grace * 10 ))); do alive "$pid" || return 0; sleep 0.1; done
  fi
  kill -KILL "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do alive "$pid" || return 0; sleep 0.1; done
  echo "s3-server: process $pid did not stop" >&2
  return 1
}

grace=5
[ "$WIPE" = 1 ] && grace=0
status=0
if [ -d "$S3_DIR/run" ]; then
  for name in client.rgw osd.* mon.*; do
    for f in "$S3_DIR"/run/$name.pid; do
      [ -f "$f" ] || continue
      pid=$(cat "$f" 2>/dev/null || true)
      if [ -n "$pid" ]; then stop_pid "$pid" "$grace" || status=1; fi
      rm -f "$f"
    done
  done
fi
if [ "$WIPE" = 1 ] && [ -d "$S3_DIR" ]; then
  # Only ever remove a folder that holds nothing but what start.sh makes there.
  strays=$(find "$S3_DIR" -mindepth 1 -maxdepth 1 ! -name ceph.conf ! -name monmap ! -name endpoint.env \
    ! -name run ! -name log ! -name crash ! -name 'mon.*' ! -name 'osd.*' | head -3)
  if [ -n "$strays" ]; then
    echo "s3-server: not wiping $S3_DIR: it holds files start.sh did not make (${strays//$'\n'/, })" >&2
    exit 1
  fi
  rm -rf "$S3_DIR"
fi
exit $status
