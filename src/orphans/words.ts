/** Sentences shared by the orphans formatters. Pure. */
import { bytes, usd as money } from '../cost/report/format.js';
import { QUARANTINE_TAG } from '../quarantine/record.js';
import type { Tally } from './classify.js';
import type { BatchStatus, OrphanReport } from './report.js';

export const count = (n: number, noun: string) => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
export const tallyText = (t: Tally) => `${count(t.objects, 'object')} (${bytes(t.bytes)})`;
export { bytes };

/** Dollars, with amounts under a cent said so rather than in exponent form. */
export function usd(n: number): string {
  return n > 0 && n < 0.01 ? 'under $0.01' : money(n);
}

export function heading(r: OrphanReport): string {
  const from = r.objects.source === 'live' ? 'live listing' : `inventory ${r.objects.path} of ${r.objects.asOf.slice(0, 10)}`;
  return `orphans of target ${r.target}: bucket ${r.bucket}, ${from}, ${r.now.slice(0, 10)}`;
}

export function prefixesText(r: OrphanReport): string {
  const list = r.artifactPrefixes.prefixes.join(', ');
  return r.artifactPrefixes.derived ? `${list} (the top-level folders of the registry's entries; set artifactPrefixes to choose)` : list;
}

export function registryText(r: OrphanReport): string {
  const n = r.registry.protectEntries;
  const protect = n ? `; ${n} protect ${n === 1 ? 'entry' : 'entries'} of the policy` : '';
  return `${r.registry.file}, ${count(r.registry.references, 'reference')}${protect}`;
}

/** The breakdown of what was found under the prefixes, as label/value rows. */
export function breakdown(r: OrphanReport): Array<[string, Tally]> {
  const rows: Array<[string, Tally]> = [
    ['referenced by the registry', r.referenced],
    ['protected by the policy', r.protected],
    [`younger than ${count(r.minAgeDays, 'day')}`, r.young],
    ['already quarantined', r.quarantined],
  ];
  return rows.filter(([, t]) => t.objects > 0);
}

export function orphansText(r: OrphanReport): string {
  const o = r.orphans;
  if (!o.objects) return 'orphans: none';
  const price = r.prices ? ` (${r.prices.region}, ${r.prices.source} prices of ${r.prices.date})` : '';
  const unpriced = o.unpriced ? `; ${count(o.unpriced, 'object')} in classes without a price, counted as $0` : '';
  return `orphans: ${count(o.objects, 'object')}, ${bytes(o.bytes)}, ${usd(o.monthlyUsd)} a month${price}${unpriced}`;
}

export function batchText(b: BatchStatus): string {
  const rules = b.rules.length ? `rule${b.rules.length === 1 ? '' : 's'} ${b.rules.join(', ')}` : 'no rule (nothing left in it)';
  const present = b.present === undefined ? '' : `; ${b.present.toLocaleString('en-US')} still there`;
  const again = b.referencedAgain ? `; ${count(b.referencedAgain, 'object')} referenced again` : '';
  return `${b.tag}: ${count(b.objects, 'object')} (${bytes(b.bytes)}), expire on ${b.expireOn} by ${rules}${present}${again}`;
}

/** What happened, or what would, and what to do next. */
export function actionLines(r: OrphanReport, file: string): string[] {
  const a = r.action;
  const out: string[] = [];
  if (a.refused) out.push(`quarantine refused: ${a.refused}`);
  if (a.mode.includes('release')) out.push(`released ${count(a.released, 'object')}: the ${QUARANTINE_TAG} tag removed, other tags kept`);
  if (a.resumed) {
    const n = a.resumed.untagged.length;
    out.push(
      `resumed the interrupted quarantine of batch ${a.resumed.tag}: ${count(a.resumed.alreadyTagged, 'object')} its journal lists recorded without tagging them again${n ? `; ${count(n, 'object')} referenced since then untagged, not recorded` : ''}`,
    );
  }
  if (a.mode.includes('quarantine') && !a.refused) {
    if (a.tagged) {
      out.push(
        `tagged ${count(a.tagged, 'object')} ${QUARANTINE_TAG}=${a.tag} (other tags kept) and recorded them in ${a.quarantineFile ?? file}`,
        `next: review and commit ${a.quarantineFile ?? file}; lifeguard plan shows the rule that expires them on ${a.expireOn}, and lifeguard apply writes it. Nothing is deleted before that.`,
      );
    } else out.push('nothing to tag');
  }
  if (a.mode === 'dry-run') {
    if (!r.orphans.objects) out.push('dry run: nothing changed.');
    else if (a.wouldRefuse) out.push(`dry run: nothing changed. --quarantine would refuse: ${a.wouldRefuse}.`);
    else
      out.push(
        `dry run: nothing changed. --quarantine tags these ${count(r.orphans.objects, 'object')} ${QUARANTINE_TAG}=${r.now.slice(0, 10)} and records them in ${file}, for a rule that expires them after review.`,
      );
  }
  if (r.releasable.length)
    out.push(
      `${count(r.releasable.length, 'quarantined object')} referenced again: run with --release to untag ${r.releasable.length === 1 ? 'it' : 'them'} before the next apply`,
    );
  for (const s of a.skipped) out.push(`not tagged: ${s.key}: ${s.reason}`);
  for (const f of a.failed) out.push(`failed: ${f.key}: ${f.reason}`);
  return out;
}
