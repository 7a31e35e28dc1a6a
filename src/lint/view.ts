/**
 * A read-only view of one lifecycle rule for lint rules: its pointer, a label for messages, and its
 * selector folded into one shape whatever way the file wrote it (model/selector.ts).
 */
import { joinPointer } from '../load/pointer.js';
import { selectorOf, type Selector } from '../model/selector.js';
import { arr, isObj, str } from '../model/values.js';

export interface RuleView {
  index: number;
  raw: Record<string, unknown>;
  /** Pointer of the rule object, e.g. /Rules/3. */
  pointer: string;
  /** "rule 'logs'" or "rule #4 (no ID)". */
  label: string;
  enabled: boolean;
  selector: Selector;
  /** Pointer of a member of this rule. */
  at(...segments: Array<string | number>): string;
}

export function ruleViews(config: Record<string, unknown>, base: string): RuleView[] {
  const views: RuleView[] = [];
  arr(config.Rules).forEach((raw, index) => {
    if (!isObj(raw)) return;
    const pointer = joinPointer(base, 'Rules', index);
    views.push({
      index,
      raw,
      pointer,
      label: ruleLabel(raw, index),
      enabled: raw.Status === 'Enabled',
      selector: selectorOf(raw),
      at: (...segments) => joinPointer(pointer, ...segments),
    });
  });
  return views;
}

/** Characters of an ID quoted in a rule's label. */
const MAX_LABEL_ID = 60;

export function ruleLabel(raw: Record<string, unknown>, index: number): string {
  const id = str(raw.ID);
  // An ID can be megabytes long (the file's limit): a label quotes the start, so findings stay short.
  if (id && id.length > MAX_LABEL_ID)
    return `rule '${id.slice(0, MAX_LABEL_ID)}…' (an ID of ${id.length.toLocaleString('en-US')} characters)`;
  return id ? `rule '${id}'` : `rule #${index + 1} (no ID)`;
}
