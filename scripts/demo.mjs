// npm run demo: lifeguard's main jobs on the bundled examples, with the committed CLI bundle.
// 1. check every example (one, from aws/aws-cli#8239, is rejected by AWS today, on purpose: exit status
//    1 is expected there);
// 2. compile the retention policy; 3. project the cost of the corrected rules on the example inventory.
import { spawnSync } from 'node:child_process';

const cli = new URL('../dist/cli/index.js', import.meta.url).pathname;
const steps = [
  { title: 'lifeguard check examples', args: ['check', 'examples'], ok: [0, 1] },
  { title: 'lifeguard compile examples/retention/ml-artifacts.yaml', args: ['compile', 'examples/retention/ml-artifacts.yaml'], ok: [0] },
  {
    title: 'lifeguard cost --proposed examples/passing-ml-artifacts.yaml --inventory examples/inventory --region us-east-1',
    args: ['cost', '--proposed', 'examples/passing-ml-artifacts.yaml', '--inventory', 'examples/inventory', '--region', 'us-east-1'],
    ok: [0],
  },
];
for (const step of steps) {
  process.stdout.write(`\n$ ${step.title}\n`);
  const run = spawnSync(process.execPath, [cli, ...step.args], { stdio: 'inherit' });
  if (!step.ok.includes(run.status ?? -1)) {
    process.stderr.write(`demo: "${step.title}" exited with ${run.status ?? run.signal}\n`);
    process.exit(1);
  }
  if (step.args[0] === 'check')
    process.stdout.write(`(exit status ${run.status}: the examples include a configuration AWS rejects today, on purpose)\n`);
}
