/**
 * The two lines a finding may carry besides its message: AWS's answer (with how sure lifeguard is
 * of it) and the fix. Formatters show them the same way; JSON and SARIF carry the fields as data.
 */
import { describeAws } from '../lint/report-message.js';
import type { Diagnostic } from '../findings/types.js';

export function detailLines(d: Pick<Diagnostic, 'aws' | 'hint'>): Array<{ label: 'answer' | 'fix'; text: string }> {
  const out: Array<{ label: 'answer' | 'fix'; text: string }> = [];
  if (d.aws) out.push({ label: 'answer', text: describeAws(d.aws) });
  if (d.hint) out.push({ label: 'fix', text: d.hint });
  return out;
}
