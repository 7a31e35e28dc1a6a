// Writes an S3 Inventory report (manifest.json + CSV.gz data files, `files` of them) that looks like
// an ML team's bucket: checkpoints, models, datasets, logs and experiments; sizes from 1 KB to
// 5 GB (log-uniform), ages up to 3 years, mixed storage classes. Deterministic for a given count.
import { createWriteStream, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGzip, constants } from 'node:zlib';

const DAY = 86_400_000;

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex8 = (r) =>
  Math.floor(r() * 2 ** 32)
    .toString(16)
    .padStart(8, '0');

const CLASSES = [
  ['STANDARD', 0.7],
  ['STANDARD_IA', 0.15],
  ['GLACIER_IR', 0.05],
  ['GLACIER', 0.04],
  ['INTELLIGENT_TIERING', 0.03],
  ['DEEP_ARCHIVE', 0.02],
  ['ONEZONE_IA', 0.01],
];

function pickClass(r) {
  let acc = 0;
  for (const [name, p] of CLASSES) if (r < (acc += p)) return name;
  return 'STANDARD';
}

function key(r, i) {
  const run = Math.floor(r() * 400);
  switch (Math.floor(r() * 6)) {
    case 0:
      return `checkpoints/run-${run}/step-${Math.floor(r() * 100000)}/shard-${i % 64}.safetensors`;
    case 1:
      return `models/prod/model-${run}/v${Math.floor(r() * 50)}/weights-${i}.bin`;
    case 2:
      return `datasets/imagenet-${run % 7}/train/part-${i}.tfrecord`;
    case 3:
      return `logs/2025/${String(1 + (i % 12)).padStart(2, '0')}/${String(1 + (i % 28)).padStart(2, '0')}/app-${i}.log.gz`;
    case 4:
      return `experiments/failed/exp-${run}/artifact+${i}.pkl`;
    default:
      return `experiments/active/exp-${run}/metrics-${i}.json`;
  }
}

export async function generateInventory(dir, count, asOfMs, files = 1, seed = 42) {
  const ROWS_PER_FILE = Math.ceil(count / files);
  const r = rng(seed + count);
  const data = join(dir, 'data');
  mkdirSync(data, { recursive: true });
  const written = [];
  const logMin = Math.log(1000);
  const logMax = Math.log(5 * 2 ** 30);
  for (let f = 0; f * ROWS_PER_FILE < count; f++) {
    const name = `data/part-${String(f).padStart(4, '0')}.csv.gz`;
    const gz = createGzip({ level: constants.Z_BEST_SPEED });
    const out = createWriteStream(join(dir, name));
    gz.pipe(out);
    const end = Math.min(count, (f + 1) * ROWS_PER_FILE);
    let buf = '';
    for (let i = f * ROWS_PER_FILE; i < end; i++) {
      const size = Math.floor(Math.exp(logMin + r() * (logMax - logMin)));
      const created = new Date(asOfMs - Math.floor(r() * 3 * 365 * DAY)).toISOString();
      const cls = pickClass(r());
      const k = encodeURIComponent(key(r, i)).replace(/%2F/g, '/');
      // An ETag is the 32-hex-digit MD5 of the object (multipart uploads add "-<parts>").
      const etag = hex8(r) + hex8(r) + hex8(r) + hex8(r) + (size > 16 * 2 ** 20 ? `-${Math.ceil(size / (16 * 2 ** 20))}` : '');
      buf += `"src-bucket","${k}","${size}","${created}","${etag}","${cls}","${size > 16 * 2 ** 20}","","SSE-S3"\n`;
      if (buf.length > 1 << 20) {
        if (!gz.write(buf)) await new Promise((res) => gz.once('drain', res));
        buf = '';
      }
    }
    gz.end(buf);
    await new Promise((res, rej) => out.on('finish', res).on('error', rej));
    written.push({ key: name, size: statSync(join(dir, name)).size, MD5checksum: '0'.repeat(32) });
  }
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      sourceBucket: 'src-bucket',
      destinationBucket: 'arn:aws:s3:::inventory',
      version: '2016-11-30',
      creationTimestamp: String(asOfMs),
      fileFormat: 'CSV',
      fileSchema: 'Bucket, Key, Size, LastModifiedDate, ETag, StorageClass, IsMultipartUploaded, ReplicationStatus, EncryptionStatus',
      files: written,
    }),
  );
  return written;
}
