#!/usr/bin/env bash
# Installs Ceph RADOS Gateway and the daemons it needs from Debian's own packages, for the S3
# integration tests (see docs/plan-apply.md and shared/spec/s3-test-server.md). Idempotent: does
# nothing when the packages are there; runs apt-get update only when apt cannot find or fetch them.
set -euo pipefail

PACKAGES=(radosgw ceph-mon ceph-osd ceph-common)
BINARIES=(radosgw ceph-mon ceph-osd ceph radosgw-admin monmaptool)

missing() {
  for b in "${BINARIES[@]}"; do command -v "$b" >/dev/null 2>&1 || return 0; done
  return 1
}

if ! missing; then
  exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=(sudo -n); else
    echo "s3-server/install.sh: installing ${PACKAGES[*]} needs root (or sudo)" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
install() { "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${PACKAGES[@]}"; }

start=$SECONDS
# Stale package lists give "Unable to locate package" or 404s on download: refresh once and retry.
if ! apt-cache show "${PACKAGES[@]}" >/dev/null 2>&1 || ! install; then
  "${SUDO[@]}" apt-get update -q
  install
fi
if missing; then
  echo "s3-server/install.sh: the packages installed but a Ceph binary is still missing from PATH" >&2
  exit 1
fi
echo "s3-server: installed ${PACKAGES[*]} in $(( SECONDS - start ))s" >&2
