import { plural } from '../messages.js';
import { shortList } from '../report-message.js';
import { DEFAULT_TRANSITION_MIN_OBJECT_BYTES, KIB } from '../../model/storage-classes.js';
import { timedActions } from '../actions.js';
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
    fix: {
      kind: 'safe',
      what: 'writes `"TransitionDefaultMinimumObjectSize": "all_storage_classes_128K"`, the setting S3 applies when the file does not say, as a top-level member of the file',
    },
    messages: {
      stayInPlace: {
        message: '{{which}}: objects under {{small}} are not transitioned (S3 default all_storage_classes_128K)',
        hint: 'Usually the right call: moving them costs more than it saves. Add "ObjectSizeGreaterThan" to a rule\'s Filter if small objects must move.',
      },
    },
  },
  check(ctx) {
    const def = transitionDefault(ctx);
    // A file that states all_storage_classes_128K has made the choice knowingly: nothing to say.
    if (def.value !== 'all_storage_classes_128K' || !def.valid || def.pointer) return;
    const rules = ctx.rules.filter((r) => r.enabled && !hasSizeFilter(r.selector) && timedActions(r).some((a) => a.kind === 'transition'));
    const first = rules[0];
    if (!first) return;
    const small = `${DEFAULT_TRANSITION_MIN_OBJECT_BYTES / KIB} KiB`;
    const which =
      rules.length === 1
        ? first.label
        : `${plural(rules.length, 'rule')} (${shortList(
            rules.map((r) => r.label),
            1,
          )})`;
    ctx.report({
      pointer: `${ctx.base}/Rules`,
      reportOnKey: true,
      messageId: 'stayInPlace',
      data: { which, small },
      fixes: [explicitTransitionDefault()],
    });
  },
};
