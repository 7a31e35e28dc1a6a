/**
 * Hostile .tf files through the committed CLI bundle (ADR 0198): syntax nested thousands deep is a
 * parse-error at its position with exit status 1, never "internal error"; a FIFO named *.tf is
 * refused as not a regular file (exit status 2) or, beside a module's files, named in a finding,
 * and never blocks the run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, expectNoTrace, tempDir, type Run } from './run.js';

let dir: string;

const resource = (days: string) => `resource "aws_s3_bucket_lifecycle_configuration" "x" {
  bucket = "b"
  rule {
    id     = "r"
    status = "Enabled"
    filter {
      prefix = "tmp/"
    }
    expiration {
      days = ${days}
    }
  }
}
`;

/** The bundle with a deadline: a read that blocks on a FIFO must fail the test, not hang it. */
function cli(...args: string[]): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 15_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function mkfifo(path: string): void {
  const r = spawnSync('mkfifo', [path]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
}

beforeAll(() => {
  dir = tempDir('lifeguard-bad-tf-');
  writeFileSync(join(dir, 'deep.tf'), resource(`1${' + 1'.repeat(5000)}`));
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'folder', 'a.tf'), `locals {\n  x = 1\n}\n${resource(`${'!'.repeat(5000)}true`)}`);
  writeFileSync(join(dir, 'folder', 'b.tf'), resource('var.days'));
  writeFileSync(join(dir, 'folder', 'c.tf'), 'variable "days" {\n  default = 1\n}\n');
  mkdirSync(join(dir, 'fifo'));
  mkfifo(join(dir, 'fifo', 'only.tf'));
  mkdirSync(join(dir, 'module'));
  writeFileSync(join(dir, 'module', 'main.tf'), resource('1'));
  mkfifo(join(dir, 'module', 'vars.tf'));
});

describe('bad Terraform input, end to end', () => {
  it('nesting thousands deep is one parse-error at its position, exit status 1', () => {
    const r = cli('check', 'deep.tf');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('deep.tf:10:14  error  invalid HCL: nested more than 256 levels deep');
    expect(r.stdout + r.stderr).not.toContain('internal error');
    expect(expectNoTrace(r.stdout + r.stderr)).toBeUndefined();
  });

  it('in a folder, the too-deep file is reported and its siblings are still checked with their variables', () => {
    const r = cli('check', 'folder');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/folder\/a\.tf:13:\d+ +error +invalid HCL: nested more than 256 levels deep/);
    expect(r.stdout).toContain('folder/b.tf:');
    expect(r.stdout).toContain(
      'variables and locals in a file of this module could not be read: a.tf (invalid HCL: nested more than 256 levels deep',
    );
    expect(r.stdout).not.toContain('var.days is not declared');
  });

  it('a FIFO named *.tf is not a regular file: exit status 2, no hang', () => {
    const r = cli('check', 'fifo/only.tf');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('only.tf is not a regular file');
    expect(expectNoTrace(r.stdout + r.stderr)).toBeUndefined();
  });

  it("a FIFO beside a module's files is named in a finding, and the run goes on", () => {
    const r = cli('check', 'module/main.tf');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('could not be read: vars.tf (it is not a regular file)');
  });
});
