#!/usr/bin/env bash
# Installs Ceph RADOS Gateway and the daemons it needs from Debian's own packages, for the S3
# integration tests (see docs/plan-apply.md and shared/spec/s3-test-server.md). Idempotent: does
# nothing when the packages are there; runs apt-get update only when apt cannot find or fetch them.
set -euo pipefail
source "$(dirname "$0")/../lib/apt-install.sh"

PACKAGES=(radosgw ceph-mon ceph-osd ceph-common)
BINARIES=(radosgw ceph-mon ceph-osd ceph radosgw-admin monmaptool)

missing() {
  for b in "${BINARIES[@]}"; do command -v "$b" >/dev/null 2>&1 || return 0; done
  return 1
}

if ! missing; then
  exit 0
fi

apt_install s3-server "${PACKAGES[@]}"
if missing; then
  echo "s3-server/install.sh: the packages installed but a Ceph binary is still missing from PATH" >&2
  exit 1
fi
