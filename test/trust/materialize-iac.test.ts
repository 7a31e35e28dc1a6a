/**
 * A commit's Terraform and CloudFormation sources copied as data (trust/materialize.ts), both ways
 * the privileged half reads a commit: git, when the checkout holds it (a real repository), and
 * GitHub's contents API at the commit (the recorded-shape server over HTTP, listing folders as the
 * real API does). Both must copy the same files: a module's .tf, .tf.json and tfvars files, never
 * its sub-folders, its links or what lies outside the repository.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClient } from '../../src/github/client.js';
import { listFolderAt, MAX_FOLDER_ENTRIES } from '../../src/trust/file-at.js';
import { materializeCommit, type MaterializeRequest } from '../../src/trust/materialize.js';
import { tempDir } from '../e2e/run.js';
import { commit, git } from '../helpers/git.js';
import { startGitHubServer, type GitHubTestServer } from '../helpers/github-server.js';

const CONFIG = `targets:
  - name: ml
    bucket: acme-ml
    source:
      terraform: infra/s3
      resource: aws_s3_bucket_lifecycle_configuration.ml
  - name: logs
    bucket: acme-logs
    source:
      terraform: infra/logs/main.tf
      resource: aws_s3_bucket_lifecycle_configuration.logs
  - name: stack
    bucket: acme-stack
    source:
      cloudformation: stack/template.yaml
      resource: Bucket
  - name: planned
    bucket: acme-planned
    source:
      terraform: plans/plan.json
      resource: aws_s3_bucket_lifecycle_configuration.p
`;

/** One commit's files: what a module is, and what is not part of it. */
const FILES: Record<string, string> = {
  '.lifeguard.yml': CONFIG,
  'infra/s3/main.tf': 'resource "aws_s3_bucket_lifecycle_configuration" "ml" {}\n',
  'infra/s3/variables.tf': 'variable "days" {\n  default = 30\n}\n',
  'infra/s3/locals.tf.json': '{"locals": {"prefix": "runs/"}}\n',
  'infra/s3/terraform.tfvars': 'days = 14\n',
  'infra/s3/prod.auto.tfvars.json': '{"days": 7}\n',
  'infra/s3/prod.tfvars': 'days = 1\n', // read only with -var-file: not the module's
  'infra/s3/README.md': '# ml bucket\n',
  'infra/s3/nested/main.tf': 'resource "aws_s3_bucket" "other" {}\n', // another module
  'infra/logs/main.tf': 'resource "aws_s3_bucket_lifecycle_configuration" "logs" {}\n',
  'infra/logs/vars.tf': 'variable "days" {}\n',
  'stack/template.yaml': 'Resources: {}\n',
  'stack/other.yaml': 'Resources: {}\n',
  'plans/plan.json': '{"format_version": "1.2"}\n',
  'plans/main.tf': 'resource "aws_s3_bucket" "p" {}\n',
  'modules/cold/main.tf': 'resource "aws_s3_bucket_lifecycle_configuration" "cold" {}\n',
  'modules/cold/variables.tf': 'variable "days" {\n  default = 0\n}\n',
  'docs/notes.md': 'not checked\n',
};

const MODULE = [
  'infra/s3/locals.tf.json',
  'infra/s3/main.tf',
  'infra/s3/prod.auto.tfvars.json',
  'infra/s3/terraform.tfvars',
  'infra/s3/variables.tf',
];
const EXPECTED = [
  '.lifeguard.yml',
  ...MODULE,
  'infra/logs/main.tf',
  'infra/logs/vars.tf',
  'modules/cold/main.tf',
  'modules/cold/variables.tf',
  'plans/plan.json',
  'stack/template.yaml',
].sort();
const CHANGED = ['modules/cold/main.tf', 'docs/notes.md', 'modules/gone/main.tf'];

let gh: GitHubTestServer;
let repo: string;
let head: string;
const client = () => makeClient('ghs_testtoken', gh.url);
const viaApi = (commit: string, extra = CHANGED): MaterializeRequest => ({
  files: { client: client(), repo: { owner: 'mallory', repo: 'buckets' } },
  commit,
  configPath: '.lifeguard.yml',
  extra,
});

beforeAll(async () => {
  gh = await startGitHubServer();
  repo = tempDir('lifeguard-repo-');
  git(repo, 'init', '-q', '-b', 'main');
  mkdirSync(join(repo, 'infra/s3'), { recursive: true });
  // A link in the module: a checkout would follow it out of the repository; read as data it is not copied.
  symlinkSync('/etc/passwd', join(repo, 'infra/s3/evil.auto.tfvars'));
  head = commit(repo, FILES);
  gh.state.contents.set(head, FILES);
  gh.state.links.set(head, { 'infra/s3/evil.auto.tfvars': '/etc/passwd' });
});
afterAll(async () => {
  await gh.close();
});

const copied = (root: string, dir = ''): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? copied(root, join(dir, e.name)) : [join(dir, e.name).split('\\').join('/')],
  );

describe('materializeCommit with Terraform and CloudFormation targets', () => {
  it.each([
    ['git (the checkout holds the commit)', () => ({ ...viaApi(head), files: { root: repo } })],
    ['the contents API only', () => viaApi(head)],
  ])(
    'through %s: a module folder with its .tf, .tf.json and tfvars files, a .tf file with its module, a template and a plan alone',
    async (_, request) => {
      const m = await materializeCommit(request());
      expect(m.problems).toEqual([]);
      expect(m.written.slice().sort()).toEqual(EXPECTED);
      // Only what was written is there: no link, no sub-folder, no file beside the template or plan.
      expect(copied(m.root).sort()).toEqual(EXPECTED);
      expect(readFileSync(join(m.root, 'infra/s3/terraform.tfvars'), 'utf8')).toBe('days = 14\n');
    },
  );

  it('reads through git without asking the API, and lists each folder once through the API', async () => {
    gh.requests.length = 0;
    await materializeCommit({ ...viaApi(head), files: { root: repo, client: client(), repo: { owner: 'mallory', repo: 'buckets' } } });
    expect(gh.requests).toEqual([]);
    await materializeCommit(viaApi(head));
    const paths = gh.requests.map((r) => decodeURIComponent(r.path).replace('/repos/mallory/buckets/contents/', ''));
    // The folders asked (their entries) and every file read; infra/s3 serves two targets' worth of questions once.
    expect(paths.filter((p) => p === 'infra/s3')).toHaveLength(1);
    expect(paths.filter((p) => p === 'modules/cold')).toHaveLength(1);
    expect(paths).not.toContain('infra/s3/evil.auto.tfvars');
    expect(paths).not.toContain('docs/notes.md');
  });

  it('copies a module whole or not at all: a module file it cannot read leaves the module out, in one sentence', async () => {
    const big = 'x'.repeat(5 * 1024 * 1024 + 1);
    const sha = 'a'.repeat(40);
    // Listed last: the module's other files are read first, and taken back.
    gh.state.contents.set(sha, { ...FILES, 'infra/s3/zz.auto.tfvars': big });
    const m = await materializeCommit(viaApi(sha, []));
    expect(m.written.filter((f) => f.startsWith('infra/s3/'))).toEqual([]);
    expect(copied(m.root).filter((f) => f.startsWith('infra/s3/'))).toEqual([]);
    expect(m.problems).toEqual([
      `infra/s3/zz.auto.tfvars at aaaaaaaaaaaa is larger than 5 MiB, so the module infra/s3 was not read (all its files or none)`,
    ]);
    // The other targets are copied as usual.
    expect(m.written).toContain('infra/logs/vars.tf');
  });

  it('a module at the repository root (terraform: .)', async () => {
    const sha = 'c'.repeat(40);
    gh.state.contents.set(sha, {
      '.lifeguard.yml':
        'targets:\n  - name: root\n    bucket: acme-root\n    source:\n      terraform: .\n      resource: aws_s3_bucket_lifecycle_configuration.r\n',
      'main.tf': 'resource "aws_s3_bucket_lifecycle_configuration" "r" {}\n',
      'terraform.tfvars': 'days = 3\n',
      'infra/s3/main.tf': 'resource "aws_s3_bucket" "other" {}\n',
    });
    const m = await materializeCommit(viaApi(sha, []));
    expect(m.problems).toEqual([]);
    expect(m.written.sort()).toEqual(['.lifeguard.yml', 'main.tf', 'terraform.tfvars']);
  });
});

describe('listFolderAt', () => {
  it('copies nothing of a configuration that names a source outside the repository, and says so', async () => {
    const escape =
      CONFIG +
      '  - name: escape\n    bucket: acme-escape\n    source:\n      terraform: ../outside\n      resource: aws_s3_bucket_lifecycle_configuration.x\n';
    const other = 'e'.repeat(40);
    gh.state.contents.set(other, { '.lifeguard.yml': escape });
    const m = await materializeCommit(viaApi(other));
    expect(m.config).toBeUndefined();
    expect(m.failure).toMatch(
      /^\.lifeguard\.yml at eeeeeee: targets\[4\] \(escape\): source\.terraform "\.\.\/outside" leads to .*, outside the repository/,
    );
    expect(m.written).toEqual(['.lifeguard.yml']);
  });

  it('says the same through git and the API: regular files only, a file, nothing, a path outside', async () => {
    const git_ = { root: repo };
    const api = viaApi(head).files;
    for (const from of [git_, api]) {
      const folder = await listFolderAt(from, head, 'infra/s3');
      expect(folder.kind === 'folder' && folder.files.slice().sort()).toEqual(
        [...MODULE, 'infra/s3/README.md', 'infra/s3/prod.tfvars'].sort(),
      );
      expect((await listFolderAt(from, head, 'stack/template.yaml')).kind).toBe('file');
      expect((await listFolderAt(from, head, 'no/such')).kind).toBe('absent');
      expect(await listFolderAt(from, head, 'infra/../..')).toEqual({ kind: 'failed', reason: 'infra/../.. is outside the repository' });
      const root = await listFolderAt(from, head, '.');
      expect(root.kind === 'folder' && root.files).toEqual(['.lifeguard.yml']);
    }
  });

  it(`refuses a folder of ${MAX_FOLDER_ENTRIES} entries or more (the contents API drops the rest without a word)`, async () => {
    const sha = 'd'.repeat(40);
    const files: Record<string, string> = {};
    for (let i = 0; i < MAX_FOLDER_ENTRIES; i++) files[`big/f${i}.tf`] = '';
    gh.state.contents.set(sha, files);
    expect(await listFolderAt(viaApi(sha).files, sha, 'big')).toEqual({
      kind: 'failed',
      reason: `big at dddddddddddd has 1,000 entries or more, more than lifeguard lists`,
      tooLarge: true,
    });
    const wide = tempDir('lifeguard-wide-');
    git(wide, 'init', '-q', '-b', 'main');
    mkdirSync(join(wide, 'big'));
    for (let i = 0; i < MAX_FOLDER_ENTRIES; i++) writeFileSync(join(wide, 'big', `f${i}.tf`), '');
    const c = commit(wide, {});
    expect(await listFolderAt({ root: wide }, c, 'big')).toMatchObject({
      kind: 'failed',
      reason: expect.stringContaining('has 1,000 entries or more'),
    });
  });
});
