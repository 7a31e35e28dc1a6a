import { it } from 'vitest';
import { createBucket, putObject, runCli, s3Server, testClient, uniqueBucket, useServerCredentials, workspace } from '../helpers/s3.js';
it('prints', async () => {
  useServerCredentials();
  const client = testClient();
  const bucket = await createBucket(client, uniqueBucket('scratch'));
  for (const k of ['models/a/x.pt', 'models/b/y.pt', 'models/b/z.pt', 'models/c/w.bin', 'data/q']) await putObject(client, bucket, k, { body: 'x'.repeat(1000) });
  const dir = workspace({
    '.lifeguard.yml': `targets:\n  - name: arts\n    bucket: ${bucket}\n    endpoint: ${s3Server().endpoint}\n    source: { lifecycle: rules.json }\n    registry: registry.yaml\n`,
    'rules.json': '{"Rules":[{"ID":"x","Status":"Enabled","Filter":{"Prefix":"models/"},"Expiration":{"Days":90}}]}',
    'registry.yaml': `artifacts:\n  - uri: s3://${bucket}/models/a/\n  - s3://${bucket}/models/b/z\n`,
  });
  for (const args of [['orphans', '-t', 'arts', '--min-age-days', '0'], ['orphans', '-t', 'arts', '--min-age-days', '0', '--quarantine'], ['orphans', '-t', 'arts', '--min-age-days', '0', '-f', 'markdown'], ['plan']]) {
    const r = await runCli(args, dir);
    console.log(`$ ${args.join(' ')} → ${r.code}\n${r.stdout}${r.stderr}`);
  }
});
