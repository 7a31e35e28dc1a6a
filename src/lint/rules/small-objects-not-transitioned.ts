import { DEFAULT_TRANSITION_MIN_OBJECT_BYTES, KIB } from '../../model/storage-classes.js';
import { timedActions } from '../actions.js';
import { acceptedBut, plural } from '../messages.js';
import { hasSizeFilter, transitionDefault } from '../transition-default.js';
import type { LifecycleRule } from '../types.js';
import { explicitTransitionDefault } from '../fixes/plans.js';

/**
 * Catalogue W15: under all_storage_classes_128K (what S3 applies to any configuration written
 * without the setting since September 2024) a transition rule without a size filter leaves objects
 * under 128 KiB where they are. That is usually right (W2: moving them costs more than it saves),
 * so this is information, given once per configuration, not a warning per rule. See the docs page.
 */
export const smallObjectsNotTransitioned: LifecycleRule = {
  meta: {
    id: 'small-objects-not-transitioned',
    description: 'Says once per file that transition rules without a size filter leave objects under 128 KiB in place.',
    defaultSeverity: 'info',
    catalogue: ['W15', '5.2', '5.3'],
    fix: { kind: 'safe', what: 'writes `"TransitionDefaultMinimumObjectSize": "all_storage_classes_128K"`, the setting S3 applies when the file does not say, as a top-level member of the file' },
  },
  check(ctx) {
    const def = transitionDefault(ctx);
    // A file that states all_storage_classes_128K has made the choice knowingly: nothing to say.
    if (def.value !== 'all_storage_classes_128K' || !def.valid || def.pointer) return;
    const rules = ctx.rules.filter(
      (r) => r.enabled && !hasSizeFilter(r.selector) && timedActions(r).some((a) => a.kind === 'transition'),
    );
    const first = rules[0];
    if (!first) return;
    const small = `${DEFAULT_TRANSITION_MIN_OBJECT_BYTES / KIB} KiB`;
    const which = rules.length === 1 ? first.label : `${plural(rules.length, 'rule')} (${rules.slice(0, 3).map((r) => r.label).join(', ')}${rules.length > 3 ? ', …' : ''})`;
    const setting = 'the file does not set TransitionDefaultMinimumObjectSize, so S3 applies all_storage_classes_128K when the configuration is written';
    ctx.report({
      pointer: `${ctx.base}/Rules`,
      reportOnKey: true,
      message: acceptedBut(
        rules.length === 1 ? which : `${which} transition objects without a size filter`,
        `${setting}: objects under ${small} are not transitioned by ${rules.length === 1 ? 'this rule' : 'these rules'} and stay in their current class (usually the right call, since moving them costs more than it saves); add "ObjectSizeGreaterThan" to a rule's Filter if small objects must move`,
      ),
      fixes: [explicitTransitionDefault()],
    });
  },
};
