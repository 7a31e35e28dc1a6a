/**
 * What a target adds to its source's rules: the registry manifest and the policy's protect entries
 * (what must not be expired), and the quarantine file's batches, compiled into tag-filtered rules
 * appended after the source's own. Findings about those rules point into the quarantine file.
 */
import { applySeverities } from '../config/apply-severities.js';
import type { LifeguardConfig, TargetConfig } from '../config/config.js';
import { normalizeRule } from '../model/canonical.js';
import type { Finding } from '../lint/types.js';
import { ruleViews } from '../lint/view.js';
import { MAX_LIFECYCLE_RULES } from '../model/s3-limits.js';
import { loadReferences } from './protection.js';
import { protectReferences } from '../policy/protect-references.js';
import { loadQuarantine } from '../quarantine/record.js';
import { QUARANTINE_RULE_PREFIX, quarantineProtectionFindings, quarantineRules } from '../quarantine/rules.js';
import { QUARANTINE_FILE } from '../model-registry/rules.js';
import type { ProposedConfiguration, ProposedResult } from './proposed.js';

export async function withTargetExtras(
  proposed: ProposedConfiguration,
  target: TargetConfig,
  config: LifeguardConfig,
): Promise<ProposedResult> {
  // A loop, not push(...): a quarantine file can name hundreds of thousands of objects.
  const add = (fs: readonly Finding[]) => {
    for (const f of applySeverities(fs, config.rules)) proposed.findings.push(f);
  };
  const fail = (message: string): ProposedResult => ({ ok: false, message, findings: proposed.findings, documents: proposed.documents });
  const own = proposed.configuration.Rules.length;
  proposed.ownRules = own;
  const inner =
    proposed.locate ??
    ((pointer: string) => ({ file: proposed.file, pointer: proposed.mapPointer ? proposed.mapPointer(pointer) : pointer }));
  proposed.locate = inner;

  let registry: ProposedConfiguration['references'] = undefined;
  if (target.registry) {
    const loaded = await loadReferences(target, config);
    if (loaded.ioError) return fail(`the registry manifest ${target.registry}: ${loaded.ioError}`);
    if (loaded.doc) proposed.documents.push(loaded.doc);
    add(loaded.findings);
    registry = { registry: loaded.references, protect: [] };
  }
  const protect = proposed.policy ? protectReferences(proposed.policy) : [];
  if (registry || protect.length) proposed.references = { registry: registry?.registry ?? [], protect };

  // lifeguard owns these IDs: it leaves them out of drift checks and rewrites them from the quarantine file.
  proposed.rules.forEach(({ view }) => {
    if (typeof view.raw.ID === 'string' && view.raw.ID.startsWith(QUARANTINE_RULE_PREFIX)) {
      add([
        {
          ruleId: QUARANTINE_FILE.id,
          severity: QUARANTINE_FILE.defaultSeverity,
          ...inner(view.at('ID')),
          message: `${view.label}: IDs starting with "${QUARANTINE_RULE_PREFIX}" are reserved for the rules lifeguard generates from the quarantine file; rename the rule.`,
        },
      ]);
    }
  });

  const q = await loadQuarantine(target, config);
  if (q.ioError) return fail(`the quarantine file ${q.file}: ${q.ioError}`);
  if (q.doc) proposed.documents.push(q.doc);
  add(q.findings);
  if (!q.record) return { ok: true, proposed };
  const refs = [...(proposed.references?.registry ?? []), ...protect];
  add(quarantineProtectionFindings(q.record, q.file, refs, target.name));
  const generated = quarantineRules(q.record);
  if (!generated.length) return { ok: true, proposed };
  if (own + generated.length > MAX_LIFECYCLE_RULES) {
    add([
      {
        ruleId: QUARANTINE_FILE.id,
        severity: 'error',
        file: q.file,
        pointer: '/batches',
        reportOnKey: true,
        message: `the quarantine batches add ${generated.length} rules to the ${own} of ${proposed.file}, over S3's limit of ${MAX_LIFECYCLE_RULES} rules per bucket; remove finished batches.`,
      },
    ]);
  }
  const rules = [...proposed.configuration.Rules, ...generated.map((g) => g.rule)];
  proposed.configuration = { ...proposed.configuration, Rules: rules };
  const views = ruleViews({ Rules: rules }, proposed.base).slice(own);
  for (const view of views) proposed.rules.push({ view, canonical: normalizeRule(view.raw) });
  const rulesAt = `${proposed.base}/Rules/`;
  proposed.locate = (pointer) => {
    if (!pointer.startsWith(rulesAt)) return inner(pointer);
    const rest = pointer.slice(rulesAt.length);
    const index = Number(/^\d+/.exec(rest)?.[0]);
    const g = generated[index - own];
    return g ? { file: q.file, pointer: g.origin(rest.replace(/^\d+/, '')) } : inner(pointer);
  };
  return { ok: true, proposed };
}
