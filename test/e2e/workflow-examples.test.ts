/**
 * examples/workflows and examples/iam: the workflows parse, pin every third-party action by its
 * full commit SHA with the release named in a comment, use only inputs action.yml declares, and
 * put no expression inside a script; the IAM policies give the plan role nothing that writes and
 * the apply role exactly what apply calls.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './run.js';

const WORKFLOWS = join(ROOT, 'examples/workflows');
const IAM = join(ROOT, 'examples/iam');
const files = readdirSync(WORKFLOWS).filter((f) => f.endsWith('.yml'));
const actionInputs = Object.keys(parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')).inputs);

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

function steps(file: string): Array<{ step: Step; line: string }> {
  const text = readFileSync(join(WORKFLOWS, file), 'utf8');
  const doc = parse(text) as { jobs: Record<string, { steps: Step[] }> };
  return Object.values(doc.jobs).flatMap((j) => j.steps.map((step) => ({ step, line: text.split('\n').find((l) => step.uses !== undefined && l.includes(`uses: ${step.uses}`)) ?? '' })));
}

describe('example workflows', () => {
  it('has the pull-request check, the merge apply and the two halves of the fork split', () => {
    expect(files.sort()).toEqual(['lifeguard-apply.yml', 'lifeguard-fork-check.yml', 'lifeguard-fork-comment.yml', 'lifeguard-pull-request.yml']);
  });

  for (const file of files) {
    it(`${file}: every action pinned by commit with its release named, lifeguard's inputs all declared`, () => {
      for (const { step, line } of steps(file)) {
        if (!step.uses) continue;
        if (step.uses.startsWith('OWNER/lifeguard@')) {
          expect(step.uses).toBe('OWNER/lifeguard@LIFEGUARD_COMMIT_SHA');
          for (const name of Object.keys(step.with ?? {})) expect(actionInputs).toContain(name);
          continue;
        }
        expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(line).toMatch(/ # v\d+\.\d+\.\d+$/);
      }
      expect(steps(file).every(({ step }) => !step.run?.includes('${{'))).toBe(true);
    });
  }

  it('uses the same commit for the same action everywhere', () => {
    const pins = new Map<string, Set<string>>();
    for (const file of files) for (const { step } of steps(file)) if (step.uses) pins.set(step.uses.split('@')[0]!, new Set([...(pins.get(step.uses.split('@')[0]!) ?? []), step.uses.split('@')[1]!]));
    for (const [action, shas] of pins) expect([action, shas.size]).toEqual([action, 1]);
  });

  it('apply runs only behind the protected environment, with the history apply compares', () => {
    const doc = parse(readFileSync(join(WORKFLOWS, 'lifeguard-apply.yml'), 'utf8'));
    expect(doc.jobs.apply.environment).toBe('production');
    expect(doc.on).toEqual({ push: { branches: ['main'] } });
    expect(doc.jobs.apply.steps[0].with['fetch-depth']).toBe(0);
  });

  it('the privileged half checks out only the default branch, never the pull request, and reads the artifact of the run that triggered it', () => {
    const doc = parse(readFileSync(join(WORKFLOWS, 'lifeguard-fork-comment.yml'), 'utf8'));
    const all: Step[] = doc.jobs.comment.steps;
    expect(all.filter((s) => s.uses?.startsWith('actions/checkout')).map((s) => s.with?.ref)).toEqual(['${{ github.event.repository.default_branch }}']);
    expect(all[0]!.with!['run-id']).toBe('${{ github.event.workflow_run.id }}');
    expect(doc.permissions).toEqual({ actions: 'read', contents: 'read', 'pull-requests': 'write', statuses: 'write', 'id-token': 'write' });
    const check = parse(readFileSync(join(WORKFLOWS, 'lifeguard-fork-check.yml'), 'utf8'));
    expect(check.permissions).toEqual({ contents: 'read' });
    expect(check.jobs.lifeguard.steps.find((s: Step) => s.uses?.startsWith('OWNER/lifeguard')).with.command).toBe('check');
  });
});

describe('example IAM policies', () => {
  const actions = (file: string): string[] => JSON.parse(readFileSync(join(IAM, file), 'utf8')).Statement.flatMap((s: { Action: string | string[] }) => [s.Action].flat());

  it('the plan role reads and never writes', () => {
    const plan = actions('lifeguard-plan-policy.json');
    expect(plan.filter((a) => /^s3:(Put|Delete)/.test(a))).toEqual([]);
    for (const a of ['s3:GetLifecycleConfiguration', 's3:GetBucketVersioning', 's3:GetBucketObjectLockConfiguration', 's3:ListBucket', 's3:ListBucketVersions']) expect(plan).toContain(a);
  });

  it('the apply role has what apply calls and nothing else (PutLifecycleConfiguration also covers DeleteBucketLifecycle)', () => {
    expect(actions('lifeguard-apply-policy.json').sort()).toEqual(['s3:GetBucketObjectLockConfiguration', 's3:GetBucketVersioning', 's3:GetLifecycleConfiguration', 's3:PutLifecycleConfiguration']);
  });

  it('each role trusts only its own OIDC subject', () => {
    const sub = (file: string) => JSON.parse(readFileSync(join(IAM, file), 'utf8')).Statement[0].Condition.StringEquals['token.actions.githubusercontent.com:sub'];
    expect(sub('lifeguard-plan-trust-policy.json')).toBe('repo:acme/buckets:pull_request');
    expect(sub('lifeguard-apply-trust-policy.json')).toBe('repo:acme/buckets:environment:production');
  });
});
