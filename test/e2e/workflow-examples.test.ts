/**
 * examples/workflows, .github/workflows and examples/iam: the workflows parse, pin every third-party
 * action by its full commit SHA with the release named in a comment and lifeguard by the one
 * `uses:` line the README and docs show, use only inputs action.yml declares, put no expression
 * inside a script, and grant exactly the permissions their steps use (no more, no less); the IAM
 * policies give the plan role nothing that writes and the apply role exactly what apply calls.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './run.js';

const EXAMPLES = join(ROOT, 'examples/workflows');
const OWN = join(ROOT, '.github/workflows');
const IAM = join(ROOT, 'examples/iam');
const LIFEGUARD = 'lifeguard-dev/lifeguard@v0';
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yml'));
const own = readdirSync(OWN).filter((f) => f.endsWith('.yml'));
const actionInputs = Object.keys(parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')).inputs);

type Level = 'read' | 'write';
type Permissions = Record<string, Level>;
interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Permissions;
  steps: Step[];
  environment?: string;
  needs?: string;
  if?: string;
  outputs?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Permissions;
  jobs: Record<string, Job>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const workflow = (dir: string, file: string) => parse(read(dir, file)) as Workflow;

/** What one step needs from GITHUB_TOKEN (and OIDC), from what it does on the workflow's events. */
function needs(step: Step, events: string[]): Permissions {
  const uses = step.uses?.split('@')[0] ?? '';
  const w = step.with ?? {};
  if (uses === 'actions/checkout') return { contents: 'read' };
  if (uses === 'aws-actions/configure-aws-credentials') return { 'id-token': 'write' };
  if (uses === 'actions/upload-artifact') return {};
  if (uses === 'actions/download-artifact') return w['run-id'] ? { actions: 'read' } : {};
  if (uses === 'github/codeql-action/upload-sarif') return { 'security-events': 'write', actions: 'read', contents: 'read' };
  if (uses === 'lifeguard-dev/lifeguard' || step.uses === './') {
    const out: Permissions = { contents: 'read' };
    for (const event of events) {
      const command = (w.command as string | undefined) ?? (event.startsWith('pull_request') ? 'plan' : 'check');
      const onPr = event.startsWith('pull_request');
      if (command === 'plan' && onPr) out['pull-requests'] = 'write';
      if (command === 'check' && onPr) out['pull-requests'] ??= 'read';
      if (command === 'comment') Object.assign(out, { 'pull-requests': 'write', statuses: 'write' });
      if (command === 'apply' && String(w['dry-run']) !== 'true' && w.comment !== 'off') out['pull-requests'] = 'write';
      if (command === 'plan' && !onPr && String(w['drift-issue']) === 'true') out.issues = 'write';
    }
    return out;
  }
  // Reading the Actions API (runs, artifacts) needs actions: read; the release script writes tags.
  if (step.run && /gh api \S*\/actions\//.test(step.run)) return { actions: 'read' };
  if (step.run?.includes('gh api') || step.run?.includes('gh release')) return { contents: 'write' };
  if (step.run) return {};
  throw new Error(`no permission model for ${step.uses}`);
}

function union(all: Permissions[]): Permissions {
  const out: Permissions = {};
  for (const p of all) for (const [k, v] of Object.entries(p)) if (out[k] !== 'write') out[k] = v;
  return out;
}

function sorted(p: Permissions | undefined): Permissions {
  return Object.fromEntries(Object.entries(p ?? {}).sort(([a], [b]) => a.localeCompare(b))) as Permissions;
}

for (const [dir, files, label] of [
  [EXAMPLES, examples, 'examples/workflows'],
  [OWN, own, '.github/workflows'],
] as const) {
  describe(label, () => {
    for (const file of files) {
      const doc = workflow(dir, file);
      const text = read(dir, file);
      const events = Object.keys(doc.on);

      it(`${file}: every third-party action pinned by commit with its release named; lifeguard as the docs show it, with declared inputs`, () => {
        for (const job of Object.values(doc.jobs)) {
          for (const step of job.steps) {
            if (!step.uses) continue;
            if (step.uses === './') continue;
            if (step.uses.startsWith('lifeguard-dev/lifeguard')) {
              expect(step.uses).toBe(LIFEGUARD);
              for (const name of Object.keys(step.with ?? {})) expect(actionInputs).toContain(name);
              continue;
            }
            expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
            const line = text.split('\n').find((l) => l.includes(`uses: ${step.uses}`)) ?? '';
            expect(line).toMatch(/ # v\d+\.\d+\.\d+$/);
          }
          expect(job.steps.filter((s) => s.run?.includes('${{'))).toEqual([]);
        }
      });

      it(`${file}: each job gets exactly the permissions its steps use`, () => {
        for (const [name, job] of Object.entries(doc.jobs)) {
          const granted = job.permissions ?? doc.permissions;
          const required = union(job.steps.map((s) => needs(s, events)));
          expect([name, sorted(granted)]).toEqual([name, sorted(required)]);
        }
      });
    }
  });
}

describe('the example workflows', () => {
  it('are the pull-request check, the reviewed apply, the drift check, the two halves of the fork split and tracking', () => {
    expect(examples.sort()).toEqual([
      'lifeguard-apply.yml',
      'lifeguard-drift.yml',
      'lifeguard-fork-check.yml',
      'lifeguard-fork-comment.yml',
      'lifeguard-pull-request.yml',
      'lifeguard-track.yml',
    ]);
  });

  it('use the same commit for the same action everywhere', () => {
    const pins = new Map<string, Set<string>>();
    for (const [dir, files] of [
      [EXAMPLES, examples],
      [OWN, own],
    ] as const) {
      for (const file of files)
        for (const job of Object.values(workflow(dir, file).jobs))
          for (const s of job.steps)
            if (s.uses?.includes('@'))
              pins.set(s.uses.split('@')[0]!, new Set([...(pins.get(s.uses.split('@')[0]!) ?? []), s.uses.split('@')[1]!]));
    }
    for (const [action, shas] of pins) expect([action, shas.size]).toEqual([action, 1]);
  });

  it('apply: a dry-run plan job first, then apply behind the protected environment; only pushes that touch the rules, reconcile on demand, never cancel a started run', () => {
    const doc = workflow(EXAMPLES, 'lifeguard-apply.yml');
    expect(Object.keys(doc.on).sort()).toEqual(['push', 'workflow_dispatch']);
    const push = doc.on.push as { branches: string[]; paths: string[] };
    expect(push.branches).toEqual(['main']);
    expect(push.paths).toEqual(expect.arrayContaining(['.lifeguard.yml', '.lifeguard/quarantine/**']));
    expect(doc.concurrency).toEqual({ group: 'lifeguard-apply', 'cancel-in-progress': false });
    const lifeguard = (job: Job) => job.steps.find((s) => s.uses === LIFEGUARD)!.with!;
    expect(lifeguard(doc.jobs.plan!)).toMatchObject({ command: 'apply', 'dry-run': true });
    expect(doc.jobs.plan!.environment).toBeUndefined();
    expect(doc.jobs.apply!).toMatchObject({ needs: 'plan', environment: 'production' });
    expect(lifeguard(doc.jobs.apply!).command).toBe('apply');
    expect(lifeguard(doc.jobs.apply!)['dry-run']).toBeUndefined();
    // The drift guard searches the branch's history: both jobs check out all of it.
    for (const job of Object.values(doc.jobs)) expect(job.steps[0]!.with!['fetch-depth']).toBe(0);
  });

  it('drift: a schedule and a manual run of plan, keeping the drift issue, with the whole history', () => {
    const doc = workflow(EXAMPLES, 'lifeguard-drift.yml');
    expect(Object.keys(doc.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const steps = doc.jobs.drift!.steps;
    expect(steps.find((s) => s.uses === LIFEGUARD)!.with).toEqual({ command: 'plan', 'drift-issue': true });
    expect(steps[0]!.with!['fetch-depth']).toBe(0);
  });

  it('track: monthly and by hand, the baselines artifact that apply keeps (found by its run, downloaded with run-id and a token), then command: track on them', () => {
    const apply = workflow(EXAMPLES, 'lifeguard-apply.yml');
    const keep = apply.jobs.baselines!;
    // Kept only after an apply that changed a bucket, by a plan of every target with the read-only role.
    expect(keep).toMatchObject({ needs: 'apply', if: expect.stringContaining('needs.apply.outputs.applied') });
    expect(apply.jobs.apply!.outputs!.applied).toBe('${{ steps.lifeguard.outputs.applied }}');
    expect(keep.environment).toBeUndefined();
    const role = (job: Job) => job.steps.find((s) => s.uses?.startsWith('aws-actions/'))!.with!['role-to-assume'];
    expect(role(keep)).toMatch(/role\/lifeguard-plan$/);
    const plan = keep.steps.find((s) => s.uses === LIFEGUARD)!.with!;
    expect(plan.command).toBe('plan');
    const upload = keep.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))! as Step & { if: string };
    expect(upload.if).toBe('always()');
    expect(String(upload.with!.path).replace(/\/$/, '')).toBe(plan.baselines);

    const doc = workflow(EXAMPLES, 'lifeguard-track.yml');
    expect(Object.keys(doc.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect((doc.on.schedule as Array<{ cron: string }>)[0]!.cron).toMatch(/^\S+ \S+ \d+ \* \*$/); // once a month
    const steps = doc.jobs.track!.steps;
    const find = steps.find((s) => s.run?.includes('actions/artifacts'))! as Step & { id: string };
    expect(find.run).toContain(`name=${upload.with!.name}`);
    // The newest artifact of this repository's runs on main: a fork's run on a branch it named `main` is not one.
    const filter = /--jq \\\n\s*'([^']+)'/.exec(find.run!)![1]!;
    expect(filter).toContain('.workflow_run.head_repository_id == .workflow_run.repository_id');
    const listed = (id: number, repo: number, created: string) => ({
      expired: false,
      created_at: created,
      workflow_run: { id, repository_id: 1, head_repository_id: repo, head_branch: 'main' },
    });
    const jq = spawnSync('jq', ['-r', filter], {
      input: JSON.stringify({ artifacts: [listed(10, 1, '2026-11-01T00:00:00Z'), listed(11, 99, '2026-11-20T00:00:00Z')] }),
      encoding: 'utf8',
    });
    if (!jq.error) expect(jq.stdout.trim()).toBe('10'); // jq, where installed, runs the filter gh runs
    const download = steps.find((s) => s.uses?.startsWith('actions/download-artifact'))!.with!;
    expect(download).toMatchObject({
      name: upload.with!.name,
      'run-id': `\${{ steps.${find.id}.outputs.run-id }}`,
      'github-token': '${{ github.token }}',
    });
    expect(role(doc.jobs.track!)).toMatch(/role\/lifeguard-plan$/);
    expect(steps.at(-1)!.uses).toBe(LIFEGUARD);
    expect(steps.at(-1)!.with).toEqual({ command: 'track', baselines: download.path });
  });

  it('pull request: SARIF is uploaded on pull requests and on pushes to the default branch (code scanning compares the two)', () => {
    const doc = workflow(EXAMPLES, 'lifeguard-pull-request.yml');
    expect(doc.on).toMatchObject({ pull_request: expect.anything(), push: { branches: ['main'] } });
    const upload = doc.jobs.lifeguard!.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif')) as Step & { if: string };
    expect(upload.if).toContain("github.event_name == 'push'");
  });

  it('the privileged half checks out only the default branch, never the pull request, and reads the artifact of the run that triggered it', () => {
    const doc = workflow(EXAMPLES, 'lifeguard-fork-comment.yml');
    const all = doc.jobs.comment!.steps;
    expect(all.filter((s) => s.uses?.startsWith('actions/checkout')).map((s) => s.with?.ref)).toEqual([
      '${{ github.event.repository.default_branch }}',
    ]);
    expect(all[0]!.with!['run-id']).toBe('${{ github.event.workflow_run.id }}');
    const check = workflow(EXAMPLES, 'lifeguard-fork-check.yml');
    expect(check.jobs.lifeguard!.steps.find((s) => s.uses === LIFEGUARD)!.with!.command).toBe('check');
  });
});

describe("the project's own workflows", () => {
  it('release rebuilds dist/ from the tag, refuses one that is not reproducible, and moves the major tag', () => {
    const doc = workflow(OWN, 'release.yml');
    expect(doc.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
    const runs = doc.jobs.release!.steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('npm ci && npm run build');
    expect(runs).toContain('git status --porcelain dist/ src/generated/');
    expect(runs).toContain('major="${GITHUB_REF_NAME%%.*}"');
    expect(runs).toContain('git/refs/tags/$major');
  });

  it('self-test runs the action from this checkout (uses: ./) on the examples', () => {
    const steps = workflow(OWN, 'self-test.yml').jobs.examples!.steps;
    expect(steps.filter((s) => s.uses === './').map((s) => s.with?.paths)).toEqual([
      'examples/passing-ml-artifacts.yaml',
      'examples/aws-cli-8239-expiration.json',
      'examples/',
    ]);
  });
});

describe('one uses: line for lifeguard', () => {
  it('README, docs and examples all show lifeguard-dev/lifeguard@v0', () => {
    const docs = [
      'README.md',
      ...readdirSync(join(ROOT, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
      ...examples.map((f) => `examples/workflows/${f}`),
    ];
    const lines = docs.flatMap((f) =>
      readFileSync(join(ROOT, f), 'utf8')
        .split('\n')
        .filter((l) => /uses: \S*lifeguard\S*@/.test(l))
        .map((l) => [f, l.trim().replace(/^- /, '').replace(/ #.*$/, '')]),
    );
    expect(lines.length).toBeGreaterThan(5);
    for (const [file, line] of lines) expect([file, line]).toEqual([file, `uses: ${LIFEGUARD}`]);
  });
});

describe('example IAM policies', () => {
  const actions = (file: string): string[] =>
    JSON.parse(readFileSync(join(IAM, file), 'utf8')).Statement.flatMap((s: { Action: string | string[] }) => [s.Action].flat());

  it('the plan role reads and never writes', () => {
    const plan = actions('lifeguard-plan-policy.json');
    expect(plan.filter((a) => /^s3:(Put|Delete)/.test(a))).toEqual([]);
    for (const a of [
      's3:GetLifecycleConfiguration',
      's3:GetBucketVersioning',
      's3:GetBucketObjectLockConfiguration',
      's3:ListBucket',
      's3:ListBucketVersions',
    ])
      expect(plan).toContain(a);
  });

  it('the inventory policy reads the reports of s3:// inventories and nothing else: objects under the report prefixes, a listing limited to them', () => {
    const policy = JSON.parse(readFileSync(join(IAM, 'lifeguard-plan-inventory-policy.json'), 'utf8')) as {
      Statement: Array<{ Action: string; Resource: string | string[]; Condition?: { StringLike: { 's3:prefix': string[] } } }>;
    };
    expect(policy.Statement.map((s) => s.Action).sort()).toEqual(['s3:GetObject', 's3:ListBucket']);
    const list = policy.Statement.find((s) => s.Action === 's3:ListBucket')!;
    const get = policy.Statement.find((s) => s.Action === 's3:GetObject')!;
    const prefixes = list.Condition!.StringLike['s3:prefix'];
    expect(prefixes.length).toBeGreaterThan(0);
    // Every object the role may read is under a prefix it may list: no other object of the bucket.
    expect([get.Resource].flat()).toEqual(prefixes.map((p) => `${String(list.Resource)}/${p}`));
  });

  it('the apply role has what apply calls and nothing else (PutLifecycleConfiguration also covers DeleteBucketLifecycle)', () => {
    expect(actions('lifeguard-apply-policy.json').sort()).toEqual([
      's3:GetBucketObjectLockConfiguration',
      's3:GetBucketVersioning',
      's3:GetLifecycleConfiguration',
      's3:PutLifecycleConfiguration',
    ]);
  });

  it("the plan role admits pull requests and runs on the default branch (the drift check, the apply workflow's plan job, the fork split's privileged half); the apply role only the protected environment", () => {
    const sub = (file: string) =>
      JSON.parse(readFileSync(join(IAM, file), 'utf8')).Statement[0].Condition.StringEquals['token.actions.githubusercontent.com:sub'];
    expect(sub('lifeguard-plan-trust-policy.json')).toEqual(['repo:acme/buckets:pull_request', 'repo:acme/buckets:ref:refs/heads/main']);
    expect(sub('lifeguard-apply-trust-policy.json')).toBe('repo:acme/buckets:environment:production');
  });
});
