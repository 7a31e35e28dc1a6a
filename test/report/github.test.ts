/** Workflow-command annotations: escaping, the per-severity cap and the one-line summary of the rest. */
import { describe, expect, it } from 'vitest';
import {
  MAX_ANNOTATIONS_PER_SEVERITY,
  annotationCommand,
  escapeData,
  escapeProperty,
  formatGithub,
  planAnnotations,
} from '../../src/report/github.js';
import { report, syntheticReport } from './fixture.js';

const annotations = (text: string, level: string) => text.split('\n').filter((l) => l.startsWith(`::${level} `));

describe('github annotations', () => {
  it('escapes % CR LF in messages and also : , in properties, as the runner expects', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('dir: a, b%\n')).toBe('dir%3A a%2C b%25%0A');
    const d = { ...report.diagnostics[0]!, file: 'a: b, c.json', message: 'line one\nline two: 50%', ruleId: 'x-y' };
    expect(annotationCommand(d)).toBe(
      `::error file=a%3A b%2C c.json,line=7,col=33,endLine=7,endColumn=35,title=x-y::line one%0Aline two: 50%25%0A${d.docsUrl}`,
    );
  });

  it('leaves out columns for a range over several lines (GitHub refuses them)', () => {
    const d = { ...report.diagnostics[0]!, endLine: 9 };
    expect(annotationCommand(d)).toMatch(/^::error file=[^:]+,line=7,endLine=9,title=/);
  });

  it('maps info to notice', () => {
    expect(formatGithub(syntheticReport({ info: 1 }))).toMatch(/^::notice file=configs\/bucket-info\.json,line=1,/);
  });

  it(`annotates at most ${MAX_ANNOTATIONS_PER_SEVERITY} per severity and sums up the rest in one line`, () => {
    const text = formatGithub(syntheticReport({ error: 14, warning: 12, info: 3 }), { restAt: 'the job summary' });
    expect(annotations(text, 'error')).toHaveLength(MAX_ANNOTATIONS_PER_SEVERITY);
    expect(annotations(text, 'warning')).toHaveLength(MAX_ANNOTATIONS_PER_SEVERITY);
    // Three infos plus the summary notice: still within the notice cap.
    const notices = annotations(text, 'notice');
    expect(notices).toHaveLength(4);
    expect(notices.at(-1)).toBe(
      '::notice title=lifeguard::6 of 29 findings are not annotated (4 errors, 2 warnings): GitHub shows at most 10 annotations per severity in a step. All of them are in the job summary.',
    );
    // The first findings in report order are the ones shown.
    expect(annotations(text, 'error')[0]).toContain('::error number 1%0A');
    expect(text).not.toContain('error number 11');
  });

  it('keeps a notice slot for the summary line when notices themselves overflow', () => {
    const text = formatGithub(syntheticReport({ info: 15 }));
    const notices = annotations(text, 'notice');
    expect(notices).toHaveLength(MAX_ANNOTATIONS_PER_SEVERITY);
    expect(notices.at(-1)).toMatch(/^::notice title=lifeguard::6 of 15 findings are not annotated \(6 infos\)/);
  });

  it('honours slots reserved for annotations made elsewhere (the action keeps one error for setFailed)', () => {
    const plan = planAnnotations(syntheticReport({ error: 12 }).diagnostics, { error: 1 });
    expect(plan.shown).toHaveLength(MAX_ANNOTATIONS_PER_SEVERITY - 1);
    expect(plan.omitted).toEqual({ error: 3, warning: 0, notice: 0 });
  });

  it('writes no summary line when everything fits', () => {
    const text = formatGithub(syntheticReport({ error: 10, warning: 10, info: 10 }));
    expect(text).not.toContain('not annotated');
    expect(annotations(text, 'error')).toHaveLength(10);
    expect(annotations(text, 'notice')).toHaveLength(10);
  });
});
