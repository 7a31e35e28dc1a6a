#!/usr/bin/env bash
# Starts a single-node Ceph RADOS Gateway on 127.0.0.1 for the S3 integration tests: one monitor,
# one memstore OSD, no mgr, no cephx, no systemd (configuration and every pitfall:
# shared/spec/s3-test-server.md). Installs the packages first when they are missing.
#
#   S3_PORT (7480)  S3_MON_PORT (3300)  S3_DIR (<repo>/.s3-test)
#   RGW_LC_DEBUG_INTERVAL (10: one lifecycle "day" lasts 10 s; 0 = real days)
#
# Prints the endpoint on stdout and writes $S3_DIR/endpoint.env (endpoint, region, test keys)
# for tests and shells. Already running on that directory and port: prints and exits 0.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
S3_PORT=${S3_PORT:-7480}
S3_MON_PORT=${S3_MON_PORT:-3300}
S3_DIR=${S3_DIR:-$REPO/.s3-test}
RGW_LC_DEBUG_INTERVAL=${RGW_LC_DEBUG_INTERVAL:-10}
# Fixed keys of a throwaway test user on loopback; they open nothing else.
ACCESS_KEY=${S3_ACCESS_KEY:-LIFEGUARDTEST0000001}
SECRET_KEY=${S3_SECRET_KEY:-lifeguard-test-secret-key-loopback-only}
ENDPOINT="http://127.0.0.1:$S3_PORT"
STORAGE_CLASSES=(STANDARD_IA ONEZONE_IA INTELLIGENT_TIERING GLACIER_IR GLACIER DEEP_ARCHIVE)
start=$SECONDS

log() { echo "s3-server: $*" >&2; }
http_ok() { [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$ENDPOINT/" 2>/dev/null)" = 200 ]; }
alive() { # a PID file whose process exists and is not a zombie (kill -0 succeeds on zombies)
  local pid state
  pid=$(cat "$1" 2>/dev/null) || return 1
  state=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) || return 1
  [ -n "$state" ] && [ "$state" != Z ] && [ "$state" != X ]
}
announce() {
  cat >"$S3_DIR/endpoint.env" <<ENV
S3_ENDPOINT=$ENDPOINT
AWS_REGION=us-east-1
AWS_ACCESS_KEY_ID=$ACCESS_KEY
AWS_SECRET_ACCESS_KEY=$SECRET_KEY
CEPH_CONF=$S3_DIR/ceph.conf
RGW_LC_DEBUG_INTERVAL=$RGW_LC_DEBUG_INTERVAL
ENV
  echo "$ENDPOINT"
}

if [ -f "$S3_DIR/run/client.rgw.pid" ] && alive "$S3_DIR/run/client.rgw.pid" && http_ok; then
  log "already running at $ENDPOINT ($S3_DIR)"
  announce
  exit 0
fi
if http_ok; then
  log "port $S3_PORT already answers HTTP but not from $S3_DIR; set S3_PORT (and S3_MON_PORT) to start another server"
  exit 1
fi

"$HERE/install.sh"

# A half-started or stopped cluster is not resumable (memstore keeps data in RAM): start afresh.
"$HERE/stop.sh" --wipe >/dev/null
mkdir -p "$S3_DIR/run" "$S3_DIR/log" "$S3_DIR/crash" "$S3_DIR/mon.a"
CONF="$S3_DIR/ceph.conf"
FSID=$(cat /proc/sys/kernel/random/uuid)
cat >"$CONF" <<CONF
[global]
fsid = $FSID
mon_host = v2:127.0.0.1:$S3_MON_PORT
public_addr = 127.0.0.1
auth_cluster_required = none
auth_service_required = none
auth_client_required = none
; radosgw defaults to "secure" alone, which auth none cannot satisfy
ms_mon_client_mode = crc secure
osd_pool_default_size = 1
osd_pool_default_min_size = 1
osd_pool_default_pg_num = 8
osd_pool_default_pgp_num = 8
osd_pool_default_pg_autoscale_mode = off
mon_allow_pool_size_one = true
osd_crush_chooseleaf_type = 0
mon_max_pg_per_osd = 1000
run_dir = $S3_DIR/run
pid_file = $S3_DIR/run/\$name.pid
log_file = $S3_DIR/log/\$name.log
crash_dir = $S3_DIR/crash
admin_socket = $S3_DIR/run/\$name.asok
keyring = /dev/null
[mon]
mon_data = $S3_DIR/mon.\$id
mon_data_avail_crit = 0
[osd]
osd_data = $S3_DIR/osd.\$id
osd_objectstore = memstore
memstore_device_bytes = 2147483648
[client.rgw]
rgw_frontends = beast endpoint=127.0.0.1:$S3_PORT tcp_nodelay=1
rgw_dns_name = localhost
rgw_lc_debug_interval = $RGW_LC_DEBUG_INTERVAL
rgw_lifecycle_work_time = 00:00-23:59
rgw_exit_timeout_secs = 5
CONF
if [ "$RGW_LC_DEBUG_INTERVAL" = 0 ]; then sed -i '/^rgw_lc_debug_interval/d' "$CONF"; fi
ceph_() { ceph -c "$CONF" --connect-timeout 20 "$@"; }

monmaptool --create --fsid "$FSID" --addv a "[v2:127.0.0.1:$S3_MON_PORT]" "$S3_DIR/monmap" >/dev/null
ceph-mon -c "$CONF" --mkfs -i a --monmap "$S3_DIR/monmap"
ceph-mon -c "$CONF" -i a

OSD_UUID=$(cat /proc/sys/kernel/random/uuid)
OSD_ID=$(ceph_ osd new "$OSD_UUID")
mkdir -p "$S3_DIR/osd.$OSD_ID"
ceph-osd -c "$CONF" -i "$OSD_ID" --mkfs --osd-uuid "$OSD_UUID" 2>/dev/null
ceph-osd -c "$CONF" -i "$OSD_ID" 2>/dev/null

# Pools created on demand cost ~2 s per request; all of them up front, in parallel, take ~4 s.
POOLS=(.rgw.root default.rgw.control default.rgw.meta default.rgw.log default.rgw.buckets.index
  default.rgw.buckets.data default.rgw.buckets.non-ec)
for SC in "${STORAGE_CLASSES[@]}"; do POOLS+=("default.rgw.${SC,,}.data"); done
pids=()
for P in "${POOLS[@]}"; do
  ( ceph_ osd pool create "$P" 8 8 >/dev/null 2>&1 && ceph_ osd pool application enable "$P" rgw >/dev/null 2>&1 ) &
  pids+=($!)
done
for p in "${pids[@]}"; do wait "$p" || { log "creating a pool failed; see $S3_DIR/log/"; exit 1; }; done

admin() { radosgw-admin -c "$CONF" -n client.rgw-admin "$@" >/dev/null; }
# user create first: it creates the default zonegroup and zone that placement add needs.
admin user create --uid=tester --display-name="lifeguard tests" --access-key="$ACCESS_KEY" --secret-key="$SECRET_KEY"
for SC in "${STORAGE_CLASSES[@]}"; do
  admin zonegroup placement add --rgw-zonegroup default --placement-id default-placement --storage-class "$SC"
  admin zone placement add --rgw-zone default --placement-id default-placement --storage-class "$SC" --data-pool "default.rgw.${SC,,}.data"
done

radosgw -c "$CONF" -n client.rgw
for _ in $(seq 1 300); do
  http_ok && break
  sleep 0.1
done
if ! http_ok; then
  log "radosgw did not answer on $ENDPOINT; see $S3_DIR/log/client.rgw.log"
  exit 1
fi
log "started in $(( SECONDS - start ))s: $ENDPOINT (lifecycle day: ${RGW_LC_DEBUG_INTERVAL}s, dir: $S3_DIR)"
announce
