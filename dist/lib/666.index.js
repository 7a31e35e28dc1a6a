export const id = 666;
export const ids = [666];
export const modules = {

/***/ 5374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LD: () => (/* binding */ decide),
  g7: () => (/* binding */ execute),
  js: () => (/* binding */ rulesOwner)
});

// EXTERNAL MODULE: ./src/diff/diff.ts
var diff = __webpack_require__(2592);
// EXTERNAL MODULE: ./src/plan/plan.ts + 1 modules
var plan = __webpack_require__(233);
// EXTERNAL MODULE: ./src/lint/messages.ts
var messages = __webpack_require__(8193);
// EXTERNAL MODULE: ./src/s3/state.ts
var state = __webpack_require__(8183);
// EXTERNAL MODULE: ./src/history/sync.ts + 1 modules
var history_sync = __webpack_require__(7608);
// EXTERNAL MODULE: ./src/quarantine/rules.ts
var rules = __webpack_require__(1955);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/load/document.ts + 2 modules
var load_document = __webpack_require__(4651);
// EXTERNAL MODULE: ./src/load/read.ts
var load_read = __webpack_require__(7338);
;// CONCATENATED MODULE: ./src/apply/base.ts
/**
 * The drift guard's reference: the target's source as the repository held it before this change,
 * from a file (`--base FILE`) or from git (`--base-ref REF`, read with `git show REF:path`). A file
 * the base commit does not have means the target is new there: the bucket should have no rules.
 */





const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
class BaseError extends Error {
    name = 'BaseError';
}
/** The base of `sourcePath` (absolute), shown to the user as `display`. */
async function readBase(option, sourcePath, display, configurationOf) {
    if ('file' in option) {
        const read = await (0,load_read/* readSource */.o)(option.file, option.label);
        if (!read.ok)
            throw new BaseError(`the base file ${option.label}: ${read.problem.message}`);
        return { label: option.label, configuration: configurationOf(read.doc.data, option.label) };
    }
    const label = `${option.ref}:${display}`;
    const dir = (0,external_node_path_.dirname)(sourcePath);
    const spec = `${option.ref}:./${(0,external_node_path_.basename)(sourcePath)}`;
    if ((await git(dir, ['rev-parse', '--verify', '--quiet', `${option.ref}^{commit}`])) === undefined) {
        throw new BaseError(`--base-ref ${option.ref} is not a commit of the git repository holding ${display}`);
    }
    if ((await git(dir, ['cat-file', '-e', spec])) === undefined)
        return { label };
    const text = await git(dir, ['show', spec]);
    if (text === undefined)
        throw new BaseError(`git could not show ${label}`);
    const parsed = (0,load_document/* parseText */.r4)(label, text, (0,load_document/* formatOf */.be)(sourcePath));
    if (!parsed.ok)
        throw new BaseError(`the base version ${label} does not parse (${parsed.problem.line}:${parsed.problem.column}: ${parsed.problem.message})`);
    return { label, configuration: configurationOf(parsed.doc.data, label) };
}
/** git's stdout, or undefined when git exits non-zero (or is missing). */
async function git(cwd, args) {
    try {
        const { stdout } = await run('git', ['-C', cwd, ...args], { maxBuffer: 16 * 1024 * 1024 });
        return stdout;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/apply/drift-guard.ts
/**
 * Apply's drift guard, before anything is written: has the bucket been changed outside git?
 *
 * - With a base (`--base FILE`, `--base-ref REF`): the live rules must equal the target's source as
 *   it was there (ADR 0051).
 * - With the branch's history (the action on the default branch, the CLI in a git checkout): the
 *   live rules must equal the target's rules at some commit of the branch. Equal to an earlier
 *   commit's, the bucket is lagging (a skipped or failed apply) and apply moves it forward, saying
 *   from which commit; equal to none, it drifted (ADR 0140).
 *
 * Drift stops the target unless `on-drift` is overwrite. Quarantine rules are left out on both sides:
 * they come from the quarantine file, which no base version of the source knows.
 */





async function driftGuard(p, live, options) {
    const proposed = p.proposed;
    if (options.base) {
        let base;
        try {
            base = await readBase(options.base, proposed.path, proposed.file, proposed.configurationOf);
        }
        catch (err) {
            return { refusal: `drift guard: ${(0,plan/* failureText */.kY)(err)}`, notes: [] };
        }
        const drift = (0,diff/* diffConfigurations */.VU)((0,rules/* withoutQuarantineRules */.iT)(base.configuration), (0,rules/* withoutQuarantineRules */.iT)(live));
        if (drift.equal)
            return { notes: [`drift guard: the live rules match ${base.label}`] };
        const what = `the bucket's live rules differ from ${base.label}${base.configuration ? '' : ' (no such file there)'}, so something changed them outside git`;
        return overwriteOrStop(what, drift, options, undefined);
    }
    if (options.history) {
        const sync = await options.history.syncOf(p.target, proposed.configuration, live);
        switch (sync.state) {
            case 'in-sync':
                return { sync, notes: ["drift guard: the live rules are the branch's (apart from quarantine rules)"] };
            case 'lagging':
                return {
                    sync,
                    notes: [
                        `drift guard: lagging, not drifted: the bucket holds the rules of ${(0,history_sync/* commitWords */.xK)(sync.since)}, an earlier commit of the branch; applying moves it to this commit`,
                    ],
                };
            case 'drifted': {
                const drift = (0,diff/* diffConfigurations */.VU)((0,rules/* withoutQuarantineRules */.iT)(proposed.configuration), (0,rules/* withoutQuarantineRules */.iT)(live));
                return overwriteOrStop((0,history_sync/* describeSync */.Xu)(sync), drift, options, sync);
            }
            case 'unknown':
                return overwriteOrStop((0,history_sync/* describeSync */.Xu)(sync), undefined, options, sync);
        }
    }
    return { notes: ['drift guard off (no base commit or git history to compare the bucket with)'] };
}
function overwriteOrStop(what, drift, options, sync) {
    const s = sync ? { sync } : {};
    const flag = options.overwriteHint ?? '--on-drift overwrite';
    if (options.onDrift === 'stop')
        return { ...s, refusal: `drift: ${what}; rerun with ${flag} to replace them`, ...(drift ? { drift } : {}), notes: [] };
    return { ...s, notes: [`drift: ${what}; overwriting (${flag})`] };
}

// EXTERNAL MODULE: ./src/s3/errors.ts
var errors = __webpack_require__(1863);
// EXTERNAL MODULE: ./src/s3/write.ts
var write = __webpack_require__(9093);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/apply/backup.ts
/**
 * Before a bucket's lifecycle configuration is replaced or deleted, the previous one is written to
 * a file in the exact shape `aws s3api put-bucket-lifecycle-configuration --cli-input-json` reads,
 * together with the command that restores it.
 */


/** Relative to the folder of .lifeguard.yml. */
const BACKUP_DIR = (0,external_node_path_.join)('.lifeguard', 'backups');
async function writeBackup(dir, ref, location, live, now, display) {
    const where = [
        ...(location.region ? [`--region ${location.region}`] : []),
        ...(location.endpoint ? [`--endpoint-url ${location.endpoint}`] : []),
    ].join(' ');
    const owner = ref.expectedBucketOwner ? ` --expected-bucket-owner ${ref.expectedBucketOwner}` : '';
    if (!live) {
        // Nothing to keep: going back means removing what apply put there.
        return { restore: `aws s3api delete-bucket-lifecycle --bucket ${ref.bucket}${owner}${where ? ` ${where}` : ''}` };
    }
    const request = {
        Bucket: ref.bucket,
        ...(ref.expectedBucketOwner ? { ExpectedBucketOwner: ref.expectedBucketOwner } : {}),
        ...(live.TransitionDefaultMinimumObjectSize ? { TransitionDefaultMinimumObjectSize: live.TransitionDefaultMinimumObjectSize } : {}),
        LifecycleConfiguration: { Rules: live.Rules },
    };
    const folder = (0,external_node_path_.join)(dir, BACKUP_DIR);
    await (0,promises_.mkdir)(folder, { recursive: true });
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    const text = JSON.stringify(request, null, 2) + '\n';
    for (let n = 1;; n++) {
        const path = (0,external_node_path_.join)(folder, `${ref.bucket}-${stamp}${n > 1 ? `-${n}` : ''}.json`);
        try {
            await (0,promises_.writeFile)(path, text, { flag: 'wx' });
            return {
                path,
                restore: `aws s3api put-bucket-lifecycle-configuration --cli-input-json file://${display(path)}${where ? ` ${where}` : ''}`,
            };
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
        }
    }
}

;// CONCATENATED MODULE: ./src/apply/apply.ts
/**
 * `apply` for one target, in two steps so that nothing is written before the user has seen it:
 * `decide` turns a plan into an action (put, delete, nothing) or a refusal; `execute` re-reads the
 * bucket, keeps a backup, writes, reads back and verifies semantic equality.
 */








/** The tool that owns a target's lifecycle configuration when its rules come from Terraform or CloudFormation. */
function rulesOwner(target) {
    return target.source.terraform !== undefined ? 'Terraform' : target.source.cloudformation !== undefined ? 'CloudFormation' : undefined;
}
async function decide(p, options) {
    const notes = [];
    const { plan, proposed } = p;
    const owner = rulesOwner(p.target);
    if (owner) {
        return {
            action: 'refuse',
            reason: `its rules come from ${owner} (${p.target.source.resource}), which owns the bucket's lifecycle configuration: apply them with ${owner === 'Terraform' ? 'terraform apply' : 'a stack deployment'}, not lifeguard apply`,
            notes,
        };
    }
    if (plan.failure || !proposed || !p.state)
        return { action: 'refuse', reason: `could not be planned: ${plan.failure ?? 'no bucket state'}`, notes };
    const live = p.state.lifecycle;
    const empty = proposed.configuration.Rules.length === 0;
    if (empty && !options.deleteAll) {
        return {
            action: 'refuse',
            reason: `${proposed.file} has no rules; deleting the bucket's whole lifecycle configuration needs --delete-all`,
            notes,
        };
    }
    if (empty) {
        if (!live)
            return { action: 'none', reason: 'the bucket has no lifecycle configuration already', notes };
    }
    else {
        const errors = plan.diagnostics.filter((d) => d.severity === 'error').length;
        if (errors)
            return { action: 'refuse', reason: `${(0,messages/* plural */.L)(errors, 'error finding')} in the plan; fix them before applying`, notes };
        if (plan.diff?.equal)
            return { action: 'none', reason: 'the bucket already has these rules', notes };
    }
    const guard = await driftGuard(p, live, options);
    notes.push(...guard.notes);
    const sync = guard.sync ? { sync: guard.sync } : {};
    if (guard.refusal)
        return { action: 'refuse', reason: guard.refusal, ...(guard.drift ? { drift: guard.drift } : {}), ...sync, notes };
    return { action: empty ? 'delete' : 'put', ...sync, notes };
}
async function execute(p, action, options) {
    const s3 = p.s3;
    const proposed = p.proposed;
    const planned = p.state.lifecycle;
    let backup;
    try {
        // What the user approved was a change from `planned`; anything else is not what they reviewed.
        const live = await (0,state/* readLifecycle */.DO)(s3, p.ref);
        if (!(0,diff/* configurationsEqual */.Ak)(live, planned)) {
            return {
                ok: false,
                message: "the bucket's lifecycle configuration changed after the plan was made; nothing was written, run apply again",
            };
        }
        backup = await writeBackup(options.dir, p.ref, p.target, live, options.now(), options.display);
        let expected = action === 'delete'
            ? undefined
            : { ...proposed.configuration, TransitionDefaultMinimumObjectSize: (0,write/* transitionDefaultFor */.EW)(proposed.configuration) };
        try {
            if (action === 'delete')
                await (0,write/* deleteLifecycle */.ST)(s3, p.ref);
            else
                expected = { ...proposed.configuration, TransitionDefaultMinimumObjectSize: await (0,write/* putLifecycle */.gW)(s3, p.ref, proposed.configuration) };
        }
        catch (err) {
            // No answer is not a refusal: the write may have landed. Only the bucket can say (ADR 0135).
            if (!(0,errors/* isNoAnswer */.Uz)(err))
                throw err;
            return { ...(await afterLostAnswer(p, action, expected, live, (0,plan/* failureText */.kY)(err))), backup };
        }
        const after = await (0,state/* readLifecycle */.DO)(s3, p.ref);
        const check = (0,diff/* diffConfigurations */.VU)(after, expected);
        if (!check.equal) {
            return {
                ok: false,
                backup,
                verified: false,
                message: `written, but reading it back differs from ${proposed.file}: ${check.sentences.join('; ')}`,
            };
        }
        const message = action === 'delete'
            ? `deleted the lifecycle configuration of ${p.ref.bucket}; verified: the bucket now has none`
            : `applied to ${p.ref.bucket}; verified: its lifecycle configuration now equals ${proposed.file} (${(0,messages/* plural */.L)(proposed.configuration.Rules.length, 'rule')}, TransitionDefaultMinimumObjectSize ${expected.TransitionDefaultMinimumObjectSize})`;
        return { ok: true, backup, verified: true, message };
    }
    catch (err) {
        return { ok: false, backup, message: (0,plan/* failureText */.kY)(err) };
    }
}
/**
 * The write's answer was lost (the connection dropped, the request timed out): read the bucket back
 * and say what it holds. The new rules, verified: applied. The old ones: nothing changed. Anything
 * else, or no answer to the read either: the state is unknown, and the run fails saying so.
 */
async function afterLostAnswer(p, action, expected, before, why) {
    const file = p.proposed.file;
    let after;
    try {
        after = await (0,state/* readLifecycle */.DO)(p.s3, p.ref);
    }
    catch (err) {
        return {
            ok: false,
            verified: false,
            message: `the write got no answer (${why}), and reading the bucket back failed too (${(0,plan/* failureText */.kY)(err)}); whether ${p.ref.bucket} has the new rules is unknown: run lifeguard plan to see`,
        };
    }
    if ((0,diff/* diffConfigurations */.VU)(after, expected).equal) {
        const landed = action === 'delete'
            ? `the bucket now has no lifecycle configuration`
            : `its lifecycle configuration equals ${file} (${(0,messages/* plural */.L)(p.proposed.configuration.Rules.length, 'rule')})`;
        return {
            ok: true,
            verified: true,
            message: `${action === 'delete' ? 'deleted the lifecycle configuration of' : 'applied to'} ${p.ref.bucket}, though the write got no answer (${why}): read back and verified, ${landed}`,
        };
    }
    if ((0,diff/* diffConfigurations */.VU)(after, before).equal) {
        return {
            ok: false,
            verified: false,
            message: `the write got no answer (${why}); read back: ${p.ref.bucket} still has its previous configuration, so nothing was changed; run apply again`,
        };
    }
    return {
        ok: false,
        verified: false,
        message: `the write got no answer (${why}); read back: ${p.ref.bucket} holds neither the previous configuration nor ${file}; run lifeguard plan to see what it has`,
    };
}


/***/ }),

/***/ 4196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ applySeverities)
/* harmony export */ });
/* harmony import */ var _known_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(639);
/* harmony import */ var _lint_severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8082);
/**
 * The flows' entry to severities: every finding a flow collects (lint, policy, bucket state,
 * registry, quarantine, files) passes here once more before it is shown, so a setting reaches
 * findings that were built outside a rule engine too (registry protection in check, plan and
 * orphans). Applying it twice changes nothing.
 */


function applySeverities(findings, settings) {
    return (0,_lint_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .withSeverities */ .s)(findings, settings, _known_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleMeta */ .t);
}


/***/ }),

/***/ 2332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cu: () => (/* binding */ DEFAULT_CONFIG_FILE),
  H1: () => (/* binding */ confinementFindings),
  NT: () => (/* binding */ defaults),
  Z9: () => (/* binding */ loadConfig),
  o4: () => (/* binding */ parseConfig),
  B3: () => (/* binding */ workspaceOf)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./src/generated/lifeguard-config-validator.js
// Generated by scripts/gen-validators.mjs from schemas/lifeguard-config.schema.json. Do not edit.
// @ts-nocheck

"use strict";
const validateLifeguardConfig = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://lifeguard.dev/schemas/lifeguard-config.schema.json","title":"lifeguard configuration (.lifeguard.yml)","type":"object","properties":{"version":{"const":1,"description":"Format version of this file."},"rules":{"description":"Severity per rule id: error, warning, info or off.","type":"object","additionalProperties":{"enum":["error","warning","info","off"]}},"targets":{"description":"Buckets lifeguard plans and applies, each with the file or policy that defines its rules.","type":"array","items":{"$ref":"#/$defs/Target"}},"gates":{"$ref":"#/$defs/Gates"},"approvers":{"description":"Who may approve a deletion or a loosened setting besides people with write access: GitHub logins (alice) or teams (@acme/storage-admins). Read from the base commit on pull requests.","type":"array","items":{"type":"string","pattern":"^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$"},"uniqueItems":true},"apply":{"type":"object","description":"Where apply may run. Default: only the repository's default branch.","properties":{"refs":{"type":"array","description":"Other branches (or refs/heads/… refs) apply may run from; read from the default branch's .lifeguard.yml.","items":{"type":"string","minLength":1},"uniqueItems":true}},"additionalProperties":false}},"additionalProperties":false,"$defs":{"Target":{"type":"object","properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","description":"Unique name, used by --target."},"bucket":{"type":"string","pattern":"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$","description":"Bucket name: 3 to 63 lower-case letters, digits, dots and hyphens."},"region":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","description":"Region of the bucket (default: the SDK's region chain, e.g. AWS_REGION)."},"source":{"$ref":"#/$defs/Source"},"expectedBucketOwner":{"type":"string","pattern":"^\\d{12}$","description":"Account id that must own the bucket; sent as ExpectedBucketOwner on every call."},"stage":{"type":"string","description":"Stage of the retention policy this target applies (policy sources). production (or prod) also expects Object Lock on the bucket, and no rule may expire current versions (production-expiration)."},"immutable":{"type":"boolean","description":"The data must be immutable (WORM): no rule may expire current versions (production-expiration); plan warns when the bucket has no Object Lock."},"minRetentionDays":{"type":"integer","minimum":1,"maximum":2147483647,"description":"Current versions are kept at least this many days: a rule that expires them earlier is an error (production-expiration)."},"endpoint":{"type":"string","pattern":"^https?://[^\\s/]+","description":"S3 endpoint URL for S3-compatible stores; implies path-style addressing."},"forcePathStyle":{"type":"boolean","description":"Put the bucket in the URL path, not the host name (default: true with endpoint)."},"inventory":{"type":"string","description":"S3 Inventory report (local folder or s3:// manifest) used for cost projections."},"intelligentTieringAccess":{"type":"number","minimum":0,"maximum":1,"description":"Share (0 to 1) of the objects in S3 Intelligent-Tiering read at least every 30 days, assumed by cost projections (default 0: not accessed). On a pull request the base commit's value is used."},"registry":{"type":"string","description":"Manifest of artifacts a model registry still references."},"artifactPrefixes":{"type":"array","description":"Key prefixes that hold the registry's artifacts: lifeguard orphans looks for unreferenced objects only under these. Default: the top-level folders of the registry's entries.","items":{"type":"string","minLength":1,"maxLength":1024},"minItems":1,"uniqueItems":true},"quarantine":{"$ref":"#/$defs/Quarantine"}},"required":["name","bucket","source"],"additionalProperties":false},"Quarantine":{"type":"object","description":"Where lifeguard orphans --quarantine records its batches, and how long quarantined objects live.","properties":{"file":{"type":"string","description":"The quarantine file, committed beside .lifeguard.yml (default: .lifeguard/quarantine/<target>.json)."},"expireAfterDays":{"type":"integer","minimum":1,"maximum":3650,"description":"Days between tagging and deletion (default 7)."}},"additionalProperties":false},"Source":{"type":"object","description":"Exactly one of lifecycle (a lifecycle configuration file) or policy (a retention policy), both when the committed file must agree with the policy; or terraform / cloudformation with the resource that holds the rules.","properties":{"lifecycle":{"type":"string"},"policy":{"type":"string"},"terraform":{"type":"string","description":"A .tf file, a Terraform module folder or a plan JSON (terraform show -json) that declares the resource."},"cloudformation":{"type":"string","description":"A CloudFormation or CDK template (JSON or YAML) that declares the resource."},"resource":{"type":"string","minLength":1,"description":"The Terraform address (aws_s3_bucket_lifecycle_configuration.ml_data) or CloudFormation logical ID that holds the rules."}},"minProperties":1,"dependentRequired":{"terraform":["resource"],"cloudformation":["resource"]},"additionalProperties":false},"Gates":{"type":"object","properties":{"fail-on":{"enum":["error","warning","never"]},"max-monthly-increase-usd":{"type":"number","minimum":0},"max-monthly-increase-percent":{"type":"number","minimum":0},"max-deleted-bytes":{"type":"integer","minimum":0},"require-production-immutability":{"type":"boolean"},"deletion-approval-label":{"type":"string"},"allow-incomplete":{"type":"boolean","description":"A run whose verdict is incomplete (a gate could not be evaluated: no credentials, no listing) passes the check. Default false."},"inventory-max-age-days":{"type":"integer","minimum":1,"description":"An S3 Inventory report older than this many days is a warning (default 7)."}},"additionalProperties":false}}};
const schema35 = {"type":"object","properties":{"fail-on":{"enum":["error","warning","never"]},"max-monthly-increase-usd":{"type":"number","minimum":0},"max-monthly-increase-percent":{"type":"number","minimum":0},"max-deleted-bytes":{"type":"integer","minimum":0},"require-production-immutability":{"type":"boolean"},"deletion-approval-label":{"type":"string"},"allow-incomplete":{"type":"boolean","description":"A run whose verdict is incomplete (a gate could not be evaluated: no credentials, no listing) passes the check. Default false."},"inventory-max-age-days":{"type":"integer","minimum":1,"description":"An S3 Inventory report older than this many days is a warning (default 7)."}},"additionalProperties":false};
const schema32 = {"type":"object","properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","description":"Unique name, used by --target."},"bucket":{"type":"string","pattern":"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$","description":"Bucket name: 3 to 63 lower-case letters, digits, dots and hyphens."},"region":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","description":"Region of the bucket (default: the SDK's region chain, e.g. AWS_REGION)."},"source":{"$ref":"#/$defs/Source"},"expectedBucketOwner":{"type":"string","pattern":"^\\d{12}$","description":"Account id that must own the bucket; sent as ExpectedBucketOwner on every call."},"stage":{"type":"string","description":"Stage of the retention policy this target applies (policy sources). production (or prod) also expects Object Lock on the bucket, and no rule may expire current versions (production-expiration)."},"immutable":{"type":"boolean","description":"The data must be immutable (WORM): no rule may expire current versions (production-expiration); plan warns when the bucket has no Object Lock."},"minRetentionDays":{"type":"integer","minimum":1,"maximum":2147483647,"description":"Current versions are kept at least this many days: a rule that expires them earlier is an error (production-expiration)."},"endpoint":{"type":"string","pattern":"^https?://[^\\s/]+","description":"S3 endpoint URL for S3-compatible stores; implies path-style addressing."},"forcePathStyle":{"type":"boolean","description":"Put the bucket in the URL path, not the host name (default: true with endpoint)."},"inventory":{"type":"string","description":"S3 Inventory report (local folder or s3:// manifest) used for cost projections."},"intelligentTieringAccess":{"type":"number","minimum":0,"maximum":1,"description":"Share (0 to 1) of the objects in S3 Intelligent-Tiering read at least every 30 days, assumed by cost projections (default 0: not accessed). On a pull request the base commit's value is used."},"registry":{"type":"string","description":"Manifest of artifacts a model registry still references."},"artifactPrefixes":{"type":"array","description":"Key prefixes that hold the registry's artifacts: lifeguard orphans looks for unreferenced objects only under these. Default: the top-level folders of the registry's entries.","items":{"type":"string","minLength":1,"maxLength":1024},"minItems":1,"uniqueItems":true},"quarantine":{"$ref":"#/$defs/Quarantine"}},"required":["name","bucket","source"],"additionalProperties":false};
const schema33 = {"type":"object","description":"Exactly one of lifecycle (a lifecycle configuration file) or policy (a retention policy), both when the committed file must agree with the policy; or terraform / cloudformation with the resource that holds the rules.","properties":{"lifecycle":{"type":"string"},"policy":{"type":"string"},"terraform":{"type":"string","description":"A .tf file, a Terraform module folder or a plan JSON (terraform show -json) that declares the resource."},"cloudformation":{"type":"string","description":"A CloudFormation or CDK template (JSON or YAML) that declares the resource."},"resource":{"type":"string","minLength":1,"description":"The Terraform address (aws_s3_bucket_lifecycle_configuration.ml_data) or CloudFormation logical ID that holds the rules."}},"minProperties":1,"dependentRequired":{"terraform":["resource"],"cloudformation":["resource"]},"additionalProperties":false};
const schema34 = {"type":"object","description":"Where lifeguard orphans --quarantine records its batches, and how long quarantined objects live.","properties":{"file":{"type":"string","description":"The quarantine file, committed beside .lifeguard.yml (default: .lifeguard/quarantine/<target>.json)."},"expireAfterDays":{"type":"integer","minimum":1,"maximum":3650,"description":"Days between tagging and deletion (default 7)."}},"additionalProperties":false};
const func1 = Object.prototype.hasOwnProperty;
const func2 = ucs2length["default"] ?? ucs2length;
const pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
const pattern5 = new RegExp("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", "u");
const pattern6 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern7 = new RegExp("^\\d{12}$", "u");
const pattern8 = new RegExp("^https?://[^\\s/]+", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.bucket === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bucket"},message:"must have required property '"+"bucket"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.source === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema32.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.bucket !== undefined){
let data1 = data.bucket;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err6 = {instancePath:instancePath+"/bucket",schemaPath:"#/properties/bucket/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/bucket",schemaPath:"#/properties/bucket/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.region !== undefined){
let data2 = data.region;
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
const err8 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.source !== undefined){
let data3 = data.source;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length < 1){
const err10 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/Source/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data3){
if(!(((((key1 === "lifecycle") || (key1 === "policy")) || (key1 === "terraform")) || (key1 === "cloudformation")) || (key1 === "resource"))){
const err11 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/Source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.lifecycle !== undefined){
if(typeof data3.lifecycle !== "string"){
const err12 = {instancePath:instancePath+"/source/lifecycle",schemaPath:"#/$defs/Source/properties/lifecycle/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.policy !== undefined){
if(typeof data3.policy !== "string"){
const err13 = {instancePath:instancePath+"/source/policy",schemaPath:"#/$defs/Source/properties/policy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.terraform !== undefined){
if(typeof data3.terraform !== "string"){
const err14 = {instancePath:instancePath+"/source/terraform",schemaPath:"#/$defs/Source/properties/terraform/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.cloudformation !== undefined){
if(typeof data3.cloudformation !== "string"){
const err15 = {instancePath:instancePath+"/source/cloudformation",schemaPath:"#/$defs/Source/properties/cloudformation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.resource !== undefined){
let data8 = data3.resource;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err16 = {instancePath:instancePath+"/source/resource",schemaPath:"#/$defs/Source/properties/resource/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/source/resource",schemaPath:"#/$defs/Source/properties/resource/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.terraform !== undefined){
if(data3.resource === undefined){
const err18 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/Source/dependentRequired",keyword:"dependentRequired",params:{property: "terraform",
    missingProperty: "resource",
    depsCount: 1,
    deps: "resource"},message:"must have property resource when property terraform is present"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data3.cloudformation !== undefined){
if(data3.resource === undefined){
const err19 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/Source/dependentRequired",keyword:"dependentRequired",params:{property: "cloudformation",
    missingProperty: "resource",
    depsCount: 1,
    deps: "resource"},message:"must have property resource when property cloudformation is present"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/Source/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.expectedBucketOwner !== undefined){
let data9 = data.expectedBucketOwner;
if(typeof data9 === "string"){
if(!pattern7.test(data9)){
const err21 = {instancePath:instancePath+"/expectedBucketOwner",schemaPath:"#/properties/expectedBucketOwner/pattern",keyword:"pattern",params:{pattern: "^\\d{12}$"},message:"must match pattern \""+"^\\d{12}$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/expectedBucketOwner",schemaPath:"#/properties/expectedBucketOwner/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.stage !== undefined){
if(typeof data.stage !== "string"){
const err23 = {instancePath:instancePath+"/stage",schemaPath:"#/properties/stage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.immutable !== undefined){
if(typeof data.immutable !== "boolean"){
const err24 = {instancePath:instancePath+"/immutable",schemaPath:"#/properties/immutable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.minRetentionDays !== undefined){
let data12 = data.minRetentionDays;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err25 = {instancePath:instancePath+"/minRetentionDays",schemaPath:"#/properties/minRetentionDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 2147483647 || isNaN(data12)){
const err26 = {instancePath:instancePath+"/minRetentionDays",schemaPath:"#/properties/minRetentionDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data12 < 1 || isNaN(data12)){
const err27 = {instancePath:instancePath+"/minRetentionDays",schemaPath:"#/properties/minRetentionDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data.endpoint !== undefined){
let data13 = data.endpoint;
if(typeof data13 === "string"){
if(!pattern8.test(data13)){
const err28 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s/]+"},message:"must match pattern \""+"^https?://[^\\s/]+"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.forcePathStyle !== undefined){
if(typeof data.forcePathStyle !== "boolean"){
const err30 = {instancePath:instancePath+"/forcePathStyle",schemaPath:"#/properties/forcePathStyle/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.inventory !== undefined){
if(typeof data.inventory !== "string"){
const err31 = {instancePath:instancePath+"/inventory",schemaPath:"#/properties/inventory/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.intelligentTieringAccess !== undefined){
let data16 = data.intelligentTieringAccess;
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 1 || isNaN(data16)){
const err32 = {instancePath:instancePath+"/intelligentTieringAccess",schemaPath:"#/properties/intelligentTieringAccess/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data16 < 0 || isNaN(data16)){
const err33 = {instancePath:instancePath+"/intelligentTieringAccess",schemaPath:"#/properties/intelligentTieringAccess/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/intelligentTieringAccess",schemaPath:"#/properties/intelligentTieringAccess/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.registry !== undefined){
if(typeof data.registry !== "string"){
const err35 = {instancePath:instancePath+"/registry",schemaPath:"#/properties/registry/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.artifactPrefixes !== undefined){
let data18 = data.artifactPrefixes;
if(Array.isArray(data18)){
if(data18.length < 1){
const err36 = {instancePath:instancePath+"/artifactPrefixes",schemaPath:"#/properties/artifactPrefixes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
const len0 = data18.length;
for(let i0=0; i0<len0; i0++){
let data19 = data18[i0];
if(typeof data19 === "string"){
if(func2(data19) > 1024){
const err37 = {instancePath:instancePath+"/artifactPrefixes/" + i0,schemaPath:"#/properties/artifactPrefixes/items/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(func2(data19) < 1){
const err38 = {instancePath:instancePath+"/artifactPrefixes/" + i0,schemaPath:"#/properties/artifactPrefixes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/artifactPrefixes/" + i0,schemaPath:"#/properties/artifactPrefixes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
let i1 = data18.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data18[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err40 = {instancePath:instancePath+"/artifactPrefixes",schemaPath:"#/properties/artifactPrefixes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err41 = {instancePath:instancePath+"/artifactPrefixes",schemaPath:"#/properties/artifactPrefixes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.quarantine !== undefined){
let data20 = data.quarantine;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key2 in data20){
if(!((key2 === "file") || (key2 === "expireAfterDays"))){
const err42 = {instancePath:instancePath+"/quarantine",schemaPath:"#/$defs/Quarantine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data20.file !== undefined){
if(typeof data20.file !== "string"){
const err43 = {instancePath:instancePath+"/quarantine/file",schemaPath:"#/$defs/Quarantine/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data20.expireAfterDays !== undefined){
let data22 = data20.expireAfterDays;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err44 = {instancePath:instancePath+"/quarantine/expireAfterDays",schemaPath:"#/$defs/Quarantine/properties/expireAfterDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 3650 || isNaN(data22)){
const err45 = {instancePath:instancePath+"/quarantine/expireAfterDays",schemaPath:"#/$defs/Quarantine/properties/expireAfterDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data22 < 1 || isNaN(data22)){
const err46 = {instancePath:instancePath+"/quarantine/expireAfterDays",schemaPath:"#/$defs/Quarantine/properties/expireAfterDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
}
else {
const err47 = {instancePath:instancePath+"/quarantine",schemaPath:"#/$defs/Quarantine/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern9 = new RegExp("^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://lifeguard.dev/schemas/lifeguard-config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "version") || (key0 === "rules")) || (key0 === "targets")) || (key0 === "gates")) || (key0 === "approvers")) || (key0 === "apply"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.version !== undefined){
if(1 !== data.version){
const err1 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.rules !== undefined){
let data1 = data.rules;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
let data2 = data1[key1];
if(!((((data2 === "error") || (data2 === "warning")) || (data2 === "info")) || (data2 === "off"))){
const err2 = {instancePath:instancePath+"/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.additionalProperties.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.targets !== undefined){
let data3 = data.targets;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data3[i0], {instancePath:instancePath+"/targets/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.gates !== undefined){
let data5 = data.gates;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
if(!((((((((key2 === "fail-on") || (key2 === "max-monthly-increase-usd")) || (key2 === "max-monthly-increase-percent")) || (key2 === "max-deleted-bytes")) || (key2 === "require-production-immutability")) || (key2 === "deletion-approval-label")) || (key2 === "allow-incomplete")) || (key2 === "inventory-max-age-days"))){
const err5 = {instancePath:instancePath+"/gates",schemaPath:"#/$defs/Gates/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data5["fail-on"] !== undefined){
let data6 = data5["fail-on"];
if(!(((data6 === "error") || (data6 === "warning")) || (data6 === "never"))){
const err6 = {instancePath:instancePath+"/gates/fail-on",schemaPath:"#/$defs/Gates/properties/fail-on/enum",keyword:"enum",params:{allowedValues: schema35.properties["fail-on"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data5["max-monthly-increase-usd"] !== undefined){
let data7 = data5["max-monthly-increase-usd"];
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err7 = {instancePath:instancePath+"/gates/max-monthly-increase-usd",schemaPath:"#/$defs/Gates/properties/max-monthly-increase-usd/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/gates/max-monthly-increase-usd",schemaPath:"#/$defs/Gates/properties/max-monthly-increase-usd/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data5["max-monthly-increase-percent"] !== undefined){
let data8 = data5["max-monthly-increase-percent"];
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err9 = {instancePath:instancePath+"/gates/max-monthly-increase-percent",schemaPath:"#/$defs/Gates/properties/max-monthly-increase-percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/gates/max-monthly-increase-percent",schemaPath:"#/$defs/Gates/properties/max-monthly-increase-percent/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data5["max-deleted-bytes"] !== undefined){
let data9 = data5["max-deleted-bytes"];
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err11 = {instancePath:instancePath+"/gates/max-deleted-bytes",schemaPath:"#/$defs/Gates/properties/max-deleted-bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err12 = {instancePath:instancePath+"/gates/max-deleted-bytes",schemaPath:"#/$defs/Gates/properties/max-deleted-bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data5["require-production-immutability"] !== undefined){
if(typeof data5["require-production-immutability"] !== "boolean"){
const err13 = {instancePath:instancePath+"/gates/require-production-immutability",schemaPath:"#/$defs/Gates/properties/require-production-immutability/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5["deletion-approval-label"] !== undefined){
if(typeof data5["deletion-approval-label"] !== "string"){
const err14 = {instancePath:instancePath+"/gates/deletion-approval-label",schemaPath:"#/$defs/Gates/properties/deletion-approval-label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5["allow-incomplete"] !== undefined){
if(typeof data5["allow-incomplete"] !== "boolean"){
const err15 = {instancePath:instancePath+"/gates/allow-incomplete",schemaPath:"#/$defs/Gates/properties/allow-incomplete/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5["inventory-max-age-days"] !== undefined){
let data13 = data5["inventory-max-age-days"];
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err16 = {instancePath:instancePath+"/gates/inventory-max-age-days",schemaPath:"#/$defs/Gates/properties/inventory-max-age-days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 1 || isNaN(data13)){
const err17 = {instancePath:instancePath+"/gates/inventory-max-age-days",schemaPath:"#/$defs/Gates/properties/inventory-max-age-days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/gates",schemaPath:"#/$defs/Gates/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.approvers !== undefined){
let data14 = data.approvers;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
let data15 = data14[i1];
if(typeof data15 === "string"){
if(!pattern9.test(data15)){
const err19 = {instancePath:instancePath+"/approvers/" + i1,schemaPath:"#/properties/approvers/items/pattern",keyword:"pattern",params:{pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$"},message:"must match pattern \""+"^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/approvers/" + i1,schemaPath:"#/properties/approvers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
let i2 = data14.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data14[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err21 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err22 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.apply !== undefined){
let data16 = data.apply;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key3 in data16){
if(!(key3 === "refs")){
const err23 = {instancePath:instancePath+"/apply",schemaPath:"#/properties/apply/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data16.refs !== undefined){
let data17 = data16.refs;
if(Array.isArray(data17)){
const len2 = data17.length;
for(let i3=0; i3<len2; i3++){
let data18 = data17[i3];
if(typeof data18 === "string"){
if(func2(data18) < 1){
const err24 = {instancePath:instancePath+"/apply/refs/" + i3,schemaPath:"#/properties/apply/properties/refs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/apply/refs/" + i3,schemaPath:"#/properties/apply/properties/refs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
let i4 = data17.length;
let j1;
if(i4 > 1){
const indices1 = {};
for(;i4--;){
let item1 = data17[i4];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err26 = {instancePath:instancePath+"/apply/refs",schemaPath:"#/properties/apply/properties/refs/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
break;
}
indices1[item1] = i4;
}
}
}
else {
const err27 = {instancePath:instancePath+"/apply/refs",schemaPath:"#/properties/apply/properties/refs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/apply",schemaPath:"#/properties/apply/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schemaDocument = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://lifeguard.dev/schemas/lifeguard-config.schema.json","title":"lifeguard configuration (.lifeguard.yml)","type":"object","properties":{"version":{"const":1,"description":"Format version of this file."},"rules":{"description":"Severity per rule id: error, warning, info or off.","type":"object","additionalProperties":{"enum":["error","warning","info","off"]}},"targets":{"description":"Buckets lifeguard plans and applies, each with the file or policy that defines its rules.","type":"array","items":{"$ref":"#/$defs/Target"}},"gates":{"$ref":"#/$defs/Gates"},"approvers":{"description":"Who may approve a deletion or a loosened setting besides people with write access: GitHub logins (alice) or teams (@acme/storage-admins). Read from the base commit on pull requests.","type":"array","items":{"type":"string","pattern":"^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$"},"uniqueItems":true},"apply":{"type":"object","description":"Where apply may run. Default: only the repository's default branch.","properties":{"refs":{"type":"array","description":"Other branches (or refs/heads/… refs) apply may run from; read from the default branch's .lifeguard.yml.","items":{"type":"string","minLength":1},"uniqueItems":true}},"additionalProperties":false}},"additionalProperties":false,"$defs":{"Target":{"type":"object","properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","description":"Unique name, used by --target."},"bucket":{"type":"string","pattern":"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$","description":"Bucket name: 3 to 63 lower-case letters, digits, dots and hyphens."},"region":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","description":"Region of the bucket (default: the SDK's region chain, e.g. AWS_REGION)."},"source":{"$ref":"#/$defs/Source"},"expectedBucketOwner":{"type":"string","pattern":"^\\d{12}$","description":"Account id that must own the bucket; sent as ExpectedBucketOwner on every call."},"stage":{"type":"string","description":"Stage of the retention policy this target applies (policy sources). production (or prod) also expects Object Lock on the bucket, and no rule may expire current versions (production-expiration)."},"immutable":{"type":"boolean","description":"The data must be immutable (WORM): no rule may expire current versions (production-expiration); plan warns when the bucket has no Object Lock."},"minRetentionDays":{"type":"integer","minimum":1,"maximum":2147483647,"description":"Current versions are kept at least this many days: a rule that expires them earlier is an error (production-expiration)."},"endpoint":{"type":"string","pattern":"^https?://[^\\s/]+","description":"S3 endpoint URL for S3-compatible stores; implies path-style addressing."},"forcePathStyle":{"type":"boolean","description":"Put the bucket in the URL path, not the host name (default: true with endpoint)."},"inventory":{"type":"string","description":"S3 Inventory report (local folder or s3:// manifest) used for cost projections."},"intelligentTieringAccess":{"type":"number","minimum":0,"maximum":1,"description":"Share (0 to 1) of the objects in S3 Intelligent-Tiering read at least every 30 days, assumed by cost projections (default 0: not accessed). On a pull request the base commit's value is used."},"registry":{"type":"string","description":"Manifest of artifacts a model registry still references."},"artifactPrefixes":{"type":"array","description":"Key prefixes that hold the registry's artifacts: lifeguard orphans looks for unreferenced objects only under these. Default: the top-level folders of the registry's entries.","items":{"type":"string","minLength":1,"maxLength":1024},"minItems":1,"uniqueItems":true},"quarantine":{"$ref":"#/$defs/Quarantine"}},"required":["name","bucket","source"],"additionalProperties":false},"Quarantine":{"type":"object","description":"Where lifeguard orphans --quarantine records its batches, and how long quarantined objects live.","properties":{"file":{"type":"string","description":"The quarantine file, committed beside .lifeguard.yml (default: .lifeguard/quarantine/<target>.json)."},"expireAfterDays":{"type":"integer","minimum":1,"maximum":3650,"description":"Days between tagging and deletion (default 7)."}},"additionalProperties":false},"Source":{"type":"object","description":"Exactly one of lifecycle (a lifecycle configuration file) or policy (a retention policy), both when the committed file must agree with the policy; or terraform / cloudformation with the resource that holds the rules.","properties":{"lifecycle":{"type":"string"},"policy":{"type":"string"},"terraform":{"type":"string","description":"A .tf file, a Terraform module folder or a plan JSON (terraform show -json) that declares the resource."},"cloudformation":{"type":"string","description":"A CloudFormation or CDK template (JSON or YAML) that declares the resource."},"resource":{"type":"string","minLength":1,"description":"The Terraform address (aws_s3_bucket_lifecycle_configuration.ml_data) or CloudFormation logical ID that holds the rules."}},"minProperties":1,"dependentRequired":{"terraform":["resource"],"cloudformation":["resource"]},"additionalProperties":false},"Gates":{"type":"object","properties":{"fail-on":{"enum":["error","warning","never"]},"max-monthly-increase-usd":{"type":"number","minimum":0},"max-monthly-increase-percent":{"type":"number","minimum":0},"max-deleted-bytes":{"type":"integer","minimum":0},"require-production-immutability":{"type":"boolean"},"deletion-approval-label":{"type":"string"},"allow-incomplete":{"type":"boolean","description":"A run whose verdict is incomplete (a gate could not be evaluated: no credentials, no listing) passes the check. Default false."},"inventory-max-age-days":{"type":"integer","minimum":1,"description":"An S3 Inventory report older than this many days is a warning (default 7)."}},"additionalProperties":false}}};

// EXTERNAL MODULE: ./src/load/pointer.ts
var pointer = __webpack_require__(6925);
// EXTERNAL MODULE: ./src/load/read.ts
var load_read = __webpack_require__(7338);
// EXTERNAL MODULE: ./src/lint/schema-errors.ts
var schema_errors = __webpack_require__(8640);
// EXTERNAL MODULE: ./src/config/known-rules.ts
var known_rules = __webpack_require__(639);
// EXTERNAL MODULE: ./src/model/storage-classes.ts
var storage_classes = __webpack_require__(4297);
// EXTERNAL MODULE: ./src/lint/evidence/records.ts
var records = __webpack_require__(5325);
;// CONCATENATED MODULE: ./src/lint/retired.ts
/**
 * Rules lifeguard no longer has because AWS changed its answer: their ids stay known so that a
 * `.lifeguard.yml` naming one gets a sentence saying why, their docs pages stay, and their evidence
 * (the change itself) stays in the tripwire's citations.
 */


const RETIRED_RULES = [
    {
        id: 'transition-ia-minimum',
        retired: storage_classes/* IA_MINIMUM_REMOVED */.dl,
        reason: 'AWS accepts transitions to STANDARD_IA and ONEZONE_IA from day 0; what remains is cost, reported by early-deletion-charge and small-object-transition',
        catalogue: ['3b.3'],
        evidence: (0,records/* evidenceFor */.hF)('3b.3'),
    },
];
function retiredRule(id) {
    return RETIRED_RULES.find((r) => r.id === id);
}
/** What `.lifeguard.yml` is told about a rule id lifeguard does not have. */
function unknownRuleMessage(id) {
    const retired = retiredRule(id);
    if (!retired)
        return `rules: "${id}" is not a lifeguard rule; see docs/rules/ for the list.`;
    return `rules: "${id}" was retired: since ${retired.retired} ${retired.reason}. Remove it (docs/rules/${id}.md).`;
}

// EXTERNAL MODULE: ./src/model/values.ts
var values = __webpack_require__(3855);
// EXTERNAL MODULE: ./src/lint/file-rules.ts
var file_rules = __webpack_require__(73);
// EXTERNAL MODULE: ./src/workspace/workspace.ts
var workspace_workspace = __webpack_require__(8568);
;// CONCATENATED MODULE: ./src/config/config.ts
/**
 * `.lifeguard.yml`: rule severities, targets and gates. Read once, validated by its own JSON Schema
 * (schemas/lifeguard-config.schema.json); a bad file gives findings with positions, never a crash.
 */











const DEFAULT_CONFIG_FILE = '.lifeguard.yml';
/**
 * Loads `file`, or `.lifeguard.yml` in the working directory when present, or the defaults. Every
 * path the file names must lead, after its links, inside the workspace's repository: one that does
 * not is an error at its line (the file may come from a pull request).
 */
async function loadConfig(file, where = process.cwd()) {
    const workspace = typeof where === 'string' ? new workspace_workspace/* Workspace */.a(where) : where;
    const cwd = workspace.cwd;
    const path = file ? (0,external_node_path_.resolve)(cwd, file) : (0,external_node_path_.resolve)(cwd, DEFAULT_CONFIG_FILE);
    if (!file && !(0,external_node_fs_.existsSync)(path))
        return { ok: true, config: { ...defaults(cwd), workspace } };
    const display = file ?? DEFAULT_CONFIG_FILE;
    const read = await (0,load_read/* readSource */.o)(path, display);
    if (!read.ok) {
        if (read.kind === 'io')
            return { ok: false, findings: [], ioError: `${display}: ${read.problem.message}` };
        return {
            ok: false,
            findings: [configFinding(display, '', read.problem.message, { line: read.problem.line, column: read.problem.column })],
        };
    }
    const parsed = parseConfig(read.doc, (0,external_node_path_.resolve)(path, '..'));
    if (!parsed.ok)
        return parsed;
    const outside = confinementFindings(parsed.config, workspace, read.doc.file);
    if (outside.length)
        return { ok: false, findings: outside, doc: read.doc };
    return { ...parsed, config: { ...parsed.config, workspace } };
}
/** The paths of each target, where they sit in the file. */
function targetPaths(t, i) {
    const at = (...s) => (0,pointer/* joinPointer */.Kn)(`/targets/${i}`, ...s);
    const out = [];
    if (t.source.lifecycle !== undefined)
        out.push([at('source', 'lifecycle'), t.source.lifecycle]);
    if (t.source.policy !== undefined)
        out.push([at('source', 'policy'), t.source.policy]);
    if (t.source.terraform !== undefined)
        out.push([at('source', 'terraform'), t.source.terraform]);
    if (t.source.cloudformation !== undefined)
        out.push([at('source', 'cloudformation'), t.source.cloudformation]);
    if (t.registry !== undefined)
        out.push([at('registry'), t.registry]);
    if (t.inventory !== undefined && !/^s3:\/\//i.test(t.inventory))
        out.push([at('inventory'), t.inventory]);
    if (t.quarantine?.file !== undefined)
        out.push([at('quarantine', 'file'), t.quarantine.file]);
    return out;
}
/** A finding for each path of a target that leads, after its links, outside the workspace's repository. */
function confinementFindings(config, workspace, file) {
    const out = [];
    config.targets.forEach((t, i) => {
        for (const [pointer, value] of targetPaths(t, i)) {
            const confined = workspace.confine((0,external_node_path_.resolve)(config.dir, value));
            if (!confined.ok)
                out.push(configFinding(file, pointer, `targets[${i}] (${t.name}): ${pointer.split('/').slice(3).join('.')} "${value}" ${confined.reason}.`));
        }
    });
    return out;
}
function parseConfig(doc, dir) {
    const data = doc.data ?? {};
    const findings = [];
    if (!validateLifeguardConfig(data)) {
        const errors = validateLifeguardConfig.errors ?? [];
        const own = errors.filter(ownWords);
        for (const e of own)
            findings.push(configFinding(doc.file, e.instancePath, `${(0,schema_errors/* subjectOf */.e)(e.instancePath, data)} ${ownWords(e)}`));
        for (const p of (0,schema_errors/* describeSchemaErrors */.c)(errors.filter((e) => !own.includes(e)), data, { schema: schemaDocument, rootDef: '' })) {
            findings.push(configFinding(doc.file, p.pointer, p.message, undefined, p.reportOnKey));
        }
    }
    const known = new Set((0,known_rules/* allRuleMetas */.M)().map((m) => m.id));
    const rules = (0,values/* isObj */.sA)(data) && (0,values/* isObj */.sA)(data.rules) ? data.rules : {};
    for (const id of Object.keys(rules)) {
        if (!known.has(id))
            findings.push(configFinding(doc.file, (0,pointer/* joinPointer */.Kn)('/rules', id), unknownRuleMessage(id), undefined, true));
    }
    const targets = (0,values/* isObj */.sA)(data) && Array.isArray(data.targets) ? data.targets : [];
    const names = new Set();
    targets.forEach((t, i) => {
        if ((0,values/* isObj */.sA)(t) && (0,values/* isObj */.sA)(t.source)) {
            const src = t.source;
            const iac = ['terraform', 'cloudformation'].filter((k) => k in src);
            const files = ['lifecycle', 'policy'].filter((k) => k in src);
            if (iac.length && (files.length || iac.length > 1)) {
                findings.push(configFinding(doc.file, `/targets/${i}/source`, `targets: a source names one of terraform or cloudformation (with its resource), or lifecycle/policy files, not ${[...iac, ...files].join(' and ')}.`, undefined, true));
            }
            else if ('resource' in src && !iac.length) {
                findings.push(configFinding(doc.file, `/targets/${i}/source/resource`, 'targets: "resource" names a Terraform address or CloudFormation logical ID, so it needs "terraform" or "cloudformation" beside it.', undefined, true));
            }
        }
        if ((0,values/* isObj */.sA)(t) && typeof t.name === 'string') {
            if (names.has(t.name))
                findings.push(configFinding(doc.file, `/targets/${i}/name`, `targets: the name "${t.name}" is used twice; target names must be unique.`));
            names.add(t.name);
        }
    });
    if (findings.length)
        return { ok: false, findings, doc };
    const d = data;
    return {
        ok: true,
        doc,
        config: {
            file: doc.file,
            dir,
            rules: (d.rules ?? {}),
            targets,
            gates: (d.gates ?? {}),
            ...(Array.isArray(d.approvers) ? { approvers: d.approvers } : {}),
            ...((0,values/* isObj */.sA)(d.apply) ? { apply: d.apply } : {}),
        },
    };
}
/** What a target's fields must look like, said the way a person would (ajv shows the regex). */
const FIELD_RULES = {
    name: 'must start with a letter or digit and hold only letters, digits, ".", "_" and "-".',
    bucket: 'is not a valid S3 bucket name: 3 to 63 lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit.',
    region: 'is not a region name such as "eu-west-1".',
    expectedBucketOwner: 'must be a 12-digit AWS account id.',
    endpoint: 'must be a URL starting with http:// or https://.',
};
function ownWords(e) {
    const field = e.instancePath.split('/').pop() ?? '';
    if (e.keyword === 'pattern' && /^\/targets\/\d+\//.test(e.instancePath))
        return FIELD_RULES[field];
    // One sentence for out of range and for the CLI's percentage form, which the file does not take.
    if (field === 'intelligentTieringAccess' && ['minimum', 'maximum', 'type'].includes(e.keyword))
        return 'must be a share from 0 to 1, such as 0.25 for a quarter of the objects read every 30 days.';
    if (e.keyword === 'minProperties' && field === 'source')
        return 'needs "lifecycle" (a lifecycle configuration file), "policy" (a retention policy), or "terraform" / "cloudformation" with "resource".';
    if (e.keyword === 'dependentRequired' && field === 'source')
        return 'names a Terraform or CloudFormation file but not the "resource" (address or logical ID) that holds the rules.';
    return undefined;
}
/** The workspace a configuration's paths belong to (one made from its folder for hand-built configurations). */
function workspaceOf(config) {
    return config.workspace ?? new workspace_workspace/* Workspace */.a(config.dir);
}
function defaults(cwd) {
    return { dir: cwd, rules: {}, targets: [], gates: {} };
}
function configFinding(file, pointer, message, position, reportOnKey = false) {
    return { ruleId: file_rules/* CONFIG_SCHEMA_RULE */.af.id, severity: 'error', message, file, pointer, position, reportOnKey };
}


/***/ }),

/***/ 639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ allRuleMetas),
/* harmony export */   t: () => (/* binding */ ruleMeta)
/* harmony export */ });
/* harmony import */ var _lint_file_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73);
/* harmony import */ var _lint_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4413);
/* harmony import */ var _plan_state_rules_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6202);
/* harmony import */ var _policy_rules_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5881);
/* harmony import */ var _model_registry_rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2152);
/**
 * Everything that can produce a finding (lifecycle, file, registry, policy and bucket-state rules),
 * by id: the names `.lifeguard.yml` may set a severity for, and the metadata SARIF and the docs show.
 * It sits above the rule folders it gathers, so that none of them imports another's registry
 * (docs/adr/0155).
 */





/** Metadata of everything that can produce a finding, for SARIF, docs and configuration. */
function allRuleMetas() {
    return [
        ..._lint_file_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .FILE_RULES */ .hV,
        ..._model_registry_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .REGISTRY_RULES */ .kw,
        ..._policy_rules_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_RULE_METAS */ .$q,
        ...stateRuleMetas(),
        ...Object.values(_lint_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .LIFECYCLE_RULES */ .j).map((r) => r.meta),
    ].sort((a, b) => a.id.localeCompare(b.id));
}
let otherMetas;
function ruleMeta(id) {
    if (_lint_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .LIFECYCLE_RULES */ .j[id])
        return _lint_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .LIFECYCLE_RULES */ .j[id].meta;
    // Built once: findings of registries and quarantine files can run to hundreds of thousands.
    if (!otherMetas) {
        otherMetas = new Map();
        for (const m of [..._lint_file_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .FILE_RULES */ .hV, ..._model_registry_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .REGISTRY_RULES */ .kw, ..._policy_rules_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_RULE_METAS */ .$q, ...stateRuleMetas()])
            if (!otherMetas.has(m.id))
                otherMetas.set(m.id, m);
    }
    return otherMetas.get(id);
}
/** Rules that need the live bucket (plan, apply): same metadata, own engine (src/plan/state-rules). */
function stateRuleMetas() {
    return Object.values(_plan_state_rules_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE_RULES */ .k).map((r) => r.meta);
}


/***/ }),

/***/ 9366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ targetsOfResource),
/* harmony export */   z: () => (/* binding */ targetsOfSource)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _load_source_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9745);
/**
 * The `.lifeguard.yml` targets whose rules a file holds: lint reads what they promise (stage,
 * immutable, minRetentionDays) once, with the document, wherever the document is linted.
 */


/** Targets whose lifecycle file, Terraform or CloudFormation source is `path` (absolute), or whose Terraform module folder holds it. */
function targetsOfSource(config, path) {
    // Not the Workspace object: in a worker thread the configuration arrives as plain data.
    return config.targets.filter((t) => {
        const given = t.source.lifecycle ?? t.source.terraform ?? t.source.cloudformation;
        if (given === undefined)
            return false;
        const source = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(config.dir, given);
        // A Terraform module is the .tf files of one folder (not its sub-folders): each is the target's source.
        return source === path || (t.source.terraform !== undefined && (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(path) === source && (0,_load_source_files_js__WEBPACK_IMPORTED_MODULE_1__/* .isTerraformFile */ .L5)(path));
    });
}
/** Of those, the ones naming this resource (a Terraform address or CloudFormation logical ID). */
function targetsOfResource(targets, address, only) {
    return targets.filter((t) => t.source.lifecycle === undefined && (t.source.resource === address || (t.source.resource === undefined && only)));
}


/***/ }),

/***/ 903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/** A problem with an input file, already phrased for the user (file:line:column where known). */
class InputError extends Error {
    name = 'InputError';
}


/***/ }),

/***/ 2210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadPriceCatalog: () => (/* binding */ loadPriceCatalog)
/* harmony export */ });
async function loadPriceCatalog(source, region) {
    const { loadPriceCatalog: load } = await __webpack_require__.e(/* import() */ 439).then(__webpack_require__.bind(__webpack_require__, 9439));
    return load({ source, region });
}


/***/ }),

/***/ 8538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ costChartMermaid)
/* harmony export */ });
/* unused harmony export niceCeiling */
/**
 * The monthly cost curve of a target as a Mermaid `xychart-beta` block, which GitHub renders as a
 * chart in comments and job summaries. xychart has no legend, so the two series are told apart by
 * kind, and the title says which is which: bars for the current rules, a line for the proposed.
 * Only numbers and fixed words reach the block. Pure.
 */
/** Markdown lines of the chart; none for fewer than two months (a table says it better). */
function costChartMermaid(monthly) {
    if (monthly.length < 2)
        return [];
    const values = monthly.flatMap((m) => [m.currentUsd, m.proposedUsd]).filter(Number.isFinite);
    const top = niceCeiling(Math.max(0, ...values));
    const fmt = (n) => (Number.isFinite(n) ? String(Math.round(n * 100) / 100) : '0');
    return [
        '```mermaid',
        'xychart-beta',
        '    title "Monthly cost, USD (bars: current rules, line: proposed)"',
        `    x-axis "Month" [${monthly.map((_, i) => i + 1).join(', ')}]`,
        `    y-axis "USD per month" 0 --> ${top}`,
        `    bar [${monthly.map((m) => fmt(m.currentUsd)).join(', ')}]`,
        `    line [${monthly.map((m) => fmt(m.proposedUsd)).join(', ')}]`,
        '```',
    ];
}
/** A round axis top at or above `n`: 1, 2, 2.5 or 5 × a power of ten. */
function niceCeiling(n) {
    if (n <= 0)
        return 1;
    const p = 10 ** Math.floor(Math.log10(n));
    for (const f of [1, 2, 2.5, 5, 10])
        if (f * p >= n)
            return f * p;
    return 10 * p;
}


/***/ }),

/***/ 1060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nI: () => (/* binding */ COST_FORMATS),
  ee: () => (/* binding */ bytes),
  BD: () => (/* binding */ formatCost),
  dR: () => (/* binding */ format_usd)
});

// EXTERNAL MODULE: ./src/cost/report/cost-chart.ts
var cost_chart = __webpack_require__(8538);
// EXTERNAL MODULE: ./src/model/storage-classes.ts
var storage_classes = __webpack_require__(4297);
;// CONCATENATED MODULE: ./src/cost/report/svg-chart.ts
/**
 * Two SVG charts for the HTML report, drawn without any script: monthly cost as lines (current vs
 * proposed) and storage cost stacked by class. Both have labelled axes, ticks and a legend. Pure:
 * numbers and fixed labels in, SVG text out (labels are escaped).
 */
const W = 760;
const H = 320;
const PAD = { left: 72, right: 16, top: 28, bottom: 64 };
function escapeXml(s) {
    return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
function niceTop(n) {
    if (n <= 0)
        return 1;
    const p = 10 ** Math.floor(Math.log10(n));
    for (const f of [1, 2, 2.5, 5, 10])
        if (f * p >= n)
            return f * p;
    return 10 * p;
}
const money = (n) => (n >= 1000 ? `$${Math.round(n).toLocaleString('en-US')}` : n >= 10 ? `$${n.toFixed(0)}` : `$${n.toFixed(2)}`);
/** Axes, grid, tick labels and axis titles for `months` months and values up to `max`. */
function svg_chart_frame(title, months, max, id) {
    const top = niceTop(max);
    const plotW = W - PAD.left - PAD.right;
    const plotH = H - PAD.top - PAD.bottom;
    const step = plotW / months;
    const x = (i) => PAD.left + step * (i + 0.5);
    const y = (v) => PAD.top + plotH - (v / top) * plotH;
    const parts = [
        `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" role="img" aria-label="${escapeXml(title)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
        `<title>${escapeXml(title)}</title>`,
        `<text x="${W / 2}" y="16" text-anchor="middle" font-size="14" font-weight="bold">${escapeXml(title)}</text>`,
    ];
    for (let k = 0; k <= 4; k++) {
        const v = (top * k) / 4;
        parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v)}" y2="${y(v)}" stroke="#d0d7de" stroke-width="1"/>`);
        parts.push(`<text class="y-tick" x="${PAD.left - 6}" y="${y(v) + 4}" text-anchor="end">${money(v)}</text>`);
    }
    const every = Math.max(1, Math.ceil(months / 24));
    for (let i = 0; i < months; i += every)
        parts.push(`<text class="x-tick" x="${x(i)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${i + 1}</text>`);
    parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(0)}" y2="${y(0)}" stroke="#57606a"/>`);
    parts.push(`<line x1="${PAD.left}" x2="${PAD.left}" y1="${PAD.top}" y2="${y(0)}" stroke="#57606a"/>`);
    parts.push(`<text class="x-label" x="${PAD.left + plotW / 2}" y="${H - PAD.bottom + 34}" text-anchor="middle">Month of the projection</text>`);
    parts.push(`<text class="y-label" transform="translate(16 ${PAD.top + plotH / 2}) rotate(-90)" text-anchor="middle">USD per month</text>`);
    return { parts, x, y, step };
}
function legend(series) {
    const out = [];
    let lx = PAD.left;
    for (const s of series) {
        out.push(`<rect x="${lx}" y="${H - 16}" width="12" height="12" fill="${s.color}"/>`);
        out.push(`<text class="legend" x="${lx + 16}" y="${H - 6}">${escapeXml(s.name)}</text>`);
        lx += 24 + s.name.length * 7;
    }
    return out;
}
function lineChart(title, series, id) {
    const months = Math.max(1, ...series.map((s) => s.values.length));
    const f = svg_chart_frame(title, months, Math.max(0, ...series.flatMap((s) => s.values)), id);
    for (const s of series) {
        const points = s.values.map((v, i) => `${f.x(i).toFixed(1)},${f.y(v).toFixed(1)}`).join(' ');
        f.parts.push(`<polyline class="series" data-series="${escapeXml(s.name)}" fill="none" stroke="${s.color}" stroke-width="2.5"${s.dashed ? ' stroke-dasharray="6 4"' : ''} points="${points}"/>`);
        s.values.forEach((v, i) => f.parts.push(`<circle cx="${f.x(i).toFixed(1)}" cy="${f.y(v).toFixed(1)}" r="3" fill="${s.color}"><title>${escapeXml(s.name)}, month ${i + 1}: ${money(v)}</title></circle>`));
    }
    return [...f.parts, ...legend(series), '</svg>'].join('\n');
}
function stackedBars(title, series, id) {
    const months = Math.max(1, ...series.map((s) => s.values.length));
    const totals = Array.from({ length: months }, (_, i) => series.reduce((a, s) => a + (s.values[i] ?? 0), 0));
    const f = svg_chart_frame(title, months, Math.max(0, ...totals), id);
    const bw = Math.max(2, f.step * 0.7);
    for (let i = 0; i < months; i++) {
        let base = 0;
        for (const s of series) {
            const v = s.values[i] ?? 0;
            if (v <= 0)
                continue;
            const y0 = f.y(base);
            const y1 = f.y(base + v);
            f.parts.push(`<rect class="bar" data-series="${escapeXml(s.name)}" x="${(f.x(i) - bw / 2).toFixed(1)}" y="${y1.toFixed(1)}" width="${bw.toFixed(1)}" height="${(y0 - y1).toFixed(1)}" fill="${s.color}"><title>${escapeXml(s.name)}, month ${i + 1}: ${money(v)}</title></rect>`);
            base += v;
        }
    }
    return [...f.parts, ...legend(series), '</svg>'].join('\n');
}

;// CONCATENATED MODULE: ./src/cost/report/html.ts


const CLASS_COLORS = {
    STANDARD: '#0969da',
    REDUCED_REDUNDANCY: '#8c959f',
    STANDARD_IA: '#1a7f37',
    INTELLIGENT_TIERING: '#8250df',
    ONEZONE_IA: '#4ac26b',
    GLACIER_IR: '#bf8700',
    GLACIER: '#bc4c00',
    DEEP_ARCHIVE: '#6e7781',
};
const usd = (n) => `${n < 0 ? '−' : ''}$${Math.abs(n) >= 100 ? Math.round(Math.abs(n)).toLocaleString('en-US') : Math.abs(n).toFixed(2)}`;
function costHtml(r, parts) {
    const e = escapeXml;
    const curve = lineChart('Monthly cost: current vs proposed rules', [
        { name: 'current rules', color: '#cf222e', values: r.monthly.map((m) => m.current.totalUsd) },
        { name: 'proposed rules', color: '#0969da', values: r.monthly.map((m) => m.proposed.totalUsd), dashed: true },
    ], 'cost-curve');
    const stacked = (which) => {
        const series = storage_classes/* STORAGE_CLASS_NAMES */.Uu.filter((c) => r.monthly.some((m) => (m[which].storageByClassUsd[c] ?? 0) > 0)).map((c) => ({
            name: storage_classes/* STORAGE_CLASSES */.Zq[c].label,
            color: CLASS_COLORS[c],
            values: r.monthly.map((m) => m[which].storageByClassUsd[c] ?? 0),
        }));
        return stackedBars(`Storage cost by storage class: ${which} rules`, series, `by-class-${which}`);
    };
    const rows = r.monthly
        .map((m) => `<tr><td>${m.month}</td><td>${usd(m.current.totalUsd)}</td><td>${usd(m.proposed.totalUsd)}</td><td>${usd(m.proposed.totalUsd - m.current.totalUsd)}</td><td>${usd(m.proposed.transitionUsd)}</td><td>${usd(m.proposed.earlyDeleteUsd)}</td></tr>`)
        .join('\n');
    const list = (items) => (items.length ? `<ul>${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>` : '<p>None.</p>');
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>lifeguard cost projection: ${e(r.region)}, ${e(r.asOf.slice(0, 10))}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body { font: 14px/1.5 -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #1f2328; margin: 24px auto; max-width: 820px; padding: 0 16px; }
h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 28px; border-bottom: 1px solid #d0d7de; }
table { border-collapse: collapse; } td, th { border: 1px solid #d0d7de; padding: 3px 8px; text-align: right; } th { background: #f6f8fa; }
figure { margin: 16px 0; } svg { max-width: 100%; height: auto; } .note { color: #57606a; }
</style></head>
<body>
<h1>lifeguard cost projection</h1>
${list(parts.headline).replace('<ul>', '<ul class="headline">')}
<h2>Monthly cost</h2>
<figure>${curve}</figure>
<h2>Storage by class</h2>
<figure>${stacked('current')}</figure>
<figure>${stacked('proposed')}</figure>
<h2>Month by month</h2>
<table><thead><tr><th>Month</th><th>Current</th><th>Proposed</th><th>Difference</th><th>Transitions (proposed)</th><th>Early deletion (proposed)</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<h2>Rules</h2>
${list(parts.ruleLines)}
<h2>Assumed</h2>
${list(r.assumptions.map((a) => a.message))}
<h2>Not known</h2>
${list(r.unknowns.map((u) => (u.needs ? `${u.message}. To price it: ${u.needs}` : u.message)))}
<p class="note">Prices: ${e(r.prices.source)}, ${e(r.prices.date)}. Months of 730 hours; storage in binary GB. Semantics: docs/cost-model.md.</p>
</body></html>
`;
}

// EXTERNAL MODULE: ./src/model/units.ts
var units = __webpack_require__(8766);
;// CONCATENATED MODULE: ./src/cost/report/format.ts
/** Cost report formatters: pure functions of the report. JSON is the contract; the others read it. */



const COST_FORMATS = ['stylish', 'json', 'markdown', 'html'];
function formatCost(report, format) {
    if (format === 'json')
        return `${JSON.stringify(report, null, 2)}\n`;
    if (format === 'html')
        return costHtml(report, { headline: headline(report), ruleLines: report.byRule.map(ruleLine) });
    return format === 'markdown' ? markdown(report) : stylish(report);
}
function format_usd(n) {
    const abs = Math.abs(n);
    const text = abs >= 100 ? abs.toLocaleString('en-US', { maximumFractionDigits: 0 }) : abs >= 0.01 || abs === 0 ? abs.toFixed(2) : abs.toPrecision(2);
    return `${n < 0 ? '−' : ''}$${text}`;
}
/** Binary units, shared with every other report. */
const bytes = units/* formatBytes */.z;
function percent(current, proposed) {
    if (current === 0)
        return proposed === 0 ? '0%' : 'n/a';
    const p = ((current - proposed) / current) * 100;
    return `${p >= 0 ? '' : '+'}${Math.abs(p).toFixed(1)}%${p >= 0 ? ' less' : ' more'}`;
}
function count(n, noun) {
    return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}
function headline(r) {
    const t = r.totals;
    const first = r.monthly[0];
    const last = r.monthly.at(-1);
    return [
        `Projection for ${r.region} over ${r.months} month${r.months === 1 ? '' : 's'} from ${r.asOf} (prices: ${r.prices.source}, ${r.prices.date}; 730-hour months, binary GB)`,
        `Total: current ${format_usd(t.currentUsd)}, proposed ${format_usd(t.proposedUsd)}: ${t.savingsUsd >= 0 ? 'saves' : 'costs'} ${format_usd(Math.abs(t.savingsUsd))} (${percent(t.currentUsd, t.proposedUsd)})`,
        first && last
            ? `Month 1: ${format_usd(first.current.totalUsd)} → ${format_usd(first.proposed.totalUsd)}; month ${last.month}: ${format_usd(last.current.totalUsd)} → ${format_usd(last.proposed.totalUsd)}`
            : '',
        `Deleted within the horizon: current ${count(r.deleted.current.objects, 'object')} (${bytes(r.deleted.current.bytes)}), proposed ${count(r.deleted.proposed.objects, 'object')} (${bytes(r.deleted.proposed.bytes)})`,
    ].filter(Boolean);
}
function ruleLine(x) {
    const parts = [`matches ${count(x.matched.objects, 'object')} (${bytes(x.matched.bytes)})`];
    if (x.transitions.objects)
        parts.push(`moves ${x.transitions.objects.toLocaleString('en-US')} (${format_usd(x.transitions.usd)} in requests)`);
    if (x.deleted.objects)
        parts.push(`deletes ${x.deleted.objects.toLocaleString('en-US')} (${bytes(x.deleted.bytes)})`);
    if (x.deleteMarkers)
        parts.push(`adds ${x.deleteMarkers.toLocaleString('en-US')} delete markers`);
    if (x.earlyDeleteUsd)
        parts.push(`${format_usd(x.earlyDeleteUsd)} of minimum-duration charges`);
    return `${x.configuration} ${x.rule}: ${parts.join(', ')}`;
}
function stylish(r) {
    const lines = headline(r);
    lines.push('', 'month   current      proposed     difference');
    for (const m of r.monthly) {
        const d = m.proposed.totalUsd - m.current.totalUsd;
        lines.push(`${String(m.month).padStart(5)}   ${format_usd(m.current.totalUsd).padEnd(12)} ${format_usd(m.proposed.totalUsd).padEnd(12)} ${d > 0 ? '+' : ''}${format_usd(d)}`);
    }
    if (r.byRule.length)
        lines.push('', 'Rules:', ...r.byRule.map((x) => `  ${ruleLine(x)}`));
    if (r.assumptions.length)
        lines.push('', 'Assumed:', ...r.assumptions.map((a) => `  - ${a.message}`));
    if (r.unknowns.length)
        lines.push('', 'Not known:', ...r.unknowns.map((u) => `  - ${unknownText(u)}`));
    return `${lines.join('\n')}\n`;
}
function unknownText(u) {
    return u.needs ? `${u.message}; to price it: ${u.needs}` : u.message;
}
function markdown(r) {
    const lines = headline(r).map((l, i) => (i === 0 ? `**${l}**` : l));
    const out = [
        lines[0],
        '',
        ...lines.slice(1).map((l) => `- ${l}`),
        '',
        '| Month | Current | Proposed | Storage (proposed) | Transitions (proposed) | Early deletion (proposed) |',
        '|---:|---:|---:|---:|---:|---:|',
    ];
    for (const m of r.monthly) {
        out.push(`| ${m.month} | ${format_usd(m.current.totalUsd)} | ${format_usd(m.proposed.totalUsd)} | ${format_usd(m.proposed.storageUsd)} | ${format_usd(m.proposed.transitionUsd)} | ${format_usd(m.proposed.earlyDeleteUsd)} |`);
    }
    const chart = (0,cost_chart/* costChartMermaid */.p)(r.monthly.map((m) => ({ currentUsd: m.current.totalUsd, proposedUsd: m.proposed.totalUsd })));
    if (chart.length)
        out.push('', ...chart);
    if (r.byRule.length)
        out.push('', '**Rules**', '', ...r.byRule.map((x) => `- ${ruleLine(x).replace(/'/g, '`')}`));
    if (r.assumptions.length)
        out.push('', '**Assumed**', '', ...r.assumptions.map((a) => `- ${a.message}`));
    if (r.unknowns.length)
        out.push('', '**Not known**', '', ...r.unknowns.map((u) => `- ${unknownText(u)}`));
    return `${out.join('\n')}\n`;
}


/***/ }),

/***/ 3366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ TRACK_FORMATS),
/* harmony export */   P: () => (/* binding */ formatTrack)
/* harmony export */ });
/* harmony import */ var _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4297);
/* harmony import */ var _model_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8766);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1060);
/** The tracking report as text, Markdown (the job summary) or JSON. Pure. */



const TRACK_FORMATS = ['stylish', 'json', 'markdown'];
const count = (n) => Math.round(n).toLocaleString('en-US');
const cell = (a) => `${count(a.objects)} / ${(0,_model_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(a.bytes)} / ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_2__/* .usd */ .dR)(a.usdPerMonth)}`;
const diff = (p, a) => Math.round(a.objects - p.objects) === 0 && Math.round((a.bytes - p.bytes) / 1024) === 0
    ? 'as projected'
    : `${a.bytes >= p.bytes ? '+' : '−'}${(0,_model_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(Math.abs(a.bytes - p.bytes))}, ${a.usdPerMonth >= p.usdPerMonth ? '+' : '−'}${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_2__/* .usd */ .dR)(Math.abs(a.usdPerMonth - p.usdPerMonth))}/month`;
function rows(r) {
    return [
        ['total', r.totals.projected, r.totals.actual],
        ...r.byClass.map((c) => [_model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_CLASSES */ .Zq[c.storageClass].label, c.projected, c.actual]),
    ];
}
function formatTrack(r, format) {
    if (format === 'json')
        return `${JSON.stringify(r, null, 2)}\n`;
    const head = `Tracking ${r.region}: projected from ${r.baselineAsOf}, compared on ${r.asOf} (objects / bytes / storage a month)`;
    const explained = r.explanations.length ? r.explanations : ['nothing outside the projection: actual equals projected'];
    if (format === 'markdown') {
        const out = [`**${head}**`, '', '| | Projected | Actual | Difference |', '|---|---:|---:|---|'];
        for (const [name, p, a] of rows(r))
            out.push(`| ${name} | ${cell(p)} | ${cell(a)} | ${diff(p, a)} |`);
        out.push('', '| Rule | Projected | Actual | Difference |', '|---|---:|---:|---|');
        for (const x of r.byRule)
            out.push(`| \`${x.rule.replace(/[`|<>]/g, '_')}\` | ${cell(x.projected)} | ${cell(x.actual)} | ${diff(x.projected, x.actual)} |`);
        out.push('', '**Differences**', '', ...explained.map((e) => `- ${e.replace(/[<>]/g, '_')}`));
        return `${out.join('\n')}\n`;
    }
    const out = [head, ''];
    for (const [name, p, a] of rows(r))
        out.push(`  ${name.padEnd(32)} projected ${cell(p).padEnd(34)} actual ${cell(a).padEnd(34)} ${diff(p, a)}`);
    out.push('', 'Rules:');
    for (const x of r.byRule)
        out.push(`  ${x.rule}: projected ${cell(x.projected)}, actual ${cell(x.actual)}: ${diff(x.projected, x.actual)}`);
    out.push('', 'Differences:', ...explained.map((e) => `  - ${e}`));
    return `${out.join('\n')}\n`;
}


/***/ }),

/***/ 3722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ describeTransition),
/* harmony export */   IO: () => (/* binding */ describeRule),
/* harmony export */   oF: () => (/* binding */ ruleName),
/* harmony export */   r5: () => (/* binding */ describeSelector),
/* harmony export */   xH: () => (/* binding */ describeNoncurrentTransition),
/* harmony export */   xd: () => (/* binding */ describeActions),
/* harmony export */   z7: () => (/* binding */ when)
/* harmony export */ });
function ruleName(rule) {
    return rule.id ? rule.id : `(rule without ID on ${describeSelector(rule.selector)})`;
}
function describeSelector(s) {
    const parts = [];
    if (s.prefix)
        parts.push(`prefix ${s.prefix}`);
    for (const t of s.tags)
        parts.push(`tag ${t.key}=${t.value}`);
    if (s.sizeGreaterThan !== undefined)
        parts.push(`size > ${s.sizeGreaterThan} B`);
    if (s.sizeLessThan !== undefined)
        parts.push(`size < ${s.sizeLessThan} B`);
    return parts.length ? parts.join(' and ') : 'the whole bucket';
}
function when(days, date, unit = 'days') {
    if (days !== undefined)
        return `${days} ${days === 1 ? unit.replace(/s$/, '') : unit}`;
    if (date !== undefined)
        return `on ${date.slice(0, 10)}`;
    return '(no time given)';
}
function describeTransition(t) {
    return `to ${t.storageClass} ${t.days !== undefined ? `at ${t.days} days` : when(undefined, t.date)}`;
}
function describeNoncurrentTransition(t) {
    const keep = t.newerNoncurrentVersions !== undefined ? ` (beyond the ${t.newerNoncurrentVersions} newest)` : '';
    return `noncurrent versions to ${t.storageClass} after ${when(t.noncurrentDays, undefined)}${keep}`;
}
/** One line per action: "expire after 30 days; to GLACIER at 90 days; abort uploads after 7 days". */
function describeActions(rule) {
    const parts = [];
    const e = rule.expiration;
    if (e?.days !== undefined || e?.date !== undefined)
        parts.push(`expire ${e.days !== undefined ? `after ${when(e.days, undefined)}` : when(undefined, e.date)}`);
    if (e?.expiredObjectDeleteMarker)
        parts.push('remove expired delete markers');
    for (const t of rule.transitions)
        parts.push(describeTransition(t));
    for (const t of rule.noncurrentTransitions)
        parts.push(describeNoncurrentTransition(t));
    const n = rule.noncurrentExpiration;
    if (n) {
        const keep = n.newerNoncurrentVersions !== undefined ? `, keeping the ${n.newerNoncurrentVersions} newest` : '';
        parts.push(`delete noncurrent versions after ${when(n.noncurrentDays, undefined)}${keep}`);
    }
    if (rule.abortIncompleteMultipartUpload)
        parts.push(`abort incomplete uploads after ${when(rule.abortIncompleteMultipartUpload.daysAfterInitiation, undefined)}`);
    return parts.length ? parts.join('; ') : 'no actions';
}
function describeRule(rule) {
    const status = rule.status === 'Enabled' ? '' : ` [${rule.status || 'no status'}]`;
    return `${describeSelector(rule.selector)}: ${describeActions(rule)}${status}`;
}


/***/ }),

/***/ 2592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ configurationsEqual),
/* harmony export */   VU: () => (/* binding */ diffConfigurations)
/* harmony export */ });
/* unused harmony export diffCanonical */
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3722);
/* harmony import */ var _model_canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9563);
/**
 * The semantic diff of two lifecycle configurations, rule by rule, in plain words:
 * "expire-logs: Expiration 30 → 14 days", "rule tmp-cleanup removed". Rules pair by ID; rules
 * without an ID (S3 generates one on PUT) pair with a live rule of the same content.
 */


/** `live` undefined means the bucket has no lifecycle configuration. */
function diffConfigurations(live, proposed) {
    const a = live === undefined ? { rules: [] } : (0,_model_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeConfiguration */ .Uo)(live);
    const b = proposed === undefined ? { rules: [] } : (0,_model_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeConfiguration */ .Uo)(proposed);
    return diffCanonical(a, b);
}
function configurationsEqual(a, b) {
    return diffConfigurations(a, b).equal;
}
function diffCanonical(live, proposed) {
    const changes = [];
    const liveById = new Map(live.rules.filter((r) => r.id).map((r) => [r.id, r]));
    const unmatchedLive = new Set(live.rules);
    const unmatchedProposed = [];
    for (const p of proposed.rules) {
        const l = p.id ? liveById.get(p.id) : undefined;
        if (!l) {
            unmatchedProposed.push(p);
            continue;
        }
        unmatchedLive.delete(l);
        const details = ruleDetails(l, p);
        if (details.length)
            changes.push({ kind: 'changed', name: p.id, before: l, after: p, details });
    }
    for (const p of unmatchedProposed) {
        // A rule without ID matches a live rule whose content is the same (its ID was generated).
        const twin = [...unmatchedLive].find((l) => sameContent(l, p) && (!p.id || !l.id));
        if (twin) {
            unmatchedLive.delete(twin);
            continue;
        }
        changes.push({ kind: 'added', name: (0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleName */ .oF)(p), after: p, details: [] });
    }
    for (const l of unmatchedLive)
        changes.push({ kind: 'removed', name: (0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleName */ .oF)(l), before: l, details: [] });
    changes.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    const settings = [];
    const lt = live.transitionDefaultMinimumObjectSize;
    const pt = proposed.transitionDefaultMinimumObjectSize;
    // A side that does not state it (RGW never reports it) is unknown, not different.
    if (lt !== undefined && pt !== undefined && lt !== pt)
        settings.push(`TransitionDefaultMinimumObjectSize ${lt} → ${pt}`);
    const sentences = [...changes.map(sentence), ...settings];
    return { equal: changes.length === 0 && settings.length === 0, changes, settings, sentences };
}
function sentence(c) {
    if (c.kind === 'added')
        return `rule ${c.name} added: ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .describeRule */ .IO)(c.after)}`;
    if (c.kind === 'removed')
        return `rule ${c.name} removed (was: ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .describeRule */ .IO)(c.before)})`;
    return `${c.name}: ${c.details.join('; ')}`;
}
function sameContent(a, b) {
    return (0,_model_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)({ ...a, id: '' }) === (0,_model_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)({ ...b, id: '' });
}
function ruleDetails(l, p) {
    const d = [];
    if (l.status !== p.status)
        d.push(`Status ${l.status} → ${p.status}`);
    const ls = (0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .describeSelector */ .r5)(l.selector);
    const ps = (0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .describeSelector */ .r5)(p.selector);
    if ((0,_model_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(l.selector) !== (0,_model_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(p.selector))
        d.push(`filter ${ls} → ${ps}`);
    const le = l.expiration;
    const pe = p.expiration;
    const expWhen = (e) => (e && (e.days !== undefined || e.date !== undefined) ? (0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .when */ .z7)(e.days, e.date) : undefined);
    const lw = expWhen(le);
    const pw = expWhen(pe);
    if (lw !== pw) {
        if (lw && pw)
            d.push(le?.days !== undefined && pe?.days !== undefined ? `Expiration ${le.days} → ${pe.days} days` : `Expiration ${lw} → ${pw}`);
        else if (pw)
            d.push(`Expiration added: after ${pw}`);
        else
            d.push(`Expiration removed (was ${lw})`);
    }
    if (!!le?.expiredObjectDeleteMarker !== !!pe?.expiredObjectDeleteMarker) {
        d.push(pe?.expiredObjectDeleteMarker ? 'now removes expired delete markers' : 'no longer removes expired delete markers');
    }
    d.push(...listDiff('Transition', l.transitions, p.transitions, (t) => t.storageClass, (t) => (0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .when */ .z7)(t.days, t.date), _describe_js__WEBPACK_IMPORTED_MODULE_0__/* .describeTransition */ .Bb));
    d.push(...listDiff('NoncurrentVersionTransition', l.noncurrentTransitions, p.noncurrentTransitions, (t) => t.storageClass, (t) => `${(0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .when */ .z7)(t.noncurrentDays, undefined)}${t.newerNoncurrentVersions !== undefined ? ` beyond ${t.newerNoncurrentVersions} newest` : ''}`, _describe_js__WEBPACK_IMPORTED_MODULE_0__/* .describeNoncurrentTransition */ .xH));
    const ln = l.noncurrentExpiration;
    const pn = p.noncurrentExpiration;
    if (!ln && pn)
        d.push(`NoncurrentVersionExpiration added: ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .describeActions */ .xd)({ ...p, expiration: undefined, transitions: [], noncurrentTransitions: [], abortIncompleteMultipartUpload: undefined })}`);
    else if (ln && !pn)
        d.push(`NoncurrentVersionExpiration removed (was after ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .when */ .z7)(ln.noncurrentDays, undefined)})`);
    else if (ln && pn) {
        if (ln.noncurrentDays !== pn.noncurrentDays)
            d.push(`NoncurrentVersionExpiration ${ln.noncurrentDays ?? '?'} → ${pn.noncurrentDays ?? '?'} days`);
        if (ln.newerNoncurrentVersions !== pn.newerNoncurrentVersions) {
            d.push(`newer noncurrent versions kept ${ln.newerNoncurrentVersions ?? 'none'} → ${pn.newerNoncurrentVersions ?? 'none'}`);
        }
    }
    const la = l.abortIncompleteMultipartUpload?.daysAfterInitiation;
    const pa = p.abortIncompleteMultipartUpload?.daysAfterInitiation;
    const hasLa = l.abortIncompleteMultipartUpload !== undefined;
    const hasPa = p.abortIncompleteMultipartUpload !== undefined;
    if (hasLa && hasPa && la !== pa)
        d.push(`AbortIncompleteMultipartUpload ${la ?? '?'} → ${pa ?? '?'} days`);
    else if (!hasLa && hasPa)
        d.push(`AbortIncompleteMultipartUpload added: after ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .when */ .z7)(pa, undefined)}`);
    else if (hasLa && !hasPa)
        d.push(`AbortIncompleteMultipartUpload removed (was ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .when */ .z7)(la, undefined)})`);
    return d;
}
/** Items keyed by storage class: changed timing, added, removed. */
function listDiff(label, before, after, key, timing, describe) {
    const out = [];
    const b = new Map(before.map((t) => [key(t), t]));
    const a = new Map(after.map((t) => [key(t), t]));
    for (const [k, t] of a) {
        const old = b.get(k);
        if (!old)
            out.push(`${label} ${describe(t)} added`);
        else if (timing(old) !== timing(t))
            out.push(`${label} to ${k} ${timing(old)} → ${timing(t)}`);
    }
    for (const [k, t] of b)
        if (!a.has(k))
            out.push(`${label} ${describe(t)} removed`);
    return out;
}


/***/ }),

/***/ 490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FK: () => (/* binding */ buildReport),
  oV: () => (/* binding */ compareDiagnostics),
  zp: () => (/* binding */ resolveFindings)
});

// EXTERNAL MODULE: ./src/lint/docs-url.ts
var docs_url = __webpack_require__(2130);
// EXTERNAL MODULE: ./src/load/json-locate.ts
var json_locate = __webpack_require__(3867);
;// CONCATENATED MODULE: ./src/fix/lines.ts
/** Offsets of a text edit as 1-based lines and columns (the column after the last character: exclusive). */

/** `starts`: the file's line starts (lineStartsOf), worked out once per file, not per fix. */
function locateFix(fix, starts) {
    return {
        ...fix,
        edits: fix.edits.map((e) => {
            const from = (0,json_locate/* lineCol */.xX)(starts, e.start);
            const to = (0,json_locate/* lineCol */.xX)(starts, e.end);
            return { ...e, startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
        }),
    };
}

;// CONCATENATED MODULE: ./src/findings/resolve.ts



const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
function resolveFindings(findings, docs) {
    const lineStarts = new Map();
    const startsOf = (doc) => {
        let starts = lineStarts.get(doc.file);
        if (!starts)
            lineStarts.set(doc.file, (starts = (0,json_locate/* lineStartsOf */.xV)(doc.text)));
        return starts;
    };
    const out = findings.map((f) => {
        const doc = docs.get(f.file);
        const pos = f.position ?? doc?.locate(f.pointer, f.reportOnKey) ?? { line: 1, column: 1 };
        return {
            ruleId: f.ruleId,
            severity: f.severity,
            message: f.message,
            file: f.file,
            line: pos.line,
            column: pos.column,
            endLine: pos.endLine ?? pos.line,
            endColumn: pos.endColumn ?? pos.column,
            pointer: f.pointer,
            docsUrl: (0,docs_url/* docsUrl */.fs)(f.ruleId),
            ...(f.messageId !== undefined ? { messageId: f.messageId } : {}),
            ...(f.data !== undefined ? { data: f.data } : {}),
            ...(f.aws !== undefined ? { aws: f.aws } : {}),
            ...(f.hint !== undefined ? { hint: f.hint } : {}),
            ...(f.fixes?.length && doc ? { fixes: f.fixes.map((x) => locateFix(x, startsOf(doc))) } : {}),
        };
    });
    return out.sort(compareDiagnostics);
}
function compareDiagnostics(a, b) {
    return ((a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        a.ruleId.localeCompare(b.ruleId));
}
function buildReport(files, diagnostics) {
    const count = (s) => diagnostics.filter((d) => d.severity === s).length;
    return {
        version: 1,
        files,
        diagnostics,
        summary: { errors: count('error'), warnings: count('warning'), infos: count('info'), files: files.length },
    };
}


/***/ }),

/***/ 5759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ overlaps),
/* harmony export */   C: () => (/* binding */ applySpans)
/* harmony export */ });
/** The text with non-overlapping spans applied. */
function applySpans(text, spans) {
    let out = '';
    let at = 0;
    for (const s of [...spans].sort((a, b) => a.start - b.start)) {
        out += text.slice(at, s.start) + s.replacement;
        at = s.end;
    }
    return out + text.slice(at);
}
function overlaps(a, b) {
    // Two insertions at one offset overlap too: their order would be a guess.
    return (a.start < b.end && b.start < a.end) || a.start === b.start;
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ describeGitHubError),
/* harmony export */   n: () => (/* binding */ httpStatus)
/* harmony export */ });
/**
 * GitHub API errors in words, without Octokit: the CLI reads files at commits through git and only
 * needs these, so importing them must not load @actions/github (the lint path's cold start).
 */
/** HTTP status of an Octokit RequestError, or undefined for anything else (network, bug). */
function httpStatus(err) {
    if (err.name === 'GitHubTimeout')
        return undefined;
    const s = err.status;
    return typeof s === 'number' ? s : undefined;
}
/** One line for a failed call: "HTTP 403: Resource not accessible by integration". */
function describeGitHubError(err) {
    const status = httpStatus(err);
    const message = (err?.message ?? String(err)).split('\n')[0].replace(/ - https:\/\/docs\.github\.com\S*$/, '');
    return status ? `HTTP ${status}: ${message}` : message;
}


/***/ }),

/***/ 1514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mk: () => (/* binding */ logBlock),
/* harmony export */   rK: () => (/* binding */ forStdout),
/* harmony export */   y8: () => (/* binding */ forStderr)
/* harmony export */ });
/* unused harmony exports underActions, stopToken */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_log_safe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5795);
/**
 * The edge where lifeguard writes to a GitHub Actions runner's log. Output that carries text from
 * files is fenced with `stop-commands` and a fresh random token, so no line of it can act as a
 * workflow command; standard error, which the runner reads on another pipe (no order with the
 * fence), is escaped line by line instead. Outside Actions nothing changes (ADR 0130).
 */


function underActions(env) {
    return env.GITHUB_ACTIONS === 'true';
}
/** 128 random bits, new for every fence. */
function stopToken() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex');
}
/** Text for standard output: fenced under Actions, as it is elsewhere. */
function forStdout(text, env) {
    return underActions(env) && text !== '' ? (0,_text_log_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .fenceCommands */ .Qp)(text, stopToken()) : text;
}
/** Text for standard error: command markers broken under Actions. */
function forStderr(text, env) {
    return underActions(env) ? (0,_text_log_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralizeCommands */ .Kw)(text) : text;
}
/** A block of the action's log that holds file-derived text (reports, plans, per-target lines). */
function logBlock(text) {
    process.stdout.write((0,_text_log_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .fenceCommands */ .Qp)(text, stopToken()));
}


/***/ }),

/***/ 4891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ GitHistoryError),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   aS: () => (/* binding */ commitsTouching),
/* harmony export */   fE: () => (/* binding */ isShallow),
/* harmony export */   oB: () => (/* binding */ gitTopLevel)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/**
 * What git says about the branch a target's rules come from: the commits (first parent only: the
 * states the branch itself held, not the inside of merged branches) that changed some files, newest
 * first, and whether the checkout is shallow (then an older state may simply not be there).
 */


const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
class GitHistoryError extends Error {
    name = 'GitHistoryError';
}
/** The commit `ref` names, or undefined when `root` is no git checkout or has no such commit. */
async function resolveCommit(root, ref) {
    const out = await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).catch(() => undefined);
    return out?.trim() || undefined;
}
/** The top folder of the git checkout holding `dir`, or undefined outside one. */
async function gitTopLevel(dir) {
    const out = await git(dir, ['rev-parse', '--show-toplevel']).catch(() => undefined);
    return out?.trim() || undefined;
}
async function isShallow(root) {
    const out = await git(root, ['rev-parse', '--is-shallow-repository']).catch(() => 'false');
    return out.trim() === 'true';
}
/**
 * Commits reachable from `head` along first parents that changed any of `paths` (relative to
 * `root`), newest first, at most `limit`.
 */
async function commitsTouching(root, head, paths, limit) {
    if (!paths.length || limit <= 0)
        return [];
    try {
        return parseLog(await git(root, ['log', '--first-parent', `-n${limit}`, `--format=${FORMAT}`, head, '--', ...paths]));
    }
    catch (err) {
        const e = err;
        throw new GitHistoryError(`git cannot list the history of ${head.slice(0, 12)} (${(e.stderr || e.message || String(err)).trim().split('\n')[0]})`);
    }
}
// Fields separated by US, records by RS: neither appears in a commit subject.
const FORMAT = '%H%x1f%cI%x1f%s%x1e';
function parseLog(text) {
    return text
        .split('\x1e')
        .map((r) => r.trim())
        .filter(Boolean)
        .map((r) => {
        const [sha, date, subject] = r.split('\x1f');
        return { sha: sha, date: date ?? '', subject: subject ?? '' };
    });
}
async function git(root, args) {
    const { stdout } = await run('git', ['-C', root, ...args], { maxBuffer: 16 * 1024 * 1024 });
    return stdout;
}


/***/ }),

/***/ 7608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jw: () => (/* binding */ DEFAULT_HISTORY_DEPTH),
  BZ: () => (/* binding */ History),
  xK: () => (/* reexport */ sync_state/* commitWords */.x),
  Xu: () => (/* reexport */ sync_state/* describeSync */.X)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/diff/diff.ts
var diff = __webpack_require__(2592);
// EXTERNAL MODULE: ./src/load/source-files.ts
var source_files = __webpack_require__(9745);
// EXTERNAL MODULE: ./src/quarantine/rules.ts
var rules = __webpack_require__(1955);
// EXTERNAL MODULE: ./src/history/git-log.ts
var git_log = __webpack_require__(4891);
// EXTERNAL MODULE: ./src/model/sync-state.ts
var sync_state = __webpack_require__(1630);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/config/config.ts + 2 modules
var config = __webpack_require__(2332);
// EXTERNAL MODULE: ./src/load/document.ts + 2 modules
var load_document = __webpack_require__(4651);
// EXTERNAL MODULE: ./src/plan/source.ts + 2 modules
var plan_source = __webpack_require__(3253);
// EXTERNAL MODULE: ./src/trust/file-at.ts
var file_at = __webpack_require__(5758);
// EXTERNAL MODULE: ./src/workspace/workspace.ts
var workspace = __webpack_require__(8568);
;// CONCATENATED MODULE: ./src/history/versions.ts
/**
 * A target's rules as they were at a commit: that commit's .lifeguard.yml (the target found by name,
 * else by bucket), its lifecycle file, policy, Terraform module or CloudFormation template, read as
 * data through git (trust/file-at.ts), copied into a scratch folder and read by the same source
 * reader plan uses, so a policy compiles exactly as it did then. A target or source file the
 * commit lacks means "no rules" (as the drift guard has always read a missing base file).
 * Quarantine rules are not part of a version: they come from the quarantine file, and drift checks
 * leave them out on both sides.
 */









class VersionReader {
    root;
    configPath;
    configs = new Map();
    scratches = [];
    constructor(root, 
    /** Repository-relative path of .lifeguard.yml. */
    configPath) {
        this.root = root;
        this.configPath = configPath;
    }
    async versionAt(commit, target) {
        const loaded = await this.configAt(commit);
        if (loaded === 'unreadable')
            return 'unreadable';
        if (loaded === 'absent' || !loaded.config)
            return null;
        const { config, scratch } = loaded;
        const then = config.targets.find((t) => t.name === target.name) ??
            config.targets.find((t) => t.bucket === target.bucket && t.endpoint === target.endpoint);
        if (!then)
            return null;
        const files = [then.source.lifecycle, then.source.policy]
            .filter((p) => !!p)
            .map((p) => (0,external_node_path_.relative)(scratch, (0,external_node_path_.resolve)(config.dir, p)).split(external_node_path_.sep).join('/'));
        if (files.some((f) => f.startsWith('..') || f.startsWith('/')))
            return 'unreadable';
        const iac = then.source.terraform ?? then.source.cloudformation;
        if (iac !== undefined) {
            const path = (0,external_node_path_.relative)(scratch, (0,external_node_path_.resolve)(config.dir, iac)).split(external_node_path_.sep).join('/');
            if (path.startsWith('..') || path.startsWith('/'))
                return 'unreadable';
            // A template or plan alone; a .tf file with the rest of its module; a module folder's own files.
            const found = await (0,source_files/* iacSourceFiles */.Il)(path, then.source.terraform !== undefined ? 'terraform' : 'cloudformation', (p) => (0,file_at/* listFolderAt */.K)({ root: this.root }, commit, p));
            if (found.kind === 'absent')
                return null; // the commit lacks the file or module: no rules then
            if (found.kind === 'failed')
                return 'unreadable';
            files.push(...found.files);
        }
        for (const file of files) {
            const read = await (0,file_at/* readFileAt */._T)({ root: this.root }, commit, file);
            if (read.kind === 'failed')
                return 'unreadable';
            // The lifecycle file is what is applied; without it (or, for a policy alone, without the policy) there were no rules.
            if (read.kind === 'absent') {
                if (file === files[0])
                    return null;
                continue;
            }
            const path = (0,external_node_path_.join)(scratch, ...file.split('/'));
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
            await (0,promises_.writeFile)(path, read.text);
        }
        const source = await (0,plan_source/* sourceConfiguration */.uF)(then, config).catch(() => undefined);
        return source?.ok ? source.proposed.configuration : 'unreadable';
    }
    /** Removes the scratch folders. */
    async close() {
        await Promise.all(this.scratches.map((d) => (0,promises_.rm)(d, { recursive: true, force: true })));
        this.scratches.length = 0;
    }
    configAt(commit) {
        let entry = this.configs.get(commit);
        if (!entry) {
            entry = this.readConfig(commit);
            this.configs.set(commit, entry);
        }
        return entry;
    }
    async readConfig(commit) {
        const read = await (0,file_at/* readFileAt */._T)({ root: this.root }, commit, this.configPath);
        if (read.kind === 'absent')
            return 'absent';
        if (read.kind === 'failed')
            return 'unreadable';
        const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `lifeguard-history-${commit.slice(0, 7)}-`));
        this.scratches.push(scratch);
        const parsed = (0,load_document/* parseText */.r4)(this.configPath, read.text);
        if (!parsed.ok)
            return 'unreadable';
        const dir = (0,external_node_path_.join)(scratch, ...external_node_path_.posix.dirname(this.configPath).split('/'));
        const loaded = (0,config/* parseConfig */.o4)(parsed.doc, dir);
        // The scratch folder stands for the repository: paths resolve and stay inside it as in a checkout.
        return loaded.ok ? { config: { ...loaded.config, workspace: new workspace/* Workspace */.a(dir, scratch) }, scratch } : 'unreadable';
    }
}

;// CONCATENATED MODULE: ./src/history/sync.ts
/**
 * Where a bucket stands against the default branch: in sync (its rules are the target's rules at the
 * commit being applied), lagging (they are the rules of an earlier commit of the branch: an apply
 * was skipped, cancelled or failed, and applying moves it forward), drifted (they match no version
 * of the target's rules in the branch's history: something changed the bucket outside git), or
 * unknown (the history could not be searched: no git checkout, a shallow one; or not one version
 * in it could be read). The search is bounded: the `depth` newest commits of the branch (first
 * parent) that changed the target's files or .lifeguard.yml (docs/plan-apply.md, ADR 0140).
 */







/** Commits per target searched when nothing else is asked for. */
const DEFAULT_HISTORY_DEPTH = 50;
/** One search per run: the checkout's facts are read once, versions cached per commit. */
class History {
    search;
    config;
    head;
    shallow;
    reader;
    problem;
    constructor(search, config, head, shallow, reader, problem) {
        this.search = search;
        this.config = config;
        this.head = head;
        this.shallow = shallow;
        this.reader = reader;
        this.problem = problem;
    }
    static async open(search, config) {
        const head = await (0,git_log/* resolveCommit */.WL)(search.root, search.head);
        if (!head) {
            return new History(search, config, undefined, false, undefined, `${search.root} holds no git history of ${search.head} (not a git checkout, or the commit is not in it), so a bucket behind the branch cannot be told from one changed outside git`);
        }
        const configPath = config.file ? repoRelative(search.root, (0,external_node_path_.resolve)(config.dir, baseName(config.file))) : '.lifeguard.yml';
        return new History(search, config, head, await (0,git_log/* isShallow */.fE)(search.root), new VersionReader(search.root, configPath));
    }
    /** `desired`: the target's rules at the head (the proposed configuration); `live`: the bucket's (undefined: none). */
    async syncOf(target, desired, live) {
        const equal = (a, b) => (0,diff/* configurationsEqual */.Ak)((0,rules/* withoutQuarantineRules */.iT)(a ?? undefined), (0,rules/* withoutQuarantineRules */.iT)(b ?? undefined));
        if (equal(desired, live))
            return { state: 'in-sync' };
        if (!this.head || !this.reader)
            return { state: 'unknown', reason: this.problem ?? 'no git history' };
        let commits;
        try {
            commits = await (0,git_log/* commitsTouching */.aS)(this.search.root, this.head, this.pathsOf(target), this.search.depth);
        }
        catch (err) {
            if (err instanceof git_log/* GitHistoryError */.Fg)
                return { state: 'unknown', reason: err.message };
            throw err;
        }
        let desiredSince;
        let leading = true;
        let unreadable = 0;
        for (const commit of commits) {
            const version = await this.reader.versionAt(commit.sha, target);
            if (version === 'unreadable') {
                unreadable++;
                continue;
            }
            if (leading && equal(version, desired)) {
                desiredSince = commit;
                continue;
            }
            leading = false;
            if (equal(version, live))
                return { state: 'lagging', since: commit, ...(desiredSince ? { desiredSince } : {}), searched: commits.indexOf(commit) + 1 };
        }
        // Drift is a claim that no version matches: with not one version read, nothing was compared.
        if (commits.length && unreadable === commits.length) {
            return {
                state: 'unknown',
                reason: `none of the ${commits.length} versions of target ${target.name}'s rules in the history could be read (files that do not parse, or values known only at plan time), so the live rules were compared with none`,
            };
        }
        if (this.shallow) {
            return {
                state: 'unknown',
                reason: `the live rules match none of the ${commits.length} versions this shallow checkout holds, and older ones are not in it: check out the whole history (actions/checkout with fetch-depth: 0) so that lifeguard can tell a bucket behind the branch from one changed outside git`,
            };
        }
        return {
            state: 'drifted',
            searched: commits.length,
            complete: commits.length < this.search.depth,
            ...(desiredSince ? { desiredSince } : {}),
        };
    }
    async close() {
        await this.reader?.close();
    }
    /**
     * .lifeguard.yml and the target's sources as the head names them, relative to the checkout; for a
     * Terraform .tf or .tf.json file, its module's folder (the other files give it its variables and locals).
     */
    pathsOf(target) {
        const tf = target.source.terraform;
        const files = [
            this.config.file ? (0,external_node_path_.resolve)(this.config.dir, baseName(this.config.file)) : undefined,
            target.source.lifecycle,
            target.source.policy,
            tf !== undefined && (0,source_files/* isTerraformFile */.L5)(tf) ? (0,external_node_path_.dirname)(tf) : tf,
            target.source.cloudformation,
        ]
            .filter((p) => !!p)
            .map((p) => repoRelative(this.search.root, (0,external_node_path_.resolve)(this.config.dir, p)) || '.');
        return [...new Set(files)].filter((p) => !p.startsWith('..'));
    }
}
function repoRelative(root, path) {
    return (0,external_node_path_.relative)(root, path).split(external_node_path_.sep).join('/');
}
function baseName(file) {
    return file.split(/[\\/]/).pop();
}


/***/ }),

/***/ 2130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fs: () => (/* binding */ docsUrl),
/* harmony export */   ld: () => (/* binding */ REPOSITORY_URL)
/* harmony export */ });
/* unused harmony export DOCS_BASE_URL */
/** Where each rule's page lives; findings, SARIF and annotations link there. */
const REPOSITORY_URL = 'https://github.com/lifeguard-dev/lifeguard';
const DOCS_BASE_URL = `${REPOSITORY_URL}/blob/main/docs/rules/`;
function docsUrl(ruleId) {
    return `${DOCS_BASE_URL}${ruleId}.md`;
}


/***/ }),

/***/ 5193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O8: () => (/* binding */ lintLifecycle),
  du: () => (/* binding */ lintLifecycleDocument)
});

// UNUSED EXPORTS: MAX_FIXES_PER_FILE

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./src/load/pointer.ts
var load_pointer = __webpack_require__(6925);
;// CONCATENATED MODULE: ./src/fix/json-edit.ts
/**
 * One change to a JSON file as a text edit. jsonc-parser's syntax tree says where each node sits;
 * the edit is written here rather than by its `modify`, whose formatter re-formats every line the
 * edit touches (a one-line rule `{ "ID": "a", … }` came back spread over eight lines). New text
 * takes the indentation and line ends of its neighbours, and short objects stay on one line, as
 * people write them (ADR 0180).
 */


/** Longest object or array written on one line. */
const MAX_INLINE = 72;
/** `root`: the text's syntax tree (jsonc-parser's parseTree). */
function jsonChange(text, root, change) {
    const path = toPath(root, change.pointer);
    if (!path)
        return undefined;
    const style = styleOf(text);
    const node = (0,main.findNodeAtLocation)(root, path);
    switch (change.op) {
        case 'set': {
            if (node)
                return {
                    start: node.offset,
                    end: node.offset + node.length,
                    replacement: render(change.value, lineIndent(text, node.offset), style, false),
                };
            const parent = (0,main.findNodeAtLocation)(root, path.slice(0, -1));
            return parent?.type === 'object' ? addMember(text, parent, String(path.at(-1)), change.value, style) : undefined;
        }
        case 'rename': {
            const member = node?.parent;
            if (member?.type !== 'property')
                return undefined;
            return {
                start: member.offset,
                end: member.offset + member.length,
                replacement: `${JSON.stringify(change.key)}: ${render(change.value, lineIndent(text, member.offset), style, false)}`,
            };
        }
        case 'remove':
            return node?.parent?.type === 'property' ? removeMember(text, node.parent) : undefined;
        case 'append':
            return node?.type === 'array' ? appendElement(text, node, change.value, style) : undefined;
    }
}
function styleOf(text) {
    return { unit: /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ', eol: text.includes('\r\n') ? '\r\n' : '\n' };
}
function toPath(root, pointer) {
    const path = [];
    let node = root;
    for (const s of (0,load_pointer/* splitPointer */.GS)(pointer)) {
        const step = node?.type === 'array' ? Number(s) : s;
        path.push(step);
        node = node ? (0,main.findNodeAtLocation)(node, [step]) : undefined;
    }
    return path;
}
function addMember(text, object, key, value, style) {
    const members = object.children ?? [];
    const last = members.at(-1);
    const open = object.offset;
    const member = (indent) => `${JSON.stringify(key)}: ${render(value, indent, style, false)}`;
    if (!last)
        return { start: open, end: object.offset + object.length, replacement: `{ ${member('')} }` };
    const end = last.offset + last.length;
    // A member on a line of its own gets a new line at the same indentation; an object on one line stays on one.
    if (ownLine(text, last.offset)) {
        const indent = lineIndent(text, last.offset);
        return { start: end, end, replacement: `,${style.eol}${indent}${member(indent)}` };
    }
    return { start: end, end, replacement: `, ${member('')}` };
}
function appendElement(text, array, value, style) {
    const last = array.children?.at(-1);
    if (!last)
        return undefined;
    const end = last.offset + last.length;
    if (ownLine(text, last.offset)) {
        const indent = lineIndent(text, last.offset);
        return { start: end, end, replacement: `,${style.eol}${indent}${render(value, indent, style, true)}` };
    }
    return { start: end, end, replacement: `, ${render(value, '', style, false)}` };
}
/** The member and the separator before it (or after it, for the first). */
function removeMember(text, member) {
    const siblings = member.parent.children;
    const i = siblings.indexOf(member);
    let start = member.offset;
    let end = member.offset + member.length;
    if (i > 0) {
        const prev = siblings[i - 1];
        start = prev.offset + prev.length;
    }
    else if (siblings.length > 1) {
        // Up to the next member: it takes the place (line break and indentation) this one had.
        end = siblings[1].offset;
    }
    return { start, end, replacement: '' };
}
function ownLine(text, offset) {
    return text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset).trim() === '';
}
function lineIndent(text, offset) {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(start, offset))[0];
}
/** JSON text for a value: on one line when short, else one member per line below `indent`. */
function render(value, indent, style, expand) {
    const inline = oneLine(value);
    const container = typeof value === 'object' && value !== null && Object.keys(value).length > 0;
    if (!container || (!expand && inline.length <= MAX_INLINE))
        return inline;
    const inner = indent + style.unit;
    const items = Array.isArray(value)
        ? value.map((v) => inner + render(v, inner, style, false))
        : Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${render(v, inner, style, false)}`);
    const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
    return `${open}${style.eol}${items.join(`,${style.eol}`)}${style.eol}${indent}${close}`;
}
function oneLine(value) {
    if (Array.isArray(value))
        return value.length ? `[${value.map(oneLine).join(', ')}]` : '[]';
    if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value);
        return entries.length ? `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`).join(', ')} }` : '{}';
    }
    return JSON.stringify(value);
}

// EXTERNAL MODULE: ./src/fix/span.ts
var fix_span = __webpack_require__(5759);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/fix/yaml-edit.ts
/**
 * One change to a YAML file as a text edit. The yaml library's document model says where each
 * node sits; new nodes are written by the same library, in block style at the indentation of
 * their neighbours. Only whole members and elements of block collections are added, moved or
 * removed, so comments and formatting elsewhere stay as they are; anything else gets no edit.
 */


function yamlDocument(text) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    return doc.errors.length ? undefined : doc;
}
function yamlChange(text, doc, change) {
    const segments = (0,load_pointer/* splitPointer */.GS)(change.pointer);
    const parent = nodeAt(doc, segments.slice(0, -1));
    const last = segments.at(-1);
    if (change.op === 'append') {
        const seq = nodeAt(doc, segments);
        return (0,dist/* isSeq */.oP)(seq) && seq.items.length ? appendItem(text, seq, change.value) : undefined;
    }
    if (!(0,dist/* isMap */.jh)(parent) || last === undefined || parent.items.length === 0)
        return undefined;
    const pair = parent.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === last);
    // A scalar is replaced in place, in a flow map too; members are added and removed in block maps only.
    if (change.op === 'set' && pair && (0,dist/* isScalar */.jn)(pair.value) && !isObject(change.value)) {
        return { start: pair.value.range[0], end: pair.value.range[1], replacement: scalar(change.value, pair.value.type) };
    }
    if (parent.flow)
        return undefined;
    const indent = column(text, parent.items[0].key.range[0]);
    if (change.op === 'set') {
        if (!pair) {
            const at = pairEnd(text, parent.items.at(-1));
            return { start: at, end: at, replacement: lineBreakBefore(text, at) + member(last, change.value, indent, true) };
        }
        return { start: pair.key.range[0], end: pairEnd(text, pair), replacement: member(last, change.value, indent, false) };
    }
    if (!pair)
        return undefined;
    if (change.op === 'rename')
        return { start: pair.key.range[0], end: pairEnd(text, pair), replacement: member(change.key, change.value, indent, false) };
    // remove: only a member on lines of its own (the first member of a list item carries the "- ").
    const start = text.lastIndexOf('\n', pair.key.range[0] - 1) + 1;
    if (text.slice(start, pair.key.range[0]).trim() !== '')
        return undefined;
    return { start, end: pairEnd(text, pair), replacement: '' };
}
function nodeAt(doc, segments) {
    let node = doc.contents;
    for (const s of segments) {
        if ((0,dist/* isMap */.jh)(node))
            node = node.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === s)?.value;
        else if ((0,dist/* isSeq */.oP)(node))
            node = node.items[Number(s)];
        else
            return undefined;
    }
    return node;
}
/** The offset just past a member's last line (its line end included). */
function pairEnd(text, pair) {
    return nodeEnd(text, pair.value ?? pair.key);
}
/** A file without a final line end gets one before what is added after its last line. */
function lineBreakBefore(text, at) {
    return at > 0 && text[at - 1] !== '\n' ? '\n' : '';
}
function appendItem(text, seq, value) {
    if (seq.flow)
        return undefined;
    const first = seq.items[0];
    const dash = text.lastIndexOf('-', first.range[0]);
    const indent = column(text, dash);
    const end = nodeEnd(text, seq.items.at(-1));
    const lines = (0,dist/* stringify */.As)([value], { lineWidth: 0 }).trimEnd().split('\n');
    const body = lines.map((l) => ' '.repeat(indent) + l).join('\n') + '\n';
    return { start: end, end, replacement: lineBreakBefore(text, end) + body };
}
function nodeEnd(text, node) {
    const end = node.range[1];
    if (end > 0 && text[end - 1] === '\n')
        return end;
    const nl = text.indexOf('\n', end);
    return nl < 0 ? text.length : nl + 1;
}
/** `key: value` in block style; continuation lines at `indent`, the first too when `own` (a line of its own). */
function member(key, value, indent, own) {
    const lines = (0,dist/* stringify */.As)({ [key]: value }, { lineWidth: 0 })
        .trimEnd()
        .split('\n');
    const pad = ' '.repeat(indent);
    return lines.map((l, i) => (i === 0 && !own ? l : pad + l)).join('\n') + '\n';
}
/** A scalar as YAML, in the quotes the value it replaces was written with. */
function scalar(value, type) {
    const quoted = type === 'QUOTE_SINGLE' || type === 'QUOTE_DOUBLE' ? { defaultStringType: type } : {};
    return (0,dist/* stringify */.As)(value, { lineWidth: 0, ...quoted }).trimEnd();
}
function isObject(v) {
    return typeof v === 'object' && v !== null;
}
function column(text, offset) {
    return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

;// CONCATENATED MODULE: ./src/fix/materialize.ts
/**
 * Plans to fixes: each change of a plan becomes one text edit on the file the finding is in.
 * A plan any of whose changes cannot be made as an edit (a flow-style YAML map, a member that
 * shares its line) is dropped: a partial fix would be a different fix.
 */




/** A fixer for one document; the YAML document model is built on the first plan, once. */
function fixerFor(doc) {
    // Every change is an edit of the original text: one syntax tree (or the loader's YAML model) serves them all.
    let yaml = doc.yaml ?? null;
    let json = null;
    return (plan) => {
        if (doc.format === 'hcl')
            return undefined;
        const spans = [];
        for (const change of plan.changes) {
            let span;
            if (doc.format === 'json') {
                if (json === null)
                    json = (0,main.parseTree)(doc.text);
                span = json ? jsonChange(doc.text, json, change) : undefined;
            }
            else {
                if (yaml === null)
                    yaml = yamlDocument(doc.text);
                span = yaml ? yamlChange(doc.text, yaml, change) : undefined;
            }
            if (!span || spans.some((s) => (0,fix_span/* overlaps */.$)(s, span)))
                return undefined;
            spans.push(span);
        }
        if (spans.length === 0)
            return undefined;
        spans.sort((a, b) => a.start - b.start);
        return { kind: plan.kind, description: plan.description, edits: spans.map((s) => ({ file: doc.file, ...s })) };
    };
}

// EXTERNAL MODULE: ./src/lint/severity.ts
var lint_severity = __webpack_require__(8082);
// EXTERNAL MODULE: ./src/model/extract.ts
var extract = __webpack_require__(7640);
// EXTERNAL MODULE: ./src/model/s3-limits.ts
var s3_limits = __webpack_require__(328);
// EXTERNAL MODULE: ./src/model/values.ts
var values = __webpack_require__(3855);
;// CONCATENATED MODULE: ./src/lint/bounds.ts
/**
 * What the lint rules see of a file that is far outside S3's limits: the first rules S3 could take
 * and, inside them, the first members of each list and mapping. A file with 2 million rules is
 * rejected for its count (rules-limit) whatever they hold; checking each one would cost time and
 * memory in proportion (ajv alone keeps an error object per bad element) and print millions of
 * findings no one reads. Linear in what is kept, not in the file. Pure (ADR 0133).
 */


/** Rules checked one by one: S3 takes no more in one configuration. */
const MAX_CHECKED_RULES = s3_limits/* MAX_LIFECYCLE_RULES */._B;
/** Members of a list or mapping inside a rule that are checked (S3's own limits are far lower). */
const MAX_CHECKED_MEMBERS = 100;
/** The file's data cut to the bounds: Rules to the first rules, every other list and mapping to its first members. */
function boundedDocument(data) {
    if (!(0,values/* isObj */.sA)(data))
        return data;
    const keys = Object.keys(data);
    let changed = keys.length > MAX_CHECKED_MEMBERS + 1;
    const out = {};
    // Rules and the request's LifecycleConfiguration are always kept, whatever their place.
    const kept = keys.filter((k, i) => i < MAX_CHECKED_MEMBERS || k === 'Rules' || k === 'LifecycleConfiguration');
    for (const k of kept) {
        const v = data[k];
        const b = k === 'Rules' && Array.isArray(v) ? boundedRules(v) : k === 'LifecycleConfiguration' ? boundedDocument(v) : bounded(v, 0);
        if (b !== v)
            changed = true;
        out[k] = b;
    }
    return changed ? out : data;
}
function boundedRules(rules) {
    let changed = rules.length > MAX_CHECKED_RULES;
    const kept = rules.slice(0, MAX_CHECKED_RULES).map((r) => {
        const b = bounded(r, 0);
        if (b !== r)
            changed = true;
        return b;
    });
    return changed ? kept : rules;
}
function bounded(value, depth) {
    // Nesting is capped by the loader (64); a rule's own is a few levels.
    if (Array.isArray(value)) {
        let changed = value.length > MAX_CHECKED_MEMBERS;
        const out = value.slice(0, MAX_CHECKED_MEMBERS).map((v) => {
            const b = bounded(v, depth + 1);
            if (b !== v)
                changed = true;
            return b;
        });
        return changed ? out : value;
    }
    if ((0,values/* isObj */.sA)(value)) {
        const keys = Object.keys(value);
        let changed = keys.length > MAX_CHECKED_MEMBERS;
        const out = {};
        for (const k of keys.slice(0, MAX_CHECKED_MEMBERS)) {
            const b = bounded(value[k], depth + 1);
            if (b !== value[k])
                changed = true;
            out[k] = b;
        }
        return changed ? out : value;
    }
    return value;
}

// EXTERNAL MODULE: ./src/lint/registry.ts + 59 modules
var registry = __webpack_require__(4413);
// EXTERNAL MODULE: ./src/lint/report-message.ts
var report_message = __webpack_require__(7817);
// EXTERNAL MODULE: ./src/lint/view.ts
var view = __webpack_require__(612);
;// CONCATENATED MODULE: ./src/lint/engine.ts
/**
 * Runs every registered lifecycle rule over one document and applies the configured severities.
 * Pure: a document in, findings out.
 */







/**
 * Fixes made per file and run: each costs a pass over the text, and `--fix` runs again for the
 * rest, so a file with thousands of fixable findings stays linear per pass.
 */
const MAX_FIXES_PER_FILE = 100;
function lintLifecycle(file, fileData, options = {}) {
    // A file far beyond S3's limits is checked up to them (bounds.ts); rules-limit reports the count.
    const data = boundedDocument(fileData);
    const ruleCount = countRules(fileData);
    const located = (0,extract/* locateConfiguration */.L)(data);
    const findings = [];
    const rules = options.rules ?? Object.values(registry/* LIFECYCLE_RULES */.j);
    // One set of views for every rule: they are read-only.
    const views = (0,view/* ruleViews */.W)(located.config, located.base);
    const now = options.now ?? new Date();
    let fixesLeft = MAX_FIXES_PER_FILE;
    for (const rule of rules) {
        const setting = options.severities?.[rule.meta.id];
        if (setting === 'off')
            continue;
        const ctx = {
            file,
            targets: options.targets ?? [],
            base: located.base,
            document: data,
            config: located.config,
            rules: views,
            bucket: located.bucket,
            transitionDefaultMinimumObjectSize: located.transitionDefaultMinimumObjectSize,
            ...(ruleCount !== undefined ? { ruleCount } : {}),
            ...(options.literal ? { literal: options.literal } : {}),
            now,
            report: (r) => {
                const severity = (0,lint_severity/* severityFor */.v)(rule.meta, r.severity ?? rule.meta.defaultSeverity, setting);
                if (!severity)
                    return;
                const finding = (0,report_message/* findingOf */.hD)(rule.meta, r, file, severity);
                if (r.fixes?.length && options.fixer && fixesLeft > 0) {
                    const fixes = r.fixes.map(options.fixer).filter((f) => f !== undefined);
                    fixesLeft -= fixes.length;
                    if (fixes.length)
                        finding.fixes = fixes;
                }
                findings.push(finding);
            },
        };
        rule.check(ctx);
    }
    return findings;
}
function lintLifecycleDocument(doc, options = {}) {
    return lintLifecycle(doc.file, doc.data, {
        ...options,
        ...(doc.literal ? { literal: doc.literal } : {}),
        ...(options.fixes || options.fixer ? { fixer: options.fixer ?? fixerFor(doc) } : {}),
    });
}
/** Rules in the file before bounding, for the rule that judges the count. */
function countRules(data) {
    const rules = (0,extract/* locateConfiguration */.L)(data).config.Rules;
    return Array.isArray(rules) ? rules.length : undefined;
}


/***/ }),

/***/ 5325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hF: () => (/* binding */ evidenceFor)
/* harmony export */ });
/* unused harmony exports MODEL_READ, EVIDENCE */
/** The day the installed SDK's model text was read for this list (@aws-sdk/client-s3 3.1169.0). */
const MODEL_READ = '2026-12-03';
/** awsdocs/amazon-s3-userguide at 1b918e0, the User Guide's last public sources (2023-06-09). */
const UG_2023 = 'https://github.com/awsdocs/amazon-s3-userguide/blob/1b918e0/doc_source/';
const UG_2023_DATE = '2023-06-09';
/**
 * The User Guide page "Transitioning objects using Amazon S3 Lifecycle", as a copy made between
 * September 2024 (it describes that month's 128 KB default) and July 2026 (it still states the 30-day
 * minimum AWS removed then) shows it: dated by the earlier month, the only one known.
 */
const UG_TRANSITIONS = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html';
const UG_TRANSITIONS_DATE = '2024-09';
const model = (source, quote, extra = {}) => ({
    kind: 'model',
    source,
    quote,
    confirmed: MODEL_READ,
    ...extra,
});
const docs = (source, quote, confirmed, about) => ({
    kind: 'docs',
    source,
    quote,
    confirmed,
    about,
});
const answer = (source, quote, confirmed, about) => ({
    kind: 'aws-answer',
    source,
    quote,
    confirmed,
    about,
});
const emulator = (source, quote, about) => ({ kind: 'emulator', source, quote, about });
const DIRECTORY_BUCKETS = 'This parameter applies to general purpose buckets only. It is not supported for directory bucket lifecycle configurations.';
const MIDNIGHT = 'The time is always midnight UTC.';
const POSITIVE = 'The value must be a non-zero positive integer.';
const OPENIO = 'open-io/swift swift/common/middleware/s3api/controllers/lifecycle.py';
/** The July 2026 change, as AWS released it: the reason 3b.3 is retired, and a doubt on 3b.6, 3d.3, 3d.4. */
const IA_CHANGE = [
    docs('https://github.com/boto/botocore/blob/develop/CHANGELOG.rst (1.43.50)', 'api-change:``s3``: Documentation update for removing the 30 day minimum restriction for transition to Standard-IA or OneZone-IA storage classes', '2026-07-16', 'AWS removed the 30-day minimum for entering the IA classes'),
    docs('https://github.com/boto/botocore/commit/e179889d6e2bc604b77b9785735d336612e7108a', 'If the specified storage class is STANDARD_IA or ONEZONE_IA, valid values are positive integers greater than 30.', '2026-07-16', 'removed from Transition.Days that day; the S3 model had carried it since 2025-02-06'),
];
/** The same change, where it weighs against a rule that rested on the same 30 days. */
const IA_CHANGE_AGAINST = IA_CHANGE.map((e) => ({ ...e, stance: 'against' }));
const IA_GAP_DOCS = [
    docs(`${UG_2023}lifecycle-transition-general-considerations.md`, "you can't specify a single Lifecycle rule for both an S3 Intelligent-Tiering, S3 Standard-IA, or S3 One Zone-IA transition and a S3 Glacier or S3 Glacier Deep Archive transition when the S3 Glacier or S3 Glacier Deep Archive transition occurs less than 30 days after the S3 Intelligent-Tiering, S3 Standard-IA, or S3 One Zone-IA transition.", UG_2023_DATE, 'the 30 days after STANDARD_IA or ONEZONE_IA'),
];
const GAP_DOCS = [
    docs(UG_TRANSITIONS, "You can't create a single Lifecycle rule that transitions objects from one storage class to another before the minimum storage duration period has passed.", UG_TRANSITIONS_DATE, 'the gap is the minimum storage duration of the class objects leave; a copy of the page from before the July 2026 change'),
    docs(UG_TRANSITIONS, "You can't specify a lifecycle rule that transitions objects to S3 Glacier Instant Retrieval after 4 days, and then transitions objects to S3 Glacier Deep Archive after 20 days. In this case the S3 Glacier Deep Archive transition must occur after at least 94 days.", UG_TRANSITIONS_DATE, 'the 90 days after GLACIER_IR'),
];
const NONCURRENT_IA_DOCS = [
    docs(UG_TRANSITIONS, 'Similarly, if you are transitioning noncurrent objects (in versioned buckets), you can transition only objects that are at least 30 days noncurrent to S3 Standard-IA or S3 One Zone-IA storage.', UG_TRANSITIONS_DATE, 'stated beside the 30-day minimum for current versions that AWS removed on 2026-07-16'),
    model('NoncurrentVersionTransition.NoncurrentDays', 'Specifies the number of days an object is noncurrent before Amazon S3 can perform the associated action. For information about the noncurrent days calculations, see How Amazon S3 Calculates How Long an Object Has Been Noncurrent in the Amazon S3 User Guide.', {
        match: 'whole',
        stance: 'against',
        about: 'the model states no minimum for noncurrent transitions, nor did it before the change; a sentence AWS adds trips the wire',
    }),
];
const EVIDENCE = {
    '1.1': [model('BucketLifecycleConfiguration.Rules', 'Rules is required.', { match: 'required' })],
    '1.2': [
        model('operation PutBucketLifecycleConfiguration', 'An Amazon S3 Lifecycle configuration can have up to 1,000 rules. This limit is not adjustable.'),
    ],
    '1.3': [
        model('enum ExpirationStatus', 'Disabled | Enabled', { match: 'whole' }),
        model('LifecycleRule.Status', 'Status is required.', { match: 'required' }),
    ],
    '1.5': [model('LifecycleRule.ID', 'The value cannot be longer than 255 characters.')],
    '1.4': [
        docs('https://docs.aws.amazon.com/AmazonS3/latest/API/API_LifecycleRule.html', 'ID: Unique identifier for the rule. The value cannot be longer than 255 characters. Required: No', undefined, 'AWS accepts a rule without an ID'),
        answer('minio/minio#10084', 'AWS does not require ID field.. but it generates a random one when it is not set.', undefined, 'a MinIO maintainer, on what AWS does'),
    ],
    '1.6': [
        model('LifecycleRule.ID', 'Unique identifier for the rule.'),
        emulator(OPENIO, 'Rule ID must be unique. Found same ID for more than one rule'),
    ],
    '1.7': [
        model('LifecycleRule.Filter', 'Filter is required if the LifecycleRule does not contain a Prefix element.'),
        answer('boto/boto3#2660', 'An error occurred (MalformedXML) when calling the PutBucketLifecycleConfiguration operation: The XML you provided was not well-formed or did not validate against our published schema', '2020-11-13', 'a rule with neither Filter nor Prefix'),
    ],
    '1.8': [emulator(OPENIO, 'MalformedXML', 'Filter and Prefix in one rule')],
    '1.9': [
        answer('crossplane-contrib/provider-aws#1337', 'api error InvalidRequest: At least one action needs to be specified in a rule', '2022-06-02'),
    ],
    '1.10': [
        model('enum TransitionStorageClass', 'DEEP_ARCHIVE | GLACIER | GLACIER_IR | INTELLIGENT_TIERING | ONEZONE_IA | STANDARD_IA', {
            match: 'whole',
        }),
    ],
    // 1.10, two of its kinds: integers written as whole numbers (integer-values) and text XML 1.0 can carry (xml-characters).
    '1.10-integers': [
        model('LifecycleExpiration.Days', POSITIVE),
        answer('boto/boto3#2660', 'An error occurred (MalformedXML) when calling the PutBucketLifecycleConfiguration operation: The XML you provided was not well-formed or did not validate against our published schema', '2020-11-13', 'the answer to a request that does not follow the published schema'),
    ],
    '1.10-xml': [
        model('ObjectIdentifier.Key', 'Replacement must be made for object keys containing special characters (such as carriage returns) when using XML requests.'),
        answer('boto/boto3#2660', 'An error occurred (MalformedXML) when calling the PutBucketLifecycleConfiguration operation: The XML you provided was not well-formed or did not validate against our published schema', '2020-11-13', 'the answer to a request that does not follow the published schema'),
    ],
    '1.11': [
        model('enum TransitionStorageClass', 'DEEP_ARCHIVE | GLACIER | GLACIER_IR | INTELLIGENT_TIERING | ONEZONE_IA | STANDARD_IA', {
            match: 'whole',
            about: 'STANDARD and REDUCED_REDUNDANCY are no transition target',
        }),
    ],
    '2.1': [
        model('LifecycleRuleFilter', 'A Filter can have exactly one of Prefix, Tag, ObjectSizeGreaterThan, ObjectSizeLessThan, or And specified.'),
        answer('noobaa/noobaa-core#8914', 'the aws command is failing when I try to apply the same rule', '2025-04-07', 'Prefix and Tag without And, tried on AWS'),
    ],
    '2.2': [model('LifecycleRuleAndOperator', 'This is used in a Lifecycle Rule Filter to apply a logical AND to two or more predicates.')],
    '2.3': [
        docs(`${UG_2023}intro-lifecycle-rules.md`, 'each tag key must be unique', UG_2023_DATE),
        emulator(OPENIO, 'Duplicate Tag Keys are not allowed.'),
    ],
    '2.4': [emulator('stackd (an emulator that copies AWS answers)', "A Tag's Key must be a length between 1 and 128.")],
    '2.5': [
        docs('https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-filters.html', 'Object size values are in bytes. Maximum filter size is 5 TB', undefined),
        answer('hashicorp/terraform-provider-aws#41521', "InvalidRequest: 'ObjectSizeLessThan' should be between 1 and 099511627776000.", '2025-02-23', 'AWS answering a provider upgrade that sent ObjectSizeLessThan out of range (its digits as AWS gave them)'),
        emulator('mantle (an emulator whose notes say "S3\'s recorded answers")', "'ObjectSizeGreaterThan' should be between 0 and 1099511627776000."),
    ],
    '2.6': [
        docs(`${UG_2023}intro-lifecycle-filters.md`, 'the ObjectSizeGreaterThan integer must be less than the ObjectSizeLessThan value', UG_2023_DATE),
        emulator(OPENIO, "'ObjectSizeLessThan' has to be a value greater than 'ObjectSizeGreaterThan'."),
    ],
    '2.7': [emulator('mantle (an emulator whose notes say "S3\'s recorded answers")', 'rejects a prefix over 1,024 bytes (own text)')],
    '2.8': [emulator('mantle (an emulator whose notes say "S3\'s recorded answers")', 'rejects more than 10 tags in a filter (own text)')],
    '2.10': [model('LifecycleRuleFilter.Tag', DIRECTORY_BUCKETS)],
    '3a.1': [
        model('LifecycleExpiration.ExpiredObjectDeleteMarker', 'This cannot be specified with Days or Date in a Lifecycle Expiration Policy.'),
        answer('aws/aws-cli#8239', 'An error occurred (MalformedXML) when calling the PutBucketLifecycleConfiguration operation: The XML you provided was not well-formed or did not validate against our published schema', '2023-10-15'),
        answer('aws/aws-sdk-ruby#2350', 'The `expired_object_delete_marker` can not be used together with `date` and `days`', '2020-06-26', 'the AWS SDK team'),
    ],
    '3a.2': [
        model('LifecycleExpiration.Days', POSITIVE),
        answer('scality/Arsenal#2648', "'Days' for Expiration action must be a positive integer", '2026-07-01', 'reproduced with aws s3api put-bucket-lifecycle-configuration'),
    ],
    '3a.3': [
        model('LifecycleExpiration.Date', MIDNIGHT),
        answer('aws/aws-cli#7677', "An error occurred (InvalidArgument) when calling the PutBucketLifecycleConfiguration operation: 'Date' must be at midnight GMT", '2023-02-20', 'reproduced by the AWS CLI maintainers'),
    ],
    '3a.4': [
        docs(`${UG_2023}intro-lifecycle-rules.md`, 'You cannot specify this Lifecycle action in a rule that specifies a filter based on object tags', UG_2023_DATE),
        emulator(OPENIO, 'ExpiredObjectDeleteMarker cannot be specified with Tags.'),
    ],
    '3a.5': [emulator(OPENIO, 'ExpiredObjectDeleteMarker cannot be specified with Object Size.')],
    '3b.1': [emulator(OPENIO, 'MalformedXML', 'a Transition with neither Days nor Date, or both')],
    '3b.2': [model('Transition.Days', 'The value can be 0 or any positive integer.')],
    '3b.3': [
        model('Transition.Days', 'The value can be 0 or any positive integer.', {
            about: 'STANDARD_IA and ONEZONE_IA from day 0: accepted since 2026-07-16',
        }),
        ...IA_CHANGE,
    ],
    '3b.4': [emulator(OPENIO, "'StorageClass' must be different for 'Transition' actions in same 'Rule' with filter '(…)'")],
    '3b.5': [
        docs(UG_TRANSITIONS, 'Objects that are stored in the S3 Glacier Flexible Retrieval storage class can only be transitioned to the S3 Glacier Deep Archive storage class.', UG_TRANSITIONS_DATE),
        emulator('noobaa/noobaa-core src/endpoint/s3/ops/s3_put_bucket_lifecycle.js', "'Days' in the Transition action for StorageClass 'DEEP_ARCHIVE' for filter '(…)' must be greater than 'Days' in the Transition action for StorageClass 'GLACIER' for filter '(…)'"),
    ],
    '3b.6': [...GAP_DOCS, ...IA_GAP_DOCS, ...IA_CHANGE_AGAINST],
    '3b.7': [
        docs('https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-rule.html', 'If you specify an expiration and transition time, you must use the same time unit for both properties (either in days or by date).'),
        emulator(OPENIO, "Found mixed 'Date' and 'Days' based Expiration and Transition actions in lifecycle rule for filter '(…)'"),
    ],
    '3b.8': [model('Transition.Date', MIDNIGHT)],
    '3b.9': [
        docs('https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-rule.html', 'The expiration time must also be later than the transition time.'),
    ],
    '3b.10': [model('LifecycleRule.Transitions', DIRECTORY_BUCKETS)],
    '3c': [
        docs(UG_TRANSITIONS, 'Objects that are stored in the S3 Glacier Flexible Retrieval storage class can only be transitioned to the S3 Glacier Deep Archive storage class.', UG_TRANSITIONS_DATE),
    ],
    '3d.1': [
        model('NoncurrentVersionExpiration.NoncurrentDays', POSITIVE),
        answer('scality/Arsenal#2648', "'NoncurrentDays' for NoncurrentVersionExpiration action must be a positive integer", '2026-07-01', 'reproduced with aws s3api put-bucket-lifecycle-configuration'),
        answer('scality/Arsenal#2085', 'testing AWS S3 behavior, `NoncurrentDays` is a required value', '2023-03-01'),
    ],
    '3d.2': [
        emulator(OPENIO, 'MalformedXML', 'a NoncurrentVersionTransition without NoncurrentDays'),
        emulator('noobaa/noobaa-core src/endpoint/s3/ops/s3_put_bucket_lifecycle.js', "'NoncurrentDays' in NoncurrentVersionTransition action must be nonnegative"),
    ],
    '3d.3': [...NONCURRENT_IA_DOCS, ...IA_CHANGE_AGAINST],
    '3d.4': [
        ...GAP_DOCS,
        emulator(OPENIO, "'NoncurrentDays' in the 'NoncurrentVersionTransition' action for StorageClass '…' for filter '(…)' must be 30 days more than 'NoncurrentDays' in the 'NoncurrentVersionTransition' action for StorageClass '…' for filter '(…)'"),
        ...IA_CHANGE_AGAINST,
    ],
    '3d.5': [
        answer('go-to-k/cdkd#1426', "'NoncurrentDays' in the NoncurrentVersionExpiration action must be greater than 'NoncurrentDays' in the NoncurrentVersionTransition action", undefined, 'a deploy against AWS; the thread does not date it'),
    ],
    '3d.5-newer': [
        answer('hashicorp/terraform-provider-aws#41296', 'TestAccS3BucketLifecycleConfiguration_EmptyFilter_NonCurrentVersions', undefined, 'an acceptance test run against AWS: NoncurrentVersionExpiration {NoncurrentDays: 30, NewerNoncurrentVersions: 2} next to a NoncurrentVersionTransition at 30 days is applied; passing runs are quoted in #23445, #23746 and #41296 (constraint catalogue 3d.5)'),
    ],
    '3d.6': [model('NoncurrentVersionExpiration.NewerNoncurrentVersions', 'You can specify up to 100 noncurrent versions to retain.')],
    '3d.7': [
        docs(`${UG_2023}intro-lifecycle-rules.md`, 'If you do not specify a Filter element, Amazon S3 will generate an InvalidRequest error when you provide a maximum number of noncurrent versions.', UG_2023_DATE),
    ],
    '3e.1': [
        answer('aws/aws-sdk-js#1071', 'The XML you provided was not well-formed or did not validate against our published schema', '2016-07-22', 'DaysAfterInitiation: 0, with other faults in the same rule'),
        emulator(OPENIO, 'MalformedXML', 'DaysAfterInitiation missing'),
    ],
    '3e.2': [
        answer('aws-samples/sample-spec-driven-presentation-maker#267', 'AbortIncompleteMultipartUpload cannot be specified with Tags. (Service: S3, Status Code: 400)', '2026-08-02'),
        answer('terraform-aws-modules/terraform-aws-s3-bucket#109', 'Error putting S3 lifecycle: InvalidRequest: AbortIncompleteMultipartUpload cannot be specified with Tags.', '2021-09-01'),
    ],
    '3e.3': [
        answer('aws-cloudformation/cfn-lint#3554', 'AbortIncompleteMultipartUpload cannot be specified with Object Size.', '2024-08-01', 'a CloudFormation deploy; cfn-lint added its check on that day (#3558)'),
    ],
    '4.1': [emulator(OPENIO, 'Base level prefix cannot be used in Lifecycle V2, prefixes are only supported in the Filter.')],
    '4.2': [
        answer('cloud-custodian/cloud-custodian#5826', 'An error occurred (InvalidRequest) when calling the PutBucketLifecycleConfiguration operation: Filter element can only be used in Lifecycle V2.', '2020-06-01'),
    ],
    '4.3': [
        answer('ceph/ceph#23668', "Found overlapping prefixes 'logs' and '' for same action type 'Expiration'", '2018-08-21', 'tested on S3 with the Java SDK'),
    ],
    '5.1': [
        model('enum TransitionDefaultMinimumObjectSize', 'all_storage_classes_128K | varies_by_storage_class', { match: 'whole' }),
        answer('localstack/localstack#12212', 'InvalidRequest: Invalid TransitionDefaultMinimumObjectSize found: <value>', '2025-01-30', "LocalStack's snapshot test_s3_transition_default_minimum_object_size (bad-value), recorded against AWS"),
    ],
    '5.5': [model('PutBucketLifecycleConfigurationRequest.TransitionDefaultMinimumObjectSize', DIRECTORY_BUCKETS)],
    '6.1': [
        model('operation PutBucketLifecycleConfiguration', 'Lifecyle configurations for directory buckets only support expiring objects and cancelling multipart uploads.'),
    ],
    '6.2': [
        docs('https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_LifecycleRule.html', 'This is not supported by Amazon S3 on Outposts buckets.'),
    ],
    '6.3': [
        docs(`${UG_2023}lifecycle-and-other-bucket-config.md`, 'Lifecycle configuration on multi-factor authentication (MFA)-enabled buckets is not supported.', UG_2023_DATE),
    ],
};
/** The evidence of these catalogue rows, in order, without repeats; rows without evidence add nothing. */
function evidenceFor(...rows) {
    const seen = new Set();
    const out = [];
    for (const e of rows.flatMap((r) => EVIDENCE[r] ?? [])) {
        const key = `${e.kind}\u0000${e.source}\u0000${e.quote}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(e);
    }
    return out;
}


/***/ }),

/***/ 73:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* binding */ IAC_INVALID),
/* harmony export */   Dp: () => (/* binding */ INVENTORY_STALE),
/* harmony export */   KP: () => (/* binding */ INVENTORY_BUCKET),
/* harmony export */   LP: () => (/* binding */ IAC_DROPPED),
/* harmony export */   SL: () => (/* binding */ SKIPPED_FILE),
/* harmony export */   Vd: () => (/* binding */ fileProblemFinding),
/* harmony export */   af: () => (/* binding */ CONFIG_SCHEMA_RULE),
/* harmony export */   hV: () => (/* binding */ FILE_RULES),
/* harmony export */   mW: () => (/* binding */ SETTINGS_LOOSENED),
/* harmony export */   rH: () => (/* binding */ IAC_UNKNOWN),
/* harmony export */   to: () => (/* binding */ PARSE_ERROR)
/* harmony export */ });
const PARSE_ERROR = {
    id: 'parse-error',
    description: "The file can be read as UTF-8 JSON or YAML within lifeguard's limits (size, nesting, aliases, duplicate keys).",
    defaultSeverity: 'error',
    catalogue: [],
};
/** The finding for a file the loader refused: its sentence at its position (parse-error unless said otherwise). */
function fileProblemFinding(problem, file, meta = PARSE_ERROR) {
    return {
        ruleId: meta.id,
        severity: meta.defaultSeverity,
        message: `${problem.message}.`,
        file,
        pointer: '',
        position: { line: problem.line, column: problem.column },
    };
}
const SKIPPED_FILE = {
    id: 'skipped-file',
    description: 'A file found in a folder could not be checked (too large, unreadable); it is named so nothing is skipped silently.',
    defaultSeverity: 'error',
    catalogue: [],
};
const CONFIG_SCHEMA_RULE = {
    id: 'config-schema',
    description: 'The .lifeguard.yml file follows its schema: known keys, valid severities, known rule ids, unique target names.',
    defaultSeverity: 'error',
    catalogue: [],
};
const SETTINGS_LOOSENED = {
    id: 'settings-loosened',
    description: "A pull request's .lifeguard.yml does not loosen what the base commit's settings decide (gates, fail-on, severities, approvers, trusted target fields) without an approval.",
    defaultSeverity: 'error',
    catalogue: [],
};
const IAC_UNKNOWN = {
    id: 'iac-unknown-value',
    description: 'A Terraform or CloudFormation value that cannot be known before plan or deploy is named, not guessed; the rest of the resource is checked.',
    defaultSeverity: 'info',
    catalogue: [],
};
const IAC_INVALID = {
    id: 'iac-invalid',
    description: 'Terraform or CloudFormation refuses the lifecycle rules before any request reaches S3 (a missing required attribute, two exclusive ones).',
    defaultSeverity: 'error',
    catalogue: [],
};
const IAC_DROPPED = {
    id: 'iac-dropped-value',
    description: "Terraform's AWS provider silently leaves out a value the configuration sets (expired_object_delete_marker beside days or date), so S3 never receives it.",
    defaultSeverity: 'warning',
    catalogue: [],
};
const INVENTORY_BUCKET = {
    id: 'inventory-bucket',
    description: "A target's S3 Inventory report describes the target's own bucket (its manifest's sourceBucket).",
    defaultSeverity: 'error',
    catalogue: [],
};
const INVENTORY_STALE = {
    id: 'inventory-stale',
    description: "A target's S3 Inventory report is younger than gates.inventory-max-age-days (default 7): older figures may no longer describe the bucket.",
    defaultSeverity: 'warning',
    catalogue: [],
};
const FILE_RULES = [
    CONFIG_SCHEMA_RULE,
    IAC_DROPPED,
    IAC_INVALID,
    IAC_UNKNOWN,
    INVENTORY_BUCKET,
    INVENTORY_STALE,
    PARSE_ERROR,
    SETTINGS_LOOSENED,
    SKIPPED_FILE,
];


/***/ }),

/***/ 8193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** Counting words for messages and reports ("1 rule", "3 rules"). */
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}


/***/ }),

/***/ 4413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ LIFECYCLE_RULES)
});

// EXTERNAL MODULE: ./src/lint/report-message.ts
var report_message = __webpack_require__(7817);
// EXTERNAL MODULE: ./src/model/values.ts
var values = __webpack_require__(3855);
;// CONCATENATED MODULE: ./src/lint/filter-parts.ts

const FILTER_PREDICATES = ['Prefix', 'Tag', 'ObjectSizeGreaterThan', 'ObjectSizeLessThan', 'And'];
/** A member counts as written when the key is there with any value but undefined (null is a shape fault). */
function present(o, key) {
    return o !== undefined && Object.hasOwn(o, key) && o[key] !== undefined;
}
function filterParts(rule) {
    const filter = (0,values/* obj */.WL)(rule.raw.Filter);
    const and = (0,values/* obj */.WL)(filter?.And);
    const parts = { filter, and, prefixes: [], tags: [], sizes: [], hasTagFilter: false, hasSizeFilter: false };
    const v1 = (0,values/* str */.gx)(rule.raw.Prefix);
    if (v1 !== undefined)
        parts.prefixes.push({ value: v1, pointer: rule.at('Prefix') });
    if (!filter)
        return parts;
    const containers = [['filter', filter, ['Filter']]];
    if (and)
        containers.push(['and', and, ['Filter', 'And']]);
    for (const [container, o, path] of containers) {
        const p = (0,values/* str */.gx)(o.Prefix);
        if (p !== undefined)
            parts.prefixes.push({ value: p, pointer: rule.at(...path, 'Prefix') });
        for (const name of ['ObjectSizeGreaterThan', 'ObjectSizeLessThan']) {
            if (present(o, name))
                parts.hasSizeFilter = true;
            const v = (0,values/* int */.Wh)(o[name]);
            if (v !== undefined)
                parts.sizes.push({ name, value: v, pointer: rule.at(...path, name), container });
        }
    }
    if ((0,values/* isObj */.sA)(filter.Tag)) {
        parts.tags.push({ pointer: rule.at('Filter', 'Tag'), key: filter.Tag.Key, value: filter.Tag.Value, inAnd: false, label: 'Filter.Tag' });
    }
    (0,values/* arr */.QL)(and?.Tags).forEach((t, i) => {
        if ((0,values/* isObj */.sA)(t))
            parts.tags.push({ pointer: rule.at('Filter', 'And', 'Tags', i), key: t.Key, value: t.Value, inAnd: true, label: `And.Tags[${i}]` });
    });
    parts.hasTagFilter = present(filter, 'Tag') || (0,values/* arr */.QL)(and?.Tags).length > 0;
    return parts;
}
/** Characters as people count them (code points), not UTF-16 units. */
function charLength(s) {
    let n = 0;
    for (const _ of s)
        n++;
    return n;
}

// EXTERNAL MODULE: ./src/lint/evidence/records.ts
var records = __webpack_require__(5325);
;// CONCATENATED MODULE: ./src/lint/rules/abort-multipart-days.ts




/** Catalogue 3e.1: AbortIncompleteMultipartUpload needs DaysAfterInitiation, of at least 1. */
const abortMultipartDays = {
    meta: {
        id: 'abort-multipart-days',
        description: 'AbortIncompleteMultipartUpload has DaysAfterInitiation of 1 or more.',
        defaultSeverity: 'error',
        catalogue: ['3e.1'],
        evidence: (0,records/* evidenceFor */.hF)('3e.1'),
        messages: {
            missing: {
                message: '{{rule}}: AbortIncompleteMultipartUpload has no "DaysAfterInitiation"',
                aws: (0,report_message/* recorded */.t2)('MalformedXML', report_message/* SCHEMA_TEXT */.k3),
                hint: 'Say after how many days an unfinished upload is removed: "DaysAfterInitiation": 7.',
            },
            notPositive: {
                message: '{{rule}} aborts incomplete multipart uploads after {{days}} days; the earliest is 1',
                aws: (0,report_message/* recorded */.t2)('InvalidArgument', "'DaysAfterInitiation' for AbortIncompleteMultipartUpload action must be a positive integer"),
                hint: 'Use 1 or more days.',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            const abort = (0,values/* obj */.WL)(rule.raw.AbortIncompleteMultipartUpload);
            if (!abort)
                continue;
            if (!present(abort, 'DaysAfterInitiation')) {
                // Other keys ("Days") are misspellings the schema names with a suggestion.
                if (Object.keys(abort).length > 0)
                    continue;
                ctx.report({
                    pointer: rule.at('AbortIncompleteMultipartUpload'),
                    reportOnKey: true,
                    messageId: 'missing',
                    data: { rule: rule.label },
                });
                continue;
            }
            const days = (0,values/* int */.Wh)(abort.DaysAfterInitiation);
            if (days === undefined || days >= 1)
                continue;
            ctx.report({
                pointer: rule.at('AbortIncompleteMultipartUpload', 'DaysAfterInitiation'),
                messageId: 'notPositive',
                data: { rule: rule.label, days },
            });
        }
    },
};

// EXTERNAL MODULE: ./src/model/selector.ts
var selector = __webpack_require__(9276);
;// CONCATENATED MODULE: ./src/lint/rules/abort-multipart-filter.ts




/**
 * Catalogue 3e.2 and 3e.3: an unfinished multipart upload has no tags and no size yet, so S3 refuses
 * AbortIncompleteMultipartUpload in a rule filtered by either.
 */
const abortMultipartFilter = {
    meta: {
        id: 'abort-multipart-filter',
        description: 'AbortIncompleteMultipartUpload is not used in a rule filtered by tags or object size.',
        defaultSeverity: 'error',
        catalogue: ['3e.2', '3e.3'],
        evidence: (0,records/* evidenceFor */.hF)('3e.2', '3e.3'),
        messages: {
            withTags: {
                message: '{{rule}} aborts incomplete multipart uploads, but its filter {{filter}} names tags',
                aws: (0,report_message/* recorded */.t2)('InvalidRequest', 'AbortIncompleteMultipartUpload cannot be specified with Tags.'),
                hint: 'Move AbortIncompleteMultipartUpload to a rule filtered by prefix only.',
            },
            withSize: {
                message: '{{rule}} aborts incomplete multipart uploads, but its filter {{filter}} names an object size',
                aws: (0,report_message/* recorded */.t2)('InvalidRequest', 'AbortIncompleteMultipartUpload cannot be specified with Object Size.'),
                hint: 'Move AbortIncompleteMultipartUpload to a rule filtered by prefix only.',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            if (!present(rule.raw, 'AbortIncompleteMultipartUpload'))
                continue;
            const parts = filterParts(rule);
            const pointer = rule.at('AbortIncompleteMultipartUpload');
            const filter = (0,selector/* renderFilter */.R)(rule.selector);
            if (parts.hasTagFilter) {
                ctx.report({
                    pointer,
                    reportOnKey: true,
                    messageId: 'withTags',
                    data: { rule: rule.label, filter },
                });
            }
            if (parts.hasSizeFilter) {
                ctx.report({
                    pointer,
                    reportOnKey: true,
                    messageId: 'withSize',
                    data: { rule: rule.label, filter },
                });
            }
        }
    },
};

// EXTERNAL MODULE: ./src/model/storage-classes.ts
var storage_classes = __webpack_require__(4297);
// EXTERNAL MODULE: ./src/model/s3-limits.ts
var s3_limits = __webpack_require__(328);
;// CONCATENATED MODULE: ./src/lint/rule-form.ts

function ruleForm(rule) {
    const filter = present(rule.raw, 'Filter');
    const prefix = present(rule.raw, 'Prefix');
    return filter && prefix ? 'both' : filter ? 'v2' : prefix ? 'v1' : 'none';
}
/** The form of the configuration: that of its first rule with a Filter or a Prefix, not both. */
function configurationForm(rules) {
    for (const rule of rules) {
        const form = ruleForm(rule);
        if (form === 'v1' || form === 'v2')
            return { form, rule };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/lint/fixes/plans.ts
/**
 * The fixes lint rules attach to their findings, as plans of changes at pointers (src/fix makes
 * them edits). One place, so that what each fix writes (an ID's form, the abort rule's days) is
 * decided once. Safe fixes keep what S3 does, or only add what the finding asks for; suggestions
 * change what the rules do and are applied only when asked.
 */




/** Days after which the added rule aborts an incomplete multipart upload (AWS's own examples use 7). */
const ABORT_AFTER_DAYS = 7;
const ABORT_RULE_ID = 'abort-incomplete-multipart-uploads';
/** A rule with neither Filter nor Prefix: the whole bucket, in the form the configuration uses. */
function selectWholeBucket(ctx, rule) {
    const v1 = configurationForm(ctx.rules)?.form === 'v1';
    return {
        kind: 'safe',
        description: v1 ? `add "Prefix": "" to ${rule.label} (the configuration is in the V1 form)` : `add "Filter": {} to ${rule.label}`,
        changes: [{ op: 'set', pointer: rule.at(v1 ? 'Prefix' : 'Filter'), value: v1 ? '' : {} }],
    };
}
/** Rule-level Prefixes (V1) into Filters (V2), each in the place the Prefix had. */
function prefixesIntoFilters(rules, subject) {
    const v1 = rules.filter((r) => ruleForm(r) === 'v1' && typeof r.raw.Prefix === 'string');
    if (v1.length === 0)
        return undefined;
    return {
        kind: 'safe',
        description: `move the rule-level Prefix of ${subject} into "Filter": {"Prefix": …}`,
        changes: v1.map((r) => ({ op: 'rename', pointer: r.at('Prefix'), key: 'Filter', value: { Prefix: r.raw.Prefix } })),
    };
}
/** A rule with both a Filter and a rule-level Prefix: only when the Filter is empty or says the same prefix. */
function prefixIntoFilter(rule) {
    const filter = (0,values/* obj */.WL)(rule.raw.Filter);
    const prefix = (0,values/* str */.gx)(rule.raw.Prefix);
    if (!filter || prefix === undefined)
        return undefined;
    const keys = Object.keys(filter);
    const same = keys.length === 1 && filter.Prefix === prefix;
    if (keys.length > 0 && !same)
        return undefined;
    return {
        kind: 'safe',
        description: same
            ? `remove the rule-level Prefix of ${rule.label} (its Filter has the same one)`
            : `move the rule-level Prefix of ${rule.label} into its Filter`,
        changes: [
            { op: 'remove', pointer: rule.at('Prefix') },
            ...(same ? [] : [{ op: 'set', pointer: rule.at('Filter', 'Prefix'), value: prefix }]),
        ],
    };
}
/** A second rule with an ID already used: the first free `<id>-<n>`. */
function uniqueId(ctx, rule) {
    return giveId(rule, idPlan(ctx).byRule.get(rule.index));
}
/** A rule without an ID (or with a blank one): its prefix as a name, else `rule-<n>`. */
function addId(ctx, rule) {
    return giveId(rule, idPlan(ctx).byRule.get(rule.index));
}
function giveId(rule, id) {
    return {
        kind: 'safe',
        description: `give rule #${rule.index + 1} the ID '${id}'`,
        changes: [{ op: 'set', pointer: rule.at('ID'), value: id }],
    };
}
/** Characters of a prefix kept in an ID made from it. */
const MAX_ID_FROM_PREFIX = 48;
const idPlans = new WeakMap();
/**
 * Every ID the fixes of one configuration give, decided in one walk over Rules so that no two fixes
 * (nor a fix and a rule) share one and all of them can be applied together: a rule without an ID
 * gets its prefix as a name (`checkpoints/` → `checkpoints`) or `rule-<n>` (its place in Rules); a
 * repeated ID becomes `<id>-<n>`; each in the first form not yet used.
 */
function idPlan(ctx) {
    const cached = idPlans.get(ctx.config);
    if (cached)
        return cached;
    const used = new Set();
    for (const r of ctx.rules) {
        const id = (0,values/* str */.gx)(r.raw.ID);
        if (id !== undefined)
            used.add(id);
    }
    const free = (base, from) => {
        if (from === 1 && !used.has(base))
            return base;
        for (let n = Math.max(from, 2);; n++)
            if (!used.has(`${base}-${n}`))
                return `${base}-${n}`;
    };
    const byRule = new Map();
    const seen = new Set();
    for (const r of ctx.rules) {
        const id = (0,values/* str */.gx)(r.raw.ID);
        let given;
        if (r.raw.ID === undefined || id?.trim() === '') {
            const named = r.selector.prefix
                .replace(/[^A-Za-z0-9._-]+/g, '-')
                .replace(/^-+|-+$/g, '')
                .slice(0, MAX_ID_FROM_PREFIX);
            given = free(named || `rule-${r.index + 1}`, 1);
        }
        else if (id !== undefined && id !== '') {
            if (seen.has(id))
                given = free(id, 2);
            else
                seen.add(id);
        }
        if (given === undefined)
            continue;
        used.add(given);
        byRule.set(r.index, given);
    }
    const plan = { byRule, abortRule: free(ABORT_RULE_ID, 1) };
    idPlans.set(ctx.config, plan);
    return plan;
}
/** The rule abort-multipart-missing asks for, added at the end of Rules. */
function addAbortRule(ctx) {
    if (ctx.rules.length >= s3_limits/* MAX_LIFECYCLE_RULES */._B || (ctx.ruleCount ?? 0) >= s3_limits/* MAX_LIFECYCLE_RULES */._B)
        return undefined;
    const v1 = configurationForm(ctx.rules)?.form === 'v1';
    const id = idPlan(ctx).abortRule;
    return {
        kind: 'safe',
        description: `add a rule '${id}' that aborts incomplete multipart uploads after ${ABORT_AFTER_DAYS} days`,
        changes: [
            {
                op: 'append',
                pointer: `${ctx.base}/Rules`,
                value: {
                    ID: id,
                    Status: 'Enabled',
                    ...(v1 ? { Prefix: '' } : { Filter: {} }),
                    AbortIncompleteMultipartUpload: { DaysAfterInitiation: ABORT_AFTER_DAYS },
                },
            },
        ],
    };
}
/** Write the setting S3 applies anyway, so the file says what happens to small objects. */
function explicitTransitionDefault() {
    return {
        kind: 'safe',
        description: 'write "TransitionDefaultMinimumObjectSize": "all_storage_classes_128K", the setting S3 applies when the file does not say',
        changes: [{ op: 'set', pointer: '/TransitionDefaultMinimumObjectSize', value: 'all_storage_classes_128K' }],
    };
}
/** Move an expiration (given in days) to the first day objects no longer owe `storageClass` its minimum stay. */
function expireAfterMinimum(rule, pointer, enteredAt, storageClass, what) {
    const day = enteredAt + Math.max(1, storage_classes/* STORAGE_CLASSES */.Zq[storageClass].minStorageDays);
    return {
        kind: 'suggestion',
        description: `move ${what} of ${rule.label} to day ${day}, after ${storageClass}'s minimum storage duration (this keeps objects longer)`,
        changes: [{ op: 'set', pointer, value: day }],
    };
}

;// CONCATENATED MODULE: ./src/lint/rules/abort-multipart-missing.ts



/**
 * Catalogue W12: nothing in the configuration aborts incomplete multipart uploads. Their parts are
 * billed until someone aborts them and do not show in object listings (Trusted Advisor's "S3
 * Incomplete Multipart Upload Abort Configuration", checkov CKV_AWS_300). Reported once, on Rules.
 */
const abortMultipartMissing = {
    meta: {
        id: 'abort-multipart-missing',
        description: 'Some enabled rule aborts incomplete multipart uploads (AbortIncompleteMultipartUpload).',
        defaultSeverity: 'warning',
        catalogue: ['W12'],
        fix: {
            kind: 'safe',
            what: `adds a rule \`${ABORT_RULE_ID}\` (enabled, the whole bucket) that aborts incomplete multipart uploads after ${ABORT_AFTER_DAYS} days, at the end of Rules`,
        },
        messages: {
            none: {
                message: 'no rule aborts incomplete multipart uploads: their parts stay, billed and unlisted',
                hint: `Add an enabled rule with an empty Filter (or a prefix only) and "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": ${ABORT_AFTER_DAYS}}.`,
            },
            onlyDisabled: {
                message: 'only disabled rules ({{rules}}) abort incomplete multipart uploads: their parts stay, billed',
                hint: `Enable one, or add an enabled rule with "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": ${ABORT_AFTER_DAYS}}.`,
            },
        },
    },
    check(ctx) {
        // No rules at all is rejected (1.1); the error elsewhere says so.
        if (ctx.rules.length === 0)
            return;
        const aborting = ctx.rules.filter((r) => (0,values/* has */.zy)(r.raw, 'AbortIncompleteMultipartUpload'));
        if (aborting.some((r) => r.enabled))
            return;
        ctx.report({
            pointer: `${ctx.base}/Rules`,
            reportOnKey: true,
            ...(aborting.length === 0
                ? { messageId: 'none' }
                : { messageId: 'onlyDisabled', data: { rules: (0,report_message/* shortList */.pg)(aborting.map((r) => r.label)) } }),
            fixes: [addAbortRule(ctx)].filter((p) => p !== undefined),
        });
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/and-operator-predicates.ts




/**
 * Catalogue 2.2: "And" joins two or more conditions. An empty Prefix counts as one (S3 accepted
 * `And {Prefix: "", ObjectSizeGreaterThan}` in a recorded answer), and each tag counts.
 */
const andOperatorPredicates = {
    meta: {
        id: 'and-operator-predicates',
        description: 'An "And" in a Filter combines at least two conditions.',
        defaultSeverity: 'error',
        catalogue: ['2.2'],
        evidence: (0,records/* evidenceFor */.hF)('2.2'),
        messages: {
            empty: {
                message: "{{rule}}: its Filter's And is empty",
                aws: (0,report_message/* recorded */.t2)('MalformedXML', report_message/* SCHEMA_TEXT */.k3),
                hint: 'Give And two or more conditions, or remove it.',
            },
            single: {
                message: "{{rule}}: its Filter's And holds only {{only}}; And combines two or more",
                aws: (0,report_message/* recorded */.t2)('MalformedXML', report_message/* SCHEMA_TEXT */.k3),
                hint: '{{fix}}',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            const and = (0,values/* obj */.WL)((0,values/* obj */.WL)(rule.raw.Filter)?.And);
            if (!and)
                continue;
            const tags = and.Tags;
            // Tags that are not a list cannot be counted; the schema reports them.
            if (present(and, 'Tags') && !Array.isArray(tags))
                continue;
            const conditions = [
                ...['Prefix', 'ObjectSizeGreaterThan', 'ObjectSizeLessThan'].filter((k) => present(and, k)),
                ...(Array.isArray(tags) ? tags.map((_, i) => `Tags[${i}]`) : []),
            ];
            if (conditions.length >= 2)
                continue;
            const only = conditions[0];
            ctx.report({
                pointer: rule.at('Filter', 'And'),
                reportOnKey: true,
                ...(only === undefined
                    ? { messageId: 'empty', data: { rule: rule.label } }
                    : {
                        messageId: 'single',
                        data: {
                            rule: rule.label,
                            only,
                            fix: only.startsWith('Tags') ? 'Put the tag directly in the Filter as "Tag".' : `Put ${only} directly in the Filter.`,
                        },
                    }),
            });
        }
    },
};

// EXTERNAL MODULE: ./src/load/pointer.ts
var pointer = __webpack_require__(6925);
;// CONCATENATED MODULE: ./src/lint/rules/bucket-type-support.ts




/**
 * What kind of bucket a request names. Directory buckets (S3 Express One Zone) end in "--x-s3";
 * S3 on Outposts buckets are addressed by an "s3-outposts" ARN.
 */
function bucketKind(bucket) {
    if (!bucket)
        return undefined;
    if (/^arn:[^:]+:s3-outposts:/.test(bucket))
        return 'outposts';
    const name = bucket.startsWith('arn:') ? bucket.slice(bucket.lastIndexOf('/') + 1) : bucket;
    return name.endsWith('--x-s3') ? 'directory' : undefined;
}
/**
 * Catalogue 2.10, 3b.10, 5.5, 6.1 and 6.2: elements AWS documents as unsupported on directory
 * buckets and on S3 on Outposts buckets. Only a full request (with "Bucket") says which bucket a
 * file is for; other files are not judged here.
 */
const bucketTypeSupport = {
    meta: {
        id: 'bucket-type-support',
        description: 'A request for a directory bucket or an S3 on Outposts bucket uses only the lifecycle elements that bucket type supports.',
        defaultSeverity: 'error',
        catalogue: ['2.10', '3b.10', '5.5', '6.1', '6.2'],
        evidence: (0,records/* evidenceFor */.hF)('2.10', '3b.10', '5.5', '6.1', '6.2'),
        messages: {
            unsupported: {
                message: '{{subject}}: {{what}} is not supported on {{kind}} {{bucket}}',
                aws: (0,report_message/* documented */.fp)(),
                hint: '{{fix}}',
            },
        },
    },
    check(ctx) {
        const kind = bucketKind(ctx.bucket);
        if (!kind)
            return;
        const fix = kind === 'directory'
            ? 'Directory buckets (S3 Express One Zone) take only Expiration by Days and AbortIncompleteMultipartUpload, filtered by prefix or size.'
            : 'S3 on Outposts buckets only expire objects and abort incomplete multipart uploads.';
        const report = (pointer, subject, what) => ctx.report({
            pointer,
            reportOnKey: true,
            messageId: 'unsupported',
            data: { subject, what, kind: kind === 'directory' ? 'directory bucket' : 'S3 on Outposts bucket', bucket: `'${ctx.bucket}'`, fix },
        });
        for (const rule of ctx.rules) {
            const say = (what, ...path) => report(rule.at(...path), rule.label, what);
            if ((0,values/* arr */.QL)(rule.raw.Transitions).length > 0)
                say('a Transition', 'Transitions');
            if ((0,values/* arr */.QL)(rule.raw.NoncurrentVersionTransitions).length > 0)
                say('a NoncurrentVersionTransition', 'NoncurrentVersionTransitions');
            if (kind === 'directory')
                directoryOnly(rule, say);
        }
        if (kind === 'directory') {
            const pointer = defaultSizePointer(ctx);
            if (pointer !== undefined)
                report(pointer, 'the configuration', 'TransitionDefaultMinimumObjectSize');
        }
    },
};
function directoryOnly(rule, say) {
    if ((0,values/* isObj */.sA)(rule.raw.NoncurrentVersionExpiration))
        say('NoncurrentVersionExpiration', 'NoncurrentVersionExpiration');
    const expiration = (0,values/* obj */.WL)(rule.raw.Expiration);
    if (expiration?.Date !== undefined)
        say('an Expiration by Date', 'Expiration', 'Date');
    if (expiration?.ExpiredObjectDeleteMarker !== undefined)
        say('ExpiredObjectDeleteMarker', 'Expiration', 'ExpiredObjectDeleteMarker');
    const filter = (0,values/* obj */.WL)(rule.raw.Filter);
    if (filter?.Tag !== undefined)
        say('a Tag filter', 'Filter', 'Tag');
    if ((0,values/* arr */.QL)((0,values/* obj */.WL)(filter?.And)?.Tags).length > 0)
        say('a Tag filter', 'Filter', 'And', 'Tags');
}
/** Where the file sets TransitionDefaultMinimumObjectSize: the request header or the configuration. */
function defaultSizePointer(ctx) {
    const doc = (0,values/* obj */.WL)(ctx.document);
    if (ctx.base !== '' && doc?.TransitionDefaultMinimumObjectSize !== undefined)
        return '/TransitionDefaultMinimumObjectSize';
    if (ctx.config.TransitionDefaultMinimumObjectSize !== undefined)
        return (0,pointer/* joinPointer */.Kn)(ctx.base, 'TransitionDefaultMinimumObjectSize');
    return undefined;
}

// EXTERNAL MODULE: ./src/model/timing.ts
var timing = __webpack_require__(4483);
;// CONCATENATED MODULE: ./src/lint/actions.ts



/** Five rules ask for the same rule's actions: worked out once per view (callers only read them). */
const actionsOf = new WeakMap();
function timedActions(rule) {
    const known = actionsOf.get(rule);
    if (known)
        return known;
    const out = ruleActions(rule);
    actionsOf.set(rule, out);
    return out;
}
function ruleActions(rule) {
    const out = [];
    const base = { rule };
    const expiration = (0,values/* obj */.WL)(rule.raw.Expiration);
    if (expiration) {
        const t = timeOf(expiration, 1);
        if (t)
            out.push({ ...base, scope: 'current', kind: 'expiration', element: 'Expiration', ...t, pointer: rule.at('Expiration', t.key) });
    }
    (0,values/* arr */.QL)(rule.raw.Transitions).forEach((raw, i) => {
        if (!(0,values/* isObj */.sA)(raw) || !isTarget(raw.StorageClass))
            return;
        const t = timeOf(raw, 0);
        if (t)
            out.push({
                ...base,
                scope: 'current',
                kind: 'transition',
                element: 'Transition',
                storageClass: raw.StorageClass,
                ...t,
                pointer: rule.at('Transitions', i, t.key),
            });
    });
    (0,values/* arr */.QL)(rule.raw.NoncurrentVersionTransitions).forEach((raw, i) => {
        if (!(0,values/* isObj */.sA)(raw) || !isTarget(raw.StorageClass))
            return;
        const at = (0,values/* int */.Wh)(raw.NoncurrentDays);
        if (at === undefined || at < 0)
            return;
        out.push({
            ...base,
            scope: 'noncurrent',
            kind: 'transition',
            element: 'NoncurrentVersionTransition',
            storageClass: raw.StorageClass,
            basis: 'days',
            at,
            pointer: rule.at('NoncurrentVersionTransitions', i, 'NoncurrentDays'),
        });
    });
    const nve = (0,values/* obj */.WL)(rule.raw.NoncurrentVersionExpiration);
    const nveDays = (0,values/* int */.Wh)(nve?.NoncurrentDays);
    if (nve && nveDays !== undefined && nveDays >= 1) {
        const newer = (0,values/* int */.Wh)(nve.NewerNoncurrentVersions);
        out.push({
            ...base,
            scope: 'noncurrent',
            kind: 'expiration',
            element: 'NoncurrentVersionExpiration',
            basis: 'days',
            at: nveDays,
            newerNoncurrentVersions: newer !== undefined && newer > 0 ? newer : undefined,
            pointer: rule.at('NoncurrentVersionExpiration', 'NoncurrentDays'),
        });
    }
    return out;
}
/** "on day 60", "on 2025-01-01", "60 days after they become noncurrent". */
function describeTime(a) {
    if (a.basis === 'date')
        return `on ${new Date(a.at * timing/* DAY_MS */.sO).toISOString().slice(0, 10)}`;
    if (a.scope === 'noncurrent')
        return `${a.at} ${a.at === 1 ? 'day' : 'days'} after they become noncurrent`;
    return `on day ${a.at}`;
}
/** "Expiration", "Transition to GLACIER", "NoncurrentVersionExpiration (keeping 5 newer versions)". */
function describeAction(a) {
    if (a.storageClass)
        return `${a.element} to ${a.storageClass}`;
    if (a.newerNoncurrentVersions !== undefined)
        return `${a.element} (beyond the ${a.newerNoncurrentVersions} newest noncurrent versions)`;
    return a.element;
}
/** The epoch day of an ISO date, or undefined when the text is not a date. */
function epochDay(value) {
    const text = (0,values/* str */.gx)(value);
    if (text === undefined)
        return undefined;
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? undefined : Math.floor(ms / timing/* DAY_MS */.sO);
}
function timeOf(action, minDays) {
    const days = (0,values/* int */.Wh)(action.Days);
    if (days !== undefined)
        return days >= minDays ? { basis: 'days', at: days, key: 'Days' } : undefined;
    const day = epochDay(action.Date);
    return day === undefined ? undefined : { basis: 'date', at: day, key: 'Date' };
}
function isTarget(v) {
    return (0,storage_classes/* isStorageClass */.wk)(v) && storage_classes/* STORAGE_CLASSES */.Zq[v].lifecycleTarget;
}

;// CONCATENATED MODULE: ./src/lint/rules/date-based-action.ts


/**
 * Catalogue W7: a Date on an Expiration or Transition. "The date-based action is not a one-time
 * action": once the date has passed S3 applies it to every matching object, including each new
 * upload, for as long as the rule is enabled. A date already in the past acts from the next
 * lifecycle run, so it gets the stronger wording. "Today" is read from the clock when the rule runs.
 */
const dateBasedAction = {
    meta: {
        id: 'date-based-action',
        description: 'Expirations and transitions use Days (object age), not a Date that keeps applying to every later upload.',
        defaultSeverity: 'warning',
        catalogue: ['W7'],
        messages: {
            past: {
                message: '{{rule}}: {{date}} has passed, so S3 {{act}} every object it selects, and each new upload',
                hint: 'Use Days to {{verb}} objects by age; a Date keeps applying to every later upload.',
            },
            future: {
                message: '{{rule}}: from {{date}} S3 {{act}} every object it selects, and each later upload',
                hint: 'A date-based {{element}} is not a one-time action: use Days to {{verb}} objects by age.',
            },
        },
    },
    check(ctx) {
        const today = Math.floor(ctx.now.getTime() / timing/* DAY_MS */.sO);
        for (const rule of ctx.rules) {
            if (!rule.enabled)
                continue;
            for (const a of timedActions(rule)) {
                if (a.basis !== 'date')
                    continue;
                const past = a.at <= today;
                ctx.report({
                    pointer: a.pointer,
                    messageId: past ? 'past' : 'future',
                    data: {
                        rule: rule.label,
                        date: describeTime(a).replace(/^on /, ''),
                        act: a.kind === 'expiration' ? 'deletes' : `moves to ${a.storageClass}`,
                        verb: a.kind === 'expiration' ? 'expire' : 'transition',
                        element: a.element,
                    },
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/dates.ts
/**
 * Lifecycle `Date` values: S3 takes an ISO-8601 timestamp that falls on midnight UTC (catalogue
 * 3a.3, 3b.8). Parsing is strict on purpose: the documented format, not whatever a date library
 * can guess, because that is the only form every client sends unchanged.
 */

// Extended format, date alone or with a time of day; 'T' may be lower case (RFC 3339); a time
// without a zone is read as UTC, which is what the AWS CLI sends for it.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;
function parseLifecycleDate(text) {
    const m = ISO.exec(text.trim());
    if (!m)
        return { kind: 'invalid' };
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
    const fraction = m[7] ?? '';
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return { kind: 'invalid' };
    const endOfDay = hour === 24 && minute === 0 && second === 0 && /^0*$/.test(fraction);
    if ((hour > 23 && !endOfDay) || minute > 59 || second > 59)
        return { kind: 'invalid' };
    const offsetMinutes = zoneOffset(m[8]);
    if (offsetMinutes === undefined)
        return { kind: 'invalid' };
    const ms = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
    if (ms % timing/* DAY_MS */.sO !== 0)
        return { kind: 'not-midnight', utc: new Date(ms).toISOString().replace('.000Z', 'Z') };
    const epochDay = ms / timing/* DAY_MS */.sO;
    return /[1-9]/.test(fraction) ? { kind: 'fraction', epochDay } : { kind: 'midnight', epochDay };
}
function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function zoneOffset(zone) {
    if (zone === undefined || zone === 'Z' || zone === 'z')
        return 0;
    const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
    if (!m)
        return undefined;
    const hours = Number(m[2]);
    const minutes = Number(m[3] ?? 0);
    if (hours > 23 || minutes > 59)
        return undefined;
    return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

;// CONCATENATED MODULE: ./src/lint/transition-sequence.ts




/** A member given at all, whatever its type (a wrong type is the schema's finding, not a missing member). */
function transition_sequence_present(o, key) {
    return Object.hasOwn(o, key) && o[key] !== undefined;
}
/** The one timing member a current-version Transition uses, or undefined when it has none or both. */
function timingKey(t) {
    const days = transition_sequence_present(t, 'Days');
    const date = transition_sequence_present(t, 'Date');
    return days === date ? undefined : days ? 'Days' : 'Date';
}
/** The day a Date value stands for, when it is a valid midnight (date-midnight reports the rest). */
function dateDay(value) {
    const text = (0,values/* str */.gx)(value);
    if (text === undefined)
        return undefined;
    const d = parseLifecycleDate(text);
    return d.kind === 'midnight' || d.kind === 'fraction' ? d.epochDay : undefined;
}
/**
 * The rule's current-version transitions, or undefined when they mix Days and Date (date-days-mixing
 * reports that, and no order between the two units exists).
 */
function currentTimeline(rule) {
    const units = new Set();
    const steps = [];
    (0,values/* arr */.QL)(rule.raw.Transitions).forEach((t, index) => {
        if (!(0,values/* isObj */.sA)(t))
            return;
        const key = timingKey(t);
        if (key)
            units.add(key);
        if (!transition_sequence_isTarget(t.StorageClass) || !key)
            return;
        const at = key === 'Days' ? nonNegative(t.Days) : dateDay(t.Date);
        if (at !== undefined)
            steps.push({ index, storageClass: t.StorageClass, at });
    });
    if (units.size > 1)
        return undefined;
    return { list: 'Transitions', key: units.has('Date') ? 'Date' : 'Days', steps };
}
function noncurrentTimeline(rule) {
    const steps = [];
    (0,values/* arr */.QL)(rule.raw.NoncurrentVersionTransitions).forEach((t, index) => {
        if (!(0,values/* isObj */.sA)(t) || !transition_sequence_isTarget(t.StorageClass))
            return;
        const at = nonNegative(t.NoncurrentDays);
        if (at !== undefined)
            steps.push({ index, storageClass: t.StorageClass, at });
    });
    return { list: 'NoncurrentVersionTransitions', key: 'NoncurrentDays', steps };
}
/** Every transition of a list whose StorageClass is a known class. */
function mentions(rule, list) {
    const out = [];
    (0,values/* arr */.QL)(rule.raw[list]).forEach((t, index) => {
        if ((0,values/* isObj */.sA)(t) && (0,storage_classes/* isStorageClass */.wk)(t.StorageClass))
            out.push({ index, storageClass: t.StorageClass });
    });
    return out;
}
/** Later transitions to a class an earlier one (in list order) already names (3b.4). */
function repeatedClasses(steps) {
    const first = new Map();
    const out = [];
    for (const step of steps) {
        const seen = first.get(step.storageClass);
        if (seen)
            out.push({ step, first: seen });
        else
            first.set(step.storageClass, step);
    }
    return out;
}
/**
 * Order and gap faults between consecutive transitions in time (3b.5, 3c, 3b.6). Checking
 * neighbours is enough: the allowed moves and the gaps both compose along the waterfall.
 * A class named twice is judged once, at its first mention (the repeat is 3b.4's finding).
 */
function sequenceFaults(steps) {
    const repeats = new Set(repeatedClasses(steps).map((r) => r.step));
    const timeline = steps.filter((s) => !repeats.has(s)).sort((a, b) => a.at - b.at || a.index - b.index);
    const order = [];
    const gaps = [];
    for (let i = 1; i < timeline.length; i++) {
        const earlier = timeline[i - 1];
        const later = timeline[i];
        if (earlier.at === later.at) {
            order.push({ kind: 'same-time', earlier, later });
        }
        else if (!(0,storage_classes/* canTransition */.w)(earlier.storageClass, later.storageClass)) {
            order.push({ kind: (0,storage_classes/* canTransition */.w)(later.storageClass, earlier.storageClass) ? 'reversed' : 'no-edge', earlier, later });
        }
        else {
            const gap = storage_classes/* STORAGE_CLASSES */.Zq[earlier.storageClass].nextTransitionGapDays;
            if (later.at - earlier.at < gap)
                gaps.push({ earlier, later, gap });
        }
    }
    return { order, gaps };
}
/** Of two classes, the one a rule may move objects into from the other ("colder"), if either. */
function colderOf(a, b) {
    if ((0,storage_classes/* canTransition */.w)(a, b))
        return { colder: b, warmer: a };
    if ((0,storage_classes/* canTransition */.w)(b, a))
        return { colder: a, warmer: b };
    return undefined;
}
/** "GLACIER, DEEP_ARCHIVE" or "no other class". */
function allowedTargets(from) {
    const to = storage_classes/* STORAGE_CLASSES */.Zq[from].transitionsTo;
    return to.length ? to.join(', ') : 'no other class';
}
/** How a step reads in a sentence: "the Transition to GLACIER at day 40". */
function describeStep(t, s) {
    const action = t.list === 'Transitions' ? 'Transition' : 'NoncurrentVersionTransition';
    const when = t.key === 'Date'
        ? `on ${new Date(s.at * timing/* DAY_MS */.sO).toISOString().slice(0, 10)}`
        : t.key === 'Days'
            ? `at day ${s.at}`
            : `at noncurrent day ${s.at}`;
    return `the ${action} to ${s.storageClass} ${when}`;
}
function transition_sequence_isTarget(v) {
    return (0,storage_classes/* isStorageClass */.wk)(v) && storage_classes/* STORAGE_CLASSES */.Zq[v].lifecycleTarget;
}
function nonNegative(v) {
    const n = (0,values/* int */.Wh)(v);
    return n !== undefined && n >= 0 ? n : undefined;
}

;// CONCATENATED MODULE: ./src/lint/rules/date-days-mixing.ts




/**
 * Catalogue 3b.7: one rule times its Expiration and Transitions all by `Days` or all by `Date`.
 * A rule whose Transitions already mix is reported once, for the Transitions; the Expiration is
 * then compared with nothing.
 */
const dateDaysMixing = {
    meta: {
        id: 'date-days-mixing',
        description: 'A rule times its Expiration and Transitions all by Days or all by Date, never both.',
        defaultSeverity: 'error',
        catalogue: ['3b.7'],
        evidence: (0,records/* evidenceFor */.hF)('3b.7'),
        messages: {
            transitions: {
                message: '{{rule}}: Transitions[{{index}}] is timed by {{key}}, an earlier Transition by {{unit}}',
                aws: (0,report_message/* documented */.fp)('InvalidRequest'),
                hint: 'Time every transition of the rule by Days, or every one by Date.',
            },
            expiration: {
                message: '{{rule}}: the Expiration is timed by {{key}}, the Transitions by {{unit}}',
                aws: (0,report_message/* documented */.fp)('InvalidRequest'),
                hint: 'Time the whole rule by Days, or the whole rule by Date.',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            let unit;
            let mixed = false;
            (0,values/* arr */.QL)(rule.raw.Transitions).forEach((t, i) => {
                const key = (0,values/* isObj */.sA)(t) ? timingKey(t) : undefined;
                if (!key || mixed)
                    return;
                if (unit === undefined) {
                    unit = key;
                    return;
                }
                if (key === unit)
                    return;
                mixed = true;
                ctx.report({
                    pointer: rule.at('Transitions', i, key),
                    reportOnKey: true,
                    messageId: 'transitions',
                    data: { rule: rule.label, index: i, key, unit },
                });
            });
            const expiration = (0,values/* obj */.WL)(rule.raw.Expiration);
            const expKey = expiration ? timingKey(expiration) : undefined;
            if (mixed || unit === undefined || expKey === undefined || expKey === unit)
                continue;
            ctx.report({
                pointer: rule.at('Expiration', expKey),
                reportOnKey: true,
                messageId: 'expiration',
                data: { rule: rule.label, key: expKey, unit },
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/date-midnight.ts




/**
 * Catalogue 3a.3 and 3b.8: a `Date` in Expiration or a Transition is an ISO-8601 timestamp at
 * midnight UTC. Non-zero fractional seconds at midnight are only presumed rejected, so they warn.
 */
const dateMidnight = {
    meta: {
        id: 'date-midnight',
        description: 'Every Expiration and Transition Date is an ISO-8601 timestamp at midnight UTC.',
        defaultSeverity: 'error',
        catalogue: ['3a.3', '3b.8'],
        evidence: (0,records/* evidenceFor */.hF)('3a.3', '3b.8'),
        messages: {
            invalid: {
                message: '{{rule}}: {{what}} {{text}} is not an ISO-8601 date',
                aws: (0,report_message/* recorded */.t2)('MalformedXML', report_message/* SCHEMA_TEXT */.k3),
                hint: 'Write it as "2025-01-31T00:00:00Z".',
            },
            notMidnight: {
                message: '{{rule}}: {{what}} {{text}} is {{utc}}, not midnight UTC',
                aws: (0,report_message/* recorded */.t2)('InvalidArgument', "'Date' must be at midnight GMT"),
                hint: 'Use midnight UTC: "…T00:00:00Z".',
            },
            fraction: {
                message: '{{rule}}: {{what}} {{text}} has fractional seconds after midnight',
                aws: (0,report_message/* documented */.fp)('InvalidArgument'),
                hint: 'Write ".000Z" or leave the fraction out.',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            const expiration = (0,values/* obj */.WL)(rule.raw.Expiration);
            if (expiration)
                checkDate(ctx, rule, expiration.Date, 'the Expiration Date', ['Expiration', 'Date']);
            (0,values/* arr */.QL)(rule.raw.Transitions).forEach((t, i) => {
                if ((0,values/* isObj */.sA)(t))
                    checkDate(ctx, rule, t.Date, `the Date of Transitions[${i}]`, ['Transitions', i, 'Date']);
            });
        }
    },
};
function checkDate(ctx, rule, value, what, path) {
    const text = (0,values/* str */.gx)(value);
    if (text === undefined)
        return;
    const date = parseLifecycleDate(text);
    const pointer = rule.at(...path);
    switch (date.kind) {
        case 'invalid':
            ctx.report({
                pointer,
                messageId: 'invalid',
                data: { rule: rule.label, what, text: JSON.stringify(text) },
            });
            return;
        case 'not-midnight':
            ctx.report({
                pointer,
                messageId: 'notMidnight',
                data: { rule: rule.label, what, text: JSON.stringify(text), utc: date.utc },
            });
            return;
        case 'fraction':
            ctx.report({
                pointer,
                severity: 'warning',
                messageId: 'fraction',
                data: { rule: rule.label, what, text: JSON.stringify(text) },
            });
            return;
        case 'midnight':
            return;
    }
}

;// CONCATENATED MODULE: ./src/lint/rules/delete-marker-filter.ts





/**
 * Catalogue 3a.4 and 3a.5: removing expired delete markers applies to whole prefixes only. A rule
 * filtered by tags or object size may not carry ExpiredObjectDeleteMarker; S3 refuses it even when
 * the marker is false (recorded for the size filter), so presence is what counts.
 */
const deleteMarkerFilter = {
    meta: {
        id: 'delete-marker-filter',
        description: 'ExpiredObjectDeleteMarker is not used in a rule filtered by tags or object size.',
        defaultSeverity: 'error',
        catalogue: ['3a.4', '3a.5'],
        evidence: (0,records/* evidenceFor */.hF)('3a.4', '3a.5'),
        messages: {
            withTags: {
                message: '{{rule}} sets ExpiredObjectDeleteMarker, but its filter {{filter}} names tags',
                aws: (0,report_message/* documented */.fp)('InvalidRequest'),
                hint: 'Move ExpiredObjectDeleteMarker to a rule filtered by prefix only.',
            },
            withSize: {
                message: '{{rule}} sets ExpiredObjectDeleteMarker, but its filter {{filter}} names an object size',
                aws: (0,report_message/* emulated */.Or)('InvalidRequest'),
                hint: 'Move ExpiredObjectDeleteMarker to a rule filtered by prefix only.',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            if (!present((0,values/* obj */.WL)(rule.raw.Expiration), 'ExpiredObjectDeleteMarker'))
                continue;
            const parts = filterParts(rule);
            const pointer = rule.at('Expiration', 'ExpiredObjectDeleteMarker');
            const filter = (0,selector/* renderFilter */.R)(rule.selector);
            if (parts.hasTagFilter) {
                ctx.report({
                    pointer,
                    reportOnKey: true,
                    messageId: 'withTags',
                    data: { rule: rule.label, filter },
                });
            }
            if (parts.hasSizeFilter) {
                ctx.report({
                    pointer,
                    reportOnKey: true,
                    messageId: 'withSize',
                    data: { rule: rule.label, filter },
                });
            }
        }
    },
};

// EXTERNAL MODULE: ./src/lint/messages.ts
var messages = __webpack_require__(8193);
;// CONCATENATED MODULE: ./src/lint/rules/deprecated-v1-prefix.ts


/**
 * Catalogue W8: rules selected by the top-level Prefix of Lifecycle V1. A configuration is all V1 or
 * all V2 (mixing is a REJECT row, 4.1/4.2), so the fix is configuration-wide and the warning is
 * given once, at the first V1 rule, rather than once per rule.
 */
const deprecatedV1Prefix = {
    meta: {
        id: 'deprecated-v1-prefix',
        description: 'Rules select objects with Filter (Lifecycle V2), not the deprecated top-level Prefix.',
        defaultSeverity: 'warning',
        catalogue: ['W8'],
        fix: {
            kind: 'safe',
            what: 'moves each rule-level Prefix into `"Filter": {"Prefix": …}`, in the place the Prefix had; S3 selects the same objects',
        },
        messages: {
            v1: {
                message: '{{subject}}: the top-level Prefix is the deprecated Lifecycle V1 form',
                hint: 'Move every rule to "Filter": {"Prefix": …} in one change: tools that add a Filter rule to a V1 configuration get it rejected.',
            },
        },
    },
    check(ctx) {
        const versions = new Set(ctx.rules.map((r) => r.selector.version));
        // A mix is rejected by AWS (an error elsewhere); this warning is about a valid all-V1 configuration.
        if (versions.has('v2') || versions.has('both'))
            return;
        const v1 = ctx.rules.filter((r) => r.selector.version === 'v1');
        const first = v1[0];
        if (!first)
            return;
        const subject = v1.length === 1 ? first.label : `${(0,messages/* plural */.L)(v1.length, 'rule')} (${first.label} and ${v1.length - 1} more)`;
        ctx.report({
            pointer: first.at('Prefix'),
            reportOnKey: true,
            messageId: 'v1',
            data: { subject },
            fixes: [prefixesIntoFilters(v1, v1.length === 1 ? first.label : `all ${v1.length} rules`)],
        });
    },
};

// EXTERNAL MODULE: ./src/model/lifecycle.ts
var lifecycle = __webpack_require__(973);
;// CONCATENATED MODULE: ./src/lint/overlap.ts
/** S3 stores at most 10 tags per object, so a filter needing more distinct keys matches nothing. */
const MAX_OBJECT_TAGS = 10;
function sizeRange(s) {
    return {
        lo: s.sizeGreaterThan === undefined ? 0 : Math.max(0, s.sizeGreaterThan + 1),
        hi: s.sizeLessThan === undefined ? Infinity : s.sizeLessThan - 1,
    };
}
/** True when no object can match the selector (an empty size range, one key with two values, too many tags). */
function isEmptySelector(s) {
    const r = sizeRange(s);
    return r.lo > r.hi || tagsConflict(s.tags) || distinctKeys(s.tags) > MAX_OBJECT_TAGS;
}
/** Whether every object `b` selects is also selected by `a`. */
function selectorContains(a, b) {
    if (isEmptySelector(b))
        return true;
    if (!b.prefix.startsWith(a.prefix))
        return false;
    if (!a.tags.every((t) => b.tags.some((u) => sameTag(t, u))))
        return false;
    const ra = sizeRange(a);
    const rb = sizeRange(b);
    return ra.lo <= rb.lo && rb.hi <= ra.hi;
}
/** The selector of the objects both `a` and `b` select, or undefined when there are none. */
function intersectSelectors(a, b) {
    let prefix;
    if (a.prefix.startsWith(b.prefix))
        prefix = a.prefix;
    else if (b.prefix.startsWith(a.prefix))
        prefix = b.prefix;
    else
        return undefined;
    const tags = [...a.tags];
    for (const t of b.tags)
        if (!tags.some((u) => sameTag(t, u)))
            tags.push(t);
    const gt = maxDefined(a.sizeGreaterThan, b.sizeGreaterThan);
    const lt = minDefined(a.sizeLessThan, b.sizeLessThan);
    const joined = {
        version: a.version,
        prefix,
        tags,
        sizeGreaterThan: gt,
        sizeLessThan: lt,
        wholeBucket: prefix === '' && tags.length === 0 && gt === undefined && lt === undefined,
    };
    return isEmptySelector(joined) ? undefined : joined;
}
function selectorsOverlap(a, b) {
    return intersectSelectors(a, b) !== undefined;
}
function relateSelectors(a, b) {
    return selectorsOverlap(a, b) ? relateOverlapping(a, b) : 'disjoint';
}
/** relateSelectors for two selectors already known to overlap (saves the intersection). */
function relateOverlapping(a, b) {
    const ab = selectorContains(a, b);
    const ba = selectorContains(b, a);
    if (ab && ba)
        return 'equal';
    if (ab)
        return 'contains';
    if (ba)
        return 'within';
    return 'overlap';
}
/** The objects a selector matches, in words: "every object", "objects under 'logs/' tagged env=dev". */
function describeObjects(s) {
    if (s.wholeBucket)
        return 'every object in the bucket';
    const parts = [];
    if (s.prefix !== '')
        parts.push(`under '${s.prefix}'`);
    if (s.tags.length > 0)
        parts.push(`tagged ${s.tags.map((t) => `${t.key}=${t.value}`).join(' and ')}`);
    const { sizeGreaterThan: gt, sizeLessThan: lt } = s;
    if (gt !== undefined && lt !== undefined)
        parts.push(`larger than ${formatBytes(gt)} and smaller than ${formatBytes(lt)}`);
    else if (gt !== undefined)
        parts.push(`larger than ${formatBytes(gt)}`);
    else if (lt !== undefined)
        parts.push(`smaller than ${formatBytes(lt)}`);
    return `objects ${parts.join(', ')}`;
}
/** Bytes as written in the file, with the binary unit when it is exact ("131072 bytes (128 KiB)"). */
function formatBytes(n) {
    const units = [
        [1024 ** 4, 'TiB'],
        [1024 ** 3, 'GiB'],
        [1024 ** 2, 'MiB'],
        [1024, 'KiB'],
    ];
    for (const [size, unit] of units) {
        if (n >= size && n % size === 0)
            return `${n} bytes (${n / size} ${unit})`;
    }
    return n === 1 ? '1 byte' : `${n} bytes`;
}
function sameTag(a, b) {
    return a.key === b.key && a.value === b.value;
}
function tagsConflict(tags) {
    if (tags.length < 2)
        return false;
    const seen = new Map();
    for (const t of tags) {
        const v = seen.get(t.key);
        if (v !== undefined && v !== t.value)
            return true;
        seen.set(t.key, t.value);
    }
    return false;
}
function distinctKeys(tags) {
    if (tags.length <= MAX_OBJECT_TAGS)
        return tags.length;
    return new Set(tags.map((t) => t.key)).size;
}
function maxDefined(a, b) {
    return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}
function minDefined(a, b) {
    return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}

;// CONCATENATED MODULE: ./src/lint/lifecycle-path.ts
/**
 * The path S3 Lifecycle takes objects along when the actions of one rule, or of two overlapping
 * rules, apply to them (UG "How Amazon S3 handles conflicts in lifecycle configurations"):
 * - the shorter expiration is honoured; permanent deletion takes precedence over a transition due
 *   the same day;
 * - transitions due the same day go to the preferred class (TRANSITION_CONFLICT_PREFERENCE);
 * - a transition S3 cannot make from the class the objects are in (the waterfall) never happens.
 * The trace says how long objects stay in each class and which actions never take effect.
 */




/**
 * Trace actions of one scope and one time basis (the caller groups them). Objects start in
 * STANDARD: lifecycle cannot tell which class an upload chose.
 */
function tracePath(actions) {
    const residencies = [];
    const superseded = [];
    const sorted = isSortedByTime(actions) ? actions : [...actions].sort((x, y) => x.at - y.at);
    let current = 'STANDARD';
    let enteredBy;
    let deletedBy;
    for (let start = 0, end = 0; start < sorted.length; start = end) {
        while (end < sorted.length && sorted[end].at === sorted[start].at)
            end++;
        const group = sorted.slice(start, end);
        if (deletedBy) {
            for (const a of group)
                superseded.push({ action: a, by: deletedBy, reason: a.kind === 'expiration' ? 'shorter-expiration' : 'deleted-before' });
            continue;
        }
        // An expiration that keeps the newest noncurrent versions deletes only some of them.
        const deleting = group.find((a) => a.kind === 'expiration' && a.newerNoncurrentVersions === undefined);
        if (enteredBy) {
            for (const e of group)
                if (e.kind === 'expiration' && (e === deleting || !deleting))
                    residencies.push(stay(current, enteredBy, e));
        }
        if (deleting) {
            for (const t of group)
                if (t.kind === 'transition')
                    superseded.push({ action: t, by: deleting, reason: 'deletion-first' });
            deletedBy = deleting;
            continue;
        }
        const winner = preferred(group, current);
        if (!winner) {
            for (const t of group) {
                if (t.kind === 'transition' && enteredBy)
                    superseded.push({ action: t, by: enteredBy, reason: t.storageClass === current ? 'already-there' : 'unreachable' });
            }
            continue;
        }
        for (const t of group) {
            if (t.kind === 'transition' && t.storageClass !== winner.storageClass)
                superseded.push({ action: t, by: winner, reason: 'preferred-class' });
        }
        if (enteredBy)
            residencies.push(stay(current, enteredBy, winner));
        current = winner.storageClass;
        enteredBy = winner;
    }
    return { residencies, superseded };
}
/** Pairs among the enabled rules that pass `only` (e.g. rules with timed actions), in rule order. */
function overlappingPairs(rules, only = () => true) {
    const live = rules.filter((r) => r.enabled && (r.selector.version === 'v1' || r.selector.version === 'v2') && only(r));
    const pairs = [];
    for (let i = 0; i < live.length; i++) {
        for (let j = i + 1; j < live.length; j++) {
            const a = live[i];
            const b = live[j];
            // Mixed V1/V2 configurations, and V1 rules with overlapping prefixes and a common action, are rejected (4.1–4.3).
            if (a.selector.version !== b.selector.version)
                continue;
            if (a.selector.version === 'v1' && sharesActionType(a, b))
                continue;
            const common = intersectSelectors(a.selector, b.selector);
            if (!common)
                continue;
            pairs.push({ a, b, relation: relateOverlapping(a.selector, b.selector), common });
        }
    }
    return pairs;
}
/** The relation seen from the other side. */
function invert(r) {
    return r === 'contains' ? 'within' : r === 'within' ? 'contains' : r;
}
/** Actions grouped so each group shares a scope and a time basis (days cannot be compared with dates), sorted by time. */
function comparableGroups(actions) {
    return [...groupsByKey(actions).values()];
}
const pairTraceCache = new WeakMap();
/**
 * The trace of every overlapping pair, for the time lines both rules act on (a time line only one of
 * them acts on is that rule's own trace). W1 and W9 both need it and it is the costly part on large
 * configurations, so it is computed once per configuration object.
 */
function pairTraces(ctx) {
    const cached = pairTraceCache.get(ctx.config);
    if (cached)
        return cached;
    const groups = new Map(ctx.rules.map((r) => [r, groupsByKey(timedActions(r))]));
    const out = [];
    for (const pair of overlappingPairs(ctx.rules, (r) => groups.get(r).size > 0)) {
        const a = groups.get(pair.a);
        const b = groups.get(pair.b);
        for (const [key, fromA] of a) {
            const fromB = b.get(key);
            if (fromB)
                out.push({ pair, trace: tracePath(mergeByTime(fromA, fromB)) });
        }
    }
    pairTraceCache.set(ctx.config, out);
    return out;
}
function groupsByKey(actions) {
    const groups = new Map();
    for (const a of actions) {
        const key = `${a.scope}/${a.basis}`;
        const list = groups.get(key);
        if (list)
            list.push(a);
        else
            groups.set(key, [a]);
    }
    for (const list of groups.values())
        list.sort((x, y) => x.at - y.at);
    return groups;
}
function mergeByTime(x, y) {
    const out = [];
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
        if (j >= y.length || (i < x.length && x[i].at <= y[j].at))
            out.push(x[i++]);
        else
            out.push(y[j++]);
    }
    return out;
}
function stay(storageClass, enter, leave) {
    return { storageClass, enter, leave, days: leave.at - enter.at };
}
function isSortedByTime(actions) {
    for (let i = 1; i < actions.length; i++)
        if (actions[i - 1].at > actions[i].at)
            return false;
    return true;
}
/** Among the transitions due together that S3 can make from `current`, the one it picks. */
function preferred(group, current) {
    return (0,timing/* preferredTransition */.r9)(group.filter((t) => t.kind === 'transition'), current, (t) => t.storageClass);
}
function sharesActionType(a, b) {
    return lifecycle/* ACTION_KEYS */.W.some((k) => a.raw[k] !== undefined && b.raw[k] !== undefined);
}

;// CONCATENATED MODULE: ./src/lint/rules/early-deletion-charge.ts





/**
 * Catalogue W1: objects leave a class (expire, or move on) before its minimum storage duration, and
 * S3 bills the rest of the minimum anyway. Gaps between transitions of one rule are REJECT rows
 * (3b.6, 3d.4) where AWS's answer is on record, so within one rule this mostly catches an expiration
 * soon after archiving, and a move on from STANDARD_IA or ONEZONE_IA within 30 days (whose rejection
 * is unconfirmed since 2026-07-16); across overlapping rules it also catches another rule's
 * transition or expiration.
 */
const earlyDeletionCharge = {
    meta: {
        id: 'early-deletion-charge',
        description: 'Objects stay in a storage class for its minimum storage duration before they expire or move on.',
        defaultSeverity: 'warning',
        catalogue: ['W1'],
        fix: {
            kind: 'suggestion',
            what: "within one rule, moves an expiration given in days to the day the objects have stayed the class's minimum storage duration; this keeps objects longer, so it is applied only with `--fix-type suggestion`",
        },
        messages: {
            early: {
                message: '{{rule}}: {{who}} leave {{class}} after {{stay}}, but {{class}} bills {{min}} days',
                hint: '{{moved}} and {{out}}: each pays {{extra}} in {{class}} after it has left. Keep them there {{min}} days or more.',
            },
            earlyIfAccepted: {
                message: '{{rule}}: {{who}} leave {{class}} after {{stay}}, but {{class}} bills {{min}} days',
                aws: { evidence: 'unconfirmed', code: 'InvalidArgument', since: '{{since}}' },
                hint: 'If AWS accepts this gap, each pays {{extra}} in {{class}} after it has left. Keep them there {{min}} days or more.',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            if (!rule.enabled)
                continue;
            for (const group of comparableGroups(timedActions(rule))) {
                for (const r of tracePath(group).residencies) {
                    // A later transition of the same rule inside a gap AWS rejects is transition-gap's error, not a cost.
                    // Where that rejection is unconfirmed (after the IA classes, since 2026-07-16), the cost is real if AWS accepts.
                    const facts = storage_classes/* STORAGE_CLASSES */.Zq[r.storageClass];
                    const inGap = r.leave.kind === 'transition' && r.days < facts.nextTransitionGapDays;
                    if (inGap && !facts.limitsUnconfirmedSince)
                        continue;
                    if (isEarly(r))
                        report(ctx, r, undefined, 0, inGap ? facts.limitsUnconfirmedSince : undefined);
                }
            }
        }
        // Across rules, one finding per action that cuts stays short: the costliest stay, and how many rules' objects it hits.
        const worst = new Map();
        for (const { pair, trace } of pairTraces(ctx)) {
            for (const r of trace.residencies) {
                if (r.enter.rule === r.leave.rule || !isEarly(r))
                    continue;
                const seen = worst.get(r.leave.pointer);
                if (!seen)
                    worst.set(r.leave.pointer, { r, common: pair.common, rules: new Set([r.enter.rule]) });
                else {
                    seen.rules.add(r.enter.rule);
                    if (extraDays(r) > extraDays(seen.r))
                        Object.assign(seen, { r, common: pair.common });
                }
            }
        }
        for (const { r, common, rules } of worst.values())
            report(ctx, r, common, rules.size - 1);
    },
};
/** Days billed for a class after the objects have left it. */
function extraDays(r) {
    return storage_classes/* STORAGE_CLASSES */.Zq[r.storageClass].minStorageDays - r.days;
}
function isEarly(r) {
    return extraDays(r) > 0;
}
/** `unconfirmedSince`: the stay is a gap AWS rejected until that day; the cost holds only if AWS now accepts it. */
function report(ctx, r, common, others = 0, unconfirmedSince) {
    const min = storage_classes/* STORAGE_CLASSES */.Zq[r.storageClass].minStorageDays;
    const { enter, leave } = r;
    const objects = common ? describeObjects(common) : 'objects';
    const who = enter.scope === 'noncurrent' ? (common ? `noncurrent versions of ${objects}` : 'noncurrent versions') : objects;
    const by = others > 0 ? `${enter.rule.label}, and likewise for objects of ${others} more ${others === 1 ? 'rule' : 'rules'}` : enter.rule.label;
    const moved = `${who} move to ${r.storageClass} ${describeTime(enter)}${common ? ` (${by})` : ''}`;
    const out = `${leaving(leave)} ${describeTime(leave)}${common ? ' (this rule)' : ''}`;
    // Within one rule, an expiration in days can simply come later; across rules the choice is the user's.
    const movable = !common && leave.kind === 'expiration' && leave.basis === 'days' && enter.basis === 'days';
    ctx.report({
        pointer: leave.pointer,
        ...(movable ? { fixes: [expireAfterMinimum(leave.rule, leave.pointer, enter.at, r.storageClass, `the ${leave.element}`)] } : {}),
        messageId: unconfirmedSince ? 'earlyIfAccepted' : 'early',
        data: {
            rule: leave.rule.label,
            who: enter.scope === 'noncurrent' ? 'noncurrent versions' : 'objects',
            class: r.storageClass,
            stay: `${leave.basis === 'date' ? 'at most ' : ''}${days(r.days)}`,
            min,
            moved,
            out,
            extra: `${leave.basis === 'date' ? 'at least ' : ''}${days(extraDays(r))}`,
            ...(unconfirmedSince ? { since: unconfirmedSince } : {}),
        },
    });
}
function leaving(a) {
    if (a.kind === 'transition')
        return `move on to ${a.storageClass}`;
    return a.newerNoncurrentVersions === undefined ? 'are deleted' : `are deleted beyond the ${a.newerNoncurrentVersions} newest versions`;
}
function days(n) {
    return n === 1 ? '1 day' : `${n} days`;
}

;// CONCATENATED MODULE: ./src/lint/rules/expiration-after-transition.ts





/**
 * Catalogue 3b.9: a rule's Expiration comes strictly after its last Transition. The classic
 * case is a stage where the TTL shrank to the IA transition day (IA@30, Expiration@30).
 */
const expirationAfterTransition = {
    meta: {
        id: 'expiration-after-transition',
        description: "A rule's Expiration comes strictly after every one of its Transitions.",
        defaultSeverity: 'error',
        catalogue: ['3b.9'],
        fix: {
            kind: 'suggestion',
            what: "moves an Expiration given in days to the day the last Transition's class has been paid for (its day plus the class's minimum storage duration); this keeps objects longer, so it is applied only with `--fix-type suggestion`",
        },
        evidence: (0,records/* evidenceFor */.hF)('3b.9'),
        messages: {
            notAfter: {
                message: '{{rule}}: the Expiration {{when}} is not after {{step}}',
                aws: (0,report_message/* documented */.fp)('InvalidArgument'),
                hint: 'Expire objects later than their last transition, or drop the transition.',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            const expiration = (0,values/* obj */.WL)(rule.raw.Expiration);
            const key = expiration ? timingKey(expiration) : undefined;
            const timeline = currentTimeline(rule);
            // Mixed units are date-days-mixing's finding; a bad Days or Date is another rule's.
            if (!expiration || !key || !timeline || timeline.key !== key || timeline.steps.length === 0)
                continue;
            const at = key === 'Days' ? positive(expiration.Days) : dateDay(expiration.Date);
            if (at === undefined)
                continue;
            const last = timeline.steps.reduce((a, b) => (b.at > a.at ? b : a));
            if (at > last.at)
                continue;
            const when = key === 'Days' ? `at day ${at}` : `on ${String(expiration.Date)}`;
            ctx.report({
                pointer: rule.at('Expiration', key),
                messageId: 'notAfter',
                data: { rule: rule.label, when, step: describeStep(timeline, last) },
                // A date is moved by hand: the file's way of writing it is the user's.
                ...(key === 'Days'
                    ? { fixes: [expireAfterMinimum(rule, rule.at('Expiration', 'Days'), last.at, last.storageClass, 'the Expiration')] }
                    : {}),
            });
        }
    },
};
function positive(v) {
    const n = (0,values/* int */.Wh)(v);
    return n !== undefined && n >= 1 ? n : undefined;
}

;// CONCATENATED MODULE: ./src/lint/rules/expiration-days-positive.ts



/** Catalogue 3a.2: Expiration.Days is at least 1 (unlike a Transition to an archive class, 0 is refused). */
const expirationDaysPositive = {
    meta: {
        id: 'expiration-days-positive',
        description: 'Expiration.Days is a positive whole number (1 or more).',
        defaultSeverity: 'error',
        catalogue: ['3a.2'],
        evidence: (0,records/* evidenceFor */.hF)('3a.2'),
        messages: {
            notPositive: {
                message: '{{rule}} expires objects after {{days}} days; the earliest is 1',
                aws: (0,report_message/* recorded */.t2)('InvalidArgument', "'Days' for Expiration action must be a positive integer"),
                hint: 'Use 1 or more days.',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            const days = (0,values/* int */.Wh)((0,values/* obj */.WL)(rule.raw.Expiration)?.Days);
            if (days === undefined || days >= 1)
                continue;
            ctx.report({
                pointer: rule.at('Expiration', 'Days'),
                messageId: 'notPositive',
                data: { rule: rule.label, days },
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/expiration-one-of.ts




const CONDITIONS = ['Days', 'Date', 'ExpiredObjectDeleteMarker'];
/**
 * Catalogue 3a.1: an Expiration says when in exactly one way: Days, Date, or
 * ExpiredObjectDeleteMarker. S3's published schema makes them a choice, so anything else is
 * MalformedXML (observed for ExpiredObjectDeleteMarker with Days, even when the marker is false).
 */
const expirationOneOf = {
    meta: {
        id: 'expiration-one-of',
        description: 'An Expiration has exactly one of Days, Date or ExpiredObjectDeleteMarker.',
        defaultSeverity: 'error',
        catalogue: ['3a.1'],
        evidence: (0,records/* evidenceFor */.hF)('3a.1'),
        messages: {
            empty: {
                message: '{{rule}}: its Expiration is empty',
                aws: (0,report_message/* recorded */.t2)('MalformedXML', report_message/* SCHEMA_TEXT */.k3),
                hint: 'Give it "Days", "Date" or "ExpiredObjectDeleteMarker".',
            },
            both: {
                message: '{{rule}}: its Expiration has both {{written}}; it takes exactly one',
                aws: (0,report_message/* recorded */.t2)('MalformedXML', report_message/* SCHEMA_TEXT */.k3),
                hint: '{{fix}}',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            const exp = (0,values/* obj */.WL)(rule.raw.Expiration);
            if (!exp)
                continue;
            const written = CONDITIONS.filter((k) => present(exp, k));
            if (written.length === 0) {
                // Only unknown keys (a misspelt "days"): the schema names them, which is the better hint.
                if (Object.keys(exp).length > 0)
                    continue;
                ctx.report({
                    pointer: rule.at('Expiration'),
                    reportOnKey: true,
                    messageId: 'empty',
                    data: { rule: rule.label },
                });
            }
            else if (written.length > 1) {
                const marker = written.includes('ExpiredObjectDeleteMarker');
                const fix = marker
                    ? 'ExpiredObjectDeleteMarker "cannot be specified with Days or Date" (API reference): put it in a rule of its own.'
                    : 'Keep one of them.';
                const second = marker ? 'ExpiredObjectDeleteMarker' : written[1];
                ctx.report({
                    pointer: rule.at('Expiration', second),
                    reportOnKey: true,
                    messageId: 'both',
                    data: { rule: rule.label, written: written.join(' and '), fix },
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/filter-object-size.ts




/**
 * Catalogue 2.5 and 2.6: object-size filters are byte counts within S3's bounds, and a range is not
 * empty (ObjectSizeGreaterThan < ObjectSizeLessThan). Values past the size the User Guide documents
 * but within the recorded bound are warnings: which of the two AWS enforces is unverified.
 */
const filterObjectSize = {
    meta: {
        id: 'filter-object-size',
        description: "Object-size filters are within S3's bounds and ObjectSizeGreaterThan is below ObjectSizeLessThan.",
        defaultSeverity: 'error',
        catalogue: ['2.5', '2.6'],
        evidence: (0,records/* evidenceFor */.hF)('2.5', '2.6'),
        messages: {
            emptyRange: {
                message: '{{rule}}: ObjectSizeLessThan {{lt}} is not above ObjectSizeGreaterThan {{gt}}; nothing matches',
                aws: (0,report_message/* documented */.fp)('InvalidRequest'),
                hint: 'Make ObjectSizeLessThan larger than ObjectSizeGreaterThan.',
            },
            outOfBounds: {
                message: '{{rule}}: {{name}} is {{size}}, outside the {{min}}–{{max}} bytes S3 accepts',
                aws: (0,report_message/* recorded */.t2)('InvalidRequest', "'{{name}}' should be between {{min}} and {{max}}."),
                hint: 'Use a size within the bounds.',
            },
            overDocumented: {
                message: '{{rule}}: {{name}} is {{size}}, over the {{documented}} TB maximum filter size AWS documents',
                hint: 'Stay at or under {{documented}} TB; whether AWS rejects more is not verified (emulators accept up to {{max}} bytes).',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            const sizes = filterParts(rule).sizes;
            for (const size of sizes)
                checkBounds(ctx, rule, size);
            for (const container of ['filter', 'and']) {
                const gt = sizes.find((s) => s.container === container && s.name === 'ObjectSizeGreaterThan');
                const lt = sizes.find((s) => s.container === container && s.name === 'ObjectSizeLessThan');
                if (!gt || !lt || gt.value < lt.value)
                    continue;
                ctx.report({
                    pointer: lt.pointer,
                    messageId: 'emptyRange',
                    data: { rule: rule.label, lt: bytes(lt.value), gt: bytes(gt.value) },
                });
            }
        }
    },
};
function checkBounds(ctx, rule, size) {
    const { min, max } = s3_limits/* OBJECT_SIZE_FILTER_BOUNDS */.tV[size.name];
    if (size.value < min || size.value > max) {
        ctx.report({
            pointer: size.pointer,
            messageId: 'outOfBounds',
            data: { rule: rule.label, name: size.name, size: bytes(size.value), min, max },
        });
    }
    else if (size.value > s3_limits/* DOCUMENTED_MAX_FILTER_SIZE_BYTES */.Xh) {
        ctx.report({
            pointer: size.pointer,
            severity: 'warning',
            messageId: 'overDocumented',
            data: { rule: rule.label, name: size.name, size: bytes(size.value), documented: s3_limits/* DOCUMENTED_MAX_FILTER_SIZE_BYTES */.Xh / s3_limits/* TIB */.eS, max },
        });
    }
}
function bytes(n) {
    return n >= s3_limits/* TIB */.eS ? `${n} bytes (${+(n / s3_limits/* TIB */.eS).toFixed(2)} TB)` : `${n} bytes`;
}

;// CONCATENATED MODULE: ./src/lint/rules/filter-or-prefix.ts




/**
 * Catalogue 1.7 and 1.8: a rule selects its objects with a `Filter` (V2) or, in the deprecated V1
 * form, a rule-level `Prefix`; one of the two, not both.
 */
const filterOrPrefix = {
    meta: {
        id: 'filter-or-prefix',
        description: 'Every rule has a Filter (or, in the deprecated V1 form, a rule-level Prefix), not both.',
        defaultSeverity: 'error',
        catalogue: ['1.7', '1.8'],
        fix: {
            kind: 'safe',
            what: 'adds `"Filter": {}` (the whole bucket; `"Prefix": ""` in a V1 configuration) to a rule with neither a Filter nor a Prefix, and moves a rule-level Prefix into an empty Filter (or drops it when the Filter has the same prefix)',
        },
        evidence: (0,records/* evidenceFor */.hF)('1.7', '1.8'),
        messages: {
            neither: {
                message: '{{rule}} has neither a "Filter" nor a "Prefix": S3 cannot tell which objects it applies to',
                aws: (0,report_message/* recorded */.t2)('MalformedXML', report_message/* SCHEMA_TEXT */.k3),
                hint: 'Add "Filter": {} for the whole bucket, or "Filter": {"Prefix": "…"}.',
            },
            both: {
                message: '{{rule}} has both a "Filter" and a rule-level "Prefix" (the deprecated V1 form)',
                aws: (0,report_message/* emulated */.Or)('MalformedXML'),
                hint: 'Move the prefix into the Filter.',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            const form = ruleForm(rule);
            if (form === 'none') {
                ctx.report({
                    pointer: rule.pointer,
                    reportOnKey: true,
                    messageId: 'neither',
                    data: { rule: rule.label },
                    fixes: [selectWholeBucket(ctx, rule)],
                });
            }
            else if (form === 'both') {
                ctx.report({
                    pointer: rule.at('Prefix'),
                    reportOnKey: true,
                    severity: 'warning',
                    messageId: 'both',
                    data: { rule: rule.label },
                    fixes: optional(prefixIntoFilter(rule)),
                });
            }
        }
    },
};
function optional(plan) {
    return plan ? [plan] : undefined;
}

;// CONCATENATED MODULE: ./src/lint/rules/filter-prefix-length.ts




/**
 * Catalogue 2.7 [UNVERIFIED]: object keys are at most 1,024 bytes of UTF-8, so a longer prefix
 * matches nothing. Emulators refuse it; AWS's answer is not on record.
 */
const filterPrefixLength = {
    meta: {
        id: 'filter-prefix-length',
        description: `A prefix is at most ${s3_limits/* MAX_OBJECT_KEY_BYTES */.R0} bytes, the longest an object key can be.`,
        defaultSeverity: 'warning',
        catalogue: ['2.7'],
        evidence: (0,records/* evidenceFor */.hF)('2.7'),
        messages: {
            tooLong: {
                message: '{{rule}}: its prefix is {{size}} bytes of UTF-8, longer than any object key ({{max}} bytes)',
                aws: (0,report_message/* emulated */.Or)('InvalidArgument'),
                hint: 'The prefix can match no object: shorten it.',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            for (const prefix of filterParts(rule).prefixes) {
                const size = Buffer.byteLength(prefix.value, 'utf8');
                if (size <= s3_limits/* MAX_OBJECT_KEY_BYTES */.R0)
                    continue;
                ctx.report({
                    pointer: prefix.pointer,
                    messageId: 'tooLong',
                    data: { rule: rule.label, size, max: s3_limits/* MAX_OBJECT_KEY_BYTES */.R0 },
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/filter-single-predicate.ts




/**
 * Catalogue 2.1: a Filter holds exactly one of Prefix, Tag, ObjectSizeGreaterThan,
 * ObjectSizeLessThan or And (or nothing: the whole bucket). Several conditions go inside And.
 */
const filterSinglePredicate = {
    meta: {
        id: 'filter-single-predicate',
        description: 'A Filter holds one condition; several conditions are combined inside "And".',
        defaultSeverity: 'error',
        catalogue: ['2.1'],
        evidence: (0,records/* evidenceFor */.hF)('2.1'),
        messages: {
            several: {
                message: '{{rule}}: its Filter has {{written}} side by side; a Filter takes one condition',
                aws: (0,report_message/* documented */.fp)('MalformedXML'),
                hint: '{{fix}}',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            const filter = (0,values/* obj */.WL)(rule.raw.Filter);
            if (!filter)
                continue;
            const written = Object.keys(filter).filter((k) => FILTER_PREDICATES.includes(k) && present(filter, k));
            if (written.length < 2)
                continue;
            const others = written.filter((k) => k !== 'And');
            const tagNote = written.includes('Tag') ? ' (inside And, a tag goes in its "Tags" list)' : '';
            const fix = written.includes('And')
                ? `Move ${others.join(' and ')} into the "And"${tagNote}.`
                : `Combine them in "And": {…}${tagNote}.`;
            // The second condition is the one that broke the filter; point there.
            ctx.report({
                pointer: rule.at('Filter', written[1]),
                reportOnKey: true,
                messageId: 'several',
                data: { rule: rule.label, written: written.join(', '), fix },
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/filter-tag-count.ts





/**
 * Catalogue 2.8 [UNVERIFIED]: an object carries at most 10 tags, so a filter that requires more
 * can never match. One emulator refuses it; AWS's answer is not on record.
 */
const filterTagCount = {
    meta: {
        id: 'filter-tag-count',
        description: `A filter names at most ${s3_limits/* MAX_TAGS_PER_OBJECT */.Bf} tags, the most an object can carry.`,
        defaultSeverity: 'warning',
        catalogue: ['2.8'],
        evidence: (0,records/* evidenceFor */.hF)('2.8'),
        messages: {
            tooMany: {
                message: '{{rule}}: its filter requires {{count}} tags, but an object carries at most {{max}}',
                aws: (0,report_message/* emulated */.Or)(),
                hint: 'The filter can match no object: require {{max}} tags or fewer.',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            const tags = (0,values/* arr */.QL)((0,values/* obj */.WL)((0,values/* obj */.WL)(rule.raw.Filter)?.And)?.Tags);
            if (tags.length <= s3_limits/* MAX_TAGS_PER_OBJECT */.Bf)
                continue;
            ctx.report({
                pointer: (0,pointer/* joinPointer */.Kn)(rule.at('Filter', 'And'), 'Tags'),
                reportOnKey: true,
                messageId: 'tooMany',
                data: { rule: rule.label, count: tags.length, max: s3_limits/* MAX_TAGS_PER_OBJECT */.Bf },
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/filter-tag-keys-unique.ts



/** Catalogue 2.3: the tags an And lists have different keys. */
const filterTagKeysUnique = {
    meta: {
        id: 'filter-tag-keys-unique',
        description: 'The tags in one filter have different keys.',
        defaultSeverity: 'error',
        catalogue: ['2.3'],
        evidence: (0,records/* evidenceFor */.hF)('2.3'),
        messages: {
            repeated: {
                message: "{{rule}}: {{tag}} repeats the tag key '{{key}}' of {{first}}",
                aws: (0,report_message/* documented */.fp)('InvalidRequest'),
                hint: 'Give each tag of the filter its own key.',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            const seen = new Map();
            // Only And.Tags can repeat a key; Filter.Tag beside And is filter-single-predicate's fault.
            for (const t of filterParts(rule).tags) {
                if (!t.inAnd || typeof t.key !== 'string')
                    continue;
                const first = seen.get(t.key);
                if (first === undefined) {
                    seen.set(t.key, t.label);
                    continue;
                }
                ctx.report({
                    pointer: `${t.pointer}/Key`,
                    messageId: 'repeated',
                    data: { rule: rule.label, tag: t.label, key: t.key, first },
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/filter-tag-length.ts




/**
 * Catalogue 2.4: a filter tag's Key has 1–128 characters and its Value 0–256. An empty or missing
 * Value is allowed: it matches objects whose tag has no value.
 */
const filterTagLength = {
    meta: {
        id: 'filter-tag-length',
        description: `A filter tag's Key has ${s3_limits/* TAG_KEY_CHARS */.H3.min}–${s3_limits/* TAG_KEY_CHARS */.H3.max} characters and its Value at most ${s3_limits/* TAG_VALUE_CHARS */.pJ.max}.`,
        defaultSeverity: 'error',
        catalogue: ['2.4'],
        evidence: (0,records/* evidenceFor */.hF)('2.4'),
        messages: {
            emptyKey: {
                message: '{{rule}}: {{tag}} has an empty Key',
                aws: (0,report_message/* emulated */.Or)('InvalidRequest'),
                hint: 'Give the tag a key of 1 to {{max}} characters.',
            },
            longKey: {
                message: '{{rule}}: {{tag}} has a Key of {{length}} characters, more than {{max}}',
                aws: (0,report_message/* emulated */.Or)('InvalidRequest'),
                hint: 'Shorten the key to {{max}} characters or fewer.',
            },
            longValue: {
                message: '{{rule}}: {{tag}} has a Value of {{length}} characters, more than {{max}}',
                aws: (0,report_message/* emulated */.Or)('InvalidRequest'),
                hint: 'Shorten the value to {{max}} characters or fewer.',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            for (const tag of filterParts(rule).tags) {
                const where = tag.label;
                if (typeof tag.key === 'string') {
                    const n = charLength(tag.key);
                    if (n < s3_limits/* TAG_KEY_CHARS */.H3.min || n > s3_limits/* TAG_KEY_CHARS */.H3.max) {
                        ctx.report({
                            pointer: `${tag.pointer}/Key`,
                            messageId: n === 0 ? 'emptyKey' : 'longKey',
                            data: { rule: rule.label, tag: where, length: n, max: s3_limits/* TAG_KEY_CHARS */.H3.max },
                        });
                    }
                }
                if (typeof tag.value === 'string') {
                    const n = charLength(tag.value);
                    if (n > s3_limits/* TAG_VALUE_CHARS */.pJ.max) {
                        ctx.report({
                            pointer: `${tag.pointer}/Value`,
                            messageId: 'longValue',
                            data: { rule: rule.label, tag: where, length: n, max: s3_limits/* TAG_VALUE_CHARS */.pJ.max },
                        });
                    }
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/integer-values.ts




/** Members S3 types as Integer (32-bit) or Long, by where they sit in a rule. */
const INTEGER_MEMBERS = [
    ['Expiration', ['Days']],
    ['NoncurrentVersionExpiration', ['NoncurrentDays', 'NewerNoncurrentVersions']],
    ['AbortIncompleteMultipartUpload', ['DaysAfterInitiation']],
];
const INTEGER_LISTS = [
    ['Transitions', ['Days']],
    ['NoncurrentVersionTransitions', ['NoncurrentDays', 'NewerNoncurrentVersions']],
];
const LONG_MEMBERS = ['ObjectSizeGreaterThan', 'ObjectSizeLessThan'];
/** A whole number as JSON or YAML 1.2 write one (YAML also takes 0x and 0o forms). */
const WHOLE = /^[-+]?\d+$|^0x[0-9a-fA-F]+$|^0o[0-7]+$/;
/**
 * Catalogue 1.10 (types): the numbers S3 takes as integers are written as whole numbers, and the
 * Integer ones fit S3's 32-bit range. `30.0` and `3e1` parse to 30, but the XML S3 reads would
 * carry them as written (the AWS CLI refuses a float before it sends anything); 9007199254740993
 * parses to another number altogether. Non-finite values and fractions (30.5) are the schema
 * rule's (lifecycle-schema).
 */
const integerValues = {
    meta: {
        id: 'integer-values',
        description: "Days, counts and object sizes are written as whole numbers, and days and counts fit S3's 32-bit integers.",
        defaultSeverity: 'error',
        catalogue: ['1.10'],
        evidence: (0,records/* evidenceFor */.hF)('1.10-integers'),
        messages: {
            notWhole: {
                message: '{{rule}}: {{field}} is written {{written}}, not as a whole number',
                aws: (0,report_message/* recorded */.t2)('MalformedXML', report_message/* SCHEMA_TEXT */.k3),
                hint: 'Write {{value}}.',
            },
            tooLarge: {
                message: '{{rule}}: {{field}} is {{shown}}, beyond the 32-bit integers S3 takes',
                aws: (0,report_message/* recorded */.t2)('MalformedXML', report_message/* SCHEMA_TEXT */.k3),
                hint: 'Use at most {{max}}.',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            for (const [action, members] of INTEGER_MEMBERS) {
                const o = (0,values/* obj */.WL)(rule.raw[action]);
                if (o)
                    for (const m of members)
                        checkValue(ctx, rule, o[m], [action, m], true);
            }
            for (const [list, members] of INTEGER_LISTS) {
                (0,values/* arr */.QL)(rule.raw[list]).forEach((item, i) => {
                    const o = (0,values/* obj */.WL)(item);
                    if (o)
                        for (const m of members)
                            checkValue(ctx, rule, o[m], [list, i, m], true);
                });
            }
            const filter = (0,values/* obj */.WL)(rule.raw.Filter);
            for (const where of [filter, (0,values/* obj */.WL)(filter?.And)]) {
                if (!where)
                    continue;
                const path = where === filter ? ['Filter'] : ['Filter', 'And'];
                for (const m of LONG_MEMBERS)
                    checkValue(ctx, rule, where[m], [...path, m], false);
            }
        }
    },
};
function checkValue(ctx, rule, value, path, integer) {
    if (typeof value !== 'number' || !Number.isFinite(value) || !Number.isInteger(value))
        return;
    const pointer = rule.at(...path);
    const written = ctx.literal?.(pointer)?.trim();
    const field = `${path[0]}${typeof path[1] === 'number' ? `[${path[1]}]` : ''}.${String(path.at(-1))}`;
    if (written !== undefined && written !== '' && !WHOLE.test(written)) {
        ctx.report({ pointer, messageId: 'notWhole', data: { rule: rule.label, field, written, value: String(value) } });
        return;
    }
    if (integer && Math.abs(value) > s3_limits/* MAX_S3_INTEGER */.$Z) {
        const shown = written && WHOLE.test(written) ? written : String(value);
        ctx.report({
            pointer,
            messageId: 'tooLarge',
            data: { rule: rule.label, field, shown, max: s3_limits/* MAX_S3_INTEGER */.$Z.toLocaleString('en-US') },
        });
    }
}

;// CONCATENATED MODULE: ./src/generated/lifecycle-validators.js
// Generated by scripts/gen-validators.mjs from schemas/lifecycle-configuration.schema.json. Do not edit.
// @ts-nocheck

const validateLifecycleConfiguration = validate33;
const schema32 = {"type":"object","properties":{"Rules":{"type":"array","items":{"$ref":"#/$defs/Rule"}},"TransitionDefaultMinimumObjectSize":{"$ref":"#/$defs/TransitionDefaultMinimumObjectSize"}},"additionalProperties":false};
const schema45 = {"type":"string","enum":["all_storage_classes_128K","varies_by_storage_class"]};
const schema33 = {"type":"object","properties":{"ID":{"type":"string"},"Status":{"type":"string"},"Filter":{"$ref":"#/$defs/Filter"},"Prefix":{"type":"string","description":"Deprecated (lifecycle V1). Use Filter."},"Expiration":{"$ref":"#/$defs/Expiration"},"Transitions":{"type":"array","items":{"$ref":"#/$defs/Transition"}},"NoncurrentVersionTransitions":{"type":"array","items":{"$ref":"#/$defs/NoncurrentVersionTransition"}},"NoncurrentVersionExpiration":{"$ref":"#/$defs/NoncurrentVersionExpiration"},"AbortIncompleteMultipartUpload":{"$ref":"#/$defs/AbortIncompleteMultipartUpload"}},"additionalProperties":false};
const schema38 = {"type":"object","properties":{"Days":{"type":"integer"},"Date":{"type":"string"},"ExpiredObjectDeleteMarker":{"type":"boolean"}},"additionalProperties":false};
const schema43 = {"type":"object","properties":{"NoncurrentDays":{"type":"integer"},"NewerNoncurrentVersions":{"type":"integer"}},"additionalProperties":false};
const schema44 = {"type":"object","properties":{"DaysAfterInitiation":{"type":"integer"}},"additionalProperties":false};
const func1 = Object.prototype.hasOwnProperty;
const schema34 = {"type":"object","properties":{"Prefix":{"type":"string"},"Tag":{"$ref":"#/$defs/Tag"},"ObjectSizeGreaterThan":{"type":"integer"},"ObjectSizeLessThan":{"type":"integer"},"And":{"$ref":"#/$defs/And"}},"additionalProperties":false};
const schema35 = {"type":"object","properties":{"Key":{"type":"string"},"Value":{"type":"string"}},"required":["Key"],"additionalProperties":false};
const schema36 = {"type":"object","properties":{"Prefix":{"type":"string"},"Tags":{"type":"array","items":{"$ref":"#/$defs/Tag"}},"ObjectSizeGreaterThan":{"type":"integer"},"ObjectSizeLessThan":{"type":"integer"}},"additionalProperties":false};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "Prefix") || (key0 === "Tags")) || (key0 === "ObjectSizeGreaterThan")) || (key0 === "ObjectSizeLessThan"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Prefix !== undefined){
if(typeof data.Prefix !== "string"){
const err1 = {instancePath:instancePath+"/Prefix",schemaPath:"#/properties/Prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Tags !== undefined){
let data1 = data.Tags;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.Key === undefined){
const err2 = {instancePath:instancePath+"/Tags/" + i0,schemaPath:"#/$defs/Tag/required",keyword:"required",params:{missingProperty: "Key"},message:"must have required property '"+"Key"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "Key") || (key1 === "Value"))){
const err3 = {instancePath:instancePath+"/Tags/" + i0,schemaPath:"#/$defs/Tag/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data2.Key !== undefined){
if(typeof data2.Key !== "string"){
const err4 = {instancePath:instancePath+"/Tags/" + i0+"/Key",schemaPath:"#/$defs/Tag/properties/Key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.Value !== undefined){
if(typeof data2.Value !== "string"){
const err5 = {instancePath:instancePath+"/Tags/" + i0+"/Value",schemaPath:"#/$defs/Tag/properties/Value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/Tags/" + i0,schemaPath:"#/$defs/Tag/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/Tags",schemaPath:"#/properties/Tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.ObjectSizeGreaterThan !== undefined){
let data5 = data.ObjectSizeGreaterThan;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err8 = {instancePath:instancePath+"/ObjectSizeGreaterThan",schemaPath:"#/properties/ObjectSizeGreaterThan/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.ObjectSizeLessThan !== undefined){
let data6 = data.ObjectSizeLessThan;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err9 = {instancePath:instancePath+"/ObjectSizeLessThan",schemaPath:"#/properties/ObjectSizeLessThan/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "Prefix") || (key0 === "Tag")) || (key0 === "ObjectSizeGreaterThan")) || (key0 === "ObjectSizeLessThan")) || (key0 === "And"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Prefix !== undefined){
if(typeof data.Prefix !== "string"){
const err1 = {instancePath:instancePath+"/Prefix",schemaPath:"#/properties/Prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Tag !== undefined){
let data1 = data.Tag;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.Key === undefined){
const err2 = {instancePath:instancePath+"/Tag",schemaPath:"#/$defs/Tag/required",keyword:"required",params:{missingProperty: "Key"},message:"must have required property '"+"Key"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "Key") || (key1 === "Value"))){
const err3 = {instancePath:instancePath+"/Tag",schemaPath:"#/$defs/Tag/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.Key !== undefined){
if(typeof data1.Key !== "string"){
const err4 = {instancePath:instancePath+"/Tag/Key",schemaPath:"#/$defs/Tag/properties/Key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.Value !== undefined){
if(typeof data1.Value !== "string"){
const err5 = {instancePath:instancePath+"/Tag/Value",schemaPath:"#/$defs/Tag/properties/Value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/Tag",schemaPath:"#/$defs/Tag/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.ObjectSizeGreaterThan !== undefined){
let data4 = data.ObjectSizeGreaterThan;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err7 = {instancePath:instancePath+"/ObjectSizeGreaterThan",schemaPath:"#/properties/ObjectSizeGreaterThan/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.ObjectSizeLessThan !== undefined){
let data5 = data.ObjectSizeLessThan;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err8 = {instancePath:instancePath+"/ObjectSizeLessThan",schemaPath:"#/properties/ObjectSizeLessThan/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.And !== undefined){
if(!(validate24(data.And, {instancePath:instancePath+"/And",parentData:data,parentDataProperty:"And",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema39 = {"type":"object","properties":{"Days":{"type":"integer"},"Date":{"type":"string"},"StorageClass":{"$ref":"#/$defs/StorageClass"}},"required":["StorageClass"],"additionalProperties":false};
const schema40 = {"type":"string","enum":["STANDARD","REDUCED_REDUNDANCY","STANDARD_IA","ONEZONE_IA","INTELLIGENT_TIERING","GLACIER_IR","GLACIER","DEEP_ARCHIVE"]};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.StorageClass === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "StorageClass"},message:"must have required property '"+"StorageClass"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "Days") || (key0 === "Date")) || (key0 === "StorageClass"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Days !== undefined){
let data0 = data.Days;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/Days",schemaPath:"#/properties/Days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Date !== undefined){
if(typeof data.Date !== "string"){
const err3 = {instancePath:instancePath+"/Date",schemaPath:"#/properties/Date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.StorageClass !== undefined){
let data2 = data.StorageClass;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/StorageClass",schemaPath:"#/$defs/StorageClass/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((((((data2 === "STANDARD") || (data2 === "REDUCED_REDUNDANCY")) || (data2 === "STANDARD_IA")) || (data2 === "ONEZONE_IA")) || (data2 === "INTELLIGENT_TIERING")) || (data2 === "GLACIER_IR")) || (data2 === "GLACIER")) || (data2 === "DEEP_ARCHIVE"))){
const err5 = {instancePath:instancePath+"/StorageClass",schemaPath:"#/$defs/StorageClass/enum",keyword:"enum",params:{allowedValues: schema40.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema41 = {"type":"object","properties":{"NoncurrentDays":{"type":"integer"},"NewerNoncurrentVersions":{"type":"integer"},"StorageClass":{"$ref":"#/$defs/StorageClass"}},"required":["StorageClass"],"additionalProperties":false};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.StorageClass === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "StorageClass"},message:"must have required property '"+"StorageClass"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "NoncurrentDays") || (key0 === "NewerNoncurrentVersions")) || (key0 === "StorageClass"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.NoncurrentDays !== undefined){
let data0 = data.NoncurrentDays;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/NoncurrentDays",schemaPath:"#/properties/NoncurrentDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.NewerNoncurrentVersions !== undefined){
let data1 = data.NewerNoncurrentVersions;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/NewerNoncurrentVersions",schemaPath:"#/properties/NewerNoncurrentVersions/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.StorageClass !== undefined){
let data2 = data.StorageClass;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/StorageClass",schemaPath:"#/$defs/StorageClass/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((((((data2 === "STANDARD") || (data2 === "REDUCED_REDUNDANCY")) || (data2 === "STANDARD_IA")) || (data2 === "ONEZONE_IA")) || (data2 === "INTELLIGENT_TIERING")) || (data2 === "GLACIER_IR")) || (data2 === "GLACIER")) || (data2 === "DEEP_ARCHIVE"))){
const err5 = {instancePath:instancePath+"/StorageClass",schemaPath:"#/$defs/StorageClass/enum",keyword:"enum",params:{allowedValues: schema40.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema33.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.ID !== undefined){
if(typeof data.ID !== "string"){
const err1 = {instancePath:instancePath+"/ID",schemaPath:"#/properties/ID/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Status !== undefined){
if(typeof data.Status !== "string"){
const err2 = {instancePath:instancePath+"/Status",schemaPath:"#/properties/Status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Filter !== undefined){
if(!(validate23(data.Filter, {instancePath:instancePath+"/Filter",parentData:data,parentDataProperty:"Filter",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.Prefix !== undefined){
if(typeof data.Prefix !== "string"){
const err3 = {instancePath:instancePath+"/Prefix",schemaPath:"#/properties/Prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Expiration !== undefined){
let data4 = data.Expiration;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!(((key1 === "Days") || (key1 === "Date")) || (key1 === "ExpiredObjectDeleteMarker"))){
const err4 = {instancePath:instancePath+"/Expiration",schemaPath:"#/$defs/Expiration/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data4.Days !== undefined){
let data5 = data4.Days;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err5 = {instancePath:instancePath+"/Expiration/Days",schemaPath:"#/$defs/Expiration/properties/Days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data4.Date !== undefined){
if(typeof data4.Date !== "string"){
const err6 = {instancePath:instancePath+"/Expiration/Date",schemaPath:"#/$defs/Expiration/properties/Date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data4.ExpiredObjectDeleteMarker !== undefined){
if(typeof data4.ExpiredObjectDeleteMarker !== "boolean"){
const err7 = {instancePath:instancePath+"/Expiration/ExpiredObjectDeleteMarker",schemaPath:"#/$defs/Expiration/properties/ExpiredObjectDeleteMarker/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/Expiration",schemaPath:"#/$defs/Expiration/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.Transitions !== undefined){
let data8 = data.Transitions;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate27(data8[i0], {instancePath:instancePath+"/Transitions/" + i0,parentData:data8,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/Transitions",schemaPath:"#/properties/Transitions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.NoncurrentVersionTransitions !== undefined){
let data10 = data.NoncurrentVersionTransitions;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
if(!(validate29(data10[i1], {instancePath:instancePath+"/NoncurrentVersionTransitions/" + i1,parentData:data10,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/NoncurrentVersionTransitions",schemaPath:"#/properties/NoncurrentVersionTransitions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.NoncurrentVersionExpiration !== undefined){
let data12 = data.NoncurrentVersionExpiration;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key2 in data12){
if(!((key2 === "NoncurrentDays") || (key2 === "NewerNoncurrentVersions"))){
const err11 = {instancePath:instancePath+"/NoncurrentVersionExpiration",schemaPath:"#/$defs/NoncurrentVersionExpiration/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data12.NoncurrentDays !== undefined){
let data13 = data12.NoncurrentDays;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err12 = {instancePath:instancePath+"/NoncurrentVersionExpiration/NoncurrentDays",schemaPath:"#/$defs/NoncurrentVersionExpiration/properties/NoncurrentDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data12.NewerNoncurrentVersions !== undefined){
let data14 = data12.NewerNoncurrentVersions;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err13 = {instancePath:instancePath+"/NoncurrentVersionExpiration/NewerNoncurrentVersions",schemaPath:"#/$defs/NoncurrentVersionExpiration/properties/NewerNoncurrentVersions/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/NoncurrentVersionExpiration",schemaPath:"#/$defs/NoncurrentVersionExpiration/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.AbortIncompleteMultipartUpload !== undefined){
let data15 = data.AbortIncompleteMultipartUpload;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key3 in data15){
if(!(key3 === "DaysAfterInitiation")){
const err15 = {instancePath:instancePath+"/AbortIncompleteMultipartUpload",schemaPath:"#/$defs/AbortIncompleteMultipartUpload/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data15.DaysAfterInitiation !== undefined){
let data16 = data15.DaysAfterInitiation;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err16 = {instancePath:instancePath+"/AbortIncompleteMultipartUpload/DaysAfterInitiation",schemaPath:"#/$defs/AbortIncompleteMultipartUpload/properties/DaysAfterInitiation/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/AbortIncompleteMultipartUpload",schemaPath:"#/$defs/AbortIncompleteMultipartUpload/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "Rules") || (key0 === "TransitionDefaultMinimumObjectSize"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Rules !== undefined){
let data0 = data.Rules;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data0[i0], {instancePath:instancePath+"/Rules/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/Rules",schemaPath:"#/properties/Rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.TransitionDefaultMinimumObjectSize !== undefined){
let data2 = data.TransitionDefaultMinimumObjectSize;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/TransitionDefaultMinimumObjectSize",schemaPath:"#/$defs/TransitionDefaultMinimumObjectSize/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((data2 === "all_storage_classes_128K") || (data2 === "varies_by_storage_class"))){
const err3 = {instancePath:instancePath+"/TransitionDefaultMinimumObjectSize",schemaPath:"#/$defs/TransitionDefaultMinimumObjectSize/enum",keyword:"enum",params:{allowedValues: schema45.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const validatePutRequest = validate35;
const schema48 = {"description":"The full request shape (`aws s3api put-bucket-lifecycle-configuration --cli-input-json`).","type":"object","properties":{"Bucket":{"type":"string"},"ChecksumAlgorithm":{"type":"string","enum":["CRC32","CRC32C","SHA1","SHA256","CRC64NVME"]},"LifecycleConfiguration":{"$ref":"#/$defs/LifecycleConfiguration"},"ExpectedBucketOwner":{"type":"string"},"TransitionDefaultMinimumObjectSize":{"$ref":"#/$defs/TransitionDefaultMinimumObjectSize"}},"additionalProperties":false};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "Rules") || (key0 === "TransitionDefaultMinimumObjectSize"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Rules !== undefined){
let data0 = data.Rules;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data0[i0], {instancePath:instancePath+"/Rules/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/Rules",schemaPath:"#/properties/Rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.TransitionDefaultMinimumObjectSize !== undefined){
let data2 = data.TransitionDefaultMinimumObjectSize;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/TransitionDefaultMinimumObjectSize",schemaPath:"#/$defs/TransitionDefaultMinimumObjectSize/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((data2 === "all_storage_classes_128K") || (data2 === "varies_by_storage_class"))){
const err3 = {instancePath:instancePath+"/TransitionDefaultMinimumObjectSize",schemaPath:"#/$defs/TransitionDefaultMinimumObjectSize/enum",keyword:"enum",params:{allowedValues: schema45.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "Bucket") || (key0 === "ChecksumAlgorithm")) || (key0 === "LifecycleConfiguration")) || (key0 === "ExpectedBucketOwner")) || (key0 === "TransitionDefaultMinimumObjectSize"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Bucket !== undefined){
if(typeof data.Bucket !== "string"){
const err1 = {instancePath:instancePath+"/Bucket",schemaPath:"#/properties/Bucket/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.ChecksumAlgorithm !== undefined){
let data1 = data.ChecksumAlgorithm;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/ChecksumAlgorithm",schemaPath:"#/properties/ChecksumAlgorithm/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((((data1 === "CRC32") || (data1 === "CRC32C")) || (data1 === "SHA1")) || (data1 === "SHA256")) || (data1 === "CRC64NVME"))){
const err3 = {instancePath:instancePath+"/ChecksumAlgorithm",schemaPath:"#/properties/ChecksumAlgorithm/enum",keyword:"enum",params:{allowedValues: schema48.properties.ChecksumAlgorithm.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.LifecycleConfiguration !== undefined){
if(!(validate21(data.LifecycleConfiguration, {instancePath:instancePath+"/LifecycleConfiguration",parentData:data,parentDataProperty:"LifecycleConfiguration",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.ExpectedBucketOwner !== undefined){
if(typeof data.ExpectedBucketOwner !== "string"){
const err4 = {instancePath:instancePath+"/ExpectedBucketOwner",schemaPath:"#/properties/ExpectedBucketOwner/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.TransitionDefaultMinimumObjectSize !== undefined){
let data4 = data.TransitionDefaultMinimumObjectSize;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/TransitionDefaultMinimumObjectSize",schemaPath:"#/$defs/TransitionDefaultMinimumObjectSize/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data4 === "all_storage_classes_128K") || (data4 === "varies_by_storage_class"))){
const err6 = {instancePath:instancePath+"/TransitionDefaultMinimumObjectSize",schemaPath:"#/$defs/TransitionDefaultMinimumObjectSize/enum",keyword:"enum",params:{allowedValues: schema45.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schemaDocument = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://lifeguard.dev/schemas/lifecycle-configuration.schema.json","title":"S3 lifecycle configuration (S3 API JSON shape)","description":"The JSON that `aws s3api put-bucket-lifecycle-configuration --lifecycle-configuration` takes and `get-bucket-lifecycle-configuration` returns. Shape only: value ranges and combinations that AWS rejects are checked by lifeguard's rules, which give AWS's own error text.","$ref":"#/$defs/LifecycleConfiguration","$defs":{"PutBucketLifecycleConfigurationRequest":{"description":"The full request shape (`aws s3api put-bucket-lifecycle-configuration --cli-input-json`).","type":"object","properties":{"Bucket":{"type":"string"},"ChecksumAlgorithm":{"type":"string","enum":["CRC32","CRC32C","SHA1","SHA256","CRC64NVME"]},"LifecycleConfiguration":{"$ref":"#/$defs/LifecycleConfiguration"},"ExpectedBucketOwner":{"type":"string"},"TransitionDefaultMinimumObjectSize":{"$ref":"#/$defs/TransitionDefaultMinimumObjectSize"}},"additionalProperties":false},"LifecycleConfiguration":{"type":"object","properties":{"Rules":{"type":"array","items":{"$ref":"#/$defs/Rule"}},"TransitionDefaultMinimumObjectSize":{"$ref":"#/$defs/TransitionDefaultMinimumObjectSize"}},"additionalProperties":false},"TransitionDefaultMinimumObjectSize":{"type":"string","enum":["all_storage_classes_128K","varies_by_storage_class"]},"Rule":{"type":"object","properties":{"ID":{"type":"string"},"Status":{"type":"string"},"Filter":{"$ref":"#/$defs/Filter"},"Prefix":{"type":"string","description":"Deprecated (lifecycle V1). Use Filter."},"Expiration":{"$ref":"#/$defs/Expiration"},"Transitions":{"type":"array","items":{"$ref":"#/$defs/Transition"}},"NoncurrentVersionTransitions":{"type":"array","items":{"$ref":"#/$defs/NoncurrentVersionTransition"}},"NoncurrentVersionExpiration":{"$ref":"#/$defs/NoncurrentVersionExpiration"},"AbortIncompleteMultipartUpload":{"$ref":"#/$defs/AbortIncompleteMultipartUpload"}},"additionalProperties":false},"Tag":{"type":"object","properties":{"Key":{"type":"string"},"Value":{"type":"string"}},"required":["Key"],"additionalProperties":false},"Filter":{"type":"object","properties":{"Prefix":{"type":"string"},"Tag":{"$ref":"#/$defs/Tag"},"ObjectSizeGreaterThan":{"type":"integer"},"ObjectSizeLessThan":{"type":"integer"},"And":{"$ref":"#/$defs/And"}},"additionalProperties":false},"And":{"type":"object","properties":{"Prefix":{"type":"string"},"Tags":{"type":"array","items":{"$ref":"#/$defs/Tag"}},"ObjectSizeGreaterThan":{"type":"integer"},"ObjectSizeLessThan":{"type":"integer"}},"additionalProperties":false},"Expiration":{"type":"object","properties":{"Days":{"type":"integer"},"Date":{"type":"string"},"ExpiredObjectDeleteMarker":{"type":"boolean"}},"additionalProperties":false},"StorageClass":{"type":"string","enum":["STANDARD","REDUCED_REDUNDANCY","STANDARD_IA","ONEZONE_IA","INTELLIGENT_TIERING","GLACIER_IR","GLACIER","DEEP_ARCHIVE"]},"Transition":{"type":"object","properties":{"Days":{"type":"integer"},"Date":{"type":"string"},"StorageClass":{"$ref":"#/$defs/StorageClass"}},"required":["StorageClass"],"additionalProperties":false},"NoncurrentVersionTransition":{"type":"object","properties":{"NoncurrentDays":{"type":"integer"},"NewerNoncurrentVersions":{"type":"integer"},"StorageClass":{"$ref":"#/$defs/StorageClass"}},"required":["StorageClass"],"additionalProperties":false},"NoncurrentVersionExpiration":{"type":"object","properties":{"NoncurrentDays":{"type":"integer"},"NewerNoncurrentVersions":{"type":"integer"}},"additionalProperties":false},"AbortIncompleteMultipartUpload":{"type":"object","properties":{"DaysAfterInitiation":{"type":"integer"}},"additionalProperties":false}}};

// EXTERNAL MODULE: ./src/lint/schema-errors.ts
var schema_errors = __webpack_require__(8640);
;// CONCATENATED MODULE: ./src/lint/rules/lifecycle-schema.ts





const TDMOS = 'TransitionDefaultMinimumObjectSize';
/**
 * The shape check (catalogue 1.10, 5.1): unknown elements, wrong types, unknown storage classes and
 * enum values. Semantic limits are left to the other rules so each fault is reported once. A bad
 * TransitionDefaultMinimumObjectSize is a header AWS reads itself, and answers in its own words.
 */
const lifecycleSchema = {
    meta: {
        id: 'lifecycle-schema',
        description: 'The file has the shape of an S3 lifecycle configuration: known keys, right types, known storage classes.',
        defaultSeverity: 'error',
        catalogue: ['1.10', '5.1'],
        evidence: (0,records/* evidenceFor */.hF)('1.10', '5.1'),
        messages: {
            shape: {
                message: '{{problem}}',
                aws: (0,report_message/* recorded */.t2)('MalformedXML', report_message/* SCHEMA_TEXT */.k3),
            },
            transitionDefault: {
                message: '{{where}}: {{value}} is not a TransitionDefaultMinimumObjectSize',
                aws: (0,report_message/* recorded */.t2)('InvalidRequest', 'Invalid TransitionDefaultMinimumObjectSize found: {{value}}'),
                hint: 'Use all_storage_classes_128K (the default) or varies_by_storage_class.',
            },
        },
    },
    check(ctx) {
        const request = ctx.base !== '';
        const validate = request ? validatePutRequest : validateLifecycleConfiguration;
        if (validate(ctx.document))
            return;
        const rootDef = request ? 'PutBucketLifecycleConfigurationRequest' : 'LifecycleConfiguration';
        for (const p of (0,schema_errors/* describeSchemaErrors */.c)(validate.errors ?? [], ctx.document, { schema: schemaDocument, rootDef })) {
            if (p.pointer.endsWith(`/${TDMOS}`)) {
                const value = (0,pointer/* valueAtPointer */.sZ)(ctx.document, p.pointer);
                ctx.report({
                    pointer: p.pointer,
                    messageId: 'transitionDefault',
                    data: {
                        where: request && p.pointer === `/${TDMOS}` ? 'the request' : 'the configuration',
                        value: typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)),
                    },
                });
            }
            else {
                ctx.report({ pointer: p.pointer, reportOnKey: p.reportOnKey, messageId: 'shape', data: { problem: p.message.replace(/\.$/, '') } });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/literal-prefix.ts

/**
 * Catalogue W10 (and 2.9): S3 compares a prefix with the start of each key, character for character.
 * `*` is not a wildcard, and keys have no leading `/` or `./`, so such prefixes usually select
 * nothing and the rule silently does nothing.
 */
const literalPrefix = {
    meta: {
        id: 'literal-prefix',
        description: 'Prefixes are literal key beginnings: no `*` wildcard, no leading `/` or `./`.',
        defaultSeverity: 'warning',
        catalogue: ['W10', '2.9'],
        messages: {
            notLiteral: { message: "{{rule}}: the prefix '{{prefix}}' is literal: {{fault}}", hint: '{{fix}}' },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            for (const { pointer, prefix } of prefixes(rule)) {
                const faults = faultsOf(prefix);
                if (faults.length === 0)
                    continue;
                const fixed = suggestion(prefix);
                const fix = fixed === ''
                    ? 'The rule probably selects nothing. For every object the prefix is empty (""): check what the rule deletes or moves before widening it.'
                    : `The rule probably selects nothing. If you meant keys beginning with '${fixed}', write '${fixed}'.`;
                ctx.report({
                    pointer,
                    messageId: 'notLiteral',
                    data: { rule: rule.label, prefix, fault: faults.join('; '), fix },
                });
            }
        }
    },
};
function faultsOf(prefix) {
    const faults = [];
    if (prefix.includes('*'))
        faults.push("'*' is no wildcard");
    if (prefix.startsWith('./'))
        faults.push("keys rarely begin with './'");
    else if (prefix.startsWith('/'))
        faults.push("keys rarely begin with '/'");
    return faults;
}
/** The prefix the author most likely meant: up to the first `*`, without leading `./` and `/`. */
function suggestion(prefix) {
    const star = prefix.indexOf('*');
    return (star < 0 ? prefix : prefix.slice(0, star)).replace(/^(\.?\/)+/, '');
}
function prefixes(rule) {
    const out = [];
    const v1 = (0,values/* str */.gx)(rule.raw.Prefix);
    if (v1 !== undefined)
        out.push({ pointer: rule.at('Prefix'), prefix: v1 });
    const filter = (0,values/* obj */.WL)(rule.raw.Filter);
    const inFilter = (0,values/* str */.gx)(filter?.Prefix);
    if (inFilter !== undefined)
        out.push({ pointer: rule.at('Filter', 'Prefix'), prefix: inFilter });
    const inAnd = (0,values/* str */.gx)((0,values/* obj */.WL)(filter?.And)?.Prefix);
    if (inAnd !== undefined)
        out.push({ pointer: rule.at('Filter', 'And', 'Prefix'), prefix: inAnd });
    return out;
}

;// CONCATENATED MODULE: ./src/lint/rules/newer-noncurrent-versions.ts




/**
 * Catalogue 3d.6, 3d.7 and W11: NewerNoncurrentVersions is a positive count, only in V2 rules
 * (with a Filter). The documented maximum of 100 is not known to be enforced, so above it warns.
 */
const newerNoncurrentVersions = {
    meta: {
        id: 'newer-noncurrent-versions',
        description: `NewerNoncurrentVersions is between 1 and ${lifecycle/* MAX_NEWER_NONCURRENT_VERSIONS */.c} and is used only in rules with a Filter.`,
        defaultSeverity: 'error',
        catalogue: ['3d.6', '3d.7', 'W11'],
        evidence: (0,records/* evidenceFor */.hF)('3d.6', '3d.7'),
        messages: {
            v1: {
                message: '{{rule}}: {{where}} uses NewerNoncurrentVersions in a rule with a top-level Prefix (V1)',
                aws: (0,report_message/* documented */.fp)('InvalidRequest'),
                hint: 'Move the prefix into "Filter": {"Prefix": …}.',
            },
            notPositive: {
                message: '{{rule}}: {{where}} keeps NewerNoncurrentVersions {{count}}; it must be 1 or more',
                aws: (0,report_message/* emulated */.Or)('InvalidArgument'),
                hint: 'Keep 1 or more versions, or drop NewerNoncurrentVersions.',
            },
            overMax: {
                message: '{{rule}}: {{where}} keeps NewerNoncurrentVersions {{count}}, above the documented {{max}}',
                hint: 'Keep it at {{max}} or less: whether AWS rejects more is not verified.',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            const nve = (0,values/* obj */.WL)(rule.raw.NoncurrentVersionExpiration);
            if (nve)
                checkCount(ctx, rule, nve.NewerNoncurrentVersions, 'NoncurrentVersionExpiration', ['NoncurrentVersionExpiration']);
            (0,values/* arr */.QL)(rule.raw.NoncurrentVersionTransitions).forEach((t, i) => {
                if ((0,values/* isObj */.sA)(t))
                    checkCount(ctx, rule, t.NewerNoncurrentVersions, 'NoncurrentVersionTransition', ['NoncurrentVersionTransitions', i]);
            });
        }
    },
};
function checkCount(ctx, rule, value, action, path) {
    if (value === undefined)
        return;
    const pointer = rule.at(...path, 'NewerNoncurrentVersions');
    const where = path.length > 1 ? `${path[0]}[${path[1]}]` : action;
    if (rule.selector.version === 'v1') {
        ctx.report({
            pointer,
            reportOnKey: true,
            messageId: 'v1',
            data: { rule: rule.label, where },
        });
    }
    const n = (0,values/* int */.Wh)(value);
    if (n === undefined)
        return;
    if (n <= 0) {
        ctx.report({
            pointer,
            messageId: 'notPositive',
            data: { rule: rule.label, where, count: n },
        });
    }
    else if (n > lifecycle/* MAX_NEWER_NONCURRENT_VERSIONS */.c) {
        ctx.report({
            pointer,
            severity: 'warning',
            messageId: 'overMax',
            data: { rule: rule.label, where, count: n, max: lifecycle/* MAX_NEWER_NONCURRENT_VERSIONS */.c },
        });
    }
}

;// CONCATENATED MODULE: ./src/lint/rules/noncurrent-expiration-after-transition.ts



/**
 * Catalogue 3d.5: noncurrent versions expire strictly after their last noncurrent transition. With
 * NewerNoncurrentVersions on the expiration, AWS applies equal days (Terraform's acceptance test
 * does so on AWS), so equal days then only warn: the versions S3 keeps newer than the count are
 * never expired, and the older ones are transitioned and expired on the same day.
 */
const noncurrentExpirationAfterTransition = {
    meta: {
        id: 'noncurrent-expiration-after-transition',
        description: 'NoncurrentVersionExpiration comes strictly after every NoncurrentVersionTransition of the rule.',
        defaultSeverity: 'error',
        catalogue: ['3d.5'],
        evidence: (0,records/* evidenceFor */.hF)('3d.5', '3d.5-newer'),
        messages: {
            notAfter: {
                message: '{{rule}}: NoncurrentVersionExpiration at noncurrent day {{days}} is not after {{step}}',
                // AWS's text is on record (go-to-k/cdkd#1426); its code only from emulators (InvalidArgument).
                aws: {
                    evidence: 'recorded',
                    text: "'NoncurrentDays' in the NoncurrentVersionExpiration action must be greater than 'NoncurrentDays' in the NoncurrentVersionTransition action",
                },
                hint: 'Expire noncurrent versions later than their last noncurrent transition.',
            },
            sameDayWithNewer: {
                message: '{{rule}}: noncurrent versions beyond the {{newer}} kept are transitioned and expired on noncurrent day {{days}}',
                hint: 'AWS accepts equal days when NewerNoncurrentVersions is set, but the transition only adds a charge: drop it or expire later.',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            const expiration = (0,values/* obj */.WL)(rule.raw.NoncurrentVersionExpiration);
            const days = (0,values/* int */.Wh)(expiration?.NoncurrentDays);
            // Below 1 is noncurrent-expiration-days' finding.
            if (days === undefined || days < 1)
                continue;
            const timeline = noncurrentTimeline(rule);
            if (timeline.steps.length === 0)
                continue;
            const last = timeline.steps.reduce((a, b) => (b.at > a.at ? b : a));
            if (days > last.at)
                continue;
            const pointer = rule.at('NoncurrentVersionExpiration', 'NoncurrentDays');
            const newer = (0,values/* int */.Wh)(expiration?.NewerNoncurrentVersions);
            if (days === last.at && newer !== undefined && newer > 0) {
                ctx.report({ pointer, severity: 'warning', messageId: 'sameDayWithNewer', data: { rule: rule.label, days, newer } });
            }
            else {
                ctx.report({ pointer, messageId: 'notAfter', data: { rule: rule.label, days, step: describeStep(timeline, last) } });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/noncurrent-expiration-days.ts




/**
 * Catalogue 3d.1: NoncurrentVersionExpiration always needs NoncurrentDays of at least 1, even
 * when NewerNoncurrentVersions says how many versions to keep (terraform-provider-aws#35328).
 */
const noncurrentExpirationDays = {
    meta: {
        id: 'noncurrent-expiration-days',
        description: 'NoncurrentVersionExpiration has NoncurrentDays of at least 1, even with NewerNoncurrentVersions.',
        defaultSeverity: 'error',
        catalogue: ['3d.1'],
        evidence: (0,records/* evidenceFor */.hF)('3d.1'),
        messages: {
            missing: {
                message: '{{rule}}: NoncurrentVersionExpiration has no NoncurrentDays',
                aws: (0,report_message/* documented */.fp)('MalformedXML'),
                hint: 'Add "NoncurrentDays"{{keep}}.',
            },
            notPositive: {
                message: '{{rule}}: NoncurrentVersionExpiration has NoncurrentDays {{days}}; it must be 1 or more',
                aws: (0,report_message/* recorded */.t2)('InvalidArgument', "'NoncurrentDays' for NoncurrentVersionExpiration action must be a positive integer"),
                hint: 'Use 1 or more days.',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            const nve = (0,values/* obj */.WL)(rule.raw.NoncurrentVersionExpiration);
            if (!nve)
                continue;
            if (!transition_sequence_present(nve, 'NoncurrentDays')) {
                const keep = transition_sequence_present(nve, 'NewerNoncurrentVersions') ? ': NewerNoncurrentVersions does not replace it' : '';
                ctx.report({
                    pointer: rule.at('NoncurrentVersionExpiration'),
                    reportOnKey: true,
                    messageId: 'missing',
                    data: { rule: rule.label, keep },
                });
                continue;
            }
            const days = (0,values/* int */.Wh)(nve.NoncurrentDays);
            if (days === undefined || days >= 1)
                continue;
            ctx.report({
                pointer: rule.at('NoncurrentVersionExpiration', 'NoncurrentDays'),
                messageId: 'notPositive',
                data: { rule: rule.label, days },
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/noncurrent-transition-days.ts





/**
 * Catalogue 3d.2 and 3d.3: each NoncurrentVersionTransition has NoncurrentDays, not negative, and
 * at least the class's `minNoncurrentTransitionDays` (30 for the IA classes, as the User Guide
 * said; AWS's error text for that case was never recorded). The IA minimum sat beside the one for
 * current versions that AWS dropped on 2026-07-16, and nobody has confirmed it since: a warning
 * that says so, while the class's `limitsUnconfirmedSince` is set.
 */
const noncurrentTransitionDays = {
    meta: {
        id: 'noncurrent-transition-days',
        description: "Each NoncurrentVersionTransition has NoncurrentDays, not negative and at least the target class's minimum (unconfirmed for the IA classes since 2026-07-16).",
        defaultSeverity: 'error',
        catalogue: ['3d.2', '3d.3'],
        evidence: (0,records/* evidenceFor */.hF)('3d.2', '3d.3'),
        messages: {
            missing: {
                message: '{{rule}}: {{where}} has no NoncurrentDays',
                aws: (0,report_message/* recorded */.t2)('MalformedXML'),
                hint: 'Say after how many noncurrent days versions move.',
            },
            negative: {
                message: '{{rule}}: {{where}} has NoncurrentDays {{days}}',
                aws: (0,report_message/* emulated */.Or)('InvalidArgument'),
                hint: 'Use 0 or more days.',
            },
            belowMin: {
                message: '{{rule}}: {{where}} moves versions to {{class}} after {{days}} noncurrent days; the minimum is {{min}}',
                aws: (0,report_message/* documented */.fp)(),
                hint: '{{class}} takes only versions noncurrent for at least {{min}} days.',
            },
            belowMinUnconfirmed: {
                message: '{{rule}}: {{where}} moves versions to {{class}} after {{days}} noncurrent days; S3 wanted {{min}}',
                aws: { evidence: 'unconfirmed', since: '{{since}}' },
                hint: 'S3 took only versions noncurrent for at least {{min}} days; whether it still does is open.',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            (0,values/* arr */.QL)(rule.raw.NoncurrentVersionTransitions).forEach((t, i) => {
                if (!(0,values/* isObj */.sA)(t))
                    return;
                const where = `NoncurrentVersionTransitions[${i}]`;
                if (!transition_sequence_present(t, 'NoncurrentDays')) {
                    ctx.report({
                        pointer: rule.at('NoncurrentVersionTransitions', i),
                        reportOnKey: true,
                        messageId: 'missing',
                        data: { rule: rule.label, where },
                    });
                    return;
                }
                const days = (0,values/* int */.Wh)(t.NoncurrentDays);
                if (days === undefined)
                    return;
                const pointer = rule.at('NoncurrentVersionTransitions', i, 'NoncurrentDays');
                if (days < 0) {
                    ctx.report({
                        pointer,
                        messageId: 'negative',
                        data: { rule: rule.label, where, days },
                    });
                    return;
                }
                if (!(0,storage_classes/* isStorageClass */.wk)(t.StorageClass))
                    return;
                const { minNoncurrentTransitionDays: min, limitsUnconfirmedSince: since } = storage_classes/* STORAGE_CLASSES */.Zq[t.StorageClass];
                if (days >= min)
                    return;
                const data = { rule: rule.label, where, class: t.StorageClass, days, min };
                ctx.report(since
                    ? { pointer, severity: 'warning', messageId: 'belowMinUnconfirmed', data: { ...data, since } }
                    : { pointer, messageId: 'belowMin', data });
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/transition-findings.ts



/**
 * The messages of the shared findings. `aws`: how sure lifeguard is of AWS's answer for this list
 * (documented for Transitions, only emulators for NoncurrentVersionTransitions).
 */
function transitionMessages(aws) {
    return {
        repeat: {
            message: '{{rule}}: {{list}}[{{index}}] moves {{what}} to {{class}} again ({{list}}[{{first}}] already does)',
            aws: { ...aws, code: 'InvalidRequest' },
            hint: 'Name each storage class once in {{list}}.',
        },
        sameDay: {
            message: '{{rule}}: {{later}} falls on the same day as {{earlier}}',
            aws: { ...aws, code: 'InvalidArgument' },
            hint: 'Each later transition must come strictly later.',
        },
        sameDayNoMove: {
            message: '{{rule}}: {{later}} falls on the same day as {{earlier}}',
            aws: (0,report_message/* documented */.fp)(),
            hint: 'S3 cannot move objects between {{from}} and {{to}} in either direction: drop one.',
        },
        noMove: {
            message: '{{rule}}: {{later}} comes after {{earlier}}, but S3 cannot move {{from}} to {{to}}',
            aws: { ...aws, code: 'InvalidArgument' },
            hint: 'From {{from}}, objects go only to {{allowed}}.',
        },
        noMoveUncoded: {
            message: '{{rule}}: {{later}} comes after {{earlier}}, but S3 cannot move {{from}} to {{to}}',
            aws: (0,report_message/* documented */.fp)(),
            hint: 'From {{from}}, objects go only to {{allowed}}.',
        },
        gap: {
            message: '{{rule}}: {{later}} is only {{days}} days after {{earlier}}',
            aws: { ...aws, code: 'InvalidArgument' },
            hint: 'Objects must stay {{gap}} days in {{label}} before moving on.',
        },
        gapUnconfirmed: {
            message: '{{rule}}: {{later}} is only {{days}} days after {{earlier}}',
            aws: { evidence: 'unconfirmed', code: 'InvalidArgument', since: '{{since}}' },
            hint: 'S3 wanted objects to stay {{gap}} days in {{label}} before moving on.',
        },
    };
}
/** A second transition to one storage class in the same list (3b.4, 3d.4). */
function repeatFinding(rule, list, { step, first }) {
    return {
        pointer: rule.at(list, step.index, 'StorageClass'),
        messageId: 'repeat',
        data: {
            rule: rule.label,
            list,
            index: step.index,
            first: first.index,
            what: list === 'Transitions' ? 'objects' : 'versions',
            class: step.storageClass,
        },
    };
}
function orderFinding(rule, timeline, fault) {
    const { earlier, later } = fault;
    const pair = colderOf(earlier.storageClass, later.storageClass);
    const data = {
        rule: rule.label,
        earlier: describeStep(timeline, earlier),
        later: describeStep(timeline, later),
        from: earlier.storageClass,
        to: later.storageClass,
    };
    if (fault.kind === 'same-time')
        return { pointer: rule.at(timeline.list, later.index, timeline.key), messageId: pair ? 'sameDay' : 'sameDayNoMove', data };
    return {
        pointer: rule.at(timeline.list, later.index, 'StorageClass'),
        messageId: fault.kind === 'reversed' && pair ? 'noMove' : 'noMoveUncoded',
        data: { ...data, allowed: allowedTargets(earlier.storageClass) },
    };
}
/**
 * The date since which the gap after `cls` is not confirmed (storage-class table), or undefined when
 * AWS's rejection of a shorter stay is on record.
 */
function gapUnconfirmedSince(cls) {
    return storage_classes/* STORAGE_CLASSES */.Zq[cls].limitsUnconfirmedSince;
}
/** A gap fault: a rejection when the gap is on record, a warning that says so when it is not (3b.6, 3d.4). */
function gapFinding(rule, timeline, fault) {
    const { earlier, later, gap } = fault;
    const since = gapUnconfirmedSince(earlier.storageClass);
    const data = {
        rule: rule.label,
        earlier: describeStep(timeline, earlier),
        later: describeStep(timeline, later),
        days: later.at - earlier.at,
        gap,
        label: storage_classes/* STORAGE_CLASSES */.Zq[earlier.storageClass].label,
        ...(since ? { since } : {}),
    };
    return {
        pointer: rule.at(timeline.list, later.index, timeline.key),
        messageId: since ? 'gapUnconfirmed' : 'gap',
        data,
        ...(since ? { severity: 'warning' } : {}),
    };
}

;// CONCATENATED MODULE: ./src/lint/rules/noncurrent-transition-order.ts




/**
 * Catalogue 3d.4: NoncurrentVersionTransitions follow the same laws as current-version ones
 * (3b.4–3b.6, 3c), counted in NoncurrentDays: one transition per class, strictly later in time,
 * along the waterfall, with the class's minimum gap before the next move.
 */
const noncurrentTransitionOrder = {
    meta: {
        id: 'noncurrent-transition-order',
        description: 'NoncurrentVersionTransitions name each class once, come on different days, follow the allowed moves and keep the minimum gaps.',
        defaultSeverity: 'error',
        catalogue: ['3d.4'],
        evidence: (0,records/* evidenceFor */.hF)('3d.4'),
        messages: transitionMessages((0,report_message/* emulated */.Or)()),
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            const list = 'NoncurrentVersionTransitions';
            for (const repeat of repeatedClasses(mentions(rule, list)))
                ctx.report(repeatFinding(rule, list, repeat));
            const timeline = noncurrentTimeline(rule);
            const { order, gaps } = sequenceFaults(timeline.steps);
            for (const fault of order)
                ctx.report(orderFinding(rule, timeline, fault));
            for (const fault of gaps)
                ctx.report(gapFinding(rule, timeline, fault));
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/overlapping-rules.ts



/**
 * Catalogue W9: two rules select some of the same objects and S3 resolves their actions silently,
 * so one rule's action never happens for those objects. A broader rule losing to a narrower one is
 * what people mean by writing the narrower rule, so only the narrower (or equal, or partly
 * overlapping) rule's lost action is reported.
 */
const overlappingRules = {
    meta: {
        id: 'overlapping-rules',
        description: 'No action of a rule is silently overridden by another rule that selects the same objects.',
        defaultSeverity: 'warning',
        catalogue: ['W9'],
        messages: {
            overridden: {
                message: '{{rule}}: its {{action}} {{time}} never takes effect for {{objects}}: {{winner}} wins{{also}}',
                hint: "{{why}}. Narrow one rule's Filter, or make the actions agree.",
            },
        },
    },
    check(ctx) {
        // One finding per lost action: the winner that acts first, and how many other rules also win.
        const lost = new Map();
        for (const { pair, trace } of pairTraces(ctx)) {
            for (const s of trace.superseded) {
                if (s.action.rule === s.by.rule || relationOf(pair, s) === 'contains')
                    continue;
                const seen = lost.get(s.action.pointer);
                if (!seen)
                    lost.set(s.action.pointer, { pair, s, winners: new Set([s.by.rule]) });
                else {
                    seen.winners.add(s.by.rule);
                    if (s.by.at < seen.s.by.at)
                        Object.assign(seen, { pair, s });
                }
            }
        }
        for (const { pair, s, winners } of lost.values())
            overlapping_rules_report(ctx, pair, s, winners.size - 1);
    },
};
/** How the losing rule's objects relate to the winning rule's. */
function relationOf(pair, s) {
    return s.action.rule === pair.a ? pair.relation : invert(pair.relation);
}
function overlapping_rules_report(ctx, pair, s, others) {
    const loser = s.action.rule;
    const relation = relationOf(pair, s);
    const objects = relation === 'equal' ? 'the same objects' : relation === 'within' ? 'any object it selects' : describeObjects(pair.common);
    const also = others > 0 ? ` (and ${others} more)` : '';
    const reason = why(s);
    ctx.report({
        pointer: s.action.pointer,
        messageId: 'overridden',
        data: {
            rule: loser.label,
            action: describeAction(s.action),
            time: describeTime(s.action),
            objects,
            winner: s.by.rule.label,
            also,
            why: reason.charAt(0).toUpperCase() + reason.slice(1),
        },
    });
}
/** The S3 precedence that decides, in the words of the AWS conflict documentation. */
function why({ by, reason, action }) {
    const its = `its ${describeAction(by)} ${describeTime(by)}`;
    switch (reason) {
        case 'shorter-expiration':
            return `S3 honours the shorter expiration, ${its}`;
        case 'deleted-before':
            return `${its} deletes them first`;
        case 'deletion-first':
            return `${its} is due the same day, and permanent deletion takes precedence over transition`;
        case 'preferred-class':
            return by.storageClass === 'INTELLIGENT_TIERING'
                ? `${its} is due the same day, and S3 favours INTELLIGENT_TIERING over every class except GLACIER and DEEP_ARCHIVE`
                : `${its} is due the same day, and S3 picks the lower-cost class, ${by.storageClass}`;
        case 'unreachable':
            return `${its} moves them first, and lifecycle cannot move objects from ${by.storageClass} to ${action.storageClass}`;
        case 'already-there':
            return `${its} already moved them there`;
    }
}

// EXTERNAL MODULE: ./src/lint/rules/production-expiration.ts
var production_expiration = __webpack_require__(6598);
;// CONCATENATED MODULE: ./src/lint/rules/rule-action-required.ts



const AWS_TEXT = 'At least one action needs to be specified in a rule';
/**
 * Catalogue 1.9: a rule does something. An empty `Transitions` list is no action (nothing reaches
 * the wire); an action of the wrong shape counts as written, since the schema or another rule
 * reports its shape.
 */
const ruleActionRequired = {
    meta: {
        id: 'rule-action-required',
        description: 'Every rule has at least one action (Expiration, Transitions, NoncurrentVersion…, AbortIncompleteMultipartUpload).',
        defaultSeverity: 'error',
        catalogue: ['1.9'],
        evidence: (0,records/* evidenceFor */.hF)('1.9'),
        messages: {
            none: { message: '{{rule}} has no action', aws: (0,report_message/* recorded */.t2)('InvalidRequest', AWS_TEXT), hint: 'Add one of {{actions}}.' },
            noneDisabled: {
                message: '{{rule}} (Disabled) has no action',
                hint: 'Add one of {{actions}}. AWS refuses an Enabled rule like this; whether it checks Disabled rules too is not on record.',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            const hasAction = lifecycle/* ACTION_KEYS */.W.some((k) => {
                const v = rule.raw[k];
                return v !== undefined && (!Array.isArray(v) || v.length > 0);
            });
            if (hasAction)
                continue;
            const data = { rule: rule.label, actions: lifecycle/* ACTION_KEYS */.W.join(', ') };
            // Whether S3 also refuses a Disabled rule without actions is unverified (catalogue 1.9).
            if (rule.raw.Status === 'Disabled') {
                ctx.report({
                    pointer: rule.pointer,
                    reportOnKey: true,
                    severity: 'warning',
                    messageId: 'noneDisabled',
                    data,
                });
            }
            else {
                ctx.report({ pointer: rule.pointer, reportOnKey: true, messageId: 'none', data });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/rule-id-length.ts





/** Catalogue 1.5: a rule's ID is at most 255 characters. */
const ruleIdLength = {
    meta: {
        id: 'rule-id-length',
        description: `A rule's ID is at most ${s3_limits/* MAX_RULE_ID_CHARS */.o6} characters long.`,
        defaultSeverity: 'error',
        catalogue: ['1.5'],
        evidence: (0,records/* evidenceFor */.hF)('1.5'),
        messages: {
            tooLong: {
                message: '{{rule}}: its ID is {{length}} characters long, more than the {{max}} S3 allows',
                aws: (0,report_message/* documented */.fp)('InvalidArgument'),
                hint: 'Shorten the ID to {{max}} characters or fewer.',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            const id = (0,values/* str */.gx)(rule.raw.ID);
            if (id === undefined)
                continue;
            const length = charLength(id);
            if (length <= s3_limits/* MAX_RULE_ID_CHARS */.o6)
                continue;
            // The label would repeat the whole overlong ID; the rule's position names it well enough.
            ctx.report({
                pointer: rule.at('ID'),
                messageId: 'tooLong',
                data: { rule: `rule #${rule.index + 1}`, length, max: s3_limits/* MAX_RULE_ID_CHARS */.o6 },
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/rule-id-required.ts


/**
 * Catalogue 1.4: AWS accepts a rule without an ID and makes one up. lifeguard pairs proposed rules
 * with the live bucket's by ID (plan's diff, apply's read-back, drift, quarantine rules), so a rule
 * S3 names at random can never be paired again: every later plan shows it removed and re-added.
 */
const ruleIdRequired = {
    meta: {
        id: 'rule-id-required',
        description: 'Every rule has a non-empty ID, so that plan and apply can pair it with the rule on the live bucket.',
        defaultSeverity: 'error',
        catalogue: ['1.4'],
        fix: {
            kind: 'safe',
            what: 'gives the rule an ID made from its prefix (`checkpoints/` → `checkpoints`), or `rule-<n>` for its place in Rules, in the first form no other rule uses',
        },
        messages: {
            missing: {
                message: '{{rule}} has no ID: AWS accepts that, but lifeguard pairs rules with the live bucket by ID',
                hint: 'Add a stable "ID"; S3 would invent a random one that no later plan or apply can match.',
            },
            empty: {
                message: '{{rule}} has an empty ID: AWS accepts that, but lifeguard pairs rules with the live bucket by ID',
                hint: 'Give the rule a stable, non-empty "ID".',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            const id = rule.raw.ID;
            if (id === undefined)
                ctx.report({
                    pointer: rule.pointer,
                    reportOnKey: true,
                    messageId: 'missing',
                    data: { rule: `rule #${rule.index + 1}` },
                    fixes: [addId(ctx, rule)],
                });
            else if ((0,values/* str */.gx)(id)?.trim() === '')
                ctx.report({ pointer: rule.at('ID'), messageId: 'empty', data: { rule: `rule #${rule.index + 1}` }, fixes: [addId(ctx, rule)] });
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/rule-id-unique.ts




const ruleIdUnique = {
    meta: {
        id: 'rule-id-unique',
        description: 'No two rules share an ID.',
        defaultSeverity: 'error',
        catalogue: ['1.6'],
        fix: { kind: 'safe', what: 'gives the second rule with an ID the first free `<id>-<n>`' },
        evidence: (0,records/* evidenceFor */.hF)('1.6'),
        messages: {
            repeated: {
                message: "{{rule}}: the ID '{{id}}' is already used by {{first}}",
                aws: (0,report_message/* documented */.fp)('InvalidArgument'),
                hint: 'Give every rule its own ID.',
            },
        },
    },
    check(ctx) {
        const first = new Map();
        for (const rule of ctx.rules) {
            const id = (0,values/* str */.gx)(rule.raw.ID);
            if (id === undefined || id === '')
                continue;
            const earlier = first.get(id);
            if (earlier === undefined) {
                first.set(id, rule.index);
                continue;
            }
            ctx.report({
                pointer: rule.at('ID'),
                messageId: 'repeated',
                data: { rule: `rule #${rule.index + 1}`, id: id.length > 80 ? `${id.slice(0, 80)}…` : id, first: `rule #${earlier + 1}` },
                fixes: [uniqueId(ctx, rule)],
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/rule-status.ts


const STATUSES = ['Enabled', 'Disabled'];
/** Catalogue 1.3: every rule says `Status: Enabled` or `Status: Disabled`, spelled exactly so. */
const ruleStatus = {
    meta: {
        id: 'rule-status',
        description: 'Every rule has a Status of exactly "Enabled" or "Disabled".',
        defaultSeverity: 'error',
        catalogue: ['1.3'],
        evidence: (0,records/* evidenceFor */.hF)('1.3'),
        messages: {
            missing: {
                message: '{{rule}} has no "Status"',
                aws: (0,report_message/* documented */.fp)('MalformedXML'),
                hint: 'Write "Status": "Enabled" (or "Disabled" to keep the rule without running it).',
            },
            unknown: { message: '{{rule}}: Status {{status}} is not a status S3 knows', aws: (0,report_message/* documented */.fp)('MalformedXML'), hint: '{{fix}}' },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            const status = rule.raw.Status;
            if (!Object.hasOwn(rule.raw, 'Status') || status === undefined) {
                ctx.report({
                    pointer: rule.pointer,
                    reportOnKey: true,
                    messageId: 'missing',
                    data: { rule: rule.label },
                });
                continue;
            }
            // Any other type (true, null, 1) is a shape fault the schema reports.
            if (typeof status !== 'string' || STATUSES.includes(status))
                continue;
            const near = STATUSES.find((s) => s.toLowerCase() === status.trim().toLowerCase());
            const fix = !near
                ? 'Use "Enabled" or "Disabled".'
                : status.trim() === near
                    ? `Remove the spaces around "${near}".`
                    : `Did you mean "${near}"? S3's values are case-sensitive.`;
            ctx.report({
                pointer: rule.at('Status'),
                messageId: 'unknown',
                data: { rule: rule.label, status: JSON.stringify(status), fix },
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/rules-limit.ts




/** Catalogue 1.2: at most 1,000 rules per bucket, a limit AWS does not raise. */
const rulesLimit = {
    meta: {
        id: 'rules-limit',
        description: `The configuration has at most ${s3_limits/* MAX_LIFECYCLE_RULES */._B.toLocaleString('en-US')} rules.`,
        defaultSeverity: 'error',
        catalogue: ['1.2'],
        evidence: (0,records/* evidenceFor */.hF)('1.2'),
        messages: {
            tooMany: {
                message: 'the configuration has {{count}} rules, {{over}} more than the {{max}} a bucket may have',
                aws: (0,report_message/* documented */.fp)('InvalidRequest'),
                hint: 'Merge rules that share a filter: the limit cannot be raised.{{checked}}',
            },
        },
    },
    check(ctx) {
        const rules = ctx.config.Rules;
        const count = ctx.ruleCount ?? (Array.isArray(rules) ? rules.length : 0);
        if (!Array.isArray(rules) || count <= s3_limits/* MAX_LIFECYCLE_RULES */._B)
            return;
        ctx.report({
            pointer: (0,pointer/* joinPointer */.Kn)(ctx.base, 'Rules'),
            reportOnKey: true,
            messageId: 'tooMany',
            data: {
                count: count.toLocaleString('en-US'),
                over: (count - s3_limits/* MAX_LIFECYCLE_RULES */._B).toLocaleString('en-US'),
                max: s3_limits/* MAX_LIFECYCLE_RULES */._B.toLocaleString('en-US'),
                checked: rules.length < count ? ` lifeguard checked the first ${rules.length.toLocaleString('en-US')} one by one.` : '',
            },
        });
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/rules-required.ts




const FIX = 'To remove every rule, delete the lifecycle configuration instead (DeleteBucketLifecycle).';
/**
 * Catalogue 1.1: a configuration holds at least one rule. A missing `Rules` and an empty one are the
 * same request on the wire (no <Rule> element), so they get the same answer.
 */
const rulesRequired = {
    meta: {
        id: 'rules-required',
        description: 'The configuration has a "Rules" list with at least one rule.',
        defaultSeverity: 'error',
        catalogue: ['1.1'],
        evidence: (0,records/* evidenceFor */.hF)('1.1'),
        messages: {
            missing: { message: 'the configuration has no "Rules" list; S3 needs at least one rule', aws: (0,report_message/* documented */.fp)('MalformedXML'), hint: FIX },
            empty: {
                message: 'the configuration\'s "Rules" list is empty; S3 needs at least one rule',
                aws: (0,report_message/* documented */.fp)('MalformedXML'),
                hint: FIX,
            },
        },
    },
    check(ctx) {
        // A LifecycleConfiguration that is not a mapping is a shape fault the schema reports.
        const holder = ctx.base === '' ? ctx.document : (0,values/* isObj */.sA)(ctx.document) ? ctx.document.LifecycleConfiguration : undefined;
        if (!(0,values/* isObj */.sA)(holder))
            return;
        const rules = ctx.config.Rules;
        if (!Object.hasOwn(ctx.config, 'Rules') || rules === undefined) {
            ctx.report({
                pointer: ctx.base,
                reportOnKey: true,
                messageId: 'missing',
            });
        }
        else if (Array.isArray(rules) && rules.length === 0) {
            ctx.report({
                pointer: (0,pointer/* joinPointer */.Kn)(ctx.base, 'Rules'),
                messageId: 'empty',
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/transition-default.ts



const KEY = 'TransitionDefaultMinimumObjectSize';
function transitionDefault(ctx) {
    const raw = ctx.transitionDefaultMinimumObjectSize;
    const value = raw === 'varies_by_storage_class' ? raw : 'all_storage_classes_128K';
    if (raw === undefined)
        return { value, valid: true };
    const atTop = ctx.base !== '' && (0,values/* isObj */.sA)(ctx.document) && ctx.document[KEY] !== undefined;
    return { value, pointer: atTop ? `/${KEY}` : `${ctx.base}/${KEY}`, valid: raw === value };
}
/** "Custom filters always take precedence over the default transition behavior." */
function hasSizeFilter(s) {
    return s.sizeGreaterThan !== undefined || s.sizeLessThan !== undefined;
}
/** Whether objects under 128 KiB reach `target` through a transition of a rule with selector `s`. */
function smallObjectsReach(s, target, d) {
    if (hasSizeFilter(s)) {
        const r = sizeRange(s);
        return r.lo <= r.hi && r.lo < storage_classes/* DEFAULT_TRANSITION_MIN_OBJECT_BYTES */.TS;
    }
    return d.value === 'varies_by_storage_class' && storage_classes/* STORAGE_CLASSES */.Zq[target].smallObjectsTransitionByDefault;
}

;// CONCATENATED MODULE: ./src/lint/rules/small-object-transition.ts





/**
 * Catalogue W2: objects under 128 KiB transitioned to a class that bills them by a minimum size
 * (STANDARD_IA, ONEZONE_IA, GLACIER_IR) or adds archive metadata per object (GLACIER,
 * DEEP_ARCHIVE). They reach such a class when the rule's size filter admits them (a size filter
 * overrides S3's 128 KiB default), or, under varies_by_storage_class, for the archive classes.
 */
const smallObjectTransition = {
    meta: {
        id: 'small-object-transition',
        description: 'Objects under 128 KiB are not transitioned to classes that bill a minimum size or a per-object overhead.',
        defaultSeverity: 'warning',
        catalogue: ['W2'],
        messages: {
            sizeFilter: {
                message: '{{rule}}: its size filter sends objects under {{small}} to {{classes}} (from {{from}})',
                hint: '{{costs}}; each transition is a billed request too, so small objects can cost more moved than kept. Raise ObjectSizeGreaterThan to {{bytes}} or more.',
            },
            variesByClass: {
                message: '{{rule}}: with varies_by_storage_class, S3 moves objects under {{small}} to {{classes}}',
                hint: '{{costs}}; each transition is a billed request too. Add "ObjectSizeGreaterThan": {{bytes}} to the Filter, or use all_storage_classes_128K.',
            },
        },
    },
    check(ctx) {
        const def = transitionDefault(ctx);
        for (const rule of ctx.rules) {
            if (!rule.enabled)
                continue;
            const costly = new Map();
            for (const a of timedActions(rule)) {
                const target = a.storageClass;
                if (!target || costly.has(target) || !smallObjectCost(target))
                    continue;
                if (smallObjectsReach(rule.selector, target, def))
                    costly.set(target, a.pointer.replace(/\/(Days|Date|NoncurrentDays)$/, '/StorageClass'));
            }
            if (costly.size === 0)
                continue;
            const classes = [...costly.keys()];
            const sized = hasSizeFilter(rule.selector);
            const data = {
                rule: rule.label,
                small: SMALL,
                classes: classes.join(' and '),
                costs: classes
                    .map(smallObjectCost)
                    .join('; ')
                    .replace(/^./, (c) => c.toUpperCase()),
                bytes: storage_classes/* DEFAULT_TRANSITION_MIN_OBJECT_BYTES */.TS,
                ...(sized ? { from: formatBytes(sizeRange(rule.selector).lo) } : {}),
            };
            ctx.report({
                pointer: sized ? sizePointer(rule) : costly.get(classes[0]),
                messageId: sized ? 'sizeFilter' : 'variesByClass',
                data,
            });
        }
    },
};
/** What a small object costs in `c`, from the storage-class table; undefined when nothing extra. */
function smallObjectCost(c) {
    const f = storage_classes/* STORAGE_CLASSES */.Zq[c];
    if (f.minBillableBytes > 0)
        return `${c} bills each object as at least ${kib(f.minBillableBytes)}`;
    if (f.archiveOverhead) {
        const { classBytes, standardBytes } = f.archiveOverhead;
        return `${c} adds ${kib(classBytes + standardBytes)} of metadata per object (${kib(standardBytes)} billed at the STANDARD rate, ${kib(classBytes)} at the ${c} rate)`;
    }
    return undefined;
}
function kib(bytes) {
    return `${bytes / storage_classes/* KIB */.nH} KiB`;
}
const SMALL = kib(storage_classes/* DEFAULT_TRANSITION_MIN_OBJECT_BYTES */.TS);
function sizePointer(rule) {
    const filter = (0,values/* obj */.WL)(rule.raw.Filter);
    const and = (0,values/* obj */.WL)(filter?.And);
    for (const key of ['ObjectSizeGreaterThan', 'ObjectSizeLessThan']) {
        if ((0,values/* has */.zy)(filter, key))
            return rule.at('Filter', key);
        if ((0,values/* has */.zy)(and, key))
            return rule.at('Filter', 'And', key);
    }
    return rule.at('Filter');
}

;// CONCATENATED MODULE: ./src/lint/rules/small-objects-not-transitioned.ts






/**
 * Catalogue W15: under all_storage_classes_128K (what S3 applies to any configuration written
 * without the setting since September 2024) a transition rule without a size filter leaves objects
 * under 128 KiB where they are. That is usually right (W2: moving them costs more than it saves),
 * so this is information, given once per configuration, not a warning per rule. See the docs page.
 */
const smallObjectsNotTransitioned = {
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
        if (def.value !== 'all_storage_classes_128K' || !def.valid || def.pointer)
            return;
        const rules = ctx.rules.filter((r) => r.enabled && !hasSizeFilter(r.selector) && timedActions(r).some((a) => a.kind === 'transition'));
        const first = rules[0];
        if (!first)
            return;
        const small = `${storage_classes/* DEFAULT_TRANSITION_MIN_OBJECT_BYTES */.TS / storage_classes/* KIB */.nH} KiB`;
        const which = rules.length === 1
            ? first.label
            : `${(0,messages/* plural */.L)(rules.length, 'rule')} (${(0,report_message/* shortList */.pg)(rules.map((r) => r.label), 1)})`;
        ctx.report({
            pointer: `${ctx.base}/Rules`,
            reportOnKey: true,
            messageId: 'stayInPlace',
            data: { which, small },
            fixes: [explicitTransitionDefault()],
        });
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/transition-class-unique.ts




/** Catalogue 3b.4: one rule moves objects into a storage class at most once. */
const transitionClassUnique = {
    meta: {
        id: 'transition-class-unique',
        description: 'No rule names the same StorageClass in two of its Transitions.',
        defaultSeverity: 'error',
        catalogue: ['3b.4'],
        evidence: (0,records/* evidenceFor */.hF)('3b.4'),
        messages: transitionMessages((0,report_message/* emulated */.Or)()),
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            for (const repeat of repeatedClasses(mentions(rule, 'Transitions')))
                ctx.report(repeatFinding(rule, 'Transitions', repeat));
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/transition-gap.ts




/**
 * Catalogue 3b.6: within one rule, a transition out of a class comes at least that class's
 * `nextTransitionGapDays` after the transition into it. AWS's recorded answers all concern
 * `Days`; for `Date` timings the same gap is only presumed, so those findings are warnings. So are
 * the 30 days after STANDARD_IA and ONEZONE_IA: unconfirmed since AWS's change of 2026-07-16
 * (`limitsUnconfirmedSince` in the storage-class table).
 */
const transitionGap = {
    meta: {
        id: 'transition-gap',
        description: "Each Transition of a rule leaves objects in the class before it for that class's minimum number of days (unconfirmed after the IA classes since 2026-07-16).",
        defaultSeverity: 'error',
        catalogue: ['3b.6'],
        evidence: (0,records/* evidenceFor */.hF)('3b.6'),
        messages: {
            ...transitionMessages((0,report_message/* documented */.fp)()),
            gapByDate: {
                message: '{{rule}}: {{later}} is only {{days}} days after {{earlier}}',
                hint: 'Objects must stay {{gap}} days in {{label}} before moving on; AWS rejects shorter gaps by Days, and presumably by Date.',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            const timeline = currentTimeline(rule);
            if (!timeline)
                continue;
            for (const fault of sequenceFaults(timeline.steps).gaps) {
                if (timeline.key !== 'Date') {
                    ctx.report(gapFinding(rule, timeline, fault));
                    continue;
                }
                const found = gapFinding(rule, timeline, fault);
                ctx.report({ ...found, severity: 'warning', messageId: 'gapByDate' });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/transition-order.ts




/**
 * Catalogue 3b.5 and 3c: in time order, each Transition of a rule comes strictly later than the
 * one before and moves objects along an edge of S3's waterfall (`canTransition`). The waterfall is
 * not a ranking: ONEZONE_IA cannot go on to GLACIER_IR although GLACIER_IR is "colder".
 */
const transitionOrder = {
    meta: {
        id: 'transition-order',
        description: 'The Transitions of a rule come on different days and each later one is a move S3 allows from the class before.',
        defaultSeverity: 'error',
        catalogue: ['3b.5', '3c'],
        evidence: (0,records/* evidenceFor */.hF)('3b.5', '3c'),
        messages: transitionMessages((0,report_message/* documented */.fp)()),
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            const timeline = currentTimeline(rule);
            if (!timeline)
                continue;
            for (const fault of sequenceFaults(timeline.steps).order)
                ctx.report(orderFinding(rule, timeline, fault));
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/transition-target-class.ts




const LISTS = ['Transitions', 'NoncurrentVersionTransitions'];
/**
 * Catalogue 1.11: S3 Standard and Reduced Redundancy are where objects start, never where a
 * lifecycle rule sends them, for current and noncurrent versions alike. Unknown class names are the
 * schema's to report.
 */
const transitionTargetClass = {
    meta: {
        id: 'transition-target-class',
        description: 'Transitions and noncurrent transitions go to a class S3 lifecycle can move objects to (not STANDARD or REDUCED_REDUNDANCY).',
        defaultSeverity: 'error',
        catalogue: ['1.11'],
        evidence: (0,records/* evidenceFor */.hF)('1.11'),
        messages: {
            notTarget: {
                message: '{{rule}}: {{list}}[{{index}}] moves objects to {{class}}, which lifecycle cannot transition to',
                aws: (0,report_message/* documented */.fp)(),
                hint: 'Use one of {{targets}}.',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            for (const list of LISTS) {
                (0,values/* arr */.QL)(rule.raw[list]).forEach((t, i) => {
                    if (!(0,values/* isObj */.sA)(t) || !(0,storage_classes/* isStorageClass */.wk)(t.StorageClass) || storage_classes/* STORAGE_CLASSES */.Zq[t.StorageClass].lifecycleTarget)
                        return;
                    const cls = t.StorageClass;
                    ctx.report({
                        pointer: rule.at(list, i, 'StorageClass'),
                        messageId: 'notTarget',
                        data: { rule: rule.label, list, index: i, class: cls, targets: storage_classes/* TRANSITION_TARGETS */.BH.join(', ') },
                    });
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/transition-timing.ts




/**
 * Catalogue 3b.1 and 3b.2: each Transition is timed by exactly one of `Days` and `Date`, and
 * `Days` is not negative ("The value can be 0 or any positive integer", for every class since AWS
 * dropped the IA classes' 30-day minimum on 2026-07-16). A Transition without either is the classic
 * IaC fault of a `days = 0` dropped as a zero value.
 */
const transitionTiming = {
    meta: {
        id: 'transition-timing',
        description: 'Each Transition has exactly one of Days and Date, and Days is not negative.',
        defaultSeverity: 'error',
        catalogue: ['3b.1', '3b.2'],
        evidence: (0,records/* evidenceFor */.hF)('3b.1', '3b.2'),
        messages: {
            neither: {
                message: '{{rule}}: Transitions[{{index}}] has neither Days nor Date',
                aws: (0,report_message/* recorded */.t2)('MalformedXML'),
                hint: 'Give exactly one of them (Days: 0 is allowed).',
            },
            both: {
                message: '{{rule}}: Transitions[{{index}}] has both Days and Date',
                aws: (0,report_message/* recorded */.t2)('MalformedXML'),
                hint: 'Give exactly one of them.',
            },
            negative: {
                message: '{{rule}}: Transitions[{{index}}] has Days {{days}}, before the object exists',
                aws: (0,report_message/* documented */.fp)('InvalidArgument'),
                hint: 'Use 0 or more days.',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            (0,values/* arr */.QL)(rule.raw.Transitions).forEach((t, i) => {
                if (!(0,values/* isObj */.sA)(t))
                    return;
                const hasDays = transition_sequence_present(t, 'Days');
                const hasDate = transition_sequence_present(t, 'Date');
                if (!hasDays && !hasDate) {
                    ctx.report({
                        pointer: rule.at('Transitions', i),
                        reportOnKey: true,
                        messageId: 'neither',
                        data: { rule: rule.label, index: i },
                    });
                }
                else if (hasDays && hasDate) {
                    ctx.report({
                        pointer: rule.at('Transitions', i, 'Date'),
                        reportOnKey: true,
                        messageId: 'both',
                        data: { rule: rule.label, index: i },
                    });
                }
                const days = (0,values/* int */.Wh)(t.Days);
                if (days !== undefined && days < 0) {
                    ctx.report({
                        pointer: rule.at('Transitions', i, 'Days'),
                        messageId: 'negative',
                        data: { rule: rule.label, index: i, days },
                    });
                }
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/v1-overlapping-prefixes.ts




/** The action types S3 names in the message, with the member that carries each. */
const ACTION_TYPES = [
    ['Expiration', 'Expiration'],
    ['Transition', 'Transitions'],
    ['NoncurrentVersionExpiration', 'NoncurrentVersionExpiration'],
    ['NoncurrentVersionTransition', 'NoncurrentVersionTransitions'],
    ['AbortIncompleteMultipartUpload', 'AbortIncompleteMultipartUpload'],
];
/**
 * Catalogue 4.3: in a V1 configuration, two rules whose prefixes overlap (one starts with the other,
 * "" overlaps everything) may not carry the same type of action. V2 resolves such overlaps at run
 * time instead, so the rule only looks at V1 configurations. Each rule is reported once, against
 * the first earlier rule it clashes with, so 1,000 rules give at most 1,000 findings.
 */
const v1OverlappingPrefixes = {
    meta: {
        id: 'v1-overlapping-prefixes',
        description: 'In a V1 configuration (rule-level Prefix), rules with overlapping prefixes do not share an action type.',
        defaultSeverity: 'error',
        catalogue: ['4.3'],
        evidence: (0,records/* evidenceFor */.hF)('4.3'),
        messages: {
            overlap: {
                message: "{{rule}}: prefix '{{prefix}}' overlaps '{{theirs}}' of {{other}}; both have {{article}} {{type}} action{{more}}",
                aws: (0,report_message/* recorded */.t2)('InvalidRequest', "Found overlapping prefixes '{{theirs}}' and '{{prefix}}' for same action type '{{type}}'"),
                hint: 'V1 rules may not overlap like this: make the prefixes disjoint, or convert every rule to a Filter (V2), where overlaps are allowed.',
            },
        },
    },
    check(ctx) {
        if (configurationForm(ctx.rules)?.form !== 'v1')
            return;
        const v1 = ctx.rules
            .filter((r) => ruleForm(r) === 'v1' && typeof r.raw.Prefix === 'string')
            .map((rule) => ({ rule, prefix: rule.raw.Prefix, types: actionTypes(rule) }));
        v1.forEach(({ rule, prefix, types }, j) => {
            let first;
            let clashes = 0;
            for (let i = 0; i < j; i++) {
                const { rule: other, prefix: theirs, types: otherTypes } = v1[i];
                if (!prefix.startsWith(theirs) && !theirs.startsWith(prefix))
                    continue;
                const type = otherTypes.find((t) => types.includes(t));
                if (!type)
                    continue;
                clashes++;
                first ??= { other, theirs, type };
            }
            if (!first)
                return;
            const more = clashes > 1 ? ` (and ${(0,messages/* plural */.L)(clashes - 1, 'more rule')})` : '';
            const article = /^[AEIOU]/.test(first.type) ? 'an' : 'a';
            ctx.report({
                pointer: rule.at('Prefix'),
                messageId: 'overlap',
                data: { rule: rule.label, prefix, theirs: first.theirs, other: first.other.label, article, type: first.type, more },
            });
        });
    },
};
function actionTypes(rule) {
    return ACTION_TYPES.filter(([, key]) => {
        const v = rule.raw[key];
        return v !== undefined && v !== null && (!Array.isArray(v) || v.length > 0);
    }).map(([type]) => type);
}

;// CONCATENATED MODULE: ./src/lint/rules/v1-v2-mixing.ts




/**
 * Catalogue 4.1 and 4.2: a configuration is all V1 (rule-level Prefix) or all V2 (Filter), and the
 * first rule decides which. Read-modify-write tools that append a V2 rule to an old V1
 * configuration are the usual cause. Rules with both or neither are filter-or-prefix's to report.
 */
const v1V2Mixing = {
    meta: {
        id: 'v1-v2-mixing',
        description: 'All rules use Filter (V2), or all use the deprecated rule-level Prefix (V1); not a mix.',
        defaultSeverity: 'error',
        catalogue: ['4.1', '4.2'],
        fix: {
            kind: 'safe',
            what: 'moves rule-level Prefixes into `"Filter": {"Prefix": …}`: the offending rule\'s, or, when the configuration is V1, every V1 rule\'s',
        },
        evidence: (0,records/* evidenceFor */.hF)('4.1', '4.2'),
        messages: {
            v1InV2: {
                message: '{{rule}} uses a rule-level Prefix (V1), but {{first}} uses a Filter (V2)',
                aws: (0,report_message/* emulated */.Or)('InvalidRequest'),
                hint: 'The first rule makes the configuration V2: write "Filter": {"Prefix": …} instead.',
            },
            v2InV1: {
                message: '{{rule}} uses a Filter (V2), but {{first}} uses a rule-level Prefix (V1)',
                aws: (0,report_message/* recorded */.t2)('InvalidRequest', 'Filter element can only be used in Lifecycle V2.'),
                hint: "The first rule makes the configuration V1: move every rule's Prefix into a Filter.",
            },
        },
    },
    check(ctx) {
        const decided = configurationForm(ctx.rules);
        if (!decided)
            return;
        const first = decided.rule.label;
        // In a V1 configuration every V2 rule gets the same fix (all V1 rules into Filters): made once.
        let intoV2;
        for (const rule of ctx.rules) {
            const form = ruleForm(rule);
            if (form === 'v1' && decided.form === 'v2') {
                ctx.report({
                    pointer: rule.at('Prefix'),
                    reportOnKey: true,
                    messageId: 'v1InV2',
                    data: { rule: rule.label, first },
                    fixes: [prefixesIntoFilters([rule], rule.label)],
                });
            }
            else if (form === 'v2' && decided.form === 'v1') {
                ctx.report({
                    pointer: rule.at('Filter'),
                    reportOnKey: true,
                    messageId: 'v2InV1',
                    data: { rule: rule.label, first },
                    fixes: [(intoV2 ??= prefixesIntoFilters(ctx.rules, 'every V1 rule'))],
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/whole-bucket-expiration.ts

/**
 * Catalogue W6: an Expiration (Days or Date) on a rule that selects every object (`Filter: {}`,
 * an empty Prefix). It deletes the whole bucket by age, including everything uploaded later, which
 * deserves a second reader. ExpiredObjectDeleteMarker alone deletes no data and is left alone.
 */
const wholeBucketExpiration = {
    meta: {
        id: 'whole-bucket-expiration',
        description: 'An Expiration that applies to every object in the bucket is flagged for review.',
        defaultSeverity: 'warning',
        catalogue: ['W6'],
        messages: {
            wholeBucket: {
                message: '{{rule}} has no prefix, tag or size filter: it deletes every object {{when}}',
                hint: 'Scope the rule with a prefix or tag unless the whole bucket is meant to be temporary (in a versioned bucket the data stays as noncurrent versions).',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            const expiration = (0,values/* obj */.WL)(rule.raw.Expiration);
            if (!rule.enabled || !expiration || !rule.selector.wholeBucket)
                continue;
            if (rule.selector.version !== 'v1' && rule.selector.version !== 'v2')
                continue;
            const days = (0,values/* int */.Wh)(expiration.Days);
            const date = (0,values/* str */.gx)(expiration.Date);
            let when;
            if (days !== undefined)
                when = `${days} ${days === 1 ? 'day' : 'days'} after it is created`;
            else if (date !== undefined)
                when = `from ${date.slice(0, 10)} on`;
            else
                continue;
            ctx.report({
                pointer: rule.at('Expiration', days !== undefined ? 'Days' : 'Date'),
                messageId: 'wholeBucket',
                data: { rule: rule.label, when },
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/xml-characters.ts



/**
 * Characters XML 1.0 cannot carry, not even as a character reference: C0 controls other than tab,
 * line feed and carriage return, U+FFFE and U+FFFF, and halves of a surrogate pair standing alone
 * (which UTF-8 cannot encode: a client sends U+FFFD instead, so S3 would store another prefix).
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const NAMES = { 0: 'NUL' };
/**
 * Catalogue 1.10 (well-formed XML): PutBucketLifecycleConfiguration is an XML request, so an ID, a
 * prefix or a tag holding a character XML 1.0 cannot represent makes the body not well-formed. The
 * S3 API reference says as much of object keys ("XML 1.0 parser cannot parse some characters, such
 * as characters with an ASCII value from 0 to 10").
 */
const xmlCharacters = {
    meta: {
        id: 'xml-characters',
        description: 'IDs, prefixes and tags hold only characters an XML 1.0 request can carry (no NUL, no lone surrogate).',
        defaultSeverity: 'error',
        catalogue: ['1.10'],
        evidence: (0,records/* evidenceFor */.hF)('1.10-xml'),
        messages: {
            notXml: {
                message: '{{rule}}: {{field}} holds {{what}} at character {{at}}, which XML 1.0 cannot carry',
                aws: (0,report_message/* recorded */.t2)('MalformedXML', report_message/* SCHEMA_TEXT */.k3),
                hint: 'Remove the character.{{note}}',
            },
        },
    },
    check(ctx) {
        for (const rule of ctx.rules) {
            const check = (value, ...path) => {
                if (typeof value !== 'string')
                    return;
                const m = NOT_XML.exec(value);
                if (!m)
                    return;
                const code = m[0].charCodeAt(0);
                const surrogate = code >= 0xd800 && code <= 0xdfff;
                const what = surrogate ? `a lone surrogate U+${hex(code)}` : `U+${hex(code)}${NAMES[code] ? ` (${NAMES[code]})` : ''}`;
                const note = surrogate ? ' A lone surrogate is half of a pair: UTF-8 cannot encode it, so S3 would get U+FFFD instead.' : '';
                const field = path
                    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
                    .join('')
                    .slice(1);
                ctx.report({
                    pointer: rule.at(...path),
                    messageId: 'notXml',
                    data: { rule: rule.label, field, what, at: m.index + 1, note },
                });
            };
            check(rule.raw.ID, 'ID');
            check(rule.raw.Prefix, 'Prefix');
            const filter = (0,values/* obj */.WL)(rule.raw.Filter);
            if (!filter)
                continue;
            check(filter.Prefix, 'Filter', 'Prefix');
            const tag = (0,values/* obj */.WL)(filter.Tag);
            check(tag?.Key, 'Filter', 'Tag', 'Key');
            check(tag?.Value, 'Filter', 'Tag', 'Value');
            const and = (0,values/* obj */.WL)(filter.And);
            check(and?.Prefix, 'Filter', 'And', 'Prefix');
            (0,values/* arr */.QL)(and?.Tags).forEach((t, i) => {
                check((0,values/* obj */.WL)(t)?.Key, 'Filter', 'And', 'Tags', i, 'Key');
                check((0,values/* obj */.WL)(t)?.Value, 'Filter', 'And', 'Tags', i, 'Value');
            });
        }
    },
};
function hex(code) {
    return code.toString(16).toUpperCase().padStart(4, '0');
}

;// CONCATENATED MODULE: ./src/lint/registry.ts
/**
 * Every lifecycle rule, by id, in sorted order (a test keeps it sorted). The id is the key for
 * `.lifeguard.yml`, SARIF, annotations and docs/rules/<id>.md.
 */

















































const LIFECYCLE_RULES = {
    'abort-multipart-days': abortMultipartDays,
    'abort-multipart-filter': abortMultipartFilter,
    'abort-multipart-missing': abortMultipartMissing,
    'and-operator-predicates': andOperatorPredicates,
    'bucket-type-support': bucketTypeSupport,
    'date-based-action': dateBasedAction,
    'date-days-mixing': dateDaysMixing,
    'date-midnight': dateMidnight,
    'delete-marker-filter': deleteMarkerFilter,
    'deprecated-v1-prefix': deprecatedV1Prefix,
    'early-deletion-charge': earlyDeletionCharge,
    'expiration-after-transition': expirationAfterTransition,
    'expiration-days-positive': expirationDaysPositive,
    'expiration-one-of': expirationOneOf,
    'filter-object-size': filterObjectSize,
    'filter-or-prefix': filterOrPrefix,
    'filter-prefix-length': filterPrefixLength,
    'filter-single-predicate': filterSinglePredicate,
    'filter-tag-count': filterTagCount,
    'filter-tag-keys-unique': filterTagKeysUnique,
    'filter-tag-length': filterTagLength,
    'integer-values': integerValues,
    'lifecycle-schema': lifecycleSchema,
    'literal-prefix': literalPrefix,
    'newer-noncurrent-versions': newerNoncurrentVersions,
    'noncurrent-expiration-after-transition': noncurrentExpirationAfterTransition,
    'noncurrent-expiration-days': noncurrentExpirationDays,
    'noncurrent-transition-days': noncurrentTransitionDays,
    'noncurrent-transition-order': noncurrentTransitionOrder,
    'overlapping-rules': overlappingRules,
    'production-expiration': production_expiration/* productionExpiration */.pB,
    'rule-action-required': ruleActionRequired,
    'rule-id-length': ruleIdLength,
    'rule-id-required': ruleIdRequired,
    'rule-id-unique': ruleIdUnique,
    'rule-status': ruleStatus,
    'rules-limit': rulesLimit,
    'rules-required': rulesRequired,
    'small-object-transition': smallObjectTransition,
    'small-objects-not-transitioned': smallObjectsNotTransitioned,
    'transition-class-unique': transitionClassUnique,
    'transition-gap': transitionGap,
    'transition-order': transitionOrder,
    'transition-target-class': transitionTargetClass,
    'transition-timing': transitionTiming,
    'v1-overlapping-prefixes': v1OverlappingPrefixes,
    'v1-v2-mixing': v1V2Mixing,
    'whole-bucket-expiration': wholeBucketExpiration,
    'xml-characters': xmlCharacters,
};


/***/ }),

/***/ 7817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Or: () => (/* binding */ emulated),
/* harmony export */   XT: () => (/* binding */ describeAws),
/* harmony export */   fp: () => (/* binding */ documented),
/* harmony export */   hD: () => (/* binding */ findingOf),
/* harmony export */   k3: () => (/* binding */ SCHEMA_TEXT),
/* harmony export */   pg: () => (/* binding */ shortList),
/* harmony export */   t2: () => (/* binding */ recorded)
/* harmony export */ });
/* unused harmony exports fill, said */
/* harmony import */ var _model_s3_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(328);

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;
/** The template with each {{name}} replaced by its value; an unknown name is left as written. */
function fill(template, data) {
    if (!data)
        return template;
    return template.replace(PLACEHOLDER, (whole, name) => (Object.hasOwn(data, name) ? String(data[name]) : whole));
}
function said(meta, report) {
    if (report.messageId === undefined)
        return { message: report.message ?? meta.description };
    const spec = meta.messages?.[report.messageId];
    if (!spec)
        throw new Error(`rule ${meta.id} has no message '${report.messageId}'`);
    const out = { message: fill(spec.message, report.data), messageId: report.messageId };
    if (report.data)
        out.data = report.data;
    if (spec.aws)
        out.aws = {
            ...spec.aws,
            ...(spec.aws.text ? { text: fill(spec.aws.text, report.data) } : {}),
            ...(spec.aws.since ? { since: fill(spec.aws.since, report.data) } : {}),
        };
    if (spec.hint)
        out.hint = sentence(fill(spec.hint, report.data));
    return out;
}
/** A hint reads as a sentence even when it opens with a value ("objects move …"). */
function sentence(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** One finding of `meta`'s rule from a report, at the severity given. */
function findingOf(meta, report, file, severity) {
    const f = { ruleId: meta.id, severity, ...said(meta, report), file: report.file ?? file, pointer: report.pointer };
    if (report.reportOnKey !== undefined)
        f.reportOnKey = report.reportOnKey;
    return f;
}
/**
 * AWS's answer in one line, with how sure lifeguard is of it, the same way in every format:
 * the recorded code and text; "AWS documents" when only its documentation says so; no quoted text
 * when only emulators were seen.
 */
function describeAws(aws) {
    const call = 'PutBucketLifecycleConfiguration';
    switch (aws.evidence) {
        case 'recorded':
            return aws.text
                ? `AWS answers ${call} with ${aws.code ?? 'an error'}: "${aws.text}"`
                : `AWS answers ${call} with ${aws.code ?? 'an error'}`;
        case 'documented':
            return `AWS documents that it rejects this${aws.code ? ` (${aws.code})` : ''}; its exact answer is not on record`;
        case 'emulators':
            return `AWS's answer is not on record; S3-compatible servers that copy it reject this${aws.code ? ` with ${aws.code}` : ''}`;
        case 'unconfirmed':
            return `AWS rejected this${aws.code ? ` with ${aws.code}` : ''} until ${aws.since ?? 'a change of its rules'}; whether it still does is not confirmed`;
    }
}
/** Shorthands for rules' message tables. */
const recorded = (code, text) => ({ code, ...(text ? { text } : {}), evidence: 'recorded' });
const documented = (code) => ({ ...(code ? { code } : {}), evidence: 'documented' });
const emulated = (code) => ({ ...(code ? { code } : {}), evidence: 'emulators' });
/** AWS's text for a request that does not follow its published schema (boto/boto3#2660, aws/aws-cli#8239): the model's fact. */
const SCHEMA_TEXT = _model_s3_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MALFORMED_XML_TEXT */ .G7;
/** "a, b, c" or "a, b and 3 more": lists in messages stay short however many items a file has. */
function shortList(items, max = 2) {
    return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}


/***/ }),

/***/ 6598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pB: () => (/* binding */ productionExpiration),
/* harmony export */   s$: () => (/* binding */ isProductionStage)
/* harmony export */ });
/* unused harmony exports PRODUCTION_STAGES, retentionOf */
/* harmony import */ var _model_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3855);

/** Stages whose data is held to the immutability promise (case-insensitive). */
const PRODUCTION_STAGES = ['production', 'prod'];
function isProductionStage(stage) {
    return typeof stage === 'string' && PRODUCTION_STAGES.includes(stage.toLowerCase());
}
/**
 * What a target promises about the age its current versions reach: `days` when it names a
 * retention (minRetentionDays), none when it is production or immutable without one (then no
 * expiry of current versions is allowed at all); undefined when it promises nothing.
 */
function retentionOf(t) {
    if (typeof t.minRetentionDays === 'number' && t.minRetentionDays > 0)
        return { days: t.minRetentionDays, why: `keeps objects ${t.minRetentionDays} days` };
    if (t.immutable === true)
        return { why: 'is immutable' };
    if (isProductionStage(t.stage))
        return { why: `is the ${t.stage} stage` };
    return undefined;
}
/**
 * Catalogue 6.4 and W5 for lifecycle files, Terraform and CloudFormation, as the policy rule
 * policy-expiry-before-retention does for policies: a target that promises to keep its data
 * (stage production, immutable, minRetentionDays) must not have its current versions expired
 * before that time, or at all when it names no time. Noncurrent expiry is left to plan, which
 * knows the bucket's Object Lock (expiration-shorter-than-object-lock).
 */
const productionExpiration = {
    meta: {
        id: 'production-expiration',
        description: 'No rule of a production, immutable or minRetentionDays target expires current versions before the retention ends (or at all, without one).',
        defaultSeverity: 'error',
        catalogue: ['6.4', 'W5'],
        messages: {
            noRetention: {
                message: '{{rule}} expires current versions after {{days}} days; target {{target}} {{why}}',
                hint: 'Expire only noncurrent versions here, or give the target minRetentionDays and expire after it.',
            },
            beforeRetention: {
                message: '{{rule}} expires current versions after {{days}} days; target {{target}} {{why}}',
                hint: 'Raise Expiration.Days to {{retention}} or more, or narrow the Filter to data the promise does not cover.',
            },
            byDate: {
                message: '{{rule}} expires current versions from {{date}}; target {{target}} {{why}}',
                hint: 'A Date expiry reaches every object created after it, however young: use Days, after the retention.',
            },
        },
    },
    check(ctx) {
        for (const target of ctx.targets) {
            const promise = retentionOf(target);
            if (!promise)
                continue;
            for (const rule of ctx.rules) {
                if (!rule.enabled)
                    continue;
                const expiration = (0,_model_values_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(rule.raw.Expiration);
                if (!expiration)
                    continue;
                const base = { rule: rule.label, target: target.name, why: promise.why };
                const days = (0,_model_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(expiration.Days);
                const date = (0,_model_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(expiration.Date);
                if (days !== undefined && (promise.days === undefined || days < promise.days)) {
                    const messageId = promise.days === undefined ? 'noRetention' : 'beforeRetention';
                    ctx.report({
                        pointer: rule.at('Expiration', 'Days'),
                        messageId,
                        data: { ...base, days, ...(promise.days !== undefined ? { retention: promise.days } : {}) },
                    });
                }
                else if (date !== undefined) {
                    ctx.report({ pointer: rule.at('Expiration', 'Date'), messageId: 'byDate', data: { ...base, date: date.slice(0, 10) } });
                }
            }
        }
    },
};


/***/ }),

/***/ 8640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ describeSchemaErrors),
/* harmony export */   e: () => (/* binding */ subjectOf)
/* harmony export */ });
/* harmony import */ var _load_pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6925);
/* harmony import */ var _view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(612);
/* harmony import */ var _model_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3855);
/**
 * ajv's errors turned into plain sentences at the offending key, in the user's words:
 * "rule 'logs': Transitions[0] has an unknown key "days" (did you mean "Days"?)".
 */



/** Names people write that S3's JSON does not use, with the right place to put them. */
const KNOWN_MISTAKES = {
    Transition: 'the S3 API JSON takes a list named "Transitions"',
    NoncurrentVersionTransition: 'the S3 API JSON takes a list named "NoncurrentVersionTransitions"',
    Rule: 'rules go in the list "Rules"',
    ExpirationInDays: 'that is CloudFormation\'s name; the S3 API uses "Expiration": {"Days": N}',
    ExpirationDate: 'that is CloudFormation\'s name; the S3 API uses "Expiration": {"Date": "…"}',
    TransitionInDays: 'that is CloudFormation\'s name; the S3 API uses "Transitions": [{"Days": N, "StorageClass": …}]',
    TagFilters: 'that is CloudFormation\'s name; the S3 API uses "Filter": {"Tag": …} or "Filter": {"And": {"Tags": […]}}',
    Id: 'the S3 API spells it "ID"',
    Tags: 'a single tag goes in "Tag"; several tags go in "And": {"Tags": […]}',
    Tag: 'inside "And", tags go in the list "Tags"',
};
function describeSchemaErrors(errors, data, source) {
    const out = [];
    const seen = new Set();
    for (const e of errors) {
        const p = describe(e, data, source);
        const key = p.pointer + '\u0000' + p.message;
        if (!seen.has(key)) {
            seen.add(key);
            out.push(p);
        }
    }
    return out;
}
function describe(e, data, source) {
    const where = (source.subject ?? subjectOf)(e.instancePath, data);
    const pointer = e.instancePath;
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(e.params.additionalProperty);
            const siblings = allowedKeys(source.schema, source.rootDef, e.instancePath);
            return {
                pointer: (0,_load_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPointer */ .Kn)(pointer, key),
                message: `${where}: unknown key "${key}"${hint(key, siblings)}.`,
                reportOnKey: true,
            };
        }
        case 'required':
            return {
                pointer,
                message: `${where} needs "${String(e.params.missingProperty)}".`,
                reportOnKey: true,
            };
        case 'type': {
            const wanted = e.params.type === 'integer'
                ? 'a whole number'
                : e.params.type === 'array'
                    ? 'a list'
                    : e.params.type === 'object'
                        ? 'a mapping of keys'
                        : `a ${String(e.params.type)}`;
            return {
                pointer,
                message: `${where} must be ${wanted}, not ${describeValue((0,_load_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .valueAtPointer */ .sZ)(data, e.instancePath))}.`,
                reportOnKey: false,
            };
        }
        case 'enum': {
            const allowed = e.params.allowedValues.map(String);
            const value = (0,_load_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .valueAtPointer */ .sZ)(data, e.instancePath);
            const near = allowed.find((a) => a.toLowerCase() === String(value).toLowerCase());
            const fix = near ? ` (did you mean "${near}"?)` : `; use one of ${allowed.join(', ')}`;
            return { pointer, message: `${where}: ${JSON.stringify(value)} is not an allowed value${fix}.`, reportOnKey: false };
        }
        default:
            return { pointer, message: `${where} ${e.message ?? 'is not valid'}.`, reportOnKey: false };
    }
}
/** "rule 'logs': Transitions[0].Days" style subject for a data path. */
function subjectOf(instancePath, data) {
    const segs = (0,_load_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .splitPointer */ .GS)(instancePath);
    let node = data;
    let rulePrefix = '';
    const rest = [];
    for (let i = 0; i < segs.length; i++) {
        const s = segs[i];
        if (i >= 1 && segs[i - 1] === 'Rules' && /^\d+$/.test(s) && !rulePrefix) {
            const rule = Array.isArray(node) ? node[Number(s)] : undefined;
            rulePrefix = (0,_model_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(rule) ? (0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleLabel */ .D)(rule, Number(s)) : `rule #${Number(s) + 1}`;
            rest.length = 0;
        }
        else if (/^\d+$/.test(s) && Array.isArray(node)) {
            rest[rest.length - 1] = `${rest[rest.length - 1] ?? ''}[${s}]`;
        }
        else {
            rest.push(s);
        }
        node = Array.isArray(node) ? node[Number(s)] : (0,_model_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(node) ? node[s] : undefined;
    }
    const path = rest.join('.');
    if (rulePrefix)
        return path ? `${rulePrefix}: ${path}` : rulePrefix;
    return path || 'the configuration';
}
function describeValue(v) {
    // JSON's 1e309 and YAML's .inf and .nan parse to numbers JSON cannot show (JSON.stringify says null).
    if (typeof v === 'number' && !Number.isFinite(v))
        return Number.isNaN(v)
            ? 'NaN, which is not a number (YAML .nan)'
            : `${v > 0 ? '' : 'minus '}infinity (a number too large to hold, such as 1e309 or YAML .inf)`;
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    if (typeof v === 'string')
        return `the text ${JSON.stringify(v)}`;
    return `${typeof v} ${JSON.stringify(v)}`;
}
function hint(key, allowed) {
    const exact = allowed.find((a) => a.toLowerCase() === key.toLowerCase());
    if (exact)
        return ` (did you mean "${exact}"? S3's names are case-sensitive)`;
    if (KNOWN_MISTAKES[key])
        return ` (${KNOWN_MISTAKES[key]})`;
    const close = allowed.find((a) => editDistance(a.toLowerCase(), key.toLowerCase()) <= 2);
    if (close)
        return ` (did you mean "${close}"?)`;
    return allowed.length ? `; allowed here: ${allowed.join(', ')}` : '';
}
/** The property names the schema allows at a data path (walked from the root definition). */
function allowedKeys(schema, rootDef, instancePath) {
    const defs = (schema.$defs ?? {});
    const deref = (n) => {
        let node = (0,_model_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(n) ? n : undefined;
        while (node && typeof node.$ref === 'string')
            node = defs[node.$ref.replace('#/$defs/', '')];
        return node;
    };
    let node = deref(rootDef ? defs[rootDef] : schema);
    for (const s of (0,_load_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .splitPointer */ .GS)(instancePath)) {
        if (!node)
            break;
        // Maps keyed by the user's names (policy stages) describe their members in additionalProperties.
        const named = (0,_model_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(node.properties) && Object.hasOwn(node.properties, s)
            ? node.properties[s]
            : (0,_model_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(node.additionalProperties)
                ? node.additionalProperties
                : undefined;
        node = deref(/^\d+$/.test(s) && node.items ? node.items : named);
    }
    return node && (0,_model_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(node.properties) ? Object.keys(node.properties) : [];
}
function editDistance(a, b) {
    const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let prev = dp[0];
        dp[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = dp[j];
            dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return dp[b.length];
}


/***/ }),

/***/ 8082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ withSeverities),
/* harmony export */   v: () => (/* binding */ severityFor)
/* harmony export */ });
/** The severity a finding ends with, or undefined when its rule is off. `meta` undefined: the setting applies as is. */
function severityFor(meta, own, setting) {
    if (setting === 'off')
        return undefined;
    if (setting === undefined)
        return own;
    return meta === undefined || own === meta.defaultSeverity ? setting : own;
}
/** `findings` with the configured severities, those of rules turned off left out. */
function withSeverities(findings, settings, metaOf) {
    const out = [];
    // A loop, not map/filter spreads: registry and quarantine files can give hundreds of thousands.
    for (const f of findings) {
        const setting = settings[f.ruleId];
        // No setting: the finding keeps the severity its rule gave it (severityFor returns it unchanged).
        if (setting === undefined) {
            out.push(f);
            continue;
        }
        const severity = severityFor(metaOf(f.ruleId), f.severity, setting);
        if (severity === undefined)
            continue;
        out.push(severity === f.severity ? f : { ...f, severity });
    }
    return out;
}


/***/ }),

/***/ 612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ ruleLabel),
/* harmony export */   W: () => (/* binding */ ruleViews)
/* harmony export */ });
/* harmony import */ var _load_pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6925);
/* harmony import */ var _model_selector_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9276);
/* harmony import */ var _model_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3855);
/**
 * A read-only view of one lifecycle rule for lint rules: its pointer, a label for messages, and its
 * selector folded into one shape whatever way the file wrote it (model/selector.ts).
 */



function ruleViews(config, base) {
    const views = [];
    (0,_model_values_js__WEBPACK_IMPORTED_MODULE_2__/* .arr */ .QL)(config.Rules).forEach((raw, index) => {
        if (!(0,_model_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(raw))
            return;
        const pointer = (0,_load_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPointer */ .Kn)(base, 'Rules', index);
        views.push({
            index,
            raw,
            pointer,
            label: ruleLabel(raw, index),
            enabled: raw.Status === 'Enabled',
            selector: (0,_model_selector_js__WEBPACK_IMPORTED_MODULE_1__/* .selectorOf */ .B)(raw),
            at: (...segments) => (0,_load_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPointer */ .Kn)(pointer, ...segments),
        });
    });
    return views;
}
/** Characters of an ID quoted in a rule's label. */
const MAX_LABEL_ID = 60;
function ruleLabel(raw, index) {
    const id = (0,_model_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(raw.ID);
    // An ID can be megabytes long (the file's limit): a label quotes the start, so findings stay short.
    if (id && id.length > MAX_LABEL_ID)
        return `rule '${id.slice(0, MAX_LABEL_ID)}…' (an ID of ${id.length.toLocaleString('en-US')} characters)`;
    return id ? `rule '${id}'` : `rule #${index + 1} (no ID)`;
}


/***/ }),

/***/ 3504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ decodeUtf8)
/* harmony export */ });
/* unused harmony export firstInvalidUtf8 */
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9010);
/**
 * Bytes to text, refusing what is not a UTF-8 text file. Every refusal names a position so the
 * user can find the offending byte.
 */

function decodeUtf8(bytes) {
    if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        return fail('the file is UTF-16 encoded; save it as UTF-8', 0, bytes);
    }
    const sniff = Math.min(bytes.length, _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .BINARY_SNIFF_BYTES */ .Ly);
    for (let i = 0; i < sniff; i++) {
        if (bytes[i] === 0)
            return fail('the file is binary (it contains a NUL byte), not JSON or YAML', i, bytes);
    }
    try {
        const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
        return { ok: true, text };
    }
    catch {
        return fail('the file is not valid UTF-8', firstInvalidUtf8(bytes), bytes);
    }
}
function fail(message, offset, bytes) {
    const { line, column } = bytePosition(bytes, offset);
    return { ok: false, problem: { message: `${message} (byte ${offset + 1})`, line, column } };
}
/** 1-based line and column of a byte offset, counting columns in bytes (the text is undecodable). */
function bytePosition(bytes, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < bytes.length; i++) {
        if (bytes[i] === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}
/** Offset of the first byte that breaks UTF-8 (RFC 3629), for the error position only. */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        let need = 0;
        let min = 0;
        if (b < 0x80) {
            i++;
            continue;
        }
        else if (b >= 0xc2 && b <= 0xdf) {
            need = 1;
            min = 0x80;
        }
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            min = 0x800;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            min = 0x10000;
        }
        else {
            return i;
        }
        let cp = b & (0x3f >> need);
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80)
                return i;
            cp = (cp << 6) | (c & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += need + 1;
    }
    return bytes.length;
}


/***/ }),

/***/ 9:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gc: () => (/* binding */ looksRelevant),
/* harmony export */   i_: () => (/* binding */ detectKind),
/* harmony export */   sq: () => (/* binding */ isIacKind)
/* harmony export */ });
/* unused harmony exports iacKind, isObject */
/** Top-level keys of Terraform's JSON syntax. */
const TERRAFORM_KEYS = new Set(['resource', 'variable', 'locals', 'module', 'provider', 'terraform', 'data', 'output']);
const REQUEST_KEYS = new Set([
    'Bucket',
    'LifecycleConfiguration',
    'ExpectedBucketOwner',
    'ChecksumAlgorithm',
    'TransitionDefaultMinimumObjectSize',
]);
function detectKind(data) {
    if (!isObject(data))
        return 'unknown';
    if (data.kind === 'RetentionPolicy' || (typeof data.apiVersion === 'string' && data.apiVersion.startsWith('lifeguard/'))) {
        return 'policy';
    }
    const iac = iacKind(data);
    if (iac)
        return iac;
    if ('Rules' in data)
        return 'lifecycle';
    if (isObject(data.LifecycleConfiguration))
        return 'lifecycle';
    if ('LifecycleConfiguration' in data && Object.keys(data).every((k) => REQUEST_KEYS.has(k)))
        return 'lifecycle';
    return 'unknown';
}
/**
 * Checked before `Rules`: a CDK template has a top-level `Rules` section (CheckBootstrapVersion) and
 * is a CloudFormation template, never a lifecycle configuration (spec iac-lifecycle §7, §8).
 */
function iacKind(data) {
    if (typeof data.format_version === 'string' && ('planned_values' in data || 'resource_changes' in data))
        return 'terraform-plan';
    if (isObject(data.Resources))
        return 'cloudformation';
    const keys = Object.keys(data);
    if (keys.length && !('Rules' in data) && keys.every((k) => TERRAFORM_KEYS.has(k) || k === '//'))
        return 'terraform-json';
    return undefined;
}
function isIacKind(kind) {
    return kind === 'cloudformation' || kind === 'terraform-json' || kind === 'terraform-plan';
}
/** For files that do not even parse: does the text look like something we should report on? */
function looksRelevant(text) {
    // `aws_s3_bucket_lifecycle_configuration` too: `\b` does not end a word before its `_`.
    return /\b(Rules|LifecycleConfiguration|RetentionPolicy|lifeguard\/v\d|aws_s3_bucket(_lifecycle_configuration)?|AWS::S3::Bucket)\b/.test(text);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 3533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ discover),
/* harmony export */   v: () => (/* binding */ isDataFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7338);
/**
 * PATH arguments to candidate files. A named file is always a candidate; a folder is walked for
 * JSON, YAML and .tf files, which are then judged by content (detect.ts), not by name. Files found in a
 * folder and changed files are read only when they lead, after their links, inside the workspace's
 * repository: a link to /etc/passwd in a pull request is named, never read. Paths are resolved and
 * shown by the workspace (src/workspace).
 */



/** JSON and YAML (lifecycle files, policies, templates, plans) and Terraform's .tf files. */
const DATA_FILE = /\.(json|ya?ml|tf)$/i;
/** A file check judges when it meets one in a folder or among a pull request's changed files (by its name or path). */
function isDataFile(path) {
    return DATA_FILE.test(path);
}
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'coverage']);
/**
 * `implicit` files are judged like files found in a folder (a pull request's changed files): kept
 * when they are JSON or YAML, silently skipped when missing or not lifecycle-shaped.
 */
async function discover(paths, ws, implicit = []) {
    const out = { candidates: [], ioErrors: [] };
    const seen = new Set();
    const add = (path, explicit, folder) => {
        if (seen.has(path))
            return;
        // What a folder or a pull request brings must stay inside the repository, or inside the folder
        // named on the command line (the command line's own PATHs may lead anywhere).
        if (!explicit) {
            const confined = folder === undefined ? ws.confine(path) : ws.confineWithin(path, folder);
            if (!confined.ok) {
                out.ioErrors.push({ path: ws.display(path), message: `is a symbolic link that ${confined.reason}` });
                return;
            }
        }
        seen.add(path);
        out.candidates.push({ path, display: ws.display(path), explicit });
    };
    for (const given of paths) {
        const p = ws.resolve(given);
        try {
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(p);
            if (info.isDirectory())
                await walk(p, out, (f) => add(f, false, p), ws);
            else
                add(p, true);
        }
        catch (err) {
            out.ioErrors.push({ path: given, message: (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .describeIoError */ .Q)(err) });
        }
    }
    for (const given of implicit) {
        const p = ws.resolve(given);
        const name = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(p);
        if (!DATA_FILE.test(name) || name.startsWith('.lifeguard'))
            continue;
        try {
            if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(p)).isFile())
                add(p, false);
        }
        catch {
            // Deleted by the change: nothing to check.
        }
    }
    return out;
}
async function walk(dir, out, add, ws) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    }
    catch (err) {
        out.ioErrors.push({ path: ws.display(dir), message: (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .describeIoError */ .Q)(err) });
        return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name);
        if (e.isDirectory()) {
            if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.'))
                await walk(full, out, add, ws);
        }
        else if ((e.isFile() || e.isSymbolicLink()) && DATA_FILE.test(e.name) && !e.name.startsWith('.lifeguard')) {
            add(full);
        }
    }
}


/***/ }),

/***/ 4651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  be: () => (/* binding */ formatOf),
  Qk: () => (/* binding */ nestingDepth),
  r4: () => (/* binding */ parseText)
});

// UNUSED EXPORTS: offsetToLineCol

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/load/json-fast.ts
/**
 * The fast path for JSON files (ADR 0040): JSON.parse gives the data, and the YAML tree that maps
 * pointers to lines is built only when a finding needs a position. What JSON.parse hides, a key
 * given twice in one object, is found by this scan; such files take the full YAML path, which
 * reports the duplicate at its position.
 */
/** True when some object in `text` (already valid JSON) names the same key twice. */
function hasDuplicateKeys(text) {
    return firstDuplicateKey(text) !== undefined;
}
/** The first key named twice in one object, with the offset of its second opening quote. */
function firstDuplicateKey(text) {
    // One entry per open bracket: the keys seen so far for an object, null for an array.
    const stack = [];
    let expectKey = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22 /* " */) {
            const start = i;
            let escaped = false;
            for (i++; i < text.length; i++) {
                const d = text.charCodeAt(i);
                if (d === 0x5c /* \ */) {
                    escaped = true;
                    i++;
                }
                else if (d === 0x22) {
                    break;
                }
            }
            const keys = stack[stack.length - 1];
            if (expectKey && keys) {
                const raw = text.slice(start, i + 1);
                // "\u0061" and "a" are the same key; only escaped keys need decoding to compare.
                const key = escaped ? JSON.parse(raw) : raw.slice(1, -1);
                if (keys.has(key))
                    return { key, offset: start };
                keys.add(key);
                expectKey = false;
            }
        }
        else if (c === 0x7b /* { */) {
            stack.push(new Set());
            expectKey = true;
        }
        else if (c === 0x5b /* [ */) {
            stack.push(null);
            expectKey = false;
        }
        else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
            stack.pop();
            expectKey = false;
        }
        else if (c === 0x2c /* , */) {
            expectKey = stack[stack.length - 1] != null;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/load/json-locate.ts
var json_locate = __webpack_require__(3867);
// EXTERNAL MODULE: ./src/load/limits.ts
var limits = __webpack_require__(9010);
;// CONCATENATED MODULE: ./src/load/yaml-scan.ts
/**
 * A linear look at YAML text before the parser sees it, because the parser's cost is not linear
 * in what an attacker can pack into 5 MiB: a block sequence nested `- - - …` or by indentation
 * recurses once per level, and every node costs the parser tens of microseconds (issue 12). Two
 * measures, both upper bounds taken in one pass: nesting (block structure by indentation and
 * compact `- `/`? `/`key:` indicators, plus flow brackets) and the number of nodes. Quoted text,
 * comments and block scalars (`|`, `>`) are skipped. Pure.
 */
function scanYaml(text, stopAtDepth = Infinity) {
    const out = { depth: 0, line: 1, column: 1, nodes: 0 };
    /** Indentation columns of the open block collections. */
    const blocks = [];
    let flow = 0;
    let blockScalarIndent = -1;
    let lineNo = 0;
    let pos = 0;
    while (pos <= text.length) {
        let end = text.indexOf('\n', pos);
        if (end === -1)
            end = text.length;
        lineNo++;
        const line = text.slice(pos, end);
        pos = end + 1;
        let i = 0;
        while (i < line.length && line[i] === ' ')
            i++;
        if (i === line.length || line[i] === '#' || line[i] === '\r')
            continue;
        // The body of a block scalar is text, whatever it looks like.
        if (blockScalarIndent >= 0) {
            if (i > blockScalarIndent)
                continue;
            blockScalarIndent = -1;
        }
        if (flow === 0) {
            while (blocks.length && blocks[blocks.length - 1] >= i)
                blocks.pop();
        }
        const note = (column) => {
            const depth = blocks.length + flow;
            if (depth > out.depth) {
                out.depth = depth;
                out.line = lineNo;
                out.column = column + 1;
            }
        };
        out.nodes++;
        let quote = '';
        let lastKeyIndent = i;
        for (let k = i; k < line.length; k++) {
            const c = line[k];
            if (quote) {
                if (c === '\\' && quote === '"')
                    k++;
                else if (c === quote)
                    quote = '';
                continue;
            }
            const prev = k === 0 ? ' ' : line[k - 1];
            const next = line[k + 1] ?? ' ';
            if ((c === '"' || c === "'") && /[\s[{,:-]/.test(prev))
                quote = c;
            else if (c === '#' && /\s/.test(prev))
                break;
            else if (flow === 0 && (c === '-' || c === '?') && (next === ' ' || k + 1 === line.length) && /\s/.test(prev)) {
                // A block sequence item (or complex key): a collection at this column, nested in what is open.
                blocks.push(k);
                out.nodes++;
                lastKeyIndent = k + 2;
                note(k);
            }
            else if (c === ':' && (next === ' ' || k + 1 === line.length) && flow === 0) {
                // key: a mapping at the key's column (once per column), then its value.
                if (!blocks.length || blocks[blocks.length - 1] < lastKeyIndent)
                    blocks.push(lastKeyIndent);
                out.nodes++;
                note(k);
                const rest = line.slice(k + 1).trim();
                if (/^[|>][-+0-9]*(\s+#.*)?$/.test(rest))
                    blockScalarIndent = i;
            }
            else if (c === '[' || c === '{') {
                flow++;
                out.nodes++;
                note(k);
            }
            else if (c === ']' || c === '}')
                flow = Math.max(0, flow - 1);
            else if (c === ',' && flow > 0)
                out.nodes++;
            if (out.depth > stopAtDepth)
                return out;
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/load/pointer.ts
var load_pointer = __webpack_require__(6925);
;// CONCATENATED MODULE: ./src/load/document.ts
/**
 * Text to a parsed document that remembers where every node came from. JSON and YAML share one
 * parser (`yaml`, which reads JSON as the YAML 1.2 subset it is) so that positions, duplicate-key
 * detection and alias limits work alike; `.json` files are also held to strict JSON.
 */






function formatOf(file) {
    return /\.json$/i.test(file) ? 'json' : 'yaml';
}
function parseText(file, text, format = formatOf(file)) {
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    if (body.trim() === '')
        return problem('the file is empty', 1, 1);
    if (format === 'json') {
        const depth = nestingDepth(body);
        if (depth.depth > limits/* MAX_NESTING_DEPTH */.wM)
            return problem(`nesting is deeper than ${limits/* MAX_NESTING_DEPTH */.wM} levels`, depth.line, depth.column);
        if (depth.wideObject !== undefined) {
            const at = offsetToLineCol(body, depth.wideObject);
            return problem(`an object holds more than ${limits/* MAX_OBJECT_MEMBERS */.d_.toLocaleString('en-US')} members, far more than any lifecycle configuration, policy or registry manifest`, at.line, at.column);
        }
        if (depth.containers > limits/* MAX_JSON_CONTAINERS */.rj) {
            return problem(`the JSON file holds more than ${limits/* MAX_JSON_CONTAINERS */.rj.toLocaleString('en-US')} objects and lists, far more than any lifecycle configuration, policy or registry manifest`, 1, 1);
        }
        const strict = strictJson(body);
        if ('problem' in strict)
            return { ok: false, problem: strict.problem };
        // A key given twice is found by a linear scan and reported where it is, never by the YAML parser,
        // whose cost per node would make a large JSON file take minutes (issue 12).
        const duplicate = firstDuplicateKey(body);
        if (duplicate) {
            const { line, column } = offsetToLineCol(body, duplicate.offset);
            return problem(`duplicate key ${JSON.stringify(duplicate.key)}: the same key appears twice in one mapping, and parsers keep only one of them`, line, column);
        }
        // JSON.parse's data, positions built only if a finding asks (ADR 0040).
        return { ok: true, doc: lazyJsonDocument(file, body, strict.data) };
    }
    // YAML: nesting counted by block structure too, and the nodes bounded, before the parser runs (ADR 0133).
    const shape = scanYaml(body, limits/* MAX_NESTING_DEPTH */.wM);
    if (shape.depth > limits/* MAX_NESTING_DEPTH */.wM)
        return problem(`nesting is deeper than ${limits/* MAX_NESTING_DEPTH */.wM} levels`, shape.line, shape.column);
    if (shape.nodes > limits/* MAX_YAML_NODES */.Tq) {
        return problem(`the YAML file holds more than ${limits/* MAX_YAML_NODES */.Tq.toLocaleString('en-US')} nodes, far more than any lifecycle configuration or policy; split it, or write it as JSON`, 1, 1);
    }
    const lineCounter = new dist/* LineCounter */.HN();
    let yamlDoc;
    try {
        yamlDoc = (0,dist/* parseDocument */.Tp)(body, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
    }
    catch (err) {
        return problem(`the file could not be parsed (${err.message})`, 1, 1);
    }
    const first = yamlDoc.errors[0];
    if (first) {
        const pos = lineCounter.linePos(first.pos[0]);
        return problem(describeYamlError(first.code, first.message, body.slice(first.pos[0], first.pos[0] + 300)), pos.line, pos.col);
    }
    const bomb = aliasExpansion(yamlDoc, limits/* MAX_ALIAS_NODES */.U7);
    if (bomb) {
        const pos = lineCounter.linePos(bomb.offset);
        return problem(`YAML aliases expand to more than ${limits/* MAX_ALIAS_NODES */.U7.toLocaleString('en-US')} nodes (an alias bomb); lifeguard refuses to expand them`, pos.line, pos.col);
    }
    let data;
    try {
        // aliasExpansion bounded what the aliases add; yaml's own count would refuse small, honest uses.
        data = yamlDoc.toJS({ maxAliasCount: -1 });
    }
    catch (err) {
        return problem(`the file could not be read as data (${err.message})`, 1, 1);
    }
    const contents = yamlDoc.contents;
    const doc = {
        file,
        text: body,
        format,
        data,
        locate: (pointer, reportOnKey) => locateNode(contents, lineCounter, pointer, reportOnKey ?? false),
        yaml: yamlDoc,
    };
    doc.literal = literalOf(body, doc.locate);
    return { ok: true, doc };
}
function lazyJsonDocument(file, text, data) {
    const find = (0,json_locate/* jsonLocator */.JB)(text);
    const locate = (pointer, reportOnKey) => find(pointer, reportOnKey ?? false);
    return { file, text, format: 'json', data, locate, literal: literalOf(text, locate) };
}
/** The text between a value's start and end positions (line starts computed once, when first asked). */
function literalOf(text, locate) {
    let starts;
    let plain;
    return (pointer) => {
        plain ??= !/[0-9][.eE]|[0-9]{10}/.test(text);
        if (plain)
            return undefined;
        starts ??= [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
        const p = locate(pointer, false);
        const from = starts[p.line - 1] + p.column - 1;
        const to = starts[(p.endLine ?? p.line) - 1] + (p.endColumn ?? p.column) - 1;
        return text.slice(from, to);
    };
}
function problem(message, line, column) {
    return { ok: false, problem: { message, line, column } };
}
function describeYamlError(code, message, at) {
    if (code === 'MULTIPLE_DOCS')
        return 'the file holds more than one YAML document; put one configuration per file';
    if (code === 'DUPLICATE_KEY') {
        const key = /^"((?:[^"\\]|\\.)*)"|^'([^']*)'|^([^:\n,{}]+)/.exec(at);
        const name = key ? (key[1] ?? key[2] ?? key[3] ?? '').trim() : '';
        return `duplicate key "${name}": the same key appears twice in one mapping, and parsers keep only one of them`;
    }
    // yaml's messages are sentences already; drop the trailing position it appends.
    return message.replace(/ at line \d+, column \d+.*$/s, '').replace(/\.$/, '');
}
/** JSON.parse is the reference for what `aws s3api … --lifecycle-configuration file://x.json` reads. */
function strictJson(text) {
    try {
        return { data: JSON.parse(text) };
    }
    catch (err) {
        const raw = err.message;
        let line = 1;
        let column = 1;
        const lc = /line (\d+) column (\d+)/.exec(raw);
        const at = /position (\d+)/.exec(raw);
        if (lc) {
            line = Number(lc[1]);
            column = Number(lc[2]);
        }
        else if (at) {
            ({ line, column } = offsetToLineCol(text, Number(at[1])));
        }
        else if (/end of JSON input/.test(raw)) {
            ({ line, column } = offsetToLineCol(text, text.length));
        }
        else {
            ({ line, column } = offsetToLineCol(text, guessJsonErrorOffset(text)));
        }
        const reason = raw
            .replace(/\s*\(line \d+ column \d+\)/, '')
            .replace(/ in JSON at position \d+/, '')
            .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '')
            // A finding is one line; V8 sometimes quotes the offending text, newlines and all.
            .replace(/\s*\n\s*/g, ' ');
        return { problem: { message: `invalid JSON: ${reason}`, line, column } };
    }
}
/** V8 omits the position for some errors; YAML's parser or a trailing comma usually finds it. */
function guessJsonErrorOffset(text) {
    const yamlDoc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false });
    const err = yamlDoc.errors[0];
    if (err)
        return err.pos[0];
    const trailing = /,\s*[}\]]/.exec(text);
    return trailing ? trailing.index : 0;
}
function offsetToLineCol(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}
/**
 * Whether the document's aliases, expanded, add more than `max` nodes: each alias counts the size
 * of the node it stands for (itself with its aliases expanded, memoised), so a deep chain and one
 * large node aliased many times are both caught in time linear in the document. The offset is the
 * first alias's.
 */
function aliasExpansion(doc, max) {
    const size = new Map();
    let first;
    let added = 0;
    const measure = (node, active) => {
        if ((0,dist/* isAlias */.Vj)(node)) {
            first ??= node.range?.[0] ?? 0;
            const target = node.resolve(doc);
            // An alias inside its own anchor would recurse forever: count it as one node.
            const n = target && !active.has(target) ? measure(target, active) : 1;
            added += n;
            return n;
        }
        if (!(0,dist/* isMap */.jh)(node) && !(0,dist/* isSeq */.oP)(node))
            return 1;
        const known = size.get(node);
        if (known !== undefined)
            return known;
        active.add(node);
        let n = 1;
        for (const item of node.items) {
            if ((0,dist/* isPair */.tO)(item))
                n += measure(item.key, active) + measure(item.value, active);
            else
                n += measure(item, active);
            if (added > max)
                break;
        }
        active.delete(node);
        size.set(node, n);
        return n;
    };
    measure(doc.contents, new Set());
    return added > max ? { offset: first ?? 0 } : undefined;
}
/** Deepest bracket nesting outside quoted strings, where it is first reached, and how many brackets open. */
function nestingDepth(text) {
    let containers = 0;
    // Members counted per open object (-1 for a list), and where the first too-wide object starts.
    const members = [];
    const starts = [];
    let wideObject;
    let depth = 0;
    let max = 0;
    let at = 0;
    let quote = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = '';
            continue;
        }
        if (c === '"')
            quote = '"';
        else if (c === ':' && members.length && members[members.length - 1] >= 0) {
            if (++members[members.length - 1] > limits/* MAX_OBJECT_MEMBERS */.d_ && wideObject === undefined)
                wideObject = starts[starts.length - 1];
        }
        else if (c === '[' || c === '{') {
            members.push(c === '{' ? 0 : -1);
            starts.push(i);
            containers++;
            depth++;
            if (depth > max) {
                max = depth;
                at = i;
                if (max > limits/* MAX_NESTING_DEPTH */.wM)
                    break;
            }
        }
        else if (c === ']' || c === '}') {
            depth--;
            members.pop();
            starts.pop();
        }
    }
    const { line, column } = offsetToLineCol(text, at);
    return { depth: max, line, column, containers, ...(wideObject !== undefined ? { wideObject } : {}) };
}
function locateNode(root, lc, pointer, reportOnKey) {
    let node = root;
    let keyNode = null;
    for (const segment of (0,load_pointer/* splitPointer */.GS)(pointer)) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === segment);
            if (!pair)
                break;
            keyNode = pair.key;
            node = pair.value ?? keyNode;
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            const item = node.items[Number(segment)];
            if (!/^\d+$/.test(segment) || !item)
                break;
            keyNode = null;
            node = item;
        }
        else {
            break;
        }
    }
    // A collection is shown by its key ("Transitions:"), a scalar by its value, unless asked otherwise.
    const useKey = keyNode && (reportOnKey || !(0,dist/* isScalar */.jn)(node));
    const target = useKey ? keyNode : node;
    const range = target?.range ?? [0, 0, 0];
    const start = lc.linePos(range[0]);
    const end = lc.linePos(range[1]);
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}


/***/ }),

/***/ 3867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JB: () => (/* binding */ jsonLocator),
/* harmony export */   xV: () => (/* binding */ lineStartsOf),
/* harmony export */   xX: () => (/* binding */ lineCol)
/* harmony export */ });
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6925);

function jsonLocator(text) {
    let lineStarts;
    const containers = new Map();
    const ws = (i) => {
        while (i < text.length) {
            const c = text.charCodeAt(i);
            if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)
                break;
            i++;
        }
        return i;
    };
    /** End (exclusive) of the string starting at `i` (a quote). */
    const stringEnd = (i) => {
        for (let k = i + 1; k < text.length; k++) {
            const c = text.charCodeAt(k);
            if (c === 0x5c)
                k++;
            else if (c === 0x22)
                return k + 1;
        }
        return text.length;
    };
    /** End (exclusive) of the value starting at `i`. */
    const valueEnd = (i) => {
        const c = text[i];
        if (c === '"')
            return stringEnd(i);
        if (c === '{' || c === '[') {
            let depth = 0;
            for (let k = i; k < text.length; k++) {
                const d = text.charCodeAt(k);
                if (d === 0x22)
                    k = stringEnd(k) - 1;
                else if (d === 0x7b || d === 0x5b)
                    depth++;
                else if (d === 0x7d || d === 0x5d) {
                    depth--;
                    if (depth === 0)
                        return k + 1;
                }
            }
            return text.length;
        }
        let k = i;
        while (k < text.length && !/[\s,\]}]/.test(text[k]))
            k++;
        return k;
    };
    /** Reads members of the container at `start` until `stop` says enough (or the end). */
    const read = (start, segment) => {
        const object = text[start] === '{';
        let c = containers.get(start);
        if (!c) {
            c = { members: [], next: ws(start + 1), ...(object ? { byKey: new Map() } : {}) };
            containers.set(start, c);
        }
        const index = Number(segment);
        const found = object ? c.byKey.get(segment) : c.members[index];
        if (found)
            return found;
        const stop = (m, i) => (object ? m.key === segment : i === index);
        while (c.next !== -1) {
            let i = c.next;
            if (text[i] === '}' || text[i] === ']') {
                c.next = -1;
                break;
            }
            const m = { value: i };
            if (object) {
                m.keyStart = i;
                m.keyEnd = stringEnd(i);
                m.key = JSON.parse(text.slice(i, m.keyEnd));
                i = ws(ws(m.keyEnd) + 1);
                m.value = i;
            }
            const end = ws(valueEnd(m.value));
            c.next = text[end] === ',' ? ws(end + 1) : -1;
            c.members.push(m);
            if (object)
                c.byKey.set(m.key, m);
            if (stop(m, c.members.length - 1))
                return m;
        }
        return undefined;
    };
    return (pointer, reportOnKey) => {
        lineStarts ??= lineStartsOf(text);
        let node = ws(0);
        let key;
        for (const segment of (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .splitPointer */ .GS)(pointer)) {
            const c = text[node];
            let m;
            if (c === '{' || (c === '[' && /^\d+$/.test(segment)))
                m = read(node, segment);
            if (!m)
                break;
            key = c === '{' ? m : undefined;
            node = m.value;
        }
        const collection = text[node] === '{' || text[node] === '[';
        const [start, end] = key && (reportOnKey || collection) ? [key.keyStart, key.keyEnd] : [node, valueEnd(node)];
        const a = lineCol(lineStarts, start);
        const b = lineCol(lineStarts, end);
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    };
}
function lineStartsOf(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
function lineCol(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
}


/***/ }),

/***/ 9010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FT: () => (/* binding */ MAX_SYNTAX_DEPTH),
/* harmony export */   Ly: () => (/* binding */ BINARY_SNIFF_BYTES),
/* harmony export */   Tq: () => (/* binding */ MAX_YAML_NODES),
/* harmony export */   U7: () => (/* binding */ MAX_ALIAS_NODES),
/* harmony export */   d_: () => (/* binding */ MAX_OBJECT_MEMBERS),
/* harmony export */   gZ: () => (/* binding */ MAX_FILE_BYTES),
/* harmony export */   i_: () => (/* binding */ MAX_EVAL_STRING),
/* harmony export */   rj: () => (/* binding */ MAX_JSON_CONTAINERS),
/* harmony export */   wM: () => (/* binding */ MAX_NESTING_DEPTH),
/* harmony export */   y8: () => (/* binding */ MAX_EVAL_UNITS)
/* harmony export */ });
/**
 * Budgets for reading untrusted files. They are named here so that messages, docs and tests
 * agree on the same numbers.
 */
/** A lifecycle configuration of 1,000 rules is about 400 KB of pretty JSON; 5 MiB leaves room. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Nesting deeper than this is no lifecycle configuration and only risks the parser's stack. */
const MAX_NESTING_DEPTH = 64;
/**
 * Levels of HCL syntax (blocks, parentheses, operators, calls, elements, interpolations) a .tf file
 * may nest: the bracket count above misses `1 + 1 + …` and `!!!…`, and converting the tree recurses
 * once per level. Lifecycle configurations nest about ten; the evaluator stops at 32 anyway.
 */
const MAX_SYNTAX_DEPTH = 256;
/**
 * What evaluating the expressions of one .tf file may build, in units: one per number, boolean,
 * list or object, one per character of a string; a reference to a local or variable counts the part
 * it names again, since whoever reads the attribute walks that. Past the budget a value is unknown.
 */
const MAX_EVAL_UNITS = 2_000_000;
/** The longest string a template or function may build: no lifecycle value comes near 64 KiB. */
const MAX_EVAL_STRING = 64 * 1024;
/**
 * Nodes that YAML aliases may add to a document when expanded (each alias counts the whole node it
 * stands for); more is an alias bomb, deep ("billion laughs") or wide (one big node aliased often).
 */
const MAX_ALIAS_NODES = 10_000;
/**
 * Nodes in one YAML document. The parser spends tens of microseconds per node, so this bounds its
 * time (well under a second) and memory; a 1,000-rule configuration has about 15,000.
 */
const MAX_YAML_NODES = 40_000;
/**
 * Objects and lists in one JSON document. JSON.parse keeps each as a JS object (about 100 bytes),
 * so this bounds memory; a 5 MiB quarantine file or registry manifest holds about 100,000.
 */
const MAX_JSON_CONTAINERS = 500_000;
/** Members of one JSON object: more make JSON.parse build a slow dictionary, and no format of ours has them. */
const MAX_OBJECT_MEMBERS = 50_000;
/** Bytes sniffed for NUL to tell a binary file from text. */
const BINARY_SNIFF_BYTES = 8000;


/***/ }),

/***/ 6925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GS: () => (/* binding */ splitPointer),
/* harmony export */   Kn: () => (/* binding */ joinPointer),
/* harmony export */   sZ: () => (/* binding */ valueAtPointer)
/* harmony export */ });
/* unused harmony exports escapeSegment, parentPointer */
/** RFC 6901 JSON Pointers: how findings address a node without knowing lines or columns. */
function escapeSegment(segment) {
    // Hot path: rules build pointers for every element they look at; most need no escaping.
    if (typeof segment === 'number')
        return String(segment);
    return segment.includes('~') || segment.includes('/') ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment;
}
function joinPointer(base, ...segments) {
    let out = base;
    for (const s of segments)
        out += '/' + escapeSegment(s);
    return out;
}
function splitPointer(pointer) {
    if (pointer === '' || pointer === '#')
        return [];
    const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
    return body
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function parentPointer(pointer) {
    const i = pointer.lastIndexOf('/');
    return i <= 0 ? '' : pointer.slice(0, i);
}
/** The value at `pointer` in plain data, or undefined when the path does not exist. */
function valueAtPointer(data, pointer) {
    let node = data;
    for (const s of splitPointer(pointer)) {
        node = Array.isArray(node)
            ? node[Number(s)]
            : typeof node === 'object' && node !== null
                ? node[s]
                : undefined;
    }
    return node;
}


/***/ }),

/***/ 7338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ describeIoError),
/* harmony export */   o: () => (/* binding */ readSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _decode_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3504);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4651);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9010);
/**
 * The file edge of loading: stat, size limit, bytes, decode, parse. Nothing here throws for a bad
 * file; every refusal comes back as a problem with a position.
 */





async function readSource(path, display = path) {
    let size;
    try {
        // Synchronous on purpose: files are read one after the other, and for a thousand small files the
        // thread-pool round trips of the promise API cost more than the reads (npm run bench).
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
        if (!info.isFile())
            return ioProblem(`${display} is not a regular file`);
        size = info.size;
    }
    catch (err) {
        return ioProblem(await describeBrokenLink(path, err));
    }
    if (size > _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_FILE_BYTES */ .gZ) {
        return {
            ok: false,
            kind: 'content',
            reason: 'too-large',
            problem: {
                message: `the file is ${formatMiB(size)}, over the ${formatMiB(_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_FILE_BYTES */ .gZ)} limit for a lifecycle configuration or policy`,
                line: 1,
                column: 1,
            },
        };
    }
    let bytes;
    try {
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
    }
    catch (err) {
        return ioProblem(describeIoError(err));
    }
    const decoded = (0,_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeUtf8 */ ._)(bytes);
    if (!decoded.ok)
        return { ok: false, kind: 'content', reason: 'encoding', problem: decoded.problem };
    const parsed = (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .parseText */ .r4)(display, decoded.text);
    return parsed.ok ? parsed : { ok: false, kind: 'content', reason: 'syntax', problem: parsed.problem };
}
/** A dangling symbolic link reads as "no such file", which hides what the user must fix. */
async function describeBrokenLink(path, err) {
    if (err.code === 'ENOENT') {
        try {
            if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path)).isSymbolicLink())
                return `is a symbolic link to ${await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(path)}, which does not exist`;
        }
        catch {
            // Not even the link is there: the plain message below is right.
        }
    }
    return describeIoError(err);
}
function ioProblem(message) {
    return { ok: false, kind: 'io', reason: 'io', problem: { message, line: 1, column: 1 } };
}
function describeIoError(err) {
    const code = err.code;
    switch (code) {
        case 'ENOENT':
            return 'no such file or folder';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied: the file cannot be read';
        case 'EISDIR':
            return 'is a folder, not a file';
        case 'ELOOP':
            return 'too many symbolic links';
        default:
            return `cannot be read (${code ?? err.message})`;
    }
}
function formatMiB(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}


/***/ }),

/***/ 9745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Il: () => (/* binding */ iacSourceFiles),
/* harmony export */   L5: () => (/* binding */ isTerraformFile),
/* harmony export */   n$: () => (/* binding */ isTerraformModuleFile)
/* harmony export */ });
/* unused harmony export MAX_MODULE_FILES */
/**
 * Which files a Terraform or CloudFormation source is read from, for the callers that must copy
 * them out of a commit before the source readers can read them: the privileged half of the fork
 * split (trust/materialize.ts) and drift history (history/versions.ts). One place, so that both
 * copy what the readers read (iac/resource.ts, iac/terraform/module-scope.ts):
 *
 * - a CloudFormation template or a Terraform plan JSON: that file alone;
 * - a .tf or .tf.json file: with the rest of its module, since it is evaluated in its folder's
 *   scope (variables, locals and tfvars come from the folder's other files);
 * - a Terraform module folder: its own module files; not its sub-folders, each another module.
 *
 * No I/O here: the caller lists folders (git or GitHub's contents API at a commit). Kept free of
 * imports so that neither caller loads the Terraform reader (ADR 0161) to learn a file's name.
 */
/**
 * The files of a folder that Terraform reads as its module, and module-scope.ts with it: every .tf
 * and .tf.json file, then terraform.tfvars, terraform.tfvars.json and *.auto.tfvars[.json]. Other
 * .tfvars files are read only when named on the command line (-var-file), which lifeguard never
 * sees. `name` is a file name, without its folder; case matters, as for Terraform.
 */
function isTerraformModuleFile(name) {
    return /\.tf(\.json)?$/.test(name) || /^terraform\.tfvars(\.json)?$/.test(name) || /\.auto\.tfvars(\.json)?$/.test(name);
}
/** A Terraform configuration file, evaluated in its folder's scope: .tf (HCL) or .tf.json. */
function isTerraformFile(path) {
    return /\.tf(\.json)?$/.test(path);
}
/** Module files copied per source at most (each is also bounded in size where it is read). */
const MAX_MODULE_FILES = 200;
/**
 * The files the source at `path` (repository-relative, confined by the caller) is read from.
 * `list` tells what a path is and lists a folder's files.
 */
async function iacSourceFiles(path, kind, list) {
    if (kind === 'terraform' && isTerraformFile(path)) {
        const slash = path.lastIndexOf('/');
        const folder = slash < 0 ? '' : path.slice(0, slash);
        const listed = await list(folder);
        if (listed.kind === 'failed')
            return listed;
        if (listed.kind !== 'folder' || !listed.files.includes(path))
            return { kind: 'absent' };
        return moduleOf(folder, listed.files);
    }
    const listed = await list(path);
    if (listed.kind === 'failed' || listed.kind === 'absent')
        return listed;
    if (listed.kind === 'file')
        return { kind: 'found', files: [path] };
    if (kind === 'cloudformation')
        return { kind: 'failed', reason: `${path} is a folder, not a CloudFormation template` };
    return moduleOf(path, listed.files);
}
function moduleOf(folder, files) {
    const module = files.filter((f) => isTerraformModuleFile(f.slice(f.lastIndexOf('/') + 1)));
    if (module.length > MAX_MODULE_FILES)
        return {
            kind: 'failed',
            reason: `${folder || 'the repository root'} has more than ${MAX_MODULE_FILES} Terraform files, more than lifeguard reads of one module`,
            tooLarge: true,
        };
    return { kind: 'found', files: module };
}


/***/ }),

/***/ 1358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ entriesFromDocument),
/* harmony export */   d: () => (/* binding */ entriesFromCsv)
/* harmony export */ });
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5175);
/* harmony import */ var _load_pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6925);
/* harmony import */ var _model_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3855);
/**
 * A model registry's export of what it still references, as lifeguard reads it: JSON or YAML (a
 * list, or `{artifacts: [...]}`), or CSV with a header (`uri` or `key` column, optional `model`,
 * `version`, `stage`, `kind`). Entries become References with explicit key/prefix meaning; entries
 * that cannot be read unambiguously become findings, never guesses.
 */



function entriesFromDocument(doc) {
    const entries = [];
    const problems = [];
    const data = doc.data;
    const list = Array.isArray(data) ? data : (0,_model_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(data) && Array.isArray(data.artifacts) ? data.artifacts : undefined;
    const base = Array.isArray(data) ? '' : '/artifacts';
    if (!list) {
        problems.push({ pointer: '', message: 'a registry manifest is a list of artifacts, or a mapping with an "artifacts" list' });
        return { entries, problems };
    }
    list.forEach((item, i) => {
        const pointer = (0,_load_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .joinPointer */ .Kn)(base, i);
        if (typeof item === 'string')
            entries.push({ value: item, pointer });
        else if ((0,_model_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(item)) {
            const value = [item.uri, item.key, item.prefix, item.path].find((v) => typeof v === 'string');
            if (value === undefined) {
                problems.push({ pointer, message: 'an artifact needs one of "uri", "key", "prefix" or "path"' });
                return;
            }
            const kind = typeof item.prefix === 'string'
                ? 'prefix'
                : typeof item.key === 'string' && item.kind === undefined
                    ? 'key'
                    : item.kind;
            const versionId = str(item.versionId) ?? str(item.version_id);
            entries.push({
                value,
                kind,
                model: str(item.model),
                version: str(item.version),
                stage: str(item.stage),
                ...(versionId ? { versionId } : {}),
                pointer,
            });
        }
        else
            problems.push({ pointer, message: 'an artifact is an s3:// URI, a key, or a mapping with "uri"' });
    });
    return { entries, problems };
}
function entriesFromCsv(text) {
    let rows;
    try {
        const records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, { info: true, relax_column_count: true, skip_empty_lines: true, bom: true });
        rows = records.map((r) => ({ line: r.info.lines, cells: r.record }));
    }
    catch (err) {
        const e = err;
        return {
            entries: [],
            problems: [{ line: e.lines ?? 1, message: `the CSV cannot be read: ${e.message.replace(/^Invalid[^:]*: /, '')}` }],
        };
    }
    const problems = [];
    const header = rows[0]?.cells.map((h) => h.trim().toLowerCase()) ?? [];
    const col = (name) => header.indexOf(name);
    const valueCol = ['uri', 'key', 'prefix', 'path'].map(col).find((c) => c >= 0);
    if (valueCol === undefined) {
        return { entries: [], problems: [{ line: 1, message: 'the CSV header needs a "uri", "key", "prefix" or "path" column' }] };
    }
    const entries = [];
    for (const row of rows.slice(1)) {
        const cell = (name) => {
            const c = col(name);
            return c >= 0 ? row.cells[c]?.trim() || undefined : undefined;
        };
        // The key as written: spaces at either end may be part of it (toReference protects both readings).
        const value = row.cells[valueCol];
        if (!value) {
            if (row.cells.some((c) => c.trim()))
                problems.push({ line: row.line, message: 'the row has no artifact URI or key' });
            continue;
        }
        const kind = header[valueCol] === 'prefix' ? 'prefix' : cell('kind');
        const versionId = cell('versionid') ?? cell('version_id');
        entries.push({
            value,
            kind,
            model: cell('model'),
            version: cell('version'),
            stage: cell('stage'),
            ...(versionId ? { versionId } : {}),
            pointer: '',
            line: row.line,
        });
    }
    return { entries, problems };
}
function str(v) {
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}


/***/ }),

/***/ 5372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ checkProtection),
/* harmony export */   sh: () => (/* binding */ REGISTRY_PROTECTION)
/* harmony export */ });
/* unused harmony export deletionDate */
/* harmony import */ var _model_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3855);
/* harmony import */ var _lint_view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(612);
/* harmony import */ var _model_extract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7640);
/* harmony import */ var _model_timing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4483);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2665);





const REGISTRY_PROTECTION = {
    id: 'registry-protection',
    description: "No lifecycle rule expires an artifact that the model registry (or a policy's protect list) still references.",
    defaultSeverity: 'error',
    catalogue: [],
};
/** `objectsFrom` names where `objects` come from, for messages ("the inventory", "the listing"). */
function checkProtection(data, refs, objects, objectsFrom = 'the inventory') {
    const located = (0,_model_extract_js__WEBPACK_IMPORTED_MODULE_2__/* .locateConfiguration */ .L)(data);
    const out = [];
    // Each object is matched to its references once, not once per rule and reference.
    const byRef = objects && objectsByReference(refs, objects);
    for (const rule of (0,_lint_view_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleViews */ .W)(located.config, located.base)) {
        if (!rule.enabled)
            continue;
        const exp = (0,_model_values_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(rule.raw.Expiration);
        const days = (0,_model_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(exp?.Days);
        const date = (0,_model_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(exp?.Date);
        const nce = (0,_model_values_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(rule.raw.NoncurrentVersionExpiration);
        const nceDays = (0,_model_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(nce?.NoncurrentDays);
        for (const ref of refs) {
            if (!reaches(rule, ref))
                continue;
            const caveat = unknownPredicates(rule, ref);
            if (days !== undefined || date !== undefined) {
                const when = days !== undefined
                    ? `${days} day${days === 1 ? '' : 's'} after each object is created`
                    : `on ${date.slice(0, 10)} (and every day after)`;
                out.push(finding(rule, ref, rule.at('Expiration'), `expires current versions ${when}`, caveat, byRef && (byRef.get(ref) ?? []), objectsFrom, (o) => (o.isLatest === false ? undefined : deletionDate(o.lastModified, days, date))));
            }
            if (nceDays !== undefined && ref.versionId) {
                out.push(finding(rule, ref, rule.at('NoncurrentVersionExpiration'), `deletes noncurrent versions ${nceDays} days after they are replaced, and the registry pins version ${ref.versionId}`, caveat, undefined, objectsFrom, () => undefined));
            }
        }
    }
    return out;
}
function finding(rule, ref, pointer, action, caveat, 
/** The objects the reference covers. */
objects, objectsFrom, due) {
    let tail = '';
    const f = { pointer, message: '', rule: rule.label, reference: ref };
    if (objects) {
        const hit = objects.filter((o) => matchesKnown(rule, o));
        const dates = hit
            .map(due)
            .filter((d) => d !== undefined)
            .sort((a, b) => a.getTime() - b.getTime());
        f.objects = hit.length;
        f.bytes = hit.reduce((s, o) => s + o.size, 0);
        f.firstDeletion = dates[0]?.toISOString().slice(0, 10);
        const From = objectsFrom.charAt(0).toUpperCase() + objectsFrom.slice(1);
        tail = hit.length
            ? ` In ${objectsFrom}: ${hit.length} object${hit.length === 1 ? '' : 's'}, ${f.bytes} bytes${f.firstDeletion ? `, the first deleted on ${f.firstDeletion}` : ''}.`
            : ` ${From} holds no matching object yet.`;
    }
    f.message = `${rule.label} ${action}, and it reaches ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .describeReference */ .P5)(ref)}, which ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .referencedBy */ .bC)(ref)}${caveat}. Narrow the rule's filter or exclude the artifact.${tail}`;
    return f;
}
/**
 * Can the rule's prefix reach the reference? Tags and sizes of registry artifacts are unknown, so
 * only a tag the reference itself requires (a protect entry's) with another value than the rule's
 * keeps them apart: an object holds one value per key.
 */
function reaches(rule, ref) {
    if (ref.tags?.some((t) => rule.selector.tags.some((r) => r.key === t.key && r.value !== t.value)))
        return false;
    const p = rule.selector.prefix;
    if (ref.match === 'key')
        return ref.path.startsWith(p);
    const folder = ref.match === 'both' && !ref.path.endsWith('/') ? `${ref.path}/` : ref.path;
    const key = ref.match === 'both' && ref.path.startsWith(p);
    return key || folder.startsWith(p) || p.startsWith(folder);
}
function unknownPredicates(rule, ref) {
    const s = rule.selector;
    const parts = [];
    // A tag the reference itself requires is known to match (reaches() ruled out a different value).
    const tags = s.tags.filter((t) => !ref.tags?.some((r) => r.key === t.key));
    if (tags.length)
        parts.push(`its tags (${tags.map((t) => `${t.key}=${t.value}`).join(', ')})`);
    if (s.sizeGreaterThan !== undefined || s.sizeLessThan !== undefined)
        parts.push('its size filter');
    return parts.length ? ` if the artifact matches ${parts.join(' and ')}` : '';
}
function matchesKnown(rule, o) {
    const s = rule.selector;
    if (!o.key.startsWith(s.prefix))
        return false;
    if (s.sizeGreaterThan !== undefined && !(o.size > s.sizeGreaterThan))
        return false;
    if (s.sizeLessThan !== undefined && !(o.size < s.sizeLessThan))
        return false;
    return true;
}
function objectsByReference(refs, objects) {
    const lookup = (0,_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .referenceLookup */ .Id)(refs);
    const out = new Map();
    for (const o of objects) {
        for (const r of lookup(o.key)) {
            const list = out.get(r);
            if (list)
                list.push(o);
            else
                out.set(r, [o]);
        }
    }
    return out;
}
/** When S3 deletes an object created at `created` under an Expiration of `days` or `date` (model/timing.ts). */
function deletionDate(created, days, date) {
    if (date !== undefined) {
        const d = Date.parse(date);
        return Number.isNaN(d) ? undefined : new Date((0,_model_timing_js__WEBPACK_IMPORTED_MODULE_3__/* .dateDueTime */ .g$)(d, created.getTime()));
    }
    return days === undefined ? undefined : new Date((0,_model_timing_js__WEBPACK_IMPORTED_MODULE_3__/* .dueTimeAfter */ .Q)(created.getTime(), days));
}


/***/ }),

/***/ 2665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P5: () => (/* binding */ describeReference),
  uP: () => (/* binding */ referenceIndex),
  Id: () => (/* binding */ referenceLookup),
  bC: () => (/* binding */ referencedBy),
  qX: () => (/* binding */ referencesKey),
  mw: () => (/* binding */ referencesObject),
  TT: () => (/* binding */ toReference)
});

;// CONCATENATED MODULE: ./src/model-registry/s3-uri.ts
/**
 * `s3://bucket/key` as the AWS CLI and SDKs write it: the key is everything after the bucket's
 * slash, taken literally. `?`, `#` and `%` are characters of the key, not a query, a fragment or an
 * escape, because S3 keys may hold them and a registry that wrote `what?.pt` means that object. A
 * version is given in its own field (`versionId`), never in the URI. The `s3a://` and `s3n://`
 * spellings (Hadoop) and `arn:aws:s3:::bucket/key` read the same way.
 */
const URI = /^(?:s3a?|s3n):\/\/([^/]*)(?:\/([\s\S]*))?$/i;
const ARN = /^arn:aws[a-z-]*:s3:::([^/]+)(?:\/([\s\S]*))?$/;
/** undefined when the value is not an s3:// URI or an S3 ARN. */
function parseS3Location(value) {
    const m = URI.exec(value) ?? ARN.exec(value);
    return m ? { bucket: m[1], key: m[2] ?? '' } : undefined;
}
/** Any other URL scheme (https://, gs://): not something lifeguard can resolve to a key. */
function isOtherUrl(value) {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
}

;// CONCATENATED MODULE: ./src/model-registry/reference.ts

/**
 * A registry entry as references. Keys are exact S3 keys: nothing is trimmed or decoded. An entry
 * with spaces at either end is ambiguous (an export's padding, or part of the key): both readings
 * are protected (`also`) and reported, never guessed.
 */
function toReference(entry, bucket) {
    const where = { pointer: entry.pointer, line: entry.line };
    let path = entry.value;
    const location = parseS3Location(path);
    if (location) {
        if (location.bucket !== bucket) {
            return {
                problem: {
                    severity: 'warning',
                    message: `"${entry.value}" is in bucket "${location.bucket}", not "${bucket}": it is not checked against this target's rules`,
                    ...where,
                },
            };
        }
        path = location.key;
    }
    else if (isOtherUrl(path)) {
        return { problem: { severity: 'error', message: `"${entry.value}" is not an s3:// URI, an S3 ARN or a key`, ...where } };
    }
    if (path === '') {
        return {
            problem: {
                severity: 'error',
                message: `"${entry.value}" names the whole bucket; list the artifacts or folders the registry references`,
                ...where,
            },
        };
    }
    const one = reading(entry, path, where);
    if (path === path.trim() || !one.reference)
        return one;
    // A key of spaces only has no other reading (the trimmed one would be the whole bucket).
    const other = path.trim() === '' ? {} : reading(entry, path.trim(), where);
    return {
        ...(one.reference ? { reference: one.reference } : {}),
        ...(other.reference ? { also: other.reference } : {}),
        problem: {
            severity: 'warning',
            message: `"${entry.value}" has spaces at its start or end; S3 keys may hold them, so lifeguard protects both "${path}" and "${path.trim()}" (fix the registry export if the spaces are not part of the key)`,
            ...where,
        },
    };
}
function reading(entry, path, where) {
    const versionId = entry.versionId;
    const meta = {
        ...(versionId ? { versionId } : {}),
        model: entry.model,
        version: entry.version,
        stage: entry.stage,
        written: entry.value,
        ...where,
    };
    const kind = entry.kind?.toLowerCase();
    if (kind === 'prefix' || kind === 'folder' || kind === 'dir' || kind === 'directory')
        return { reference: { path, match: 'prefix', ...meta } };
    if (kind === 'key' || kind === 'object' || kind === 'file')
        return { reference: { path, match: 'key', ...meta } };
    if (kind !== undefined)
        return { problem: { severity: 'error', message: `kind "${entry.kind}" is not key or prefix`, ...where } };
    if (path.endsWith('/'))
        return { reference: { path, match: 'prefix', ...meta } };
    const last = path.slice(path.lastIndexOf('/') + 1);
    if (/\.[A-Za-z0-9]{1,12}$/.test(last) || versionId)
        return { reference: { path, match: 'key', ...meta } };
    return {
        reference: { path, match: 'both', ...meta },
        problem: {
            severity: 'warning',
            message: `"${entry.value}" could be one object or a folder: write "${path}/" for a folder, or give kind: key; until then lifeguard protects both "${path}" and everything under "${path}/"`,
            ...where,
        },
    };
}
/** Does this key belong to the reference? */
function referencesKey(ref, key) {
    if (ref.match !== 'prefix' && key === ref.path)
        return true;
    if (ref.match === 'prefix')
        return key.startsWith(ref.path);
    if (ref.match === 'both')
        return key.startsWith(ref.path.endsWith('/') ? ref.path : `${ref.path}/`);
    return false;
}
function describeReference(ref) {
    const who = [ref.model, ref.version && `v${ref.version.replace(/^v/, '')}`, ref.stage].filter(Boolean).join(' ');
    const tagged = ref.tags?.length ? ` tagged ${ref.tags.map((t) => `${t.key}=${t.value}`).join(', ')}` : '';
    const under = ref.path === '' ? (tagged ? 'every object' : 'every object in the bucket') : `everything under ${ref.path}`;
    const what = ref.match === 'prefix' ? `${under}${tagged}` : ref.match === 'both' ? `${ref.path} (and ${ref.path}/…)` : ref.path;
    return who ? `${what} (${who})` : what;
}
/** Who still needs the artifact, for messages: "the model registry still references" or "protect[0] covers". */
function referencedBy(ref) {
    return ref.protectedBy ? `${ref.protectedBy} covers` : 'the model registry still references';
}
/** Does the object (key and, when known, tags) belong to the reference? Unknown tags count as matching. */
function referencesObject(ref, key, tags) {
    if (!referencesKey(ref, key))
        return false;
    if (!ref.tags?.length || tags === undefined)
        return true;
    return ref.tags.every((t) => tags.get(t.key) === t.value);
}
/**
 * Every reference that covers a key (in the manifest's order), for many keys against many
 * references: folders are looked up by each of the key's ancestor folders and keys by the key
 * itself, so a lookup costs the key's depth, not the number of references. Prefixes that are not
 * folders (an explicit `kind: prefix` without a slash) are few and tried one by one.
 */
function referenceLookup(refs) {
    const exact = new Map();
    const folders = new Map();
    const partial = [];
    const put = (m, k, r) => m.set(k, [...(m.get(k) ?? []), r]);
    for (const r of refs) {
        if (r.match !== 'prefix')
            put(exact, r.path, r);
        if (r.match === 'both')
            put(folders, r.path.endsWith('/') ? r.path : `${r.path}/`, r);
        else if (r.match === 'prefix') {
            if (r.path === '' || !r.path.endsWith('/'))
                partial.push(r);
            else
                put(folders, r.path, r);
        }
    }
    const order = new Map(refs.map((r, i) => [r, i]));
    return (key) => {
        const found = [...(exact.get(key) ?? [])];
        for (let i = key.indexOf('/'); i >= 0; i = key.indexOf('/', i + 1))
            found.push(...(folders.get(key.slice(0, i + 1)) ?? []));
        for (const r of partial)
            if (key.startsWith(r.path))
                found.push(r);
        return found.length > 1 ? [...new Set(found)].sort((a, b) => order.get(a) - order.get(b)) : found;
    };
}
/** The first reference (in the manifest's order) that covers a key; see referenceLookup. */
function referenceIndex(refs) {
    const lookup = referenceLookup(refs);
    return (key) => lookup(key)[0];
}


/***/ }),

/***/ 2152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ic: () => (/* binding */ QUARANTINE_FILE),
/* harmony export */   kw: () => (/* binding */ REGISTRY_RULES),
/* harmony export */   xW: () => (/* binding */ REGISTRY_ENTRY)
/* harmony export */ });
/* harmony import */ var _protect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5372);

const REGISTRY_ENTRY = {
    id: 'registry-entry',
    description: 'Every entry of a registry manifest names an artifact of the target bucket, unambiguously a key or a folder.',
    defaultSeverity: 'error',
    catalogue: [],
};
const QUARANTINE_FILE = {
    id: 'quarantine-file',
    description: "The quarantine file of a target (written by lifeguard orphans --quarantine) is well formed and its rules fit beside the target's own.",
    defaultSeverity: 'error',
    catalogue: [],
};
const REGISTRY_RULES = [QUARANTINE_FILE, REGISTRY_ENTRY, _protect_js__WEBPACK_IMPORTED_MODULE_0__/* .REGISTRY_PROTECTION */ .sh];


/***/ }),

/***/ 9563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uo: () => (/* binding */ normalizeConfiguration),
/* harmony export */   YE: () => (/* binding */ normalizeRule),
/* harmony export */   dj: () => (/* binding */ canonicalJson)
/* harmony export */ });
/* unused harmony export dateOf */
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3855);
/* harmony import */ var _selector_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9276);
/**
 * A canonical form of a lifecycle configuration under which semantically equal configurations are
 * equal: S3-compatible servers (Ceph RGW) hand rules back reordered and reshaped (rules sorted by
 * ID, `Filter: {}` as a legacy top-level `Prefix: ""`, a one-tag `And` as `{Prefix, Tag}`, the
 * Prefix outside `And`), and the SDK turns Dates into Date objects. See shared/spec/s3-test-server.md.
 */


function normalizeConfiguration(config) {
    const c = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(config) ?? {};
    const rules = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .arr */ .QL)(c.Rules).filter(_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA).map(normalizeRule);
    rules.sort((a, b) => compareStrings(a.id, b.id) || compareStrings(canonicalJson(a), canonicalJson(b)));
    const tdmos = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(c.TransitionDefaultMinimumObjectSize);
    return tdmos === undefined ? { rules } : { rules, transitionDefaultMinimumObjectSize: tdmos };
}
function normalizeRule(raw) {
    const s = (0,_selector_js__WEBPACK_IMPORTED_MODULE_1__/* .selectorOf */ .B)(raw);
    const selector = {
        prefix: s.prefix,
        tags: s.tags
            .map((t) => ({ key: t.key, value: t.value }))
            .sort((a, b) => compareStrings(a.key, b.key) || compareStrings(a.value, b.value)),
    };
    if (s.sizeGreaterThan !== undefined)
        selector.sizeGreaterThan = s.sizeGreaterThan;
    if (s.sizeLessThan !== undefined)
        selector.sizeLessThan = s.sizeLessThan;
    const rule = {
        id: (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(raw.ID) ?? '',
        status: (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(raw.Status) ?? '',
        selector,
        transitions: (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .arr */ .QL)(raw.Transitions)
            .filter(_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)
            .map((t) => clean({ days: (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(t.Days), date: dateOf(t.Date), storageClass: (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(t.StorageClass) ?? '' }))
            .sort((a, b) => compareTiming(a.days, a.date, b.days, b.date) || compareStrings(a.storageClass, b.storageClass)),
        noncurrentTransitions: (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .arr */ .QL)(raw.NoncurrentVersionTransitions)
            .filter(_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)
            .map((t) => clean({
            noncurrentDays: (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(t.NoncurrentDays),
            newerNoncurrentVersions: (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(t.NewerNoncurrentVersions),
            storageClass: (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(t.StorageClass) ?? '',
        }))
            .sort((a, b) => (a.noncurrentDays ?? -1) - (b.noncurrentDays ?? -1) || compareStrings(a.storageClass, b.storageClass)),
    };
    const exp = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(raw.Expiration);
    if (exp) {
        const e = clean({
            days: (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(exp.Days),
            date: dateOf(exp.Date),
            expiredObjectDeleteMarker: exp.ExpiredObjectDeleteMarker === true ? true : undefined,
        });
        // Some servers return `ExpiredObjectDeleteMarker: false` beside Days; an empty Expiration is no action.
        if (Object.keys(e).length)
            rule.expiration = e;
    }
    const nce = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(raw.NoncurrentVersionExpiration);
    if (nce)
        rule.noncurrentExpiration = clean({
            noncurrentDays: (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(nce.NoncurrentDays),
            newerNoncurrentVersions: (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(nce.NewerNoncurrentVersions),
        });
    const abort = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(raw.AbortIncompleteMultipartUpload);
    if (abort)
        rule.abortIncompleteMultipartUpload = clean({ daysAfterInitiation: (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(abort.DaysAfterInitiation) });
    return rule;
}
/** The configuration as S3 API JSON again, in canonical order (for display and for PUT). */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
/** Dates as the SDK returns them (Date objects) or as files write them, to one ISO form. */
function dateOf(value) {
    if (value instanceof Date)
        return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
    if (typeof value !== 'string')
        return undefined;
    const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) || !/T/.test(value) ? value : `${value}Z`);
    return Number.isNaN(t) ? value : new Date(t).toISOString();
}
function compareTiming(ad, adate, bd, bdate) {
    if (ad !== undefined && bd !== undefined)
        return ad - bd;
    return compareStrings(adate ?? String(ad ?? ''), bdate ?? String(bd ?? ''));
}
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function clean(o) {
    for (const k of Object.keys(o))
        if (o[k] === undefined)
            delete o[k];
    return o;
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)(value))
        return Object.fromEntries(Object.keys(value)
            .sort()
            .map((k) => [k, sortKeys(value[k])]));
    return value;
}


/***/ }),

/***/ 7640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ locateConfiguration)
/* harmony export */ });
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3855);
/**
 * Where the lifecycle configuration sits inside a file: the whole document (`{"Rules": …}`) or the
 * `LifecycleConfiguration` member of a full PutBucketLifecycleConfiguration request.
 */

function locateConfiguration(data) {
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)(data))
        return { config: {}, base: '', request: false };
    if ('LifecycleConfiguration' in data) {
        const config = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)(data.LifecycleConfiguration) ? data.LifecycleConfiguration : {};
        return {
            config,
            base: '/LifecycleConfiguration',
            request: true,
            bucket: typeof data.Bucket === 'string' ? data.Bucket : undefined,
            transitionDefaultMinimumObjectSize: data.TransitionDefaultMinimumObjectSize ?? config.TransitionDefaultMinimumObjectSize,
        };
    }
    return { config: data, base: '', request: false, transitionDefaultMinimumObjectSize: data.TransitionDefaultMinimumObjectSize };
}


/***/ }),

/***/ 973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ ACTION_KEYS),
/* harmony export */   c: () => (/* binding */ MAX_NEWER_NONCURRENT_VERSIONS)
/* harmony export */ });
/**
 * The canonical model: a lifecycle configuration in the S3 API's own JSON shape (what
 * `aws s3api get-bucket-lifecycle-configuration` prints and `put-bucket-lifecycle-configuration`
 * takes). Every front end (lifecycle files, retention policies, live buckets) produces this shape.
 *
 * Values read from user files are not trusted to match these types: the schema check reports shape
 * faults, and rules read through the guards in ./guards.ts.
 */
/** The action elements of a rule, in the order the S3 API documents them. */
const ACTION_KEYS = [
    'Expiration',
    'Transitions',
    'NoncurrentVersionTransitions',
    'NoncurrentVersionExpiration',
    'AbortIncompleteMultipartUpload',
];
/** "You can specify up to 100 noncurrent versions to retain" (API reference); enforcement unverified. */
const MAX_NEWER_NONCURRENT_VERSIONS = 100;


/***/ }),

/***/ 6310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X_: () => (/* binding */ matchesWithoutTags),
/* harmony export */   cK: () => (/* binding */ matches),
/* harmony export */   hU: () => (/* binding */ covers)
/* harmony export */ });
function matchesWithoutTags(s, o) {
    if (!o.key.startsWith(s.prefix))
        return false;
    if (s.sizeGreaterThan !== undefined && !(o.size > s.sizeGreaterThan))
        return false;
    if (s.sizeLessThan !== undefined && !(o.size < s.sizeLessThan))
        return false;
    return true;
}
function matches(s, o) {
    if (!matchesWithoutTags(s, o))
        return 'no';
    if (s.tags.length === 0)
        return 'yes';
    if (!o.tags)
        return 'unknown';
    return s.tags.every((t) => o.tags.get(t.key) === t.value) ? 'yes' : 'no';
}
/**
 * Whether every object `inner` selects is also selected by `outer` (same or broader filter), judged
 * without objects: a shorter prefix, a subset of the tags and no size bounds of its own.
 */
function covers(outer, inner) {
    if (!inner.prefix.startsWith(outer.prefix))
        return false;
    if (!outer.tags.every((t) => inner.tags.some((u) => u.key === t.key && u.value === t.value)))
        return false;
    if (outer.sizeGreaterThan !== undefined && (inner.sizeGreaterThan ?? -1) < outer.sizeGreaterThan)
        return false;
    if (outer.sizeLessThan !== undefined && (inner.sizeLessThan ?? Infinity) > outer.sizeLessThan)
        return false;
    return true;
}


/***/ }),

/***/ 328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Z: () => (/* binding */ MAX_S3_INTEGER),
/* harmony export */   Bf: () => (/* binding */ MAX_TAGS_PER_OBJECT),
/* harmony export */   G7: () => (/* binding */ MALFORMED_XML_TEXT),
/* harmony export */   H3: () => (/* binding */ TAG_KEY_CHARS),
/* harmony export */   R0: () => (/* binding */ MAX_OBJECT_KEY_BYTES),
/* harmony export */   Xh: () => (/* binding */ DOCUMENTED_MAX_FILTER_SIZE_BYTES),
/* harmony export */   _B: () => (/* binding */ MAX_LIFECYCLE_RULES),
/* harmony export */   eS: () => (/* binding */ TIB),
/* harmony export */   o6: () => (/* binding */ MAX_RULE_ID_CHARS),
/* harmony export */   pJ: () => (/* binding */ TAG_VALUE_CHARS),
/* harmony export */   tV: () => (/* binding */ OBJECT_SIZE_FILTER_BOUNDS)
/* harmony export */ });
/**
 * The limits S3 puts on a lifecycle configuration that are not storage-class facts (those live in
 * storage-classes.ts). Lint rules, and later the policy compiler, read them from here.
 *
 * Source: shared/spec/s3-lifecycle-constraints.md §1–§2, checked against the S3 User Guide and the
 * API reference (see docs/rules/<rule>.md for what each page says).
 */
const TIB = 1024 ** 4;
/**
 * Days and counts are `Integer` in the S3 API (a 32-bit signed xsd:int); object sizes are `Long`.
 * A value outside the type, or written with a fraction or an exponent, fails the schema (1.10).
 */
const MAX_S3_INTEGER = 2_147_483_647;
/** AWS's text for a request that fails its XML schema (catalogue 1.10). */
const MALFORMED_XML_TEXT = 'The XML you provided was not well-formed or did not validate against our published schema';
/** "You can have up to 1,000 rules. This limit is not adjustable." (1.2) */
const MAX_LIFECYCLE_RULES = 1000;
/** A rule's ID "cannot be longer than 255 characters" (1.5). */
const MAX_RULE_ID_CHARS = 255;
/** A filter tag's Key is 1–128 characters and its Value 0–256 (2.4). */
const TAG_KEY_CHARS = { min: 1, max: 128 };
const TAG_VALUE_CHARS = { min: 0, max: 256 };
/** An object holds at most 10 tags, so a filter naming more can never match (2.8). */
const MAX_TAGS_PER_OBJECT = 10;
/** Object keys are at most 1,024 bytes of UTF-8, so a longer prefix matches nothing (2.7). */
const MAX_OBJECT_KEY_BYTES = 1024;
/**
 * Object-size filter bounds in bytes (2.5): the ranges S3's recorded answers name
 * ("'ObjectSizeGreaterThan' should be between 0 and 1099511627776000.").
 */
const OBJECT_SIZE_FILTER_BOUNDS = {
    ObjectSizeGreaterThan: { min: 0, max: 1000 * TIB },
    ObjectSizeLessThan: { min: 1, max: 1000 * TIB },
};
/**
 * The User Guide's "Maximum filter size": 5 TB until S3 raised the object size limit, 50 TB in the
 * current page (intro-lifecycle-filters). Which bound AWS enforces is unverified (catalogue 2.5), so
 * values between this and the recorded bound are warnings. See docs/adr/0010-object-size-filter-bound.md.
 */
const DOCUMENTED_MAX_FILTER_SIZE_BYTES = 50 * TIB;


/***/ }),

/***/ 9276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ selectorOf),
/* harmony export */   R: () => (/* binding */ renderFilter)
/* harmony export */ });
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3855);
/**
 * A lifecycle rule's selector folded into one shape whatever way the file wrote it (V1 Prefix,
 * Filter, And), and rendered the way AWS renders it in error messages. Read by lint, the canonical
 * form (model/canonical.ts), policies and the cost model alike.
 */

function selectorOf(rule) {
    const filter = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(rule.Filter);
    const hasV1 = typeof rule.Prefix === 'string';
    const version = filter && hasV1 ? 'both' : filter ? 'v2' : hasV1 ? 'v1' : 'none';
    const tags = [];
    let prefix = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(rule.Prefix) ?? '';
    let gt;
    let lt;
    if (filter) {
        const and = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(filter.And);
        prefix = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(filter.Prefix) ?? (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(and?.Prefix) ?? (hasV1 ? prefix : '');
        const tag = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(filter.Tag);
        if (tag)
            tags.push(tagOf(tag));
        for (const t of (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .arr */ .QL)(and?.Tags))
            if ((0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)(t))
                tags.push(tagOf(t));
        gt = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(filter.ObjectSizeGreaterThan) ?? (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(and?.ObjectSizeGreaterThan);
        lt = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(filter.ObjectSizeLessThan) ?? (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(and?.ObjectSizeLessThan);
    }
    const wholeBucket = prefix === '' && tags.length === 0 && gt === undefined && lt === undefined;
    return { version, prefix, tags, sizeGreaterThan: gt, sizeLessThan: lt, wholeBucket };
}
function tagOf(t) {
    return { key: (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(t.Key) ?? '', value: (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(t.Value) ?? '' };
}
/** The filter as AWS renders it inside error messages, e.g. "(prefix=logs/ and objectsizegreaterthan=0)". */
function renderFilter(s) {
    const parts = [];
    if (s.prefix !== '' || (s.tags.length === 0 && s.sizeGreaterThan === undefined && s.sizeLessThan === undefined)) {
        parts.push(`prefix=${s.prefix}`);
    }
    for (const t of s.tags)
        parts.push(`tag=${t.key}:${t.value}`);
    if (s.sizeGreaterThan !== undefined)
        parts.push(`objectsizegreaterthan=${s.sizeGreaterThan}`);
    if (s.sizeLessThan !== undefined)
        parts.push(`objectsizelessthan=${s.sizeLessThan}`);
    return `(${parts.join(' and ')})`;
}


/***/ }),

/***/ 4297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BH: () => (/* binding */ TRANSITION_TARGETS),
/* harmony export */   TS: () => (/* binding */ DEFAULT_TRANSITION_MIN_OBJECT_BYTES),
/* harmony export */   Uu: () => (/* binding */ STORAGE_CLASS_NAMES),
/* harmony export */   Zq: () => (/* binding */ STORAGE_CLASSES),
/* harmony export */   b8: () => (/* binding */ DEFAULT_TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE),
/* harmony export */   dl: () => (/* binding */ IA_MINIMUM_REMOVED),
/* harmony export */   nH: () => (/* binding */ KIB),
/* harmony export */   w: () => (/* binding */ canTransition),
/* harmony export */   wk: () => (/* binding */ isStorageClass),
/* harmony export */   xu: () => (/* binding */ FAVOURED_OVER_INTELLIGENT_TIERING),
/* harmony export */   zE: () => (/* binding */ TRANSITION_CONFLICT_PREFERENCE)
/* harmony export */ });
const KIB = 1024;
/** Since September 2024 S3 does not transition objects under 128 KiB unless a size filter says so. */
const DEFAULT_TRANSITION_MIN_OBJECT_BYTES = 128 * KIB;
const row = (f) => f;
/**
 * The day AWS's S3 model stopped requiring 30 days before a Transition to STANDARD_IA or ONEZONE_IA
 * ("Documentation update for removing the 30 day minimum restriction for transition to Standard-IA or
 * OneZone-IA storage classes", SDK release of 2026-07-16).
 */
const IA_MINIMUM_REMOVED = '2026-07-16';
const STORAGE_CLASSES = {
    STANDARD: row({
        name: 'STANDARD',
        label: 'S3 Standard',
        lifecycleTarget: false,
        minNoncurrentTransitionDays: 0,
        minStorageDays: 0,
        nextTransitionGapDays: 0,
        minBillableBytes: 0,
        smallObjectsTransitionByDefault: false,
        transitionsTo: ['STANDARD_IA', 'INTELLIGENT_TIERING', 'ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'],
    }),
    REDUCED_REDUNDANCY: row({
        name: 'REDUCED_REDUNDANCY',
        label: 'S3 Reduced Redundancy',
        lifecycleTarget: false,
        minNoncurrentTransitionDays: 0,
        minStorageDays: 0,
        nextTransitionGapDays: 0,
        minBillableBytes: 0,
        smallObjectsTransitionByDefault: false,
        transitionsTo: ['STANDARD_IA', 'INTELLIGENT_TIERING', 'ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'],
    }),
    STANDARD_IA: row({
        name: 'STANDARD_IA',
        label: 'S3 Standard-IA',
        lifecycleTarget: true,
        minNoncurrentTransitionDays: 30,
        minStorageDays: 30,
        nextTransitionGapDays: 30,
        // The 30-day limits below rested on the rule AWS dropped on 2026-07-16 (IA from day 30): unconfirmed since.
        limitsUnconfirmedSince: IA_MINIMUM_REMOVED,
        minBillableBytes: 128 * KIB,
        smallObjectsTransitionByDefault: false,
        transitionsTo: ['INTELLIGENT_TIERING', 'ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'],
    }),
    INTELLIGENT_TIERING: row({
        name: 'INTELLIGENT_TIERING',
        label: 'S3 Intelligent-Tiering',
        lifecycleTarget: true,
        // No minimum duration since 2021 (pricing S8); no known gap before a later transition [UNVERIFIED].
        minNoncurrentTransitionDays: 0,
        minStorageDays: 0,
        nextTransitionGapDays: 0,
        minBillableBytes: 0,
        smallObjectsTransitionByDefault: false,
        transitionsTo: ['ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'],
        autoTieringMinBytes: 128 * KIB,
        autoTierDays: { infrequent: 30, archiveInstant: 90 },
    }),
    ONEZONE_IA: row({
        name: 'ONEZONE_IA',
        label: 'S3 One Zone-IA',
        lifecycleTarget: true,
        minNoncurrentTransitionDays: 30,
        minStorageDays: 30,
        nextTransitionGapDays: 30,
        limitsUnconfirmedSince: IA_MINIMUM_REMOVED,
        minBillableBytes: 128 * KIB,
        smallObjectsTransitionByDefault: false,
        transitionsTo: ['GLACIER', 'DEEP_ARCHIVE'],
    }),
    GLACIER_IR: row({
        name: 'GLACIER_IR',
        label: 'S3 Glacier Instant Retrieval',
        lifecycleTarget: true,
        // The 90-day gap after GLACIER_IR rests on one paraphrased AWS log (catalogue 3b.6).
        minNoncurrentTransitionDays: 0,
        minStorageDays: 90,
        nextTransitionGapDays: 90,
        minBillableBytes: 128 * KIB,
        smallObjectsTransitionByDefault: false,
        transitionsTo: ['GLACIER', 'DEEP_ARCHIVE'],
    }),
    GLACIER: row({
        name: 'GLACIER',
        label: 'S3 Glacier Flexible Retrieval',
        lifecycleTarget: true,
        minNoncurrentTransitionDays: 0,
        minStorageDays: 90,
        nextTransitionGapDays: 90,
        minBillableBytes: 0,
        archiveOverhead: { classBytes: 32 * KIB, standardBytes: 8 * KIB },
        smallObjectsTransitionByDefault: true,
        transitionsTo: ['DEEP_ARCHIVE'],
    }),
    DEEP_ARCHIVE: row({
        name: 'DEEP_ARCHIVE',
        label: 'S3 Glacier Deep Archive',
        lifecycleTarget: true,
        minNoncurrentTransitionDays: 0,
        minStorageDays: 180,
        nextTransitionGapDays: 0,
        minBillableBytes: 0,
        archiveOverhead: { classBytes: 32 * KIB, standardBytes: 8 * KIB },
        smallObjectsTransitionByDefault: true,
        transitionsTo: [],
    }),
};
/**
 * Which target S3 Lifecycle picks when transitions of overlapping rules fall due together, most
 * preferred first (UG "How Amazon S3 handles conflicts in lifecycle configurations"): the lower-cost
 * class, except that Intelligent-Tiering is favoured over every class but GLACIER and DEEP_ARCHIVE.
 */
const TRANSITION_CONFLICT_PREFERENCE = [
    'DEEP_ARCHIVE',
    'GLACIER',
    'INTELLIGENT_TIERING',
    'GLACIER_IR',
    'ONEZONE_IA',
    'STANDARD_IA',
];
const STORAGE_CLASS_NAMES = Object.keys(STORAGE_CLASSES);
const TRANSITION_TARGETS = STORAGE_CLASS_NAMES.filter((n) => STORAGE_CLASSES[n].lifecycleTarget);
function isStorageClass(value) {
    return typeof value === 'string' && Object.hasOwn(STORAGE_CLASSES, value);
}
/** Whether a lifecycle rule may move an object from `from` to `to` (catalogue §3c). */
function canTransition(from, to) {
    return STORAGE_CLASSES[from].transitionsTo.includes(to);
}
/** The setting S3 assumes for configurations written since September 2024 (catalogue 5.3). */
const DEFAULT_TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE = 'all_storage_classes_128K';
/**
 * When rules overlap, S3 favours Intelligent-Tiering over every class except these (catalogue §7,
 * "S3 Intelligent-Tiering is favored … aside from S3 Glacier Flexible Retrieval and Deep Archive").
 */
const FAVOURED_OVER_INTELLIGENT_TIERING = ['GLACIER', 'DEEP_ARCHIVE'];


/***/ }),

/***/ 1630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ describeSync),
/* harmony export */   x: () => (/* binding */ commitWords)
/* harmony export */ });
/** One phrase for a state, for logs, summaries and comments: "lagging: holds the rules of a1b2c3d (…)". */
function describeSync(s) {
    switch (s.state) {
        case 'in-sync':
            return 'in sync with the branch';
        case 'lagging':
            return `lagging: the bucket holds the rules of ${commitWords(s.since)}`;
        case 'drifted':
            return `drifted: the bucket's rules match none of the ${s.searched} version${s.searched === 1 ? '' : 's'} of the target's rules in the branch's ${s.complete ? 'whole history' : `last ${s.searched} changes`}, so something changed them outside git`;
        case 'unknown':
            return `not known whether lagging or drifted: ${s.reason}`;
    }
}
function commitWords(c) {
    return `${c.sha.slice(0, 7)} (${c.date.slice(0, 10)}, "${c.subject.length > 60 ? `${c.subject.slice(0, 59)}…` : c.subject}")`;
}


/***/ }),

/***/ 4483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ dueTimeAfter),
/* harmony export */   WY: () => (/* binding */ firstRunDayAfterDay),
/* harmony export */   Wx: () => (/* binding */ nextMidnightDay),
/* harmony export */   eb: () => (/* binding */ earliestDue),
/* harmony export */   g$: () => (/* binding */ dateDueTime),
/* harmony export */   kb: () => (/* binding */ dayOf),
/* harmony export */   r9: () => (/* binding */ preferredTransition),
/* harmony export */   sO: () => (/* binding */ DAY_MS)
/* harmony export */ });
/* unused harmony exports roundUpToDay, dueDayAfter */
/* harmony import */ var _storage_classes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4297);

/** One UTC day in milliseconds: the unit every lifecycle time is counted in. */
const DAY_MS = 86_400_000;
/** Days since 1970-01-01 of the UTC day that holds `ms`. */
function dayOf(ms) {
    return Math.floor(ms / DAY_MS);
}
/** The day of the first 00:00 UTC at or after `ms` (S3's rounding of a due time). */
function roundUpToDay(ms) {
    return Math.ceil(ms / DAY_MS);
}
/**
 * The first 00:00 UTC strictly after `ms`, as a day: when a configuration read at `ms` first acts,
 * and, for the cost simulator's whole-day cohorts, the first day an action counted from a creation
 * on day `dayOf(ms)` can fire (exact but for creations at 00:00:00.000, docs/cost-model.md).
 */
function nextMidnightDay(ms) {
    return dayOf(ms) + 1;
}
/**
 * For whole-day records (the cost simulator's cohorts know the UTC day of a creation, not its time):
 * the first day an action counted from a moment on `day` can fire with Days = 0.
 */
function firstRunDayAfterDay(day) {
    return day + 1;
}
/** The day an action due `days` after `fromMs` (creation, or becoming noncurrent) is due. */
function dueDayAfter(fromMs, days) {
    return roundUpToDay(fromMs + days * DAY_MS);
}
/** The same as a time: 00:00 UTC of that day, in milliseconds. */
function dueTimeAfter(fromMs, days) {
    return dueDayAfter(fromMs, days) * DAY_MS;
}
/**
 * The time a `Date` action (`dateMs`, a midnight UTC) is due for an object created at `createdMs`:
 * the date itself, or the first 00:00 UTC after a creation that came later.
 */
function dateDueTime(dateMs, createdMs) {
    return Math.max(dateMs, roundUpToDay(createdMs) * DAY_MS);
}
/** Of several expirations that apply to one object, the one S3 honours: the earliest due (the first listed on a tie). */
function earliestDue(candidates, dueOf) {
    let best;
    for (const item of candidates) {
        const due = dueOf(item);
        if (!best || due < best.due)
            best = { item, due };
    }
    return best;
}
/**
 * Of transitions due the same day, the one S3 makes: among those it can make from `from`, the one to
 * the class it prefers (the first listed on a tie). Undefined when it can make none of them.
 */
function preferredTransition(candidates, from, classOf) {
    let best;
    let bestRank = Infinity;
    for (const c of candidates) {
        const to = classOf(c);
        if (!(0,_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .canTransition */ .w)(from, to))
            continue;
        const rank = _storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .TRANSITION_CONFLICT_PREFERENCE */ .zE.indexOf(to);
        if (rank < bestRank)
            [best, bestRank] = [c, rank];
    }
    return best;
}


/***/ }),

/***/ 8766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Sizes for people: binary units, as S3 bills them (1 GB = 2^30 bytes). One formatter for every report. */
function formatBytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
    let v = n;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return i === 0 ? `${n} B` : `${v.toFixed(v >= 100 ? 0 : 1)} ${units[i]}`;
}


/***/ }),

/***/ 3855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QL: () => (/* binding */ arr),
/* harmony export */   WL: () => (/* binding */ obj),
/* harmony export */   Wh: () => (/* binding */ int),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   sA: () => (/* binding */ isObj),
/* harmony export */   zy: () => (/* binding */ has)
/* harmony export */ });
/** Tolerant readers for untrusted values: a rule never throws on a malformed file. */
function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function obj(v) {
    return isObj(v) ? v : undefined;
}
function arr(v) {
    return Array.isArray(v) ? v : [];
}
function int(v) {
    return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function has(o, key) {
    return o !== undefined && Object.hasOwn(o, key) && o[key] !== undefined && o[key] !== null;
}


/***/ }),

/***/ 7879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ startRunDeadline),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Hx: () => (/* binding */ deadlinePassed),
/* harmony export */   KF: () => (/* binding */ runSignal),
/* harmony export */   XW: () => (/* binding */ remainingMs),
/* harmony export */   mR: () => (/* binding */ deadlineWords),
/* harmony export */   sN: () => (/* binding */ onDeadline),
/* harmony export */   u8: () => (/* binding */ DEFAULT_DEADLINE_MS)
/* harmony export */ });
/* unused harmony exports DeadlineError, formatDuration */
/**
 * The run's deadline: one clock for every network call of a run (S3, the Price List API, GitHub),
 * set by the entry point (`--deadline`, input `deadline`). When it passes, the signal aborts every
 * call in flight and every call after, each of which then fails with a sentence that names its
 * endpoint; the flows turn that into a target not planned, a write not made, a gate failed. Edge
 * state, read by the edges that talk to the network, never by the core (ADR 0134).
 */
/** Long enough for a plan of many targets with listings and live prices; short of a stuck runner. */
const DEFAULT_DEADLINE_MS = 15 * 60_000;
class DeadlineError extends Error {
    name = 'DeadlineError';
}
let current;
const listeners = [];
/** Starts the run's clock (a new one replaces the old: tests run many commands in one process). */
function startRunDeadline(ms = DEFAULT_DEADLINE_MS) {
    if (current)
        clearTimeout(current.timer);
    const controller = new AbortController();
    const d = { ms, start: Date.now(), controller, timer: setTimeout(() => expire(d), ms) };
    // The clock alone never keeps the process alive.
    d.timer.unref();
    current = d;
}
function expire(d) {
    d.controller.abort(new DeadlineError(`the run deadline of ${formatDuration(d.ms)} passed`));
    for (const l of listeners)
        l();
}
/** Aborted when the deadline passes; undefined when no deadline was started. */
function runSignal() {
    return current?.controller.signal;
}
function deadlinePassed() {
    return current?.controller.signal.aborted ?? false;
}
/** "the run deadline (4 s)", for sentences. */
function deadlineWords() {
    return `the run deadline (${formatDuration(current?.ms ?? DEFAULT_DEADLINE_MS)})`;
}
/** Called whenever a deadline passes (the entry points' last resort against work that ignores the signal). */
function onDeadline(listener) {
    listeners.push(listener);
}
/** Milliseconds left, or Infinity without a deadline. */
function remainingMs(now = Date.now()) {
    if (!current)
        return Infinity;
    return current.controller.signal.aborted ? 0 : Math.max(0, current.start + current.ms - now);
}
/** "90s", "10m", "1h30m", "45" (seconds): milliseconds, or undefined when it is not a duration. */
function parseDuration(text) {
    const t = text.trim();
    if (/^\d+(\.\d+)?$/.test(t))
        return Math.round(Number(t) * 1000);
    const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(t);
    if (!m || t === '' || !(m[1] || m[2] || m[3]))
        return undefined;
    return Math.round(((Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 1000);
}
function formatDuration(ms) {
    if (ms % 60_000 === 0 && ms >= 60_000)
        return `${ms / 60_000} min`;
    return `${+(ms / 1000).toFixed(1)} s`;
}


/***/ }),

/***/ 546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ NETWORK_CODES)
/* harmony export */ });
/**
 * Node's error codes for a connection that failed before any answer (refused, reset, no route, no
 * name): the S3 client and the Price List API say "cannot reach" for these, not "refused".
 */
const NETWORK_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EPIPE',
]);


/***/ }),

/***/ 2382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ checkCandidate),
  G: () => (/* binding */ settle)
});

// EXTERNAL MODULE: ./src/config/apply-severities.ts
var apply_severities = __webpack_require__(4196);
// EXTERNAL MODULE: ./src/load/detect.ts
var detect = __webpack_require__(9);
// EXTERNAL MODULE: ./src/load/read.ts
var load_read = __webpack_require__(7338);
// EXTERNAL MODULE: ./src/lint/engine.ts + 4 modules
var engine = __webpack_require__(5193);
// EXTERNAL MODULE: ./src/lint/file-rules.ts
var file_rules = __webpack_require__(73);
// EXTERNAL MODULE: ./src/findings/resolve.ts + 1 modules
var resolve = __webpack_require__(490);
// EXTERNAL MODULE: ./src/policy/check-policy.ts + 2 modules
var check_policy = __webpack_require__(2871);
;// CONCATENATED MODULE: ./src/pipeline/policy-hook.ts

function lintPolicyDocument(doc, config) {
    return (0,check_policy/* checkPolicy */.h)(doc.file, doc.data, { severities: config.rules }).findings;
}

// EXTERNAL MODULE: ./src/config/target-sources.ts
var target_sources = __webpack_require__(9366);
;// CONCATENATED MODULE: ./src/pipeline/check-file.ts
/**
 * One candidate file of `check`: read, parse, tell its kind, lint it. The unit of work that check
 * runs in order, or spreads over worker threads for large folders (check-workers.ts).
 */








/** `fixes`: make the findings' fixes (lint/engine.ts). */
async function checkCandidate(c, config, fixes = false) {
    // Terraform and CloudFormation are read by src/iac, loaded only when such a file is met.
    if (/\.tf$/i.test(c.path))
        return (await Promise.all(/* import() */[__webpack_require__.e(887), __webpack_require__.e(96)]).then(__webpack_require__.bind(__webpack_require__, 6096))).checkTerraformCandidate(c, config);
    const read = await (0,load_read/* readSource */.o)(c.path, c.display);
    if (!read.ok) {
        if (read.kind === 'io')
            return { entry: { file: c.display, kind: 'unreadable' }, findings: [], ioError: { path: c.display, message: read.problem.message } };
        // A file found in a folder that does not parse is reported only if it looks like ours.
        if (!c.explicit && !(await relevantText(c.path)))
            return { findings: [] };
        // Too large to judge from a folder search: its own rule (skipped-file), so it can be configured.
        const meta = !c.explicit && read.reason === 'too-large' ? file_rules/* SKIPPED_FILE */.SL : file_rules/* PARSE_ERROR */.to;
        return { entry: { file: c.display, kind: 'unreadable' }, findings: [(0,file_rules/* fileProblemFinding */.Vd)(read.problem, c.display, meta)] };
    }
    const doc = read.doc;
    const kind = (0,detect/* detectKind */.i_)(doc.data);
    if ((0,detect/* isIacKind */.sq)(kind))
        return (await Promise.all(/* import() */[__webpack_require__.e(887), __webpack_require__.e(96)]).then(__webpack_require__.bind(__webpack_require__, 6096))).checkIacCandidate(c, doc, kind, config);
    if (kind === 'unknown') {
        if (!c.explicit)
            return { findings: [] };
        const finding = {
            ruleId: file_rules/* PARSE_ERROR */.to.id,
            severity: 'error',
            message: 'not a lifecycle configuration (no "Rules" or "LifecycleConfiguration") nor a retention policy (kind: RetentionPolicy).',
            file: c.display,
            pointer: '',
        };
        return { entry: { file: c.display, kind: 'unreadable' }, findings: [finding], doc };
    }
    const findings = kind === 'lifecycle'
        ? (0,engine/* lintLifecycleDocument */.du)(doc, { severities: config.rules, fixes, targets: (0,target_sources/* targetsOfSource */.z)(config, c.path) })
        : lintPolicyDocument(doc, config);
    return { entry: { file: c.display, kind }, findings, doc };
}
async function relevantText(path) {
    try {
        const { open } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
        const fh = await open(path, 'r');
        try {
            const buf = Buffer.alloc(64 * 1024);
            const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
            return (0,detect/* looksRelevant */.gc)(buf.subarray(0, bytesRead).toString('latin1'));
        }
        finally {
            await fh.close();
        }
    }
    catch {
        return false;
    }
}
function settle(o, config) {
    const kept = (0,apply_severities/* applySeverities */.m)(o.findings, config.rules);
    const docs = new Map([...(o.documents ?? []), ...(o.doc ? [o.doc] : [])].map((d) => [d.file, d]));
    const diagnostics = (0,resolve/* resolveFindings */.zp)(kept, docs);
    const more = (o.documents ?? []).filter((d) => diagnostics.some((x) => x.file === d.file)).map((d) => ({ file: d.file, text: d.text }));
    return {
        entry: o.entry,
        ioError: o.ioError,
        diagnostics,
        text: diagnostics.length && o.doc ? o.doc.text : undefined,
        ...(more.length ? { more } : {}),
    };
}


/***/ }),

/***/ 2388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ checkInWorkers),
/* harmony export */   O1: () => (/* binding */ serveCheckWorker),
/* harmony export */   v$: () => (/* binding */ isCheckWorker)
/* harmony export */ });
/* unused harmony export PARALLEL_MIN_FILES */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _check_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2382);
/**
 * Large folders on several cores: the files of `check` are split into contiguous shares, one per
 * thread; worker threads run the CLI's own bundle (which recognises `workerData`) and send back
 * findings with positions already resolved, plus the text of files that have findings (for code
 * frames). The main thread checks the first share itself and keeps its documents for the
 * cross-file steps. A worker that fails is never a lost file: its share is checked in order.
 */



/** Below this many files a thread costs more to start than it saves. */
const PARALLEL_MIN_FILES = 64;
const MAX_THREADS = 4;
const WORKER_FLAG = 'lifeguardCheckWorker';
async function checkInWorkers(candidates, config, script, fixes = false) {
    const threads = Math.min(MAX_THREADS, (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)(), Math.floor(candidates.length / (PARALLEL_MIN_FILES / 2)));
    if (threads < 2 || candidates.length < PARALLEL_MIN_FILES)
        return undefined;
    const size = Math.ceil(candidates.length / threads);
    const shares = Array.from({ length: threads }, (_, i) => candidates.slice(i * size, (i + 1) * size));
    const remote = shares.slice(1).map((share) => runWorker(script, share, config, fixes));
    const out = [];
    for (const c of shares[0])
        out.push((0,_check_file_js__WEBPACK_IMPORTED_MODULE_2__/* .settle */ .G)(await (0,_check_file_js__WEBPACK_IMPORTED_MODULE_2__/* .checkCandidate */ .W)(c, config, fixes), config));
    for (const [i, pending] of remote.entries()) {
        const result = await pending;
        if (result)
            out.push(...result);
        else
            for (const c of shares[i + 1])
                out.push((0,_check_file_js__WEBPACK_IMPORTED_MODULE_2__/* .settle */ .G)(await (0,_check_file_js__WEBPACK_IMPORTED_MODULE_2__/* .checkCandidate */ .W)(c, config, fixes), config));
    }
    return out;
}
function runWorker(script, candidates, config, fixes) {
    return new Promise((resolve) => {
        let settled = false;
        const done = (v) => {
            if (!settled) {
                settled = true;
                resolve(v);
            }
        };
        try {
            const input = { [WORKER_FLAG]: true, candidates, config, fixes };
            const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(script, { workerData: input, stdout: false, stderr: false });
            worker.once('message', (m) => done(m));
            worker.once('error', () => done(undefined));
            worker.once('exit', () => done(undefined));
        }
        catch {
            done(undefined);
        }
    });
}
/** True inside a check worker: the entry point then serves it instead of running the CLI. */
function isCheckWorker() {
    return (!node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.isMainThread && typeof node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData === 'object' && node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData !== null && node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData[WORKER_FLAG] === true);
}
async function serveCheckWorker() {
    const { candidates, config, fixes } = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData;
    const out = [];
    for (const c of candidates)
        out.push((0,_check_file_js__WEBPACK_IMPORTED_MODULE_2__/* .settle */ .G)(await (0,_check_file_js__WEBPACK_IMPORTED_MODULE_2__/* .checkCandidate */ .W)(c, config, fixes), config));
    node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort.postMessage(out);
}


/***/ }),

/***/ 4994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ runCheck)
/* harmony export */ });
/* harmony import */ var _config_apply_severities_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4196);
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2332);
/* harmony import */ var _workspace_workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8568);
/* harmony import */ var _load_discover_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3533);
/* harmony import */ var _findings_resolve_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(490);
/* harmony import */ var _check_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2382);
/* harmony import */ var _check_workers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2388);
/* harmony import */ var _plan_policy_agreement_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3516);
/* harmony import */ var _plan_protection_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(147);
/* harmony import */ var _load_read_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7338);
/**
 * `check` end to end, shared by the CLI and the action: discover files, load them with positions,
 * lint each by kind, resolve positions, build the report. Reads files; everything after is pure.
 */










async function runCheck(paths, config, cwd = process.cwd(), options = {}) {
    const found = await (0,_load_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .discover */ .k)(paths, config.workspace ?? new _workspace_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .Workspace */ .a(cwd), options.implicit);
    const ioErrors = [...found.ioErrors];
    const findings = [];
    const docs = new Map();
    const files = [];
    const sources = new Map();
    const resolved = [];
    const parallel = options.workerScript ? await (0,_check_workers_js__WEBPACK_IMPORTED_MODULE_6__/* .checkInWorkers */ .He)(found.candidates, config, options.workerScript, options.fixes) : undefined;
    const outcomes = parallel ?? (await checkInOrder(found.candidates, config, options.fixes));
    // Each file's findings come back with positions resolved and its parse tree released; the
    // cross-file steps below read the few target files they need again.
    for (const o of outcomes) {
        if (o.entry)
            files.push(o.entry);
        if (o.ioError)
            ioErrors.push(o.ioError);
        resolved.push(...o.diagnostics);
        if (o.text !== undefined && o.entry)
            sources.set(o.entry.file, o.text);
        for (const m of o.more ?? [])
            sources.set(m.file, m.text);
    }
    const checked = new Set(files.filter((f) => f.kind === 'lifecycle' || f.kind === 'policy').map((f) => f.file));
    await addProtection(config, docs, sources, findings, ioErrors, checked);
    await (0,_plan_policy_agreement_js__WEBPACK_IMPORTED_MODULE_7__/* .addPolicyAgreement */ .I)({ config, docs, sources, findings, ioErrors, checked });
    const kept = (0,_config_apply_severities_js__WEBPACK_IMPORTED_MODULE_0__/* .applySeverities */ .m)(findings, config.rules);
    // A plan and its .tf files, checked in one run, may report the same fault at the same place.
    const diagnostics = unique([...resolved, ...(0,_findings_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveFindings */ .zp)(kept, docs)]).sort(_findings_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .compareDiagnostics */ .oV);
    return { report: (0,_findings_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .buildReport */ .FK)(files, diagnostics), sources, ioErrors };
}
function unique(diagnostics) {
    const seen = new Set();
    return diagnostics.filter((d) => {
        // The .tf finding may say where a value came from ("(var.x, default in variables.tf:3)"); the plan's does not.
        const key = `${d.ruleId}\u0000${d.file}\u0000${d.line}\u0000${d.column}\u0000${d.message.replace(/ \((var|local)\.[^()]*\)$/, '')}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
async function checkInOrder(candidates, config, fixes = false) {
    const out = [];
    for (const c of candidates)
        out.push((0,_check_file_js__WEBPACK_IMPORTED_MODULE_5__/* .settle */ .G)(await (0,_check_file_js__WEBPACK_IMPORTED_MODULE_5__/* .checkCandidate */ .W)(c, config, fixes), config));
    return out;
}
/** Targets with a registry manifest or quarantine batches: their checked source must not expire what is referenced. */
async function addProtection(config, docs, sources, findings, ioErrors, 
/** Lifecycle files and policies this run checked (display paths). */
checkedSources) {
    for (const target of config.targets) {
        const source = target.source.lifecycle ?? target.source.policy;
        if (source === undefined)
            continue;
        const ws = (0,_config_config_js__WEBPACK_IMPORTED_MODULE_1__/* .workspaceOf */ .B3)(config);
        const path = ws.resolve(source, config.dir);
        const display = ws.display(path);
        if (!checkedSources.has(display))
            continue;
        // Checked files keep no parse tree (check-file.ts settle): read the target's again (targets are few).
        let doc = docs.get(display);
        if (!doc) {
            const read = await (0,_load_read_js__WEBPACK_IMPORTED_MODULE_9__/* .readSource */ .o)(path, display);
            if (!read.ok)
                continue;
            doc = read.doc;
            docs.set(display, doc);
            sources.set(display, doc.text);
        }
        const result = await (0,_plan_protection_js__WEBPACK_IMPORTED_MODULE_8__/* .targetProtection */ .fo)(target, config, doc);
        ioErrors.push(...result.ioErrors);
        for (const d of result.documents) {
            docs.set(d.file, d);
            sources.set(d.file, d.text);
        }
        (0,_plan_protection_js__WEBPACK_IMPORTED_MODULE_8__/* .append */ .BC)(findings, result.findings);
    }
}


/***/ }),

/***/ 6313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ detectDrift),
/* harmony export */   VQ: () => (/* binding */ outOfSync),
/* harmony export */   my: () => (/* binding */ DRIFT_EXIT_STATUS)
/* harmony export */ });
/* harmony import */ var _history_sync_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7608);

/** Sets `plan.sync` on every plan that has both sides, and sums up. */
async function detectDrift(config, plans, search) {
    const history = await _history_sync_js__WEBPACK_IMPORTED_MODULE_0__/* .History */ .BZ.open(search, config);
    const targets = [];
    try {
        for (const plan of plans) {
            const target = config.targets.find((t) => t.name === plan.target);
            if (!target || plan.failure || !plan.proposed || plan.live === undefined)
                continue;
            plan.sync = await history.syncOf(target, plan.proposed, plan.live ?? undefined);
            targets.push({ target: plan.target, bucket: plan.bucket, sync: plan.sync });
        }
    }
    finally {
        await history.close();
    }
    const named = (state) => targets.filter((t) => t.sync.state === state).map((t) => t.target);
    return { head: search.head, targets, drifted: named('drifted'), lagging: named('lagging'), unknown: named('unknown') };
}
/** Out of sync: drifted, lagging, or not known which. */
function outOfSync(r) {
    return r.drifted.length + r.lagging.length + r.unknown.length > 0;
}
/** The exit status `plan` uses for a drift finding, beside 0, 1 and 2 (docs/cli.md). */
const DRIFT_EXIT_STATUS = 3;


/***/ }),

/***/ 5455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dv: () => (/* binding */ selectTargets),
/* harmony export */   Fo: () => (/* binding */ runPlan),
/* harmony export */   Gq: () => (/* binding */ TargetSelectionError),
/* harmony export */   g4: () => (/* binding */ prepareTargets)
/* harmony export */ });
/* harmony import */ var _plan_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(233);
/* harmony import */ var _plan_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9898);


class TargetSelectionError extends Error {
    name = 'TargetSelectionError';
}
/** The targets named (all when none is), in the file's order, with their index in the file. */
function selectTargets(config, names) {
    const all = config.targets.map((target, index) => ({ target, index }));
    if (all.length === 0) {
        throw new TargetSelectionError(`${config.file ?? '.lifeguard.yml'} defines no targets; see docs/plan-apply.md for how to name a bucket and its rules`);
    }
    if (names.length === 0)
        return all;
    const unknown = names.filter((n) => !all.some((t) => t.target.name === n));
    if (unknown.length) {
        throw new TargetSelectionError(`no target named ${unknown.map((n) => `'${n}'`).join(', ')}; the targets are ${all.map((t) => t.target.name).join(', ')}`);
    }
    return all.filter((t) => names.includes(t.target.name));
}
async function prepareTargets(config, names, options) {
    const out = [];
    for (const { target, index } of selectTargets(config, names))
        out.push(await (0,_plan_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .prepareTarget */ .zb)(target, index, config, options));
    return out;
}
async function runPlan(config, names, options) {
    const targets = (await prepareTargets(config, names, options)).map((p) => p.plan);
    return { version: 1, targets, summary: (0,_plan_types_js__WEBPACK_IMPORTED_MODULE_1__/* .summarize */ .e)(targets) };
}


/***/ }),

/***/ 5064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ projectExpiry)
/* harmony export */ });
/* harmony import */ var _diff_describe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3722);
/* harmony import */ var _model_matching_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6310);
/* harmony import */ var _model_timing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4483);



function projectExpiry(config, listing, tagsOf, now, versioned) {
    const rules = config.rules.filter((r) => r.status === 'Enabled');
    const byRule = new Map();
    const effect = versioned ? 'delete-marker' : 'delete';
    const entry = (r) => {
        let e = byRule.get(r);
        if (!e) {
            e = { rule: (0,_diff_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleName */ .oF)(r), action: 'Expiration', effect, objects: [], bytes: 0, dueNow: 0, unknown: 0 };
            byRule.set(r, e);
        }
        return e;
    };
    const currentRules = rules.filter((r) => r.expiration?.days !== undefined || r.expiration?.date !== undefined);
    const noncurrentRules = rules.filter((r) => r.noncurrentExpiration?.noncurrentDays !== undefined);
    const noncurrentEntries = new Map();
    const kept = { objects: 0, bytes: 0, keys: [] };
    let undetermined = 0;
    for (const o of listing.objects) {
        if (!o.isLatest || o.deleteMarker)
            continue;
        let unsure = false;
        const selecting = currentRules.filter((r) => {
            const m = (0,_model_matching_js__WEBPACK_IMPORTED_MODULE_1__/* .matches */ .cK)(r.selector, { key: o.key, size: o.size, tags: tagsOf(o) });
            if (m === 'unknown') {
                entry(r).unknown++;
                unsure = true;
            }
            return m === 'yes';
        });
        const best = (0,_model_timing_js__WEBPACK_IMPORTED_MODULE_2__/* .earliestDue */ .eb)(selecting, (r) => currentDue(r, o.lastModified));
        if (best)
            add(entry(best.item), o, best.due, now);
        else if (unsure)
            undetermined++;
        else {
            kept.objects++;
            kept.bytes += o.size;
            kept.keys.push(o.key);
        }
    }
    if (noncurrentRules.length) {
        for (const [o, since, rank] of noncurrentVersions(listing.objects)) {
            const selecting = noncurrentRules.filter((r) => {
                const keep = r.noncurrentExpiration.newerNoncurrentVersions;
                if (keep !== undefined && rank < keep)
                    return false;
                const m = (0,_model_matching_js__WEBPACK_IMPORTED_MODULE_1__/* .matches */ .cK)(r.selector, { key: o.key, size: o.size, tags: tagsOf(o) });
                if (m === 'unknown')
                    noncurrentEntry(noncurrentEntries, r).unknown++;
                return m === 'yes';
            });
            const best = (0,_model_timing_js__WEBPACK_IMPORTED_MODULE_2__/* .earliestDue */ .eb)(selecting, (r) => (0,_model_timing_js__WEBPACK_IMPORTED_MODULE_2__/* .dueTimeAfter */ .Q)(since, r.noncurrentExpiration.noncurrentDays));
            if (best)
                add(noncurrentEntry(noncurrentEntries, best.item), o, best.due, now);
        }
    }
    const all = [...byRule.values(), ...noncurrentEntries.values()];
    for (const e of all)
        e.objects.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    all.sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.action < b.action ? -1 : 1));
    kept.keys.sort();
    return { listed: listing.objects.length, truncated: listing.truncated, versions: listing.versions, rules: all, kept, undetermined };
}
function noncurrentEntry(map, r) {
    let e = map.get(r);
    if (!e) {
        e = {
            rule: (0,_diff_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleName */ .oF)(r),
            action: 'NoncurrentVersionExpiration',
            effect: 'delete-version',
            objects: [],
            bytes: 0,
            dueNow: 0,
            unknown: 0,
        };
        map.set(r, e);
    }
    return e;
}
function add(e, o, due, now) {
    e.objects.push({
        key: o.key,
        ...(o.versionId !== undefined ? { versionId: o.versionId } : {}),
        size: o.size,
        dueAt: new Date(due).toISOString(),
    });
    e.bytes += o.size;
    if (due <= now.getTime())
        e.dueNow++;
}
function currentDue(r, created) {
    const e = r.expiration;
    if (e.days !== undefined)
        return (0,_model_timing_js__WEBPACK_IMPORTED_MODULE_2__/* .dueTimeAfter */ .Q)(created.getTime(), e.days);
    return (0,_model_timing_js__WEBPACK_IMPORTED_MODULE_2__/* .dateDueTime */ .g$)(Date.parse(e.date), created.getTime());
}
/**
 * Noncurrent object versions with the time they became noncurrent (their successor's creation) and
 * their rank among the key's noncurrent versions, newest first (for NewerNoncurrentVersions).
 */
function* noncurrentVersions(objects) {
    const byKey = new Map();
    for (const o of objects)
        byKey.set(o.key, [...(byKey.get(o.key) ?? []), o]);
    for (const versions of byKey.values()) {
        versions.sort((a, b) => Number(b.isLatest) - Number(a.isLatest) || b.lastModified.getTime() - a.lastModified.getTime());
        let rank = 0;
        for (let i = 1; i < versions.length; i++) {
            const v = versions[i];
            if (v.deleteMarker)
                continue;
            yield [v, versions[i - 1].lastModified.getTime(), rank++];
        }
    }
}


/***/ }),

/***/ 233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kY: () => (/* binding */ failureText),
  zb: () => (/* binding */ prepareTarget)
});

// UNUSED EXPORTS: MAX_TAG_READS

// EXTERNAL MODULE: ./src/config/apply-severities.ts
var apply_severities = __webpack_require__(4196);
// EXTERNAL MODULE: ./src/diff/diff.ts
var diff = __webpack_require__(2592);
// EXTERNAL MODULE: ./src/model/canonical.ts
var model_canonical = __webpack_require__(9563);
// EXTERNAL MODULE: ./src/findings/resolve.ts + 1 modules
var findings_resolve = __webpack_require__(490);
// EXTERNAL MODULE: ./src/s3/client.ts
var client = __webpack_require__(511);
// EXTERNAL MODULE: ./src/s3/errors.ts
var errors = __webpack_require__(1863);
// EXTERNAL MODULE: ./src/s3/listing.ts
var s3_listing = __webpack_require__(9134);
// EXTERNAL MODULE: ./src/s3/state.ts
var s3_state = __webpack_require__(8183);
// EXTERNAL MODULE: ./src/plan/expiry.ts
var expiry = __webpack_require__(5064);
// EXTERNAL MODULE: ./src/model/matching.ts
var matching = __webpack_require__(6310);
// EXTERNAL MODULE: ./src/model-registry/protect.ts
var protect = __webpack_require__(5372);
;// CONCATENATED MODULE: ./src/plan/registry-protection.ts

function registryProtectionFindings(proposed, objects) {
    const refs = proposed.references?.registry ?? [];
    if (!refs.length)
        return [];
    const own = proposed.configuration.Rules.slice(0, proposed.ownRules ?? proposed.configuration.Rules.length);
    // checkProtection reads a bare configuration; its pointers are re-based onto the source's.
    const base = proposed.base;
    return (0,protect/* checkProtection */.E3)({ Rules: own }, refs, objects, 'the listing').map((p) => {
        const where = proposed.locate ? proposed.locate(base + p.pointer) : { file: proposed.file, pointer: base + p.pointer };
        const stage = /^\/stages\/([^/]+)/.exec(proposed.mapPointer ? where.pointer : '')?.[1];
        return {
            ruleId: protect/* REGISTRY_PROTECTION */.sh.id,
            severity: protect/* REGISTRY_PROTECTION */.sh.defaultSeverity,
            message: stage ? `stage '${stage.replace(/~1/g, '/').replace(/~0/g, '~')}': ${p.message}` : p.message,
            ...where,
            reportOnKey: true,
        };
    });
}

// EXTERNAL MODULE: ./src/plan/source.ts + 2 modules
var plan_source = __webpack_require__(3253);
// EXTERNAL MODULE: ./src/plan/state-rules/registry.ts + 4 modules
var registry = __webpack_require__(6202);
// EXTERNAL MODULE: ./src/plan/state-rules/production-without-object-lock.ts
var production_without_object_lock = __webpack_require__(1709);
;// CONCATENATED MODULE: ./src/plan/plan.ts
/**
 * `plan` for one target: the proposed configuration and its lint findings, the bucket's live
 * state, the semantic diff in plain words, the bucket-state findings and, from a listing, which
 * objects each rule would expire. Every failure stays inside its target.
 */














/** Tags are read one request per object; past this many the projection says "unknown". */
const MAX_TAG_READS = 200;
const TAG_READ_CONCURRENCY = 8;
async function prepareTarget(target, index, config, options) {
    const ref = {
        bucket: target.bucket,
        ...(target.expectedBucketOwner ? { expectedBucketOwner: target.expectedBucketOwner } : {}),
    };
    const plan = { target: target.name, bucket: target.bucket, diagnostics: [], notices: [] };
    const docs = new Map();
    if (options.configDoc)
        docs.set(options.configDoc.file, options.configDoc);
    const resolve = (findings, more) => {
        for (const d of more)
            docs.set(d.file, d);
        return (0,findings_resolve/* resolveFindings */.zp)(findings, docs);
    };
    const source = await (0,plan_source/* proposedConfiguration */.VJ)(target, config);
    if (!source.ok) {
        plan.failure = source.message;
        plan.diagnostics = resolve(source.findings, source.documents);
        return { target, plan, ref };
    }
    const proposed = source.proposed;
    plan.source = proposed.file;
    plan.proposed = proposed.configuration;
    let s3;
    let state;
    try {
        s3 = await (0,client.openS3)(target, options.env);
        state = await (0,s3_state/* readBucketState */.qS)(s3, ref);
    }
    catch (err) {
        plan.failure = failureText(err);
        plan.diagnostics = resolve(proposed.findings, proposed.documents);
        return { target, plan, ref, proposed };
    }
    plan.live = state.lifecycle ?? null;
    plan.bucketState = {
        versioning: state.versioning,
        mfaDelete: state.mfaDelete,
        objectLock: state.objectLock,
        liveRules: state.lifecycle ? state.lifecycle.Rules.length : null,
    };
    plan.diff = (0,diff/* diffConfigurations */.VU)(state.lifecycle, proposed.configuration);
    if ((0,production_without_object_lock/* immutabilityReason */.z)(target) && !state.objectLock.enabled)
        plan.immutabilityMissing = true;
    const stateFindings = (0,registry/* checkBucketState */.A)({
        target,
        state,
        file: proposed.file,
        base: proposed.base,
        rules: proposed.rules,
        configFile: options.configDoc?.file,
        targetPointer: `/targets/${index}`,
    }, config.rules).map((f) => (f.file === proposed.file && proposed.locate ? { ...f, ...proposed.locate(f.pointer) } : f));
    let listed;
    if (options.listLimit > 0) {
        try {
            const projected = await projectFromListing(s3, ref, proposed, state, options, plan.notices);
            plan.expiry = projected.projection;
            listed = { listing: projected.listing, tagsOf: projected.tagsOf };
        }
        catch (err) {
            plan.notices.push(`objects not listed, so no expiry projection: ${failureText(err)}`);
        }
    }
    const objects = listed?.listing.objects.filter((o) => !o.deleteMarker);
    const protection = registryProtectionFindings(proposed, objects);
    plan.diagnostics = resolve((0,apply_severities/* applySeverities */.m)([...proposed.findings, ...stateFindings, ...protection], config.rules), proposed.documents);
    return { target, plan, ref, s3, proposed, state, ...(listed ? { listing: listed } : {}) };
}
async function projectFromListing(s3, ref, proposed, state, options, notices) {
    const versioned = state.versioning !== 'Never';
    const listing = await (0,s3_listing/* listBucket */.bq)(s3, ref, { limit: options.listLimit, versions: versioned });
    const canonical = (0,model_canonical/* normalizeConfiguration */.Uo)(proposed.configuration);
    // Tags are read for the live rules' tag filters too, so the two can be compared on one listing.
    const live = state.lifecycle ? (0,model_canonical/* normalizeConfiguration */.Uo)(state.lifecycle).rules : [];
    const tagRules = [...canonical.rules, ...live].filter((r) => r.status === 'Enabled' && r.selector.tags.length > 0);
    const wanted = listing.objects.filter((o) => !o.deleteMarker && tagRules.some((r) => (0,matching/* matchesWithoutTags */.X_)(r.selector, o)));
    const tags = new Map();
    const reading = wanted.slice(0, MAX_TAG_READS);
    for (let i = 0; i < reading.length; i += TAG_READ_CONCURRENCY) {
        const batch = reading.slice(i, i + TAG_READ_CONCURRENCY);
        const read = await Promise.all(batch.map((o) => (0,s3_listing/* readObjectTags */.dz)(s3, ref, o.key, versioned ? o.versionId : undefined)));
        batch.forEach((o, j) => tags.set(o, read[j]));
    }
    if (wanted.length > reading.length) {
        notices.push(`tags read for ${MAX_TAG_READS} of ${wanted.length} objects that tag-filtered rules may select; the rest are counted as unknown`);
    }
    if (listing.truncated)
        notices.push(`listing stopped at ${listing.objects.length} entries (--max-objects); counts are for those only`);
    const tagsOf = (o) => tags.get(o);
    return { projection: (0,expiry/* projectExpiry */.X)(canonical, listing, tagsOf, options.now, versioned), listing, tagsOf };
}
function failureText(err) {
    if (err instanceof errors/* S3OperationError */.K9)
        return err.failure.message;
    return err?.message ?? String(err);
}


/***/ }),

/***/ 3516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ addPolicyAgreement),
/* harmony export */   V: () => (/* binding */ agreementFindings)
/* harmony export */ });
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);
/* harmony import */ var _diff_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2592);
/* harmony import */ var _load_pointer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6925);
/* harmony import */ var _load_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7338);
/* harmony import */ var _model_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3855);
/* harmony import */ var _model_extract_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7640);
/* harmony import */ var _policy_check_policy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2871);
/* harmony import */ var _policy_rules_registry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5881);
/**
 * `.lifeguard.yml` targets that name both a policy and a committed lifecycle file: does the file hold
 * what the policy compiles to? Compared semantically (src/diff), so rule order, tag order and
 * reshaped filters do not count. Each difference is a finding on the committed file, at the rule it
 * concerns, in plain words from the committed file to the policy.
 */








/** Compares every target whose policy or lifecycle file was among the checked files. */
async function addPolicyAgreement(inputs) {
    const { config } = inputs;
    const ws = (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__/* .workspaceOf */ .B3)(config);
    for (const target of config.targets) {
        if (!target.source.policy || !target.source.lifecycle)
            continue;
        const policyPath = ws.display(ws.resolve(target.source.policy, config.dir));
        const lifecyclePath = ws.display(ws.resolve(target.source.lifecycle, config.dir));
        if (!inputs.checked.has(policyPath) && !inputs.checked.has(lifecyclePath))
            continue;
        const policy = await load(inputs, target.source.policy, policyPath);
        const lifecycle = await load(inputs, target.source.lifecycle, lifecyclePath);
        if (!policy || !lifecycle)
            continue;
        inputs.findings.push(...agreementFindings(target, policy, lifecycle, config));
    }
}
/** Pure core: the findings for one target, given both documents, at the rule's own severity (the flow applies the configured one). */
function agreementFindings(target, policy, lifecycle, config) {
    const finding = (pointer, message) => ({
        ruleId: _policy_rules_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .LIFECYCLE_MATCHES_POLICY */ .kn.id,
        severity: _policy_rules_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .LIFECYCLE_MATCHES_POLICY */ .kn.defaultSeverity,
        message,
        file: lifecycle.file,
        pointer,
        reportOnKey: true,
    });
    const head = `target '${target.name}': ${lifecycle.file}`;
    const stages = target.stage ? [target.stage] : undefined;
    const checked = (0,_policy_check_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .checkPolicy */ .h)(policy.file, policy.data, { severities: config.rules, stages, bucket: target.bucket });
    if (checked.policy && target.stage && !checked.policy.stages.some((s) => s.name === target.stage)) {
        return [finding('', `${head} cannot be compared: policy ${policy.file} has no stage '${target.stage}' (the target's stage).`)];
    }
    if (!checked.compilation) {
        return [
            finding('', `${head} cannot be compared with policy ${policy.file}, which does not compile; run 'lifeguard check ${policy.file}' for its findings.`),
        ];
    }
    const located = (0,_model_extract_js__WEBPACK_IMPORTED_MODULE_5__/* .locateConfiguration */ .L)(lifecycle.data);
    const committed = { ...located.config, TransitionDefaultMinimumObjectSize: located.transitionDefaultMinimumObjectSize };
    const request = checked.compilation.request;
    const compiled = { ...request.LifecycleConfiguration, TransitionDefaultMinimumObjectSize: request.TransitionDefaultMinimumObjectSize };
    const diff = (0,_diff_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .diffConfigurations */ .VU)(committed, compiled);
    if (diff.equal)
        return [];
    const from = `does not match policy ${policy.file}${target.stage ? ` (stage '${target.stage}')` : ''}`;
    const fix = `Regenerate it with 'lifeguard compile ${policy.file} --out <folder>', or change the policy.`;
    const out = diff.changes.map((c) => finding(pointerOf(c, located.config, located.base), `${head} ${from}: ${sentence(c)}. ${fix}`));
    const setting = (0,_model_values_js__WEBPACK_IMPORTED_MODULE_4__/* .isObj */ .sA)(lifecycle.data) && 'TransitionDefaultMinimumObjectSize' in lifecycle.data
        ? '/TransitionDefaultMinimumObjectSize'
        : (0,_load_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .joinPointer */ .Kn)(located.base, 'TransitionDefaultMinimumObjectSize');
    for (const s of diff.settings)
        out.push(finding(setting, `${head} ${from}: ${s}. ${fix}`));
    return out;
}
function sentence(c) {
    if (c.kind === 'added')
        return `the policy has rule ${c.name}, which the file lacks`;
    if (c.kind === 'removed')
        return `the file has rule ${c.name}, which the policy does not`;
    return `rule ${c.name} differs: ${c.details.join('; ')}`;
}
/** The committed rule a change concerns, or the Rules list for a rule the file lacks. */
function pointerOf(change, config, base) {
    const rules = (0,_model_values_js__WEBPACK_IMPORTED_MODULE_4__/* .arr */ .QL)(config.Rules);
    if (change.kind !== 'added') {
        const index = rules.findIndex((r) => (0,_model_values_js__WEBPACK_IMPORTED_MODULE_4__/* .isObj */ .sA)(r) && ((0,_model_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(r.ID) ?? '') === (change.before?.id ?? ''));
        if (index >= 0)
            return (0,_load_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .joinPointer */ .Kn)(base, 'Rules', index);
    }
    return (0,_load_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .joinPointer */ .Kn)(base, 'Rules');
}
async function load(inputs, given, display) {
    const known = inputs.docs.get(display);
    if (known)
        return known;
    const read = await (0,_load_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readSource */ .o)((0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__/* .workspaceOf */ .B3)(inputs.config).resolve(given, inputs.config.dir), display);
    if (!read.ok) {
        if (read.kind === 'io')
            inputs.ioErrors.push({ path: display, message: read.problem.message });
        else
            inputs.findings.push({
                ruleId: 'parse-error',
                severity: 'error',
                message: `${read.problem.message}.`,
                file: display,
                pointer: '',
                position: { line: read.problem.line, column: read.problem.column },
            });
        return undefined;
    }
    inputs.docs.set(read.doc.file, read.doc);
    inputs.sources.set(read.doc.file, read.doc.text);
    return read.doc;
}


/***/ }),

/***/ 7077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ SourceError),
/* harmony export */   u: () => (/* binding */ readDocument)
/* harmony export */ });
/* harmony import */ var _load_detect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9);
/* harmony import */ var _load_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7338);
/* harmony import */ var _lint_file_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73);



class SourceError extends Error {
    name = 'SourceError';
}
/** Reads a source with positions; a file of the wrong kind is a failure, not a guess. */
async function readDocument(path, file, kind) {
    const read = await (0,_load_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readSource */ .o)(path, file);
    if (!read.ok) {
        if (read.kind === 'io')
            return { ok: false, message: `${file}: ${read.problem.message}`, findings: [], documents: [] };
        return { ok: false, message: `${file} could not be read`, findings: [(0,_lint_file_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .fileProblemFinding */ .Vd)(read.problem, file)], documents: [] };
    }
    if ((0,_load_detect_js__WEBPACK_IMPORTED_MODULE_0__/* .detectKind */ .i_)(read.doc.data) !== kind) {
        const what = kind === 'lifecycle'
            ? 'a lifecycle configuration (no "Rules" or "LifecycleConfiguration")'
            : 'a retention policy (kind: RetentionPolicy)';
        return { ok: false, message: `${file} is not ${what}`, findings: [], documents: [read.doc] };
    }
    return { ok: true, doc: read.doc };
}


/***/ }),

/***/ 147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BC: () => (/* binding */ append),
  dp: () => (/* binding */ loadReferences),
  fo: () => (/* binding */ targetProtection)
});

// UNUSED EXPORTS: compiledProtectionFindings, protectionFindings

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/config/config.ts + 2 modules
var config_config = __webpack_require__(2332);
// EXTERNAL MODULE: ./src/load/read.ts
var load_read = __webpack_require__(7338);
// EXTERNAL MODULE: ./src/model-registry/manifest.ts
var manifest = __webpack_require__(1358);
// EXTERNAL MODULE: ./src/model-registry/protect.ts
var protect = __webpack_require__(5372);
// EXTERNAL MODULE: ./src/model-registry/reference.ts + 1 modules
var model_registry_reference = __webpack_require__(2665);
// EXTERNAL MODULE: ./src/model-registry/rules.ts
var rules = __webpack_require__(2152);
// EXTERNAL MODULE: ./src/load/detect.ts
var detect = __webpack_require__(9);
// EXTERNAL MODULE: ./src/load/pointer.ts
var load_pointer = __webpack_require__(6925);
// EXTERNAL MODULE: ./src/policy/check-policy.ts + 2 modules
var check_policy = __webpack_require__(2871);
// EXTERNAL MODULE: ./src/policy/compile.ts
var compile = __webpack_require__(1835);
// EXTERNAL MODULE: ./src/policy/protect-references.ts
var protect_references = __webpack_require__(8204);
// EXTERNAL MODULE: ./src/quarantine/record.ts + 1 modules
var record = __webpack_require__(1994);
;// CONCATENATED MODULE: ./src/model-registry/inventory-objects.ts
/**
 * The objects of an S3 Inventory report that registry references name, for the protection check's
 * counts (objects, bytes, first deletion). Only those are kept, so a large report costs a read, not
 * memory. The readers are the cost module's, loaded only when a target names a local inventory.
 */

/** undefined for inventories lifeguard does not read here (s3:// locations). */
async function referencedInventoryObjects(path, dir, refs) {
    if (/^s3:\/\//i.test(path))
        return undefined;
    const { localSource } = await __webpack_require__.e(/* import() */ 209).then(__webpack_require__.bind(__webpack_require__, 4209));
    const { readInventoryRecords } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(658)]).then(__webpack_require__.bind(__webpack_require__, 220));
    const objects = [];
    const referenced = (0,model_registry_reference/* referenceIndex */.uP)(refs);
    const read = await readInventoryRecords(localSource(path, dir), (r) => {
        if (r.isDeleteMarker || !referenced(r.key))
            return;
        objects.push({
            key: r.key,
            size: r.size,
            lastModified: new Date(r.lastModifiedMs),
            ...(r.isLatest !== undefined ? { isLatest: r.isLatest } : {}),
        });
    });
    return { objects, asOf: new Date(read.asOfMs).toISOString().slice(0, 10) };
}

// EXTERNAL MODULE: ./src/quarantine/rules.ts
var quarantine_rules = __webpack_require__(1955);
;// CONCATENATED MODULE: ./src/plan/protection.ts
/**
 * Registry protection for `check`: for every target in .lifeguard.yml that names a registry manifest
 * or has quarantine batches, the target's lifecycle file or policy is checked against what the
 * registry references. Findings about the rules sit in the source; problems with entries sit in the
 * manifest; quarantined objects the registry references again sit in the quarantine file.
 */















async function loadReferences(target, config) {
    const ws = (0,config_config/* workspaceOf */.B3)(config);
    const path = ws.resolve(target.registry, config.dir);
    const display = ws.display(path);
    const out = { references: [], findings: [] };
    let entries;
    if (/\.csv$/i.test(path)) {
        let text;
        try {
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (err) {
            return { ...out, ioError: err.code === 'ENOENT' ? 'no such file or folder' : 'cannot be read' };
        }
        const csv = (0,manifest/* entriesFromCsv */.d)(text);
        entries = csv.entries;
        for (const p of csv.problems)
            out.findings.push(entryFinding(display, '', p.message, 'error', p.line));
    }
    else {
        const read = await (0,load_read/* readSource */.o)(path, display);
        if (!read.ok) {
            if (read.kind === 'io')
                return { ...out, ioError: read.problem.message };
            out.findings.push(entryFinding(display, '', read.problem.message, 'error', read.problem.line, read.problem.column));
            return out;
        }
        out.doc = read.doc;
        const parsed = (0,manifest/* entriesFromDocument */.Q)(read.doc);
        entries = parsed.entries;
        for (const p of parsed.problems)
            out.findings.push(entryFinding(display, p.pointer, p.message, 'error'));
    }
    for (const e of entries) {
        const { reference, also, problem } = (0,model_registry_reference/* toReference */.TT)(e, target.bucket);
        if (reference)
            out.references.push(reference);
        if (also)
            out.references.push(also);
        if (problem)
            out.findings.push(entryFinding(display, problem.pointer, `target ${target.name}: ${problem.message}`, problem.severity, problem.line));
    }
    return out;
}
function protectionFindings(lifecycle, references, objects, objectsFrom) {
    return (0,protect/* checkProtection */.E3)(lifecycle.data, references, objects, objectsFrom).map((p) => ({
        ruleId: protect/* REGISTRY_PROTECTION */.sh.id,
        severity: protect/* REGISTRY_PROTECTION */.sh.defaultSeverity,
        message: p.message,
        file: lifecycle.file,
        pointer: p.pointer,
        reportOnKey: true,
    }));
}
function entryFinding(file, pointer, message, severity, line, column) {
    return {
        ruleId: rules/* REGISTRY_ENTRY */.xW.id,
        severity,
        message: /[.!?]$/.test(message) ? message : `${message}.`,
        file,
        pointer,
        position: line !== undefined ? { line, column: column ?? 1 } : undefined,
    };
}
/**
 * `check` for one target whose source file was checked: its rules against the registry manifest
 * (a lifecycle file as written; a policy as compiled for the target's stage and bucket, findings
 * moved to the policy lines), and its quarantine batches against the registry and the policy's
 * protect entries, key by key.
 */
async function targetProtection(target, config, source) {
    const out = { findings: [], documents: [], ioErrors: [] };
    let registry = [];
    if (target.registry) {
        const loaded = await loadReferences(target, config);
        if (loaded.ioError)
            out.ioErrors.push({
                path: (0,config_config/* workspaceOf */.B3)(config).display((0,config_config/* workspaceOf */.B3)(config).resolve(target.registry, config.dir)),
                message: loaded.ioError,
            });
        if (loaded.doc)
            out.documents.push(loaded.doc);
        registry = loaded.references;
        append(out.findings, loaded.findings);
    }
    const quarantine = await (0,record/* loadQuarantine */.Jo)(target, config);
    if (quarantine.ioError)
        out.ioErrors.push({ path: quarantine.file, message: quarantine.ioError });
    if (quarantine.doc)
        out.documents.push(quarantine.doc);
    append(out.findings, quarantine.findings);
    if (!registry.length && !quarantine.record)
        return out;
    let inventory;
    if (target.inventory && registry.length) {
        try {
            inventory = await referencedInventoryObjects(target.inventory, config.dir, registry);
        }
        catch (err) {
            out.ioErrors.push({ path: target.inventory, message: err.message });
        }
    }
    const from = inventory && `the inventory of ${inventory.asOf}`;
    let protect = [];
    if ((0,detect/* detectKind */.i_)(source.data) === 'lifecycle')
        append(out.findings, protectionFindings(source, registry, inventory?.objects, from));
    else {
        const checked = (0,check_policy/* checkPolicy */.h)(source.file, source.data, {
            stages: target.stage ? [target.stage] : undefined,
            bucket: target.bucket,
            policyRules: [],
            lifecycleRules: [],
        });
        if (checked.policy)
            protect = (0,protect_references/* protectReferences */.C)(checked.policy);
        if (checked.compilation)
            append(out.findings, compiledProtectionFindings(source.file, checked.compilation, registry, inventory?.objects, from));
    }
    if (quarantine.record)
        append(out.findings, (0,quarantine_rules/* quarantineProtectionFindings */.yw)(quarantine.record, quarantine.file, [...registry, ...protect], target.name));
    return out;
}
/** Registry protection on a compiled policy, each finding at the policy value behind the rule. */
function compiledProtectionFindings(file, compilation, references, objects, objectsFrom) {
    if (!references.length)
        return [];
    return (0,protect/* checkProtection */.E3)(compilation.request, references, objects, objectsFrom).map((p) => {
        const pointer = (0,compile/* policyPointerOf */.zf)(compilation, p.pointer);
        const stage = (0,load_pointer/* splitPointer */.GS)(pointer);
        return {
            ruleId: protect/* REGISTRY_PROTECTION */.sh.id,
            severity: protect/* REGISTRY_PROTECTION */.sh.defaultSeverity,
            message: stage[0] === 'stages' && stage[1] !== undefined ? `stage '${stage[1]}': ${p.message}` : p.message,
            file,
            pointer,
            reportOnKey: true,
        };
    });
}
/** A loop, not push(...): a registry or a quarantine file can give hundreds of thousands of findings. */
function append(to, items) {
    for (const x of items)
        to.push(x);
}


/***/ }),

/***/ 3253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VJ: () => (/* binding */ proposedConfiguration),
  uF: () => (/* binding */ sourceConfiguration)
});

// UNUSED EXPORTS: SourceError, fromDocument, lifecycleConfigurationOf, readDocument

// EXTERNAL MODULE: ./src/config/apply-severities.ts
var apply_severities = __webpack_require__(4196);
// EXTERNAL MODULE: ./src/config/config.ts + 2 modules
var config_config = __webpack_require__(2332);
// EXTERNAL MODULE: ./src/model/canonical.ts
var canonical = __webpack_require__(9563);
// EXTERNAL MODULE: ./src/load/detect.ts
var detect = __webpack_require__(9);
// EXTERNAL MODULE: ./src/lint/engine.ts + 4 modules
var engine = __webpack_require__(5193);
// EXTERNAL MODULE: ./src/model/values.ts
var values = __webpack_require__(3855);
// EXTERNAL MODULE: ./src/lint/view.ts
var view = __webpack_require__(612);
// EXTERNAL MODULE: ./src/model/extract.ts
var extract = __webpack_require__(7640);
// EXTERNAL MODULE: ./src/plan/policy-agreement.ts
var policy_agreement = __webpack_require__(3516);
// EXTERNAL MODULE: ./src/policy/check-policy.ts + 2 modules
var check_policy = __webpack_require__(2871);
// EXTERNAL MODULE: ./src/policy/compile.ts
var policy_compile = __webpack_require__(1835);
// EXTERNAL MODULE: ./src/plan/proposed.ts
var plan_proposed = __webpack_require__(7077);
;// CONCATENATED MODULE: ./src/plan/policy-source.ts
/**
 * A retention policy as a target's source: checked and compiled for the target's stage and bucket
 * (src/policy), its compiled rules viewed for the bucket-state rules, whose findings are mapped back
 * to the policy nodes through the compiler's origin map.
 */








async function fromPolicy(target, config) {
    const ws = (0,config_config/* workspaceOf */.B3)(config);
    const path = ws.resolve(target.source.policy, config.dir);
    const read = await (0,plan_proposed/* readDocument */.u)(path, ws.display(path), 'policy');
    if (!read.ok)
        return read;
    const doc = read.doc;
    const compile = (data) => (0,check_policy/* checkPolicy */.h)(doc.file, data, { severities: config.rules, stages: target.stage ? [target.stage] : undefined, bucket: target.bucket });
    const checked = compile(doc.data);
    const findings = (0,apply_severities/* applySeverities */.m)(checked.findings, config.rules);
    if (checked.policy && target.stage && !checked.policy.stages.some((s) => s.name === target.stage)) {
        return { ok: false, message: `policy ${doc.file} has no stage '${target.stage}' (the target's stage)`, findings, documents: [doc] };
    }
    const compilation = checked.compilation;
    if (!compilation)
        return {
            ok: false,
            message: `policy ${doc.file} does not compile into a lifecycle configuration; see its findings`,
            findings,
            documents: [doc],
        };
    const located = (0,extract/* locateConfiguration */.L)(compilation.request);
    const fromRequest = (request) => ({
        Rules: request.LifecycleConfiguration.Rules,
        TransitionDefaultMinimumObjectSize: request.TransitionDefaultMinimumObjectSize,
    });
    // For other versions of the policy (the drift guard's base commit); this one is compiled already.
    const configurationOf = (data, label) => {
        const request = compile(data).compilation?.request;
        if (!request)
            throw new plan_proposed/* SourceError */.c(`${label} does not compile`);
        return fromRequest(request);
    };
    return {
        ok: true,
        proposed: {
            file: doc.file,
            path,
            base: located.base,
            configuration: fromRequest(compilation.request),
            rules: (0,view/* ruleViews */.W)(located.config, located.base).map((view) => ({ view, canonical: (0,canonical/* normalizeRule */.YE)(view.raw) })),
            findings,
            documents: [doc],
            configurationOf,
            mapPointer: (pointer) => (0,policy_compile/* policyPointerOf */.zf)(compilation, pointer),
            ...(checked.policy ? { policy: checked.policy } : {}),
        },
    };
}

// EXTERNAL MODULE: ./src/model/s3-limits.ts
var s3_limits = __webpack_require__(328);
// EXTERNAL MODULE: ./src/plan/protection.ts + 1 modules
var protection = __webpack_require__(147);
// EXTERNAL MODULE: ./src/policy/protect-references.ts
var protect_references = __webpack_require__(8204);
// EXTERNAL MODULE: ./src/quarantine/record.ts + 1 modules
var record = __webpack_require__(1994);
// EXTERNAL MODULE: ./src/quarantine/rules.ts
var quarantine_rules = __webpack_require__(1955);
// EXTERNAL MODULE: ./src/model-registry/rules.ts
var model_registry_rules = __webpack_require__(2152);
;// CONCATENATED MODULE: ./src/plan/target-extras.ts
/**
 * What a target adds to its source's rules: the registry manifest and the policy's protect entries
 * (what must not be expired), and the quarantine file's batches, compiled into tag-filtered rules
 * appended after the source's own. Findings about those rules point into the quarantine file.
 */









async function withTargetExtras(proposed, target, config) {
    // A loop, not push(...): a quarantine file can name hundreds of thousands of objects.
    const add = (fs) => {
        for (const f of (0,apply_severities/* applySeverities */.m)(fs, config.rules))
            proposed.findings.push(f);
    };
    const fail = (message) => ({ ok: false, message, findings: proposed.findings, documents: proposed.documents });
    const own = proposed.configuration.Rules.length;
    proposed.ownRules = own;
    const inner = proposed.locate ??
        ((pointer) => ({ file: proposed.file, pointer: proposed.mapPointer ? proposed.mapPointer(pointer) : pointer }));
    proposed.locate = inner;
    let registry = undefined;
    if (target.registry) {
        const loaded = await (0,protection/* loadReferences */.dp)(target, config);
        if (loaded.ioError)
            return fail(`the registry manifest ${target.registry}: ${loaded.ioError}`);
        if (loaded.doc)
            proposed.documents.push(loaded.doc);
        add(loaded.findings);
        registry = { registry: loaded.references, protect: [] };
    }
    const protect = proposed.policy ? (0,protect_references/* protectReferences */.C)(proposed.policy) : [];
    if (registry || protect.length)
        proposed.references = { registry: registry?.registry ?? [], protect };
    // lifeguard owns these IDs: it leaves them out of drift checks and rewrites them from the quarantine file.
    proposed.rules.forEach(({ view }) => {
        if (typeof view.raw.ID === 'string' && view.raw.ID.startsWith(quarantine_rules/* QUARANTINE_RULE_PREFIX */.Ld)) {
            add([
                {
                    ruleId: model_registry_rules/* QUARANTINE_FILE */.ic.id,
                    severity: model_registry_rules/* QUARANTINE_FILE */.ic.defaultSeverity,
                    ...inner(view.at('ID')),
                    message: `${view.label}: IDs starting with "${quarantine_rules/* QUARANTINE_RULE_PREFIX */.Ld}" are reserved for the rules lifeguard generates from the quarantine file; rename the rule.`,
                },
            ]);
        }
    });
    const q = await (0,record/* loadQuarantine */.Jo)(target, config);
    if (q.ioError)
        return fail(`the quarantine file ${q.file}: ${q.ioError}`);
    if (q.doc)
        proposed.documents.push(q.doc);
    add(q.findings);
    if (!q.record)
        return { ok: true, proposed };
    const refs = [...(proposed.references?.registry ?? []), ...protect];
    add((0,quarantine_rules/* quarantineProtectionFindings */.yw)(q.record, q.file, refs, target.name));
    const generated = (0,quarantine_rules/* quarantineRules */.MD)(q.record);
    if (!generated.length)
        return { ok: true, proposed };
    if (own + generated.length > s3_limits/* MAX_LIFECYCLE_RULES */._B) {
        add([
            {
                ruleId: model_registry_rules/* QUARANTINE_FILE */.ic.id,
                severity: 'error',
                file: q.file,
                pointer: '/batches',
                reportOnKey: true,
                message: `the quarantine batches add ${generated.length} rules to the ${own} of ${proposed.file}, over S3's limit of ${s3_limits/* MAX_LIFECYCLE_RULES */._B} rules per bucket; remove finished batches.`,
            },
        ]);
    }
    const rules = [...proposed.configuration.Rules, ...generated.map((g) => g.rule)];
    proposed.configuration = { ...proposed.configuration, Rules: rules };
    const views = (0,view/* ruleViews */.W)({ Rules: rules }, proposed.base).slice(own);
    for (const view of views)
        proposed.rules.push({ view, canonical: (0,canonical/* normalizeRule */.YE)(view.raw) });
    const rulesAt = `${proposed.base}/Rules/`;
    proposed.locate = (pointer) => {
        if (!pointer.startsWith(rulesAt))
            return inner(pointer);
        const rest = pointer.slice(rulesAt.length);
        const index = Number(/^\d+/.exec(rest)?.[0]);
        const g = generated[index - own];
        return g ? { file: q.file, pointer: g.origin(rest.replace(/^\d+/, '')) } : inner(pointer);
    };
    return { ok: true, proposed };
}

;// CONCATENATED MODULE: ./src/plan/source.ts
/**
 * A target's proposed lifecycle configuration: the one step that turns what `.lifeguard.yml` points
 * at into S3 API JSON plus the findings about it. A lifecycle file is what gets applied when the
 * target names one (with a policy too, the file must agree with it); a policy alone is compiled
 * for the target's stage and bucket (policy-source.ts).
 */













async function proposedConfiguration(target, config) {
    const result = await sourceConfiguration(target, config);
    return result.ok ? withTargetExtras(result.proposed, target, config) : result;
}
/** The rules of the target's own source (lifecycle file, policy, or both), before registry and quarantine. */
async function sourceConfiguration(target, config) {
    const { lifecycle, policy } = target.source;
    const ws = (0,config_config/* workspaceOf */.B3)(config);
    if (target.source.terraform !== undefined || target.source.cloudformation !== undefined)
        return (await __webpack_require__.e(/* import() */ 296).then(__webpack_require__.bind(__webpack_require__, 7296))).fromIac(target, config);
    if (lifecycle === undefined && policy !== undefined)
        return fromPolicy(target, config);
    if (lifecycle === undefined)
        return { ok: false, message: 'the target names no source', findings: [], documents: [] };
    if (/\.tf$/.test(lifecycle))
        return {
            ok: false,
            message: `${lifecycle} is a Terraform file: name it as "terraform" with the "resource" that holds the rules`,
            findings: [],
            documents: [],
        };
    const path = ws.resolve(lifecycle, config.dir);
    const read = await (0,plan_proposed/* readDocument */.u)(path, ws.display(path), 'lifecycle');
    if (!read.ok)
        return read;
    const result = fromDocument(read.doc, path, config, target);
    if (!result.ok)
        return result;
    const proposed = result.proposed;
    // A full PutBucketLifecycleConfiguration request names its bucket: it must be this target's.
    if (proposed.bucket !== undefined && proposed.bucket !== target.bucket) {
        return {
            ok: false,
            message: `${proposed.file} is a request for bucket ${proposed.bucket}, but target ${target.name} is bucket ${target.bucket}`,
            findings: proposed.findings,
            documents: proposed.documents,
        };
    }
    if (policy !== undefined) {
        const policyPath = ws.resolve(policy, config.dir);
        const policyRead = await (0,plan_proposed/* readDocument */.u)(policyPath, ws.display(policyPath), 'policy');
        if (!policyRead.ok)
            return policyRead;
        proposed.findings.push(...(0,apply_severities/* applySeverities */.m)((0,policy_agreement/* agreementFindings */.V)(target, policyRead.doc, read.doc, config), config.rules));
        proposed.documents.push(policyRead.doc);
    }
    return result;
}
function fromDocument(doc, path, config, target) {
    const located = (0,extract/* locateConfiguration */.L)(doc.data);
    const views = (0,view/* ruleViews */.W)(located.config, located.base);
    const findings = (0,engine/* lintLifecycleDocument */.du)(doc, { severities: config.rules, targets: target ? [target] : [] });
    return {
        ok: true,
        proposed: {
            file: doc.file,
            path,
            base: located.base,
            ...(located.bucket !== undefined ? { bucket: located.bucket } : {}),
            configuration: lifecycleConfigurationOf(doc.data, doc.file),
            rules: views.map((view) => ({ view, canonical: (0,canonical/* normalizeRule */.YE)(view.raw) })),
            findings,
            documents: [doc],
            configurationOf: lifecycleConfigurationOf,
        },
    };
}
/** A lifecycle file's data (bare or request shape) as the configuration it puts. */
function lifecycleConfigurationOf(data, label) {
    if ((0,detect/* detectKind */.i_)(data) !== 'lifecycle')
        throw new plan_proposed/* SourceError */.c(`${label} is not a lifecycle configuration`);
    const located = (0,extract/* locateConfiguration */.L)(data);
    const out = { Rules: Array.isArray(located.config.Rules) ? located.config.Rules : [] };
    const tdmos = (0,values/* str */.gx)(located.transitionDefaultMinimumObjectSize);
    if (tdmos !== undefined)
        out.TransitionDefaultMinimumObjectSize = tdmos;
    return out;
}


/***/ }),

/***/ 1709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ productionWithoutObjectLock),
/* harmony export */   z: () => (/* binding */ immutabilityReason)
/* harmony export */ });
/* harmony import */ var _load_pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6925);
/* harmony import */ var _lint_rules_production_expiration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6598);


/** Why a target must be immutable, and the key of .lifeguard.yml that says so; undefined if not. */
function immutabilityReason(t) {
    if (t.immutable === true)
        return { key: 'immutable', why: 'is marked immutable' };
    if ((0,_lint_rules_production_expiration_js__WEBPACK_IMPORTED_MODULE_1__/* .isProductionStage */ .s$)(t.stage))
        return { key: 'stage', why: `is the ${t.stage} stage` };
    return undefined;
}
/**
 * A production or immutable target promises that data cannot be deleted or overwritten before its
 * time; only Object Lock keeps that promise against people and tools outside lifecycle.
 */
const productionWithoutObjectLock = {
    meta: {
        id: 'production-without-object-lock',
        description: "A production or immutable target's bucket has Object Lock enabled.",
        defaultSeverity: 'warning',
        catalogue: ['6.4'],
    },
    check(ctx) {
        const reason = immutabilityReason(ctx.target);
        if (!reason || ctx.state.objectLock.enabled)
            return;
        ctx.report({
            file: ctx.configFile,
            pointer: (0,_load_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPointer */ .Kn)(ctx.targetPointer, reason.key),
            message: `target ${ctx.target.name} ${reason.why}, but bucket ${ctx.state.bucket} has no Object Lock: nothing stops its objects from being deleted or overwritten before their time.`,
        });
    },
};


/***/ }),

/***/ 6202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ STATE_RULES),
  A: () => (/* binding */ checkBucketState)
});

// EXTERNAL MODULE: ./src/lint/severity.ts
var lint_severity = __webpack_require__(8082);
// EXTERNAL MODULE: ./src/lint/report-message.ts
var report_message = __webpack_require__(7817);
// EXTERNAL MODULE: ./src/lint/messages.ts
var messages = __webpack_require__(8193);
;// CONCATENATED MODULE: ./src/plan/state-rules/expiration-shorter-than-object-lock.ts

/** Object Lock retention counts years as 365 days (a year's retention ends 365 days later). */
const DAYS_PER_RETENTION_YEAR = 365;
function retentionDays(r) {
    if (!r)
        return undefined;
    if (r.days !== undefined)
        return r.days;
    if (r.years !== undefined)
        return r.years * DAYS_PER_RETENTION_YEAR;
    return undefined;
}
/**
 * Catalogue W5 (6.4): lifecycle cannot delete a version under Object Lock retention. An expiry
 * shorter than the bucket's default retention places its delete marker, but the data stays (and
 * is billed) until the retention ends: the rule promises a deletion that does not happen.
 */
const expirationShorterThanObjectLock = {
    meta: {
        id: 'expiration-shorter-than-object-lock',
        description: "Expiration and NoncurrentVersionExpiration are not shorter than the bucket's Object Lock default retention.",
        defaultSeverity: 'warning',
        catalogue: ['W5', '6.4'],
    },
    check(ctx) {
        const lock = ctx.state.objectLock;
        const days = lock.enabled ? retentionDays(lock.defaultRetention) : undefined;
        if (days === undefined)
            return;
        const retention = `${(0,messages/* plural */.L)(days, 'day')}${lock.defaultRetention?.mode ? `, ${lock.defaultRetention.mode}` : ''}`;
        for (const r of ctx.rules) {
            if (r.canonical.status !== 'Enabled')
                continue;
            const e = r.canonical.expiration?.days;
            if (e !== undefined && e < days) {
                ctx.report({
                    pointer: r.view.at('Expiration', 'Days'),
                    message: `${r.view.label}: Expiration after ${(0,messages/* plural */.L)(e, 'day')} is shorter than bucket ${ctx.state.bucket}'s Object Lock default retention (${retention}); the delete marker is placed, but the locked version stays, and is billed, until its retention ends.`,
                });
            }
            const n = r.canonical.noncurrentExpiration?.noncurrentDays;
            if (n !== undefined && n < days) {
                ctx.report({
                    pointer: r.view.at('NoncurrentVersionExpiration', 'NoncurrentDays'),
                    message: `${r.view.label}: NoncurrentVersionExpiration after ${(0,messages/* plural */.L)(n, 'day')} is shorter than bucket ${ctx.state.bucket}'s Object Lock default retention (${retention}); a version replaced within ${(0,messages/* plural */.L)(days - n, 'day')} of being written is still locked when it is due, and lifecycle cannot delete it.`,
                });
            }
        }
    },
};

// EXTERNAL MODULE: ./src/lint/evidence/records.ts
var records = __webpack_require__(5325);
// EXTERNAL MODULE: ./src/load/pointer.ts
var pointer = __webpack_require__(6925);
;// CONCATENATED MODULE: ./src/plan/state-rules/lifecycle-on-mfa-delete-bucket.ts


/**
 * Catalogue 6.3: AWS documents that "lifecycle configuration on multi-factor authentication
 * (MFA)-enabled buckets is not supported". Whether the PUT is rejected or the rules are ignored is
 * unverified, so this is a warning until tested on AWS.
 */
const lifecycleOnMfaDeleteBucket = {
    meta: {
        id: 'lifecycle-on-mfa-delete-bucket',
        description: 'Lifecycle rules are not put on a bucket with MFA delete, where AWS does not support them.',
        defaultSeverity: 'warning',
        catalogue: ['6.3'],
        evidence: (0,records/* evidenceFor */.hF)('6.3'),
    },
    check(ctx) {
        if (!ctx.state.mfaDelete || ctx.rules.length === 0)
            return;
        ctx.report({
            pointer: (0,pointer/* joinPointer */.Kn)(ctx.base, 'Rules'),
            reportOnKey: true,
            message: `bucket ${ctx.state.bucket} has MFA delete enabled, and AWS does not support lifecycle configuration on MFA-delete buckets: the PUT may be refused or the rules may never run. Turn MFA delete off or manage this bucket's data another way.`,
        });
    },
};

;// CONCATENATED MODULE: ./src/plan/state-rules/noncurrent-on-unversioned-bucket.ts
/** Catalogue W4 (3d.8): a bucket that was never versioned has no noncurrent versions to act on. */
const noncurrentOnUnversionedBucket = {
    meta: {
        id: 'noncurrent-on-unversioned-bucket',
        description: 'Noncurrent-version actions are only used on buckets that have (or had) versioning.',
        defaultSeverity: 'warning',
        catalogue: ['W4', '3d.8'],
    },
    check(ctx) {
        if (ctx.state.versioning !== 'Never')
            return;
        for (const r of ctx.rules) {
            if (r.canonical.status !== 'Enabled')
                continue;
            const actions = [
                ...(r.canonical.noncurrentTransitions.length ? ['NoncurrentVersionTransitions'] : []),
                ...(r.canonical.noncurrentExpiration ? ['NoncurrentVersionExpiration'] : []),
            ];
            for (const action of actions) {
                ctx.report({
                    pointer: r.view.at(action),
                    reportOnKey: true,
                    message: `${r.view.label}: ${action} has no effect: bucket ${ctx.state.bucket} has never had versioning, so it holds no noncurrent versions.`,
                });
            }
        }
    },
};

// EXTERNAL MODULE: ./src/plan/state-rules/production-without-object-lock.ts
var production_without_object_lock = __webpack_require__(1709);
// EXTERNAL MODULE: ./src/model/matching.ts
var matching = __webpack_require__(6310);
;// CONCATENATED MODULE: ./src/plan/state-rules/versioned-expiration-without-noncurrent.ts

/**
 * Catalogue W3 (and 6.5): on a versioned bucket, Expiration only turns the current version into a
 * noncurrent one behind a delete marker. Unless some rule also expires noncurrent versions of the
 * same objects, nothing is ever freed and the old versions are billed forever.
 */
const versionedExpirationWithoutNoncurrent = {
    meta: {
        id: 'versioned-expiration-without-noncurrent',
        description: 'On a versioned bucket, a rule that expires objects is paired with NoncurrentVersionExpiration for the same objects.',
        defaultSeverity: 'warning',
        catalogue: ['W3', '6.5'],
    },
    check(ctx) {
        if (ctx.state.versioning === 'Never')
            return;
        const cleaners = ctx.rules.filter((r) => r.canonical.status === 'Enabled' && r.canonical.noncurrentExpiration?.noncurrentDays !== undefined);
        for (const r of ctx.rules) {
            const e = r.canonical.expiration;
            if (r.canonical.status !== 'Enabled' || (e?.days === undefined && e?.date === undefined))
                continue;
            if (cleaners.some((c) => (0,matching/* covers */.hU)(c.canonical.selector, r.canonical.selector)))
                continue;
            const state = ctx.state.versioning === 'Enabled' ? 'versioning enabled' : 'versioning suspended';
            ctx.report({
                pointer: r.view.at('Expiration'),
                reportOnKey: true,
                message: `${r.view.label}: bucket ${ctx.state.bucket} has ${state}, so Expiration only adds a delete marker and keeps the old version; ` +
                    'no rule expires noncurrent versions of these objects, so their data is never freed. Add NoncurrentVersionExpiration (and ExpiredObjectDeleteMarker to clear the markers).',
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/plan/state-rules/registry.ts
/**
 * Bucket-state rules by id, sorted (a test keeps it so), and the engine that runs them with the
 * configured severities. Pure: a bucket's state and the proposed rules in, findings out.
 */







const STATE_RULES = {
    'expiration-shorter-than-object-lock': expirationShorterThanObjectLock,
    'lifecycle-on-mfa-delete-bucket': lifecycleOnMfaDeleteBucket,
    'noncurrent-on-unversioned-bucket': noncurrentOnUnversionedBucket,
    'production-without-object-lock': production_without_object_lock/* productionWithoutObjectLock */.y,
    'versioned-expiration-without-noncurrent': versionedExpirationWithoutNoncurrent,
};
function checkBucketState(input, severities = {}, rules = Object.values(STATE_RULES)) {
    const findings = [];
    for (const rule of rules) {
        const severity = (0,lint_severity/* severityFor */.v)(rule.meta, rule.meta.defaultSeverity, severities[rule.meta.id]);
        if (!severity)
            continue;
        rule.check({
            ...input,
            report: (r) => findings.push((0,report_message/* findingOf */.hD)(rule.meta, r, input.file, severity)),
        });
    }
    return findings;
}


/***/ }),

/***/ 9898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ summarize)
/* harmony export */ });
function summarize(targets) {
    const count = (s) => targets.reduce((n, t) => n + t.diagnostics.filter((d) => d.severity === s).length, 0);
    return {
        targets: targets.length,
        changed: targets.filter((t) => !t.failure && t.diff && !t.diff.equal).length,
        unchanged: targets.filter((t) => !t.failure && t.diff?.equal).length,
        failed: targets.filter((t) => t.failure).length,
        errors: count('error'),
        warnings: count('warning'),
    };
}


/***/ }),

/***/ 2871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ checkPolicy)
});

// UNUSED EXPORTS: lintCompiled

// EXTERNAL MODULE: ./src/lint/severity.ts
var lint_severity = __webpack_require__(8082);
// EXTERNAL MODULE: ./src/lint/report-message.ts
var report_message = __webpack_require__(7817);
// EXTERNAL MODULE: ./src/lint/engine.ts + 4 modules
var engine = __webpack_require__(5193);
// EXTERNAL MODULE: ./src/load/pointer.ts
var load_pointer = __webpack_require__(6925);
// EXTERNAL MODULE: ./src/policy/compile.ts
var compile = __webpack_require__(1835);
// EXTERNAL MODULE: ./src/policy/feasibility.ts
var feasibility = __webpack_require__(183);
// EXTERNAL MODULE: ./src/policy/model.ts
var model = __webpack_require__(2575);
// EXTERNAL MODULE: ./src/policy/rules/registry.ts + 5 modules
var registry = __webpack_require__(5881);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./src/generated/retention-policy-validator.js
// Generated by scripts/gen-validators.mjs from schemas/retention-policy.schema.json. Do not edit.
// @ts-nocheck

"use strict";
const validateRetentionPolicy = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://lifeguard.dev/schemas/retention-policy.schema.json","title":"lifeguard retention policy","description":"Stage-aware retention for one S3 bucket. `lifeguard compile` turns it into the bucket's lifecycle configuration; `lifeguard check` lints the policy and every stage of its compiled output. See docs/retention-policy.md.","type":"object","properties":{"apiVersion":{"enum":["lifeguard/v1"],"description":"Format version of this file."},"kind":{"enum":["RetentionPolicy"]},"metadata":{"$ref":"#/$defs/Metadata"},"bucket":{"$ref":"#/$defs/Bucket"},"protect":{"description":"Prefixes and tags that no rule of this policy may expire (artifacts a model registry still references).","type":"array","items":{"$ref":"#/$defs/Protect"}},"stages":{"description":"Named stages, each selecting objects by prefix and/or tags. Rules are emitted in this order.","type":"object","minProperties":1,"propertyNames":{"$ref":"#/$defs/Name"},"additionalProperties":{"$ref":"#/$defs/Stage"}}},"required":["apiVersion","kind","metadata","bucket","stages"],"additionalProperties":false,"$defs":{"Name":{"description":"Lower-case letters, digits and hyphens, at most 63 characters: it becomes part of every rule ID.","type":"string","pattern":"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"},"Metadata":{"type":"object","properties":{"name":{"$ref":"#/$defs/Name"},"description":{"type":"string"}},"required":["name"],"additionalProperties":false},"Bucket":{"type":"object","properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$","description":"S3 bucket name."},"region":{"type":"string","pattern":"^[a-z]{2}(-[a-z]+)+-\\d+$"},"transitionDefaultMinimumObjectSize":{"description":"What S3 does with objects under 128 KiB (catalogue §5). Stated in the compiled output; default all_storage_classes_128K.","enum":["all_storage_classes_128K","varies_by_storage_class"]}},"required":["name"],"additionalProperties":false},"Days":{"type":"integer","minimum":1,"maximum":2147483647},"DaysFromZero":{"type":"integer","minimum":0,"maximum":2147483647},"Tags":{"description":"Tag key to value; an object matches when it carries every one of them.","type":"object","minProperties":1,"maxProperties":10,"propertyNames":{"type":"string","minLength":1,"maxLength":128},"additionalProperties":{"type":"string","maxLength":256}},"Selector":{"type":"object","properties":{"prefix":{"type":"string","minLength":1,"maxLength":1024},"tags":{"$ref":"#/$defs/Tags"}},"additionalProperties":false},"Protect":{"type":"object","properties":{"prefix":{"type":"string","minLength":1,"maxLength":1024},"tags":{"$ref":"#/$defs/Tags"},"reason":{"type":"string"}},"additionalProperties":false},"NoncurrentVersions":{"description":"Keep the `keepNewest` newest noncurrent versions; delete the older ones `expireAfterDays` after they became noncurrent.","type":"object","properties":{"keepNewest":{"type":"integer","minimum":1,"maximum":2147483647},"expireAfterDays":{"$ref":"#/$defs/Days"}},"required":["expireAfterDays"],"additionalProperties":false},"FailedRuns":{"description":"A shorter TTL for the stage's objects that also carry these tags (failed or abandoned runs).","type":"object","properties":{"tags":{"$ref":"#/$defs/Tags"},"expireAfterDays":{"$ref":"#/$defs/Days"}},"required":["tags","expireAfterDays"],"additionalProperties":false},"Transition":{"type":"object","properties":{"afterDays":{"$ref":"#/$defs/DaysFromZero"},"storageClass":{"enum":["STANDARD_IA","ONEZONE_IA","INTELLIGENT_TIERING","GLACIER_IR","GLACIER","DEEP_ARCHIVE"]}},"required":["afterDays","storageClass"],"additionalProperties":false},"Archive":{"description":"Move current versions to a cold class after `afterDays` and never delete them.","type":"object","properties":{"afterDays":{"$ref":"#/$defs/DaysFromZero"},"storageClass":{"enum":["GLACIER_IR","GLACIER","DEEP_ARCHIVE"]}},"required":["afterDays","storageClass"],"additionalProperties":false},"Immutable":{"description":"The stage's objects are under S3 Object Lock for `retentionDays`; no rule may expire current versions earlier.","type":"object","properties":{"retentionDays":{"$ref":"#/$defs/Days"},"mode":{"enum":["GOVERNANCE","COMPLIANCE"]}},"required":["retentionDays","mode"],"additionalProperties":false},"Stage":{"type":"object","properties":{"description":{"type":"string"},"select":{"$ref":"#/$defs/Selector"},"expireAfterDays":{"$ref":"#/$defs/Days"},"minRetentionDays":{"$ref":"#/$defs/Days"},"noncurrentVersions":{"$ref":"#/$defs/NoncurrentVersions"},"failedRuns":{"$ref":"#/$defs/FailedRuns"},"transitions":{"type":"array","items":{"$ref":"#/$defs/Transition"}},"archive":{"$ref":"#/$defs/Archive"},"immutable":{"$ref":"#/$defs/Immutable"},"abortIncompleteUploadsAfterDays":{"$ref":"#/$defs/Days"},"removeExpiredDeleteMarkers":{"type":"boolean"}},"additionalProperties":false}}};
const schema34 = {"type":"object","properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$","description":"S3 bucket name."},"region":{"type":"string","pattern":"^[a-z]{2}(-[a-z]+)+-\\d+$"},"transitionDefaultMinimumObjectSize":{"description":"What S3 does with objects under 128 KiB (catalogue §5). Stated in the compiled output; default all_storage_classes_128K.","enum":["all_storage_classes_128K","varies_by_storage_class"]}},"required":["name"],"additionalProperties":false};
const schema33 = {"description":"Lower-case letters, digits and hyphens, at most 63 characters: it becomes part of every rule ID.","type":"string","pattern":"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"};
const schema32 = {"type":"object","properties":{"name":{"$ref":"#/$defs/Name"},"description":{"type":"string"}},"required":["name"],"additionalProperties":false};
const pattern4 = new RegExp("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "name") || (key0 === "description"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/Name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/Name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema35 = {"type":"object","properties":{"prefix":{"type":"string","minLength":1,"maxLength":1024},"tags":{"$ref":"#/$defs/Tags"},"reason":{"type":"string"}},"additionalProperties":false};
const schema36 = {"description":"Tag key to value; an object matches when it carries every one of them.","type":"object","minProperties":1,"maxProperties":10,"propertyNames":{"type":"string","minLength":1,"maxLength":128},"additionalProperties":{"type":"string","maxLength":256}};
const func1 = ucs2length["default"] ?? ucs2length;

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "prefix") || (key0 === "tags")) || (key0 === "reason"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.prefix !== undefined){
let data0 = data.prefix;
if(typeof data0 === "string"){
if(func1(data0) > 1024){
const err1 = {instancePath:instancePath+"/prefix",schemaPath:"#/properties/prefix/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/prefix",schemaPath:"#/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/prefix",schemaPath:"#/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.tags !== undefined){
let data1 = data.tags;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length > 10){
const err4 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/Tags/maxProperties",keyword:"maxProperties",params:{limit: 10},message:"must NOT have more than 10 properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(Object.keys(data1).length < 1){
const err5 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/Tags/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data1){
const _errs7 = errors;
if(typeof key1 === "string"){
if(func1(key1) > 128){
const err6 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/Tags/propertyNames/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(key1) < 1){
const err7 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/Tags/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/Tags/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid2 = _errs7 === errors;
if(!valid2){
const err9 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/Tags/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
if(typeof data2 === "string"){
if(func1(data2) > 256){
const err10 = {instancePath:instancePath+"/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Tags/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/Tags/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.reason !== undefined){
if(typeof data.reason !== "string"){
const err13 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema38 = {"type":"object","properties":{"description":{"type":"string"},"select":{"$ref":"#/$defs/Selector"},"expireAfterDays":{"$ref":"#/$defs/Days"},"minRetentionDays":{"$ref":"#/$defs/Days"},"noncurrentVersions":{"$ref":"#/$defs/NoncurrentVersions"},"failedRuns":{"$ref":"#/$defs/FailedRuns"},"transitions":{"type":"array","items":{"$ref":"#/$defs/Transition"}},"archive":{"$ref":"#/$defs/Archive"},"immutable":{"$ref":"#/$defs/Immutable"},"abortIncompleteUploadsAfterDays":{"$ref":"#/$defs/Days"},"removeExpiredDeleteMarkers":{"type":"boolean"}},"additionalProperties":false};
const schema41 = {"type":"integer","minimum":1,"maximum":2147483647};
const func6 = Object.prototype.hasOwnProperty;
const schema39 = {"type":"object","properties":{"prefix":{"type":"string","minLength":1,"maxLength":1024},"tags":{"$ref":"#/$defs/Tags"}},"additionalProperties":false};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "prefix") || (key0 === "tags"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.prefix !== undefined){
let data0 = data.prefix;
if(typeof data0 === "string"){
if(func1(data0) > 1024){
const err1 = {instancePath:instancePath+"/prefix",schemaPath:"#/properties/prefix/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/prefix",schemaPath:"#/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/prefix",schemaPath:"#/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.tags !== undefined){
let data1 = data.tags;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length > 10){
const err4 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/Tags/maxProperties",keyword:"maxProperties",params:{limit: 10},message:"must NOT have more than 10 properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(Object.keys(data1).length < 1){
const err5 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/Tags/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data1){
const _errs7 = errors;
if(typeof key1 === "string"){
if(func1(key1) > 128){
const err6 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/Tags/propertyNames/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(key1) < 1){
const err7 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/Tags/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/Tags/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid2 = _errs7 === errors;
if(!valid2){
const err9 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/Tags/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
if(typeof data2 === "string"){
if(func1(data2) > 256){
const err10 = {instancePath:instancePath+"/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Tags/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/Tags/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema43 = {"description":"Keep the `keepNewest` newest noncurrent versions; delete the older ones `expireAfterDays` after they became noncurrent.","type":"object","properties":{"keepNewest":{"type":"integer","minimum":1,"maximum":2147483647},"expireAfterDays":{"$ref":"#/$defs/Days"}},"required":["expireAfterDays"],"additionalProperties":false};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.expireAfterDays === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expireAfterDays"},message:"must have required property '"+"expireAfterDays"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "keepNewest") || (key0 === "expireAfterDays"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.keepNewest !== undefined){
let data0 = data.keepNewest;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/keepNewest",schemaPath:"#/properties/keepNewest/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 2147483647 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/keepNewest",schemaPath:"#/properties/keepNewest/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/keepNewest",schemaPath:"#/properties/keepNewest/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.expireAfterDays !== undefined){
let data1 = data.expireAfterDays;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/expireAfterDays",schemaPath:"#/$defs/Days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 2147483647 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/expireAfterDays",schemaPath:"#/$defs/Days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/expireAfterDays",schemaPath:"#/$defs/Days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema45 = {"description":"A shorter TTL for the stage's objects that also carry these tags (failed or abandoned runs).","type":"object","properties":{"tags":{"$ref":"#/$defs/Tags"},"expireAfterDays":{"$ref":"#/$defs/Days"}},"required":["tags","expireAfterDays"],"additionalProperties":false};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tags === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tags"},message:"must have required property '"+"tags"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.expireAfterDays === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expireAfterDays"},message:"must have required property '"+"expireAfterDays"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "tags") || (key0 === "expireAfterDays"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.tags !== undefined){
let data0 = data.tags;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(Object.keys(data0).length > 10){
const err3 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/Tags/maxProperties",keyword:"maxProperties",params:{limit: 10},message:"must NOT have more than 10 properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(Object.keys(data0).length < 1){
const err4 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/Tags/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data0){
const _errs5 = errors;
if(typeof key1 === "string"){
if(func1(key1) > 128){
const err5 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/Tags/propertyNames/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func1(key1) < 1){
const err6 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/Tags/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/Tags/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid2 = _errs5 === errors;
if(!valid2){
const err8 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/Tags/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key2 in data0){
let data1 = data0[key2];
if(typeof data1 === "string"){
if(func1(data1) > 256){
const err9 = {instancePath:instancePath+"/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Tags/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/Tags/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.expireAfterDays !== undefined){
let data2 = data.expireAfterDays;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err12 = {instancePath:instancePath+"/expireAfterDays",schemaPath:"#/$defs/Days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 2147483647 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/expireAfterDays",schemaPath:"#/$defs/Days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err14 = {instancePath:instancePath+"/expireAfterDays",schemaPath:"#/$defs/Days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema48 = {"type":"object","properties":{"afterDays":{"$ref":"#/$defs/DaysFromZero"},"storageClass":{"enum":["STANDARD_IA","ONEZONE_IA","INTELLIGENT_TIERING","GLACIER_IR","GLACIER","DEEP_ARCHIVE"]}},"required":["afterDays","storageClass"],"additionalProperties":false};
const schema49 = {"type":"integer","minimum":0,"maximum":2147483647};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.afterDays === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "afterDays"},message:"must have required property '"+"afterDays"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.storageClass === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "storageClass"},message:"must have required property '"+"storageClass"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "afterDays") || (key0 === "storageClass"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.afterDays !== undefined){
let data0 = data.afterDays;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/afterDays",schemaPath:"#/$defs/DaysFromZero/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 2147483647 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/afterDays",schemaPath:"#/$defs/DaysFromZero/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/afterDays",schemaPath:"#/$defs/DaysFromZero/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.storageClass !== undefined){
let data1 = data.storageClass;
if(!((((((data1 === "STANDARD_IA") || (data1 === "ONEZONE_IA")) || (data1 === "INTELLIGENT_TIERING")) || (data1 === "GLACIER_IR")) || (data1 === "GLACIER")) || (data1 === "DEEP_ARCHIVE"))){
const err6 = {instancePath:instancePath+"/storageClass",schemaPath:"#/properties/storageClass/enum",keyword:"enum",params:{allowedValues: schema48.properties.storageClass.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema50 = {"description":"Move current versions to a cold class after `afterDays` and never delete them.","type":"object","properties":{"afterDays":{"$ref":"#/$defs/DaysFromZero"},"storageClass":{"enum":["GLACIER_IR","GLACIER","DEEP_ARCHIVE"]}},"required":["afterDays","storageClass"],"additionalProperties":false};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.afterDays === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "afterDays"},message:"must have required property '"+"afterDays"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.storageClass === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "storageClass"},message:"must have required property '"+"storageClass"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "afterDays") || (key0 === "storageClass"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.afterDays !== undefined){
let data0 = data.afterDays;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/afterDays",schemaPath:"#/$defs/DaysFromZero/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 2147483647 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/afterDays",schemaPath:"#/$defs/DaysFromZero/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/afterDays",schemaPath:"#/$defs/DaysFromZero/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.storageClass !== undefined){
let data1 = data.storageClass;
if(!(((data1 === "GLACIER_IR") || (data1 === "GLACIER")) || (data1 === "DEEP_ARCHIVE"))){
const err6 = {instancePath:instancePath+"/storageClass",schemaPath:"#/properties/storageClass/enum",keyword:"enum",params:{allowedValues: schema50.properties.storageClass.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema52 = {"description":"The stage's objects are under S3 Object Lock for `retentionDays`; no rule may expire current versions earlier.","type":"object","properties":{"retentionDays":{"$ref":"#/$defs/Days"},"mode":{"enum":["GOVERNANCE","COMPLIANCE"]}},"required":["retentionDays","mode"],"additionalProperties":false};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.retentionDays === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retentionDays"},message:"must have required property '"+"retentionDays"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.mode === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "retentionDays") || (key0 === "mode"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.retentionDays !== undefined){
let data0 = data.retentionDays;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/retentionDays",schemaPath:"#/$defs/Days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 2147483647 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/retentionDays",schemaPath:"#/$defs/Days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/retentionDays",schemaPath:"#/$defs/Days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.mode !== undefined){
let data1 = data.mode;
if(!((data1 === "GOVERNANCE") || (data1 === "COMPLIANCE"))){
const err6 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema52.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func6.call(schema38.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err1 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.select !== undefined){
if(!(validate26(data.select, {instancePath:instancePath+"/select",parentData:data,parentDataProperty:"select",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.expireAfterDays !== undefined){
let data2 = data.expireAfterDays;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err2 = {instancePath:instancePath+"/expireAfterDays",schemaPath:"#/$defs/Days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 2147483647 || isNaN(data2)){
const err3 = {instancePath:instancePath+"/expireAfterDays",schemaPath:"#/$defs/Days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/expireAfterDays",schemaPath:"#/$defs/Days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.minRetentionDays !== undefined){
let data3 = data.minRetentionDays;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err5 = {instancePath:instancePath+"/minRetentionDays",schemaPath:"#/$defs/Days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 2147483647 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/minRetentionDays",schemaPath:"#/$defs/Days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/minRetentionDays",schemaPath:"#/$defs/Days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.noncurrentVersions !== undefined){
if(!(validate28(data.noncurrentVersions, {instancePath:instancePath+"/noncurrentVersions",parentData:data,parentDataProperty:"noncurrentVersions",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.failedRuns !== undefined){
if(!(validate30(data.failedRuns, {instancePath:instancePath+"/failedRuns",parentData:data,parentDataProperty:"failedRuns",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.transitions !== undefined){
let data6 = data.transitions;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate32(data6[i0], {instancePath:instancePath+"/transitions/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/transitions",schemaPath:"#/properties/transitions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.archive !== undefined){
if(!(validate34(data.archive, {instancePath:instancePath+"/archive",parentData:data,parentDataProperty:"archive",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.immutable !== undefined){
if(!(validate36(data.immutable, {instancePath:instancePath+"/immutable",parentData:data,parentDataProperty:"immutable",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data.abortIncompleteUploadsAfterDays !== undefined){
let data10 = data.abortIncompleteUploadsAfterDays;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err9 = {instancePath:instancePath+"/abortIncompleteUploadsAfterDays",schemaPath:"#/$defs/Days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 2147483647 || isNaN(data10)){
const err10 = {instancePath:instancePath+"/abortIncompleteUploadsAfterDays",schemaPath:"#/$defs/Days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err11 = {instancePath:instancePath+"/abortIncompleteUploadsAfterDays",schemaPath:"#/$defs/Days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.removeExpiredDeleteMarkers !== undefined){
if(typeof data.removeExpiredDeleteMarkers !== "boolean"){
const err12 = {instancePath:instancePath+"/removeExpiredDeleteMarkers",schemaPath:"#/properties/removeExpiredDeleteMarkers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern5 = new RegExp("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", "u");
const pattern6 = new RegExp("^[a-z]{2}(-[a-z]+)+-\\d+$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://lifeguard.dev/schemas/retention-policy.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.bucket === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bucket"},message:"must have required property '"+"bucket"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.stages === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stages"},message:"must have required property '"+"stages"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "bucket")) || (key0 === "protect")) || (key0 === "stages"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.apiVersion !== undefined){
if(!(data.apiVersion === "lifeguard/v1")){
const err6 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/enum",keyword:"enum",params:{allowedValues: schema31.properties.apiVersion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
if(!(data.kind === "RetentionPolicy")){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate21(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.bucket !== undefined){
let data3 = data.bucket;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.name === undefined){
const err8 = {instancePath:instancePath+"/bucket",schemaPath:"#/$defs/Bucket/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "name") || (key1 === "region")) || (key1 === "transitionDefaultMinimumObjectSize"))){
const err9 = {instancePath:instancePath+"/bucket",schemaPath:"#/$defs/Bucket/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.name !== undefined){
let data4 = data3.name;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err10 = {instancePath:instancePath+"/bucket/name",schemaPath:"#/$defs/Bucket/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/bucket/name",schemaPath:"#/$defs/Bucket/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.region !== undefined){
let data5 = data3.region;
if(typeof data5 === "string"){
if(!pattern6.test(data5)){
const err12 = {instancePath:instancePath+"/bucket/region",schemaPath:"#/$defs/Bucket/properties/region/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(-[a-z]+)+-\\d+$"},message:"must match pattern \""+"^[a-z]{2}(-[a-z]+)+-\\d+$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/bucket/region",schemaPath:"#/$defs/Bucket/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.transitionDefaultMinimumObjectSize !== undefined){
let data6 = data3.transitionDefaultMinimumObjectSize;
if(!((data6 === "all_storage_classes_128K") || (data6 === "varies_by_storage_class"))){
const err14 = {instancePath:instancePath+"/bucket/transitionDefaultMinimumObjectSize",schemaPath:"#/$defs/Bucket/properties/transitionDefaultMinimumObjectSize/enum",keyword:"enum",params:{allowedValues: schema34.properties.transitionDefaultMinimumObjectSize.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/bucket",schemaPath:"#/$defs/Bucket/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.protect !== undefined){
let data7 = data.protect;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data7[i0], {instancePath:instancePath+"/protect/" + i0,parentData:data7,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/protect",schemaPath:"#/properties/protect/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.stages !== undefined){
let data9 = data.stages;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(Object.keys(data9).length < 1){
const err17 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key2 in data9){
const _errs19 = errors;
if(typeof key2 === "string"){
if(!pattern4.test(key2)){
const err18 = {instancePath:instancePath+"/stages",schemaPath:"#/$defs/Name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"+"\"",propertyName:key2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/stages",schemaPath:"#/$defs/Name/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var valid5 = _errs19 === errors;
if(!valid5){
const err20 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
for(const key3 in data9){
if(!(validate25(data9[key3], {instancePath:instancePath+"/stages/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data9,parentDataProperty:key3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schemaDocument = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://lifeguard.dev/schemas/retention-policy.schema.json","title":"lifeguard retention policy","description":"Stage-aware retention for one S3 bucket. `lifeguard compile` turns it into the bucket's lifecycle configuration; `lifeguard check` lints the policy and every stage of its compiled output. See docs/retention-policy.md.","type":"object","properties":{"apiVersion":{"enum":["lifeguard/v1"],"description":"Format version of this file."},"kind":{"enum":["RetentionPolicy"]},"metadata":{"$ref":"#/$defs/Metadata"},"bucket":{"$ref":"#/$defs/Bucket"},"protect":{"description":"Prefixes and tags that no rule of this policy may expire (artifacts a model registry still references).","type":"array","items":{"$ref":"#/$defs/Protect"}},"stages":{"description":"Named stages, each selecting objects by prefix and/or tags. Rules are emitted in this order.","type":"object","minProperties":1,"propertyNames":{"$ref":"#/$defs/Name"},"additionalProperties":{"$ref":"#/$defs/Stage"}}},"required":["apiVersion","kind","metadata","bucket","stages"],"additionalProperties":false,"$defs":{"Name":{"description":"Lower-case letters, digits and hyphens, at most 63 characters: it becomes part of every rule ID.","type":"string","pattern":"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"},"Metadata":{"type":"object","properties":{"name":{"$ref":"#/$defs/Name"},"description":{"type":"string"}},"required":["name"],"additionalProperties":false},"Bucket":{"type":"object","properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$","description":"S3 bucket name."},"region":{"type":"string","pattern":"^[a-z]{2}(-[a-z]+)+-\\d+$"},"transitionDefaultMinimumObjectSize":{"description":"What S3 does with objects under 128 KiB (catalogue §5). Stated in the compiled output; default all_storage_classes_128K.","enum":["all_storage_classes_128K","varies_by_storage_class"]}},"required":["name"],"additionalProperties":false},"Days":{"type":"integer","minimum":1,"maximum":2147483647},"DaysFromZero":{"type":"integer","minimum":0,"maximum":2147483647},"Tags":{"description":"Tag key to value; an object matches when it carries every one of them.","type":"object","minProperties":1,"maxProperties":10,"propertyNames":{"type":"string","minLength":1,"maxLength":128},"additionalProperties":{"type":"string","maxLength":256}},"Selector":{"type":"object","properties":{"prefix":{"type":"string","minLength":1,"maxLength":1024},"tags":{"$ref":"#/$defs/Tags"}},"additionalProperties":false},"Protect":{"type":"object","properties":{"prefix":{"type":"string","minLength":1,"maxLength":1024},"tags":{"$ref":"#/$defs/Tags"},"reason":{"type":"string"}},"additionalProperties":false},"NoncurrentVersions":{"description":"Keep the `keepNewest` newest noncurrent versions; delete the older ones `expireAfterDays` after they became noncurrent.","type":"object","properties":{"keepNewest":{"type":"integer","minimum":1,"maximum":2147483647},"expireAfterDays":{"$ref":"#/$defs/Days"}},"required":["expireAfterDays"],"additionalProperties":false},"FailedRuns":{"description":"A shorter TTL for the stage's objects that also carry these tags (failed or abandoned runs).","type":"object","properties":{"tags":{"$ref":"#/$defs/Tags"},"expireAfterDays":{"$ref":"#/$defs/Days"}},"required":["tags","expireAfterDays"],"additionalProperties":false},"Transition":{"type":"object","properties":{"afterDays":{"$ref":"#/$defs/DaysFromZero"},"storageClass":{"enum":["STANDARD_IA","ONEZONE_IA","INTELLIGENT_TIERING","GLACIER_IR","GLACIER","DEEP_ARCHIVE"]}},"required":["afterDays","storageClass"],"additionalProperties":false},"Archive":{"description":"Move current versions to a cold class after `afterDays` and never delete them.","type":"object","properties":{"afterDays":{"$ref":"#/$defs/DaysFromZero"},"storageClass":{"enum":["GLACIER_IR","GLACIER","DEEP_ARCHIVE"]}},"required":["afterDays","storageClass"],"additionalProperties":false},"Immutable":{"description":"The stage's objects are under S3 Object Lock for `retentionDays`; no rule may expire current versions earlier.","type":"object","properties":{"retentionDays":{"$ref":"#/$defs/Days"},"mode":{"enum":["GOVERNANCE","COMPLIANCE"]}},"required":["retentionDays","mode"],"additionalProperties":false},"Stage":{"type":"object","properties":{"description":{"type":"string"},"select":{"$ref":"#/$defs/Selector"},"expireAfterDays":{"$ref":"#/$defs/Days"},"minRetentionDays":{"$ref":"#/$defs/Days"},"noncurrentVersions":{"$ref":"#/$defs/NoncurrentVersions"},"failedRuns":{"$ref":"#/$defs/FailedRuns"},"transitions":{"type":"array","items":{"$ref":"#/$defs/Transition"}},"archive":{"$ref":"#/$defs/Archive"},"immutable":{"$ref":"#/$defs/Immutable"},"abortIncompleteUploadsAfterDays":{"$ref":"#/$defs/Days"},"removeExpiredDeleteMarkers":{"type":"boolean"}},"additionalProperties":false}}};

// EXTERNAL MODULE: ./src/lint/schema-errors.ts
var schema_errors = __webpack_require__(8640);
// EXTERNAL MODULE: ./src/model/values.ts
var values = __webpack_require__(3855);
;// CONCATENATED MODULE: ./src/policy/validate.ts
/**
 * The policy's schema check: ajv's errors (from the validator generated out of
 * schemas/retention-policy.schema.json) as sentences at the offending key, in policy words
 * ("stage 'dev': transitions[0].afterDays must be at least 0").
 */




const NAME_RULE = 'must be lower-case letters, digits and hyphens (at most 63, not starting or ending with a hyphen), because it becomes part of every rule ID';
/** Friendlier words for the patterns of the schema, by the definition they come from. */
const PATTERN_WORDS = [
    [/\$defs\/Name\//, NAME_RULE],
    [/\$defs\/Bucket\/properties\/name\//, 'must be an S3 bucket name: 3 to 63 lower-case letters, digits, dots and hyphens'],
    [/\$defs\/Bucket\/properties\/region\//, 'must be an AWS region code such as us-east-1'],
];
function policySchemaProblems(data) {
    const problems = [];
    if (!validateRetentionPolicy(data)) {
        const rest = [];
        for (const e of validateRetentionPolicy.errors ?? []) {
            const own = describeOwn(e, data);
            if (own === null)
                continue;
            if (own)
                problems.push(own);
            else
                rest.push(e);
        }
        problems.push(...(0,schema_errors/* describeSchemaErrors */.c)(rest, data, { schema: schemaDocument, rootDef: '', subject: policySubject }));
    }
    // "prefix or tags, or both" reads badly as a JSON Schema; it is checked here instead.
    const protect = (0,values/* isObj */.sA)(data) && Array.isArray(data.protect) ? data.protect : [];
    protect.forEach((p, i) => {
        if ((0,values/* isObj */.sA)(p) && p.prefix === undefined && p.tags === undefined) {
            problems.push({
                pointer: (0,load_pointer/* joinPointer */.Kn)('/protect', i),
                message: `protect[${i}] names neither a prefix nor tags; give one or both.`,
                reportOnKey: false,
            });
        }
    });
    return problems;
}
/** A problem, null to drop the error (reported through another one), undefined for the generic path. */
function describeOwn(e, data) {
    const where = policySubject(e.instancePath, data);
    if (e.keyword === 'propertyNames')
        return null;
    if (e.propertyName !== undefined) {
        const words = e.keyword === 'pattern' ? NAME_RULE : (e.message ?? 'is not valid');
        return {
            pointer: (0,load_pointer/* joinPointer */.Kn)(e.instancePath, e.propertyName),
            message: `${where}: the name "${e.propertyName}" ${words}.`,
            reportOnKey: true,
        };
    }
    if (e.keyword === 'pattern') {
        const words = PATTERN_WORDS.find(([re]) => re.test(e.schemaPath))?.[1] ?? `must match ${String(e.params.pattern)}`;
        return {
            pointer: e.instancePath,
            message: `${where} ${words}, not ${JSON.stringify((0,load_pointer/* valueAtPointer */.sZ)(data, e.instancePath))}.`,
            reportOnKey: false,
        };
    }
    if (e.keyword === 'minimum' || e.keyword === 'maximum') {
        const bound = e.keyword === 'minimum' ? 'at least' : 'at most';
        return {
            pointer: e.instancePath,
            message: `${where} must be ${bound} ${String(e.params.limit)}, not ${JSON.stringify((0,load_pointer/* valueAtPointer */.sZ)(data, e.instancePath))}.`,
            reportOnKey: false,
        };
    }
    if (e.keyword === 'minProperties') {
        const what = e.instancePath === '/stages' ? 'stage' : 'tag';
        return { pointer: e.instancePath, message: `${where} must name at least one ${what}.`, reportOnKey: true };
    }
    if (e.keyword === 'maxProperties' && /\/(tags)$/.test(e.instancePath)) {
        return {
            pointer: e.instancePath,
            message: `${where} names more than ${String(e.params.limit)} tags; an S3 object carries at most 10, so the selection could never match.`,
            reportOnKey: true,
        };
    }
    return undefined;
}
/** "stage 'dev': transitions[0].afterDays", "bucket.name", "protect[1].tags", "the policy". */
function policySubject(instancePath, _data) {
    const segs = (0,load_pointer/* splitPointer */.GS)(instancePath);
    let head = '';
    let rest = segs;
    if (segs[0] === 'stages' && segs.length >= 2) {
        head = `stage '${segs[1]}'`;
        rest = segs.slice(2);
    }
    const path = rest.reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), '');
    if (head)
        return path ? `${head}: ${path}` : head;
    return path || 'the policy';
}

;// CONCATENATED MODULE: ./src/policy/check-policy.ts
/**
 * A retention policy end to end, shared by `check` and `compile`: schema, policy rules, compile,
 * then the whole lifecycle lint registry on the compiled output. Every finding is located in the
 * policy file: compiled-output findings are mapped back through the compiler's origin map, so a
 * user never gets a line number in JSON they did not write. Pure: data in, findings out.
 */









function checkPolicy(file, data, options = {}) {
    const findings = [];
    const emit = (meta, r) => {
        const f = withSeverity(file, meta, r, options.severities);
        if (f)
            findings.push(f);
    };
    const schema = policySchemaProblems(data);
    for (const p of schema)
        emit(registry/* POLICY_SCHEMA */.tD, p);
    if (schema.length)
        return { findings };
    const policy = (0,model/* policyFromData */.lP)(data);
    for (const rule of options.policyRules ?? Object.values(registry/* POLICY_RULES */.b2)) {
        rule.check({ file, policy, report: (r) => emit(rule.meta, r) });
    }
    const compilation = (0,compile/* compilePolicy */.C_)(policy, { stages: options.stages, bucket: options.bucket });
    const stages = (0,compile/* selectedStages */.HC)(policy, options.stages);
    const problems = (0,feasibility/* feasibilityProblems */.o)(policy, stages, compilation.request.LifecycleConfiguration.Rules.length);
    for (const p of problems)
        emit(registry/* POLICY_COMPILE */.ZA, p);
    if (problems.length)
        return { findings, policy };
    findings.push(...lintCompiled(file, compilation, options));
    return { findings, policy, compilation };
}
/** The lifecycle lint on the compiled request, every finding moved to the policy node behind it. */
function lintCompiled(file, compilation, options = {}) {
    const raw = (0,engine/* lintLifecycle */.O8)(`${file} (compiled)`, compilation.request, { severities: options.severities, rules: options.lifecycleRules });
    const rules = compilation.request.LifecycleConfiguration.Rules;
    return raw.map((f) => {
        const pointer = (0,compile/* policyPointerOf */.zf)(compilation, f.pointer);
        const segs = (0,load_pointer/* splitPointer */.GS)(pointer);
        const stage = segs[0] === 'stages' && segs[1] !== undefined ? `stage '${segs[1]}'` : 'the policy';
        const index = /^\/LifecycleConfiguration\/Rules\/(\d+)/.exec(f.pointer)?.[1];
        const id = index !== undefined ? rules[Number(index)]?.ID : undefined;
        const named = id === undefined || f.message.includes(`'${id}'`) ? '' : ` (compiled rule '${id}')`;
        return { ...f, message: `${stage}${named}: ${f.message}`, file, pointer, reportOnKey: undefined };
    });
}
/** Severity as configured, the way the lifecycle engine applies it; undefined when the rule is off. */
function withSeverity(file, meta, r, overrides) {
    const severity = (0,lint_severity/* severityFor */.v)(meta, r.severity ?? meta.defaultSeverity, overrides?.[meta.id]);
    if (!severity)
        return undefined;
    return (0,report_message/* findingOf */.hD)(meta, { ...r, reportOnKey: r.reportOnKey || undefined }, file, severity);
}


/***/ }),

/***/ 1835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ compilePolicy),
/* harmony export */   HC: () => (/* binding */ selectedStages),
/* harmony export */   iP: () => (/* binding */ renderRequest),
/* harmony export */   zf: () => (/* binding */ policyPointerOf)
/* harmony export */ });
/* unused harmony export RULES_POINTER */
/* harmony import */ var _load_pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6925);
/* harmony import */ var _filter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2762);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2575);
/* harmony import */ var _rule_ids_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(561);




/** Pointer of the configuration inside a compiled request. */
const RULES_POINTER = '/LifecycleConfiguration/Rules';
function compilePolicy(policy, options = {}) {
    const stages = selectedStages(policy, options.stages);
    const drafts = [];
    const housekeeping = housekeepingDrafts(policy, stages);
    for (const stage of stages) {
        drafts.push(...stageDrafts(policy.name, stage));
        drafts.push(...(housekeeping.get(stage.name) ?? []));
    }
    const origins = new Map([
        ['', ''],
        ['/Bucket', '/bucket/name'],
        ['/TransitionDefaultMinimumObjectSize', '/bucket/transitionDefaultMinimumObjectSize'],
        ['/LifecycleConfiguration', '/stages'],
        [RULES_POINTER, '/stages'],
    ]);
    drafts.forEach((d, i) => {
        for (const [member, from] of d.origins)
            origins.set((0,_load_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPointer */ .Kn)(RULES_POINTER, i) + member, from);
    });
    return {
        request: {
            Bucket: options.bucket ?? policy.bucket.name,
            TransitionDefaultMinimumObjectSize: policy.bucket.transitionDefaultMinimumObjectSize,
            LifecycleConfiguration: { Rules: drafts.map((d) => d.rule) },
        },
        origins,
    };
}
/** The policy node a generated node came from: the nearest recorded ancestor of `pointer`. */
function policyPointerOf(compilation, pointer) {
    let p = pointer;
    for (;;) {
        const hit = compilation.origins.get(p);
        if (hit !== undefined)
            return hit;
        if (p === '')
            return '';
        p = p.slice(0, p.lastIndexOf('/'));
    }
}
/** The bytes of `lifeguard compile`: two-space JSON and a final newline, the same on every machine. */
function renderRequest(request) {
    return `${JSON.stringify(request, null, 2)}\n`;
}
function selectedStages(policy, names) {
    return names ? policy.stages.filter((s) => names.includes(s.name)) : policy.stages;
}
function rule(id, filter, actions) {
    return { ID: id, Status: 'Enabled', Filter: filter, ...actions };
}
function stageDrafts(policyName, stage) {
    const out = [];
    const select = stage.select.prefix || stage.select.tags.length ? stage.at('select') : stage.pointer;
    const purpose = (0,_rule_ids_js__WEBPACK_IMPORTED_MODULE_3__/* .currentPurpose */ .qS)(stage);
    if (purpose) {
        const byDay = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .transitionsByDay */ .gL)(stage);
        const origins = [
            ['', stage.pointer],
            ['/Filter', select],
        ];
        const r = rule((0,_rule_ids_js__WEBPACK_IMPORTED_MODULE_3__/* .stageRuleId */ .Gd)(policyName, stage.name, purpose), (0,_filter_js__WEBPACK_IMPORTED_MODULE_1__/* .filterOf */ .K)(stage.select), {});
        if (stage.expireAfterDays !== undefined) {
            r.Expiration = { Days: stage.expireAfterDays };
            origins.push(['/Expiration', stage.at('expireAfterDays')]);
        }
        if (byDay.length) {
            r.Transitions = byDay.map((t) => ({ Days: t.afterDays, StorageClass: t.storageClass }));
            byDay.forEach((t, i) => {
                origins.push([`/Transitions/${i}`, t.pointer], [`/Transitions/${i}/Days`, `${t.pointer}/afterDays`], [`/Transitions/${i}/StorageClass`, `${t.pointer}/storageClass`]);
            });
        }
        out.push({ rule: r, origins });
    }
    if (stage.noncurrent) {
        const nv = stage.noncurrent;
        const r = rule((0,_rule_ids_js__WEBPACK_IMPORTED_MODULE_3__/* .stageRuleId */ .Gd)(policyName, stage.name, 'noncurrent'), (0,_filter_js__WEBPACK_IMPORTED_MODULE_1__/* .filterOf */ .K)(stage.select), {
            NoncurrentVersionExpiration: nv.keepNewest === undefined
                ? { NoncurrentDays: nv.expireAfterDays }
                : { NoncurrentDays: nv.expireAfterDays, NewerNoncurrentVersions: nv.keepNewest },
        });
        out.push({
            rule: r,
            origins: [
                ['', stage.at('noncurrentVersions')],
                ['/Filter', select],
                ['/NoncurrentVersionExpiration/NoncurrentDays', stage.at('noncurrentVersions', 'expireAfterDays')],
                ['/NoncurrentVersionExpiration/NewerNoncurrentVersions', stage.at('noncurrentVersions', 'keepNewest')],
            ],
        });
    }
    if (stage.failedRuns) {
        const fr = stage.failedRuns;
        const r = rule((0,_rule_ids_js__WEBPACK_IMPORTED_MODULE_3__/* .stageRuleId */ .Gd)(policyName, stage.name, 'failed-runs'), (0,_filter_js__WEBPACK_IMPORTED_MODULE_1__/* .filterOf */ .K)({ prefix: stage.select.prefix, tags: (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeTags */ .kE)(stage.select.tags, fr.tags) }), {
            Expiration: { Days: fr.expireAfterDays },
        });
        out.push({
            rule: r,
            origins: [
                ['', stage.at('failedRuns')],
                ['/Filter', stage.at('failedRuns', 'tags')],
                ['/Expiration', stage.at('failedRuns', 'expireAfterDays')],
            ],
        });
    }
    return out;
}
/**
 * Delete-marker cleanup and multipart-upload aborts cannot sit in a rule with a tag filter (3a.4,
 * 3e.2), so they get prefix-only rules, one per distinct stage prefix. Stages sharing a prefix
 * share the rule and the shortest abort delay (S3 would honour the shortest anyway). Each rule is
 * placed after the first stage of its group.
 */
function housekeepingDrafts(policy, stages) {
    const groups = new Map();
    for (const s of stages)
        groups.set(s.select.prefix, [...(groups.get(s.select.prefix) ?? []), s]);
    const placed = new Map();
    for (const [prefix, members] of groups) {
        const names = members.map((m) => m.name);
        const drafts = [];
        const markers = members.filter((m) => m.removeExpiredDeleteMarkers);
        if (markers.length) {
            drafts.push(housekeepingDraft(policy.name, prefix, names, 'delete-markers', { Expiration: { ExpiredObjectDeleteMarker: true } }, markers[0], 'removeExpiredDeleteMarkers'));
        }
        const shortest = members.reduce((a, b) => (b.abortIncompleteUploadsAfterDays < a.abortIncompleteUploadsAfterDays ? b : a));
        drafts.push(housekeepingDraft(policy.name, prefix, names, 'abort-mpu', { AbortIncompleteMultipartUpload: { DaysAfterInitiation: shortest.abortIncompleteUploadsAfterDays } }, shortest, 'abortIncompleteUploadsAfterDays'));
        placed.set(members[0].name, drafts);
    }
    return placed;
}
function housekeepingDraft(policyName, prefix, names, purpose, actions, source, member) {
    const action = purpose === 'abort-mpu' ? '/AbortIncompleteMultipartUpload' : '/Expiration';
    return {
        rule: rule((0,_rule_ids_js__WEBPACK_IMPORTED_MODULE_3__/* .housekeepingRuleId */ .$B)(policyName, prefix, names, purpose), { Prefix: prefix }, actions),
        origins: [
            ['', source.pointer],
            ['/Filter', source.select.prefix ? source.at('select', 'prefix') : source.pointer],
            [action, source.at(member)],
        ],
    };
}


/***/ }),

/***/ 183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ COMPILE_MESSAGES),
/* harmony export */   o: () => (/* binding */ feasibilityProblems)
/* harmony export */ });
/* harmony import */ var _model_s3_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(328);
/* harmony import */ var _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4297);
/* harmony import */ var _lint_messages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8193);
/* harmony import */ var _lint_report_message_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7817);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2575);
/* harmony import */ var _rule_ids_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(561);
/* harmony import */ var _selection_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2480);
/**
 * What the compiler checks before it writes anything: every way a stage's numbers could compile to
 * a configuration AWS rejects. Each problem points at the policy value that causes it and names the
 * stage, the rule it would compile to and AWS's answer. Facts come from the storage-class table.
 * Transitions to STANDARD_IA or ONEZONE_IA compile from day 0 (AWS accepts them since 2026-07-16).
 */







/** The messages of policy-compile (its metadata in rules/registry.ts spreads them). */
const COMPILE_MESSAGES = {
    tooManyRules: {
        message: "policy '{{policy}}': its {{stages}} compile to {{count}} rules, over the {{max}} one bucket may have",
        aws: (0,_lint_report_message_js__WEBPACK_IMPORTED_MODULE_3__/* .documented */ .fp)('InvalidRequest'),
        hint: 'Merge stages, or split the bucket.',
    },
    archiveAndExpiry: {
        message: '{{stage}}: expireAfterDays {{days}} contradicts archive, which keeps current versions in {{class}}',
        hint: 'Remove one of them.',
    },
    classTwice: {
        message: "{{stage}}: {{class}} is named twice among the stage's transitions and archive",
        aws: (0,_lint_report_message_js__WEBPACK_IMPORTED_MODULE_3__/* .emulated */ .Or)('InvalidRequest'),
        hint: "It would compile into rule '{{rule}}': name each class once.",
    },
    sameDay: {
        message: '{{stage}}: {{what}} to {{class}} and the transition to {{prev}} both happen on day {{day}}',
        aws: (0,_lint_report_message_js__WEBPACK_IMPORTED_MODULE_3__/* .documented */ .fp)('InvalidArgument'),
        hint: "It would compile into rule '{{rule}}': each transition must come strictly later.",
    },
    noMove: {
        message: '{{stage}}: S3 cannot move objects from {{prev}} (day {{prevDay}}) to {{class}} (day {{day}})',
        aws: (0,_lint_report_message_js__WEBPACK_IMPORTED_MODULE_3__/* .documented */ .fp)('InvalidArgument'),
        hint: "It would compile into rule '{{rule}}'; {{targets}}.",
    },
    gap: {
        message: '{{stage}}: {{what}} to {{class}} on day {{day}} comes {{after}} after the move to {{prev}}',
        aws: (0,_lint_report_message_js__WEBPACK_IMPORTED_MODULE_3__/* .documented */ .fp)('InvalidArgument'),
        hint: "Objects must stay {{gap}} in {{prev}} first, so day {{earliest}} is the earliest (rule '{{rule}}').",
    },
    expiryNotAfter: {
        message: '{{stage}}: expireAfterDays {{days}} is not after the transition to {{class}} on day {{day}}',
        aws: (0,_lint_report_message_js__WEBPACK_IMPORTED_MODULE_3__/* .documented */ .fp)('InvalidArgument'),
        hint: "Expiry must come strictly after every transition (rule '{{rule}}').",
    },
    tagClash: {
        message: '{{stage}}: failedRuns wants tag {{key}}={{want}} but the stage selects {{key}}={{has}}',
        aws: (0,_lint_report_message_js__WEBPACK_IMPORTED_MODULE_3__/* .documented */ .fp)('InvalidRequest'),
        hint: "An object holds one value per key, and rule '{{rule}}' would name the key twice.",
    },
};
function feasibilityProblems(policy, stages, ruleCount) {
    const out = [];
    for (const stage of stages)
        out.push(...stageProblems(policy, stage));
    if (ruleCount > _model_s3_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LIFECYCLE_RULES */ ._B) {
        out.push({
            pointer: '/stages',
            reportOnKey: true,
            messageId: 'tooManyRules',
            data: { policy: policy.name, stages: (0,_lint_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .L)(stages.length, 'stage'), count: ruleCount, max: _model_s3_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LIFECYCLE_RULES */ ._B },
        });
    }
    return out;
}
function stageProblems(policy, stage) {
    const out = [];
    const subject = `stage '${stage.name}'`;
    const purpose = (0,_rule_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .currentPurpose */ .qS)(stage);
    const ruleId = purpose ? (0,_rule_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .stageRuleId */ .Gd)(policy.name, stage.name, purpose) : '';
    const base = { stage: subject, rule: ruleId };
    if (stage.archive && stage.expireAfterDays !== undefined) {
        out.push({
            pointer: stage.at('expireAfterDays'),
            messageId: 'archiveAndExpiry',
            data: { ...base, days: stage.expireAfterDays, class: stage.archive.storageClass },
        });
    }
    const byDay = (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .transitionsByDay */ .gL)(stage);
    const seen = new Map();
    byDay.forEach((t, i) => {
        const what = t.archive ? 'archive' : 'the transition';
        if (seen.has(t.storageClass)) {
            out.push({
                pointer: `${t.pointer}/storageClass`,
                messageId: 'classTwice',
                data: { ...base, class: t.storageClass },
            });
            return;
        }
        seen.set(t.storageClass, i);
        const prev = byDay[i - 1];
        if (!prev || prev.storageClass === t.storageClass)
            return;
        const step = { ...base, what, class: t.storageClass, day: t.afterDays, prev: prev.storageClass, prevDay: prev.afterDays };
        if (t.afterDays === prev.afterDays) {
            out.push({ pointer: `${t.pointer}/afterDays`, messageId: 'sameDay', data: step });
            return;
        }
        if (!(0,_model_storage_classes_js__WEBPACK_IMPORTED_MODULE_1__/* .canTransition */ .w)(prev.storageClass, t.storageClass)) {
            out.push({ pointer: `${t.pointer}/afterDays`, messageId: 'noMove', data: { ...step, targets: describeTargets(prev.storageClass) } });
            return;
        }
        // A gap AWS's rejection of which is unconfirmed (after the IA classes, since 2026-07-16) compiles;
        // the lint of the compiled rules then warns about it (transition-gap), at this policy value.
        const { nextTransitionGapDays: gap, limitsUnconfirmedSince } = _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_1__/* .STORAGE_CLASSES */ .Zq[prev.storageClass];
        if (!limitsUnconfirmedSince && t.afterDays - prev.afterDays < gap) {
            out.push({
                pointer: `${t.pointer}/afterDays`,
                messageId: 'gap',
                data: { ...step, after: (0,_lint_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .L)(t.afterDays - prev.afterDays, 'day'), gap: (0,_lint_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .L)(gap, 'day'), earliest: prev.afterDays + gap },
            });
        }
    });
    const last = byDay[byDay.length - 1];
    if (stage.expireAfterDays !== undefined && last && !stage.archive && stage.expireAfterDays <= last.afterDays) {
        out.push({
            pointer: stage.at('expireAfterDays'),
            messageId: 'expiryNotAfter',
            data: { ...base, days: stage.expireAfterDays, class: last.storageClass, day: last.afterDays },
        });
    }
    if (stage.failedRuns) {
        const clash = (0,_selection_js__WEBPACK_IMPORTED_MODULE_6__/* .conflictingTag */ .hz)(stage.select.tags, stage.failedRuns.tags);
        if (clash) {
            out.push({
                pointer: stage.at('failedRuns', 'tags', clash.key),
                reportOnKey: true,
                messageId: 'tagClash',
                data: { ...base, key: clash.key, want: clash.b, has: clash.a, rule: (0,_rule_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .stageRuleId */ .Gd)(policy.name, stage.name, 'failed-runs') },
            });
        }
    }
    return out;
}
function describeTargets(from) {
    const to = _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_1__/* .STORAGE_CLASSES */ .Zq[from].transitionsTo;
    return to.length ? `from ${from} objects can only move to ${to.join(', ')}` : `${from} is the last class objects can move to`;
}


/***/ }),

/***/ 2762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ filterOf)
/* harmony export */ });
function filterOf(s) {
    const tags = s.tags.map((t) => ({ Key: t.key, Value: t.value }));
    if (tags.length === 0)
        return { Prefix: s.prefix };
    if (tags.length === 1 && s.prefix === '')
        return { Tag: tags[0] };
    return { And: s.prefix === '' ? { Tags: tags } : { Prefix: s.prefix, Tags: tags } };
}


/***/ }),

/***/ 2575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ currentExpiries),
/* harmony export */   gL: () => (/* binding */ transitionsByDay),
/* harmony export */   kE: () => (/* binding */ mergeTags),
/* harmony export */   lP: () => (/* binding */ policyFromData)
/* harmony export */ });
/* unused harmony export DEFAULT_ABORT_INCOMPLETE_UPLOADS_DAYS */
/* harmony import */ var _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4297);
/* harmony import */ var _load_pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6925);
/* harmony import */ var _model_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3855);



/** Incomplete multipart uploads are aborted after this many days unless a stage says otherwise. */
const DEFAULT_ABORT_INCOMPLETE_UPLOADS_DAYS = 7;
/** Builds the model. `data` must have passed validateRetentionPolicy. */
function policyFromData(data) {
    const d = data;
    const bucket = d.bucket;
    const stages = Object.entries(d.stages).map(([name, raw]) => stageFrom(name, raw));
    const protect = (d.protect ?? []).map((p, index) => ({
        index,
        pointer: (0,_load_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .joinPointer */ .Kn)('/protect', index),
        select: selectionOf(p),
        reason: p.reason,
    }));
    return {
        name: d.metadata.name,
        bucket: {
            name: bucket.name,
            region: bucket.region,
            transitionDefaultMinimumObjectSize: bucket.transitionDefaultMinimumObjectSize ??
                _model_storage_classes_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE */ .b8,
        },
        stages,
        protect,
    };
}
function stageFrom(name, raw) {
    const pointer = (0,_load_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .joinPointer */ .Kn)('/stages', name);
    const at = (...segments) => (0,_load_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .joinPointer */ .Kn)(pointer, ...segments);
    const transitions = (raw.transitions ?? []).map((t, i) => ({
        afterDays: t.afterDays,
        storageClass: t.storageClass,
        archive: false,
        pointer: at('transitions', i),
    }));
    const a = raw.archive;
    const archive = a
        ? { afterDays: a.afterDays, storageClass: a.storageClass, archive: true, pointer: at('archive') }
        : undefined;
    const nv = raw.noncurrentVersions;
    const fr = raw.failedRuns;
    const im = raw.immutable;
    const stage = {
        name,
        pointer,
        select: selectionOf(raw.select),
        transitions: archive ? [...transitions, archive] : transitions,
        abortIncompleteUploadsAfterDays: raw.abortIncompleteUploadsAfterDays ?? DEFAULT_ABORT_INCOMPLETE_UPLOADS_DAYS,
        removeExpiredDeleteMarkers: false,
        at,
    };
    if (typeof raw.expireAfterDays === 'number')
        stage.expireAfterDays = raw.expireAfterDays;
    if (typeof raw.minRetentionDays === 'number')
        stage.minRetentionDays = raw.minRetentionDays;
    if (nv)
        stage.noncurrent = {
            expireAfterDays: nv.expireAfterDays,
            ...(typeof nv.keepNewest === 'number' ? { keepNewest: nv.keepNewest } : {}),
        };
    if (fr)
        stage.failedRuns = { tags: tagsOf(fr.tags), expireAfterDays: fr.expireAfterDays };
    if (archive)
        stage.archive = archive;
    if (im)
        stage.immutable = { retentionDays: im.retentionDays, mode: im.mode };
    // A stage that deletes versions leaves delete markers behind; clean them up unless told not to.
    const deletes = stage.expireAfterDays !== undefined || stage.noncurrent !== undefined || stage.failedRuns !== undefined;
    stage.removeExpiredDeleteMarkers = typeof raw.removeExpiredDeleteMarkers === 'boolean' ? raw.removeExpiredDeleteMarkers : deletes;
    return stage;
}
function selectionOf(raw) {
    if (!(0,_model_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(raw))
        return { prefix: '', tags: [] };
    return { prefix: typeof raw.prefix === 'string' ? raw.prefix : '', tags: tagsOf(raw.tags) };
}
function tagsOf(raw) {
    if (!(0,_model_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(raw))
        return [];
    return Object.entries(raw)
        .map(([key, value]) => ({ key, value: String(value) }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
/** The current-version transitions of a stage by day (archive included), as S3 orders them. */
function transitionsByDay(stage) {
    return [...stage.transitions].sort((a, b) => a.afterDays - b.afterDays);
}
/** Does the stage delete current versions, and when (its own TTL, or the failed-runs TTL)? */
function currentExpiries(stage) {
    const out = [];
    if (stage.expireAfterDays !== undefined)
        out.push({ days: stage.expireAfterDays, pointer: stage.at('expireAfterDays'), selection: stage.select, what: 'expireAfterDays' });
    if (stage.failedRuns) {
        out.push({
            days: stage.failedRuns.expireAfterDays,
            pointer: stage.at('failedRuns', 'expireAfterDays'),
            selection: { prefix: stage.select.prefix, tags: mergeTags(stage.select.tags, stage.failedRuns.tags) },
            what: 'failedRuns.expireAfterDays',
        });
    }
    return out;
}
/** Union of two tag sets; a key both name keeps the first set's value (conflicts are compile errors). */
function mergeTags(a, b) {
    const byKey = new Map();
    for (const t of [...b, ...a])
        byKey.set(t.key, t);
    return [...byKey.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}


/***/ }),

/***/ 8204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ protectReferences),
/* harmony export */   x: () => (/* binding */ protectReference)
/* harmony export */ });
function protectReferences(policy) {
    return policy.protect.map((entry) => protectReference(entry));
}
function protectReference(entry) {
    return {
        path: entry.select.prefix,
        match: 'prefix',
        tags: entry.select.tags,
        protectedBy: `protect[${entry.index}]${entry.reason ? ` (${entry.reason})` : ''}`,
        written: `protect[${entry.index}]`,
        pointer: entry.pointer,
    };
}


/***/ }),

/***/ 561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ housekeepingRuleId),
/* harmony export */   Gd: () => (/* binding */ stageRuleId),
/* harmony export */   qS: () => (/* binding */ currentPurpose)
/* harmony export */ });
function stageRuleId(policy, stage, purpose) {
    return `${policy}.${stage}.${purpose}`;
}
/** Housekeeping rules are keyed by prefix; stages sharing a prefix share one rule. */
function housekeepingRuleId(policy, prefix, stages, purpose) {
    if (prefix === '')
        return `${policy}.${purpose}`;
    return `${policy}.${stages.join('+')}.${purpose}`;
}
/** The rule holding a stage's current-version actions is named after what it finally does. */
function currentPurpose(stage) {
    if (stage.expireAfterDays !== undefined)
        return 'expire';
    if (stage.archive)
        return 'archive';
    if (stage.transitions.length)
        return 'transition';
    return undefined;
}


/***/ }),

/***/ 5881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kn: () => (/* binding */ LIFECYCLE_MATCHES_POLICY),
  ZA: () => (/* binding */ POLICY_COMPILE),
  b2: () => (/* binding */ POLICY_RULES),
  $q: () => (/* binding */ POLICY_RULE_METAS),
  tD: () => (/* binding */ POLICY_SCHEMA)
});

// EXTERNAL MODULE: ./src/policy/feasibility.ts
var feasibility = __webpack_require__(183);
// EXTERNAL MODULE: ./src/lint/evidence/records.ts
var records = __webpack_require__(5325);
// EXTERNAL MODULE: ./src/model/storage-classes.ts
var storage_classes = __webpack_require__(4297);
// EXTERNAL MODULE: ./src/lint/messages.ts
var messages = __webpack_require__(8193);
// EXTERNAL MODULE: ./src/policy/model.ts
var model = __webpack_require__(2575);
;// CONCATENATED MODULE: ./src/policy/rules/policy-expiry-before-min-storage.ts



/**
 * Catalogue W1 on the policy: a stage that moves objects to a class with a minimum storage duration
 * and then expires them before that duration is over pays for the rest anyway (S3 bills the
 * remaining days as an early-deletion charge). Applies to the stage's TTL and its failed-runs TTL.
 */
const policyExpiryBeforeMinStorage = {
    meta: {
        id: 'policy-expiry-before-min-storage',
        description: 'A stage does not expire objects before the minimum storage duration of the class its own transitions moved them to.',
        defaultSeverity: 'warning',
        catalogue: ['W1'],
        messages: {
            early: {
                message: "stage '{{stage}}': objects expire {{stay}} after moving to {{class}}, which bills {{min}}",
                hint: 'Each object pays {{extra}} of {{label}} storage it is not kept (an early-deletion charge). Expire on day {{earliest}} or later ({{what}} {{days}} now), or move objects later.',
            },
        },
    },
    check(ctx) {
        for (const stage of ctx.policy.stages) {
            const byDay = (0,model/* transitionsByDay */.gL)(stage);
            for (const e of (0,model/* currentExpiries */.Bg)(stage)) {
                const last = byDay.filter((t) => t.afterDays < e.days).pop();
                if (!last)
                    continue;
                const cls = storage_classes/* STORAGE_CLASSES */.Zq[last.storageClass];
                const stay = e.days - last.afterDays;
                if (stay >= cls.minStorageDays)
                    continue;
                const extra = cls.minStorageDays - stay;
                ctx.report({
                    pointer: e.pointer,
                    messageId: 'early',
                    data: {
                        stage: stage.name,
                        stay: (0,messages/* plural */.L)(stay, 'day'),
                        class: last.storageClass,
                        min: (0,messages/* plural */.L)(cls.minStorageDays, 'day'),
                        extra: (0,messages/* plural */.L)(extra, 'more day'),
                        label: cls.label,
                        earliest: last.afterDays + cls.minStorageDays,
                        what: e.what,
                        days: e.days,
                    },
                });
            }
        }
    },
};

// EXTERNAL MODULE: ./src/policy/selection.ts
var selection = __webpack_require__(2480);
;// CONCATENATED MODULE: ./src/policy/rules/policy-expiry-before-retention.ts



/**
 * A stage that promises to keep its objects (minRetentionDays, or Object Lock through `immutable`)
 * must not have its current versions expired earlier: not by its own TTL, not by its failed-runs
 * TTL, and not by another stage whose selection reaches its objects (S3 applies every matching rule).
 */
const policyExpiryBeforeRetention = {
    meta: {
        id: 'policy-expiry-before-retention',
        description: 'No expiry reaches the current versions of a production or immutable stage before its retention ends.',
        defaultSeverity: 'error',
        catalogue: ['6.4', 'W5'],
        messages: {
            beforeRetention: {
                message: "{{who}} expires current versions after {{days}} ({{what}}), before the {{retention}}-day retention of stage '{{kept}}'",
                hint: '{{consequence}}',
            },
        },
    },
    check(ctx) {
        for (const kept of ctx.policy.stages) {
            const promise = retentionOf(kept);
            if (!promise)
                continue;
            for (const stage of ctx.policy.stages) {
                for (const e of (0,model/* currentExpiries */.Bg)(stage)) {
                    if (e.days >= promise.days || !(0,selection/* overlaps */.$f)(e.selection, kept.select))
                        continue;
                    const who = stage === kept
                        ? `stage '${stage.name}'`
                        : `stage '${stage.name}' also reaches ${(0,selection/* describeSelection */.e9)((0,selection/* intersection */.E$)(e.selection, kept.select))} of stage '${kept.name}' and`;
                    ctx.report({
                        pointer: e.pointer,
                        messageId: 'beforeRetention',
                        data: {
                            who,
                            days: (0,messages/* plural */.L)(e.days, 'day'),
                            what: e.what,
                            retention: promise.days,
                            kept: kept.name,
                            consequence: `The retention comes from ${promise.source}.${promise.consequence}`,
                        },
                    });
                }
            }
        }
    },
};
function retentionOf(stage) {
    const min = stage.minRetentionDays ?? 0;
    const lock = stage.immutable?.retentionDays ?? 0;
    if (min === 0 && lock === 0)
        return undefined;
    if (lock >= min) {
        return {
            days: lock,
            source: `immutable: ${stage.immutable.mode} Object Lock`,
            // catalogue 6.4: lifecycle still places delete markers on locked objects.
            consequence: ' Object Lock keeps the locked versions, but the expiry still places delete markers, so the objects vanish from listings and reads while storage keeps being billed.',
        };
    }
    return { days: min, source: 'minRetentionDays', consequence: ' Raise the expiry or narrow the selection.' };
}

// EXTERNAL MODULE: ./src/model/lifecycle.ts
var lifecycle = __webpack_require__(973);
;// CONCATENATED MODULE: ./src/policy/rules/policy-kept-versions-over-100.ts

/** Catalogue 3d.6 / W11: AWS documents at most 100 retained noncurrent versions; more is unverified. */
const policyKeptVersionsOver100 = {
    meta: {
        id: 'policy-kept-versions-over-100',
        description: `A stage keeps at most ${lifecycle/* MAX_NEWER_NONCURRENT_VERSIONS */.c} noncurrent versions (noncurrentVersions.keepNewest), the most AWS documents.`,
        defaultSeverity: 'warning',
        catalogue: ['3d.6', 'W11'],
        messages: {
            overMax: {
                message: "stage '{{stage}}': keepNewest {{keep}} is over the {{max}} noncurrent versions AWS documents",
                hint: 'Whether AWS rejects more is unverified: test it on a sandbox bucket, or keep {{max}} or fewer.',
            },
        },
    },
    check(ctx) {
        for (const stage of ctx.policy.stages) {
            const keep = stage.noncurrent?.keepNewest;
            if (keep === undefined || keep <= lifecycle/* MAX_NEWER_NONCURRENT_VERSIONS */.c)
                continue;
            ctx.report({
                pointer: stage.at('noncurrentVersions', 'keepNewest'),
                messageId: 'overMax',
                data: { stage: stage.name, keep, max: lifecycle/* MAX_NEWER_NONCURRENT_VERSIONS */.c },
            });
        }
    },
};

// EXTERNAL MODULE: ./src/model-registry/protect.ts
var protect = __webpack_require__(5372);
// EXTERNAL MODULE: ./src/policy/compile.ts
var compile = __webpack_require__(1835);
// EXTERNAL MODULE: ./src/policy/protect-references.ts
var protect_references = __webpack_require__(8204);
;// CONCATENATED MODULE: ./src/policy/rules/policy-protect-reached.ts






/**
 * `protect` cannot be compiled into S3 filters: a lifecycle filter selects by prefix and tags but
 * cannot exclude any. So every protected selection must lie outside every expiring selection; the
 * only way to keep tagged objects out is a selection that asks for another value of the same key.
 * The decision is the registry-protection check's, run on the compiled rules (so protect entries and
 * registry manifests are judged alike); the finding is moved to the stage value behind the rule.
 */
const policyProtectReached = {
    meta: {
        id: 'policy-protect-reached',
        description: 'No stage expires current versions that a protect entry (prefix or tags) covers.',
        defaultSeverity: 'error',
        catalogue: [],
        messages: {
            reached: {
                message: "stage '{{stage}}' expires current versions after {{days}} and reaches {{objects}}, which protect[{{index}}]{{why}} covers",
                hint: "S3 lifecycle filters cannot exclude a prefix or a tag: move the protected objects out of the stage's prefix, or select the stage by a tag value they do not carry.",
            },
        },
    },
    check(ctx) {
        const compilation = (0,compile/* compilePolicy */.C_)(ctx.policy);
        const expiries = ctx.policy.stages.flatMap((stage) => (0,model/* currentExpiries */.Bg)(stage).map((e) => ({ stage, ...e })));
        for (const entry of ctx.policy.protect) {
            const why = entry.reason ? ` (${entry.reason})` : '';
            for (const hit of (0,protect/* checkProtection */.E3)(compilation.request, [(0,protect_references/* protectReference */.x)(entry)])) {
                const e = expiries.find((x) => x.pointer === (0,compile/* policyPointerOf */.zf)(compilation, hit.pointer));
                if (!e)
                    continue;
                ctx.report({
                    pointer: e.pointer,
                    messageId: 'reached',
                    data: {
                        stage: e.stage.name,
                        days: (0,messages/* plural */.L)(e.days, 'day'),
                        what: e.what,
                        objects: (0,selection/* describeSelection */.e9)((0,selection/* intersection */.E$)(e.selection, entry.select)),
                        index: entry.index,
                        why,
                    },
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/policy/rules/policy-stage-overlap.ts




/**
 * A policy says "each object belongs to one stage"; S3 says "every rule whose filter matches
 * applies" and resolves conflicts by its own order (catalogue §7, W9): the shorter expiry wins, the
 * lower-cost class wins, Intelligent-Tiering is favoured except over GLACIER and DEEP_ARCHIVE.
 * This rule names the objects two stages share and what S3 will do with them.
 */
const policyStageOverlap = {
    meta: {
        id: 'policy-stage-overlap',
        description: 'No two stages select the same objects; when they do, the finding says which stage S3 lets win.',
        defaultSeverity: 'warning',
        catalogue: ['4.4', 'W9'],
        messages: {
            overlap: {
                message: "stages '{{a}}' and '{{b}}' both select {{objects}}; S3 applies the rules of both",
                hint: '{{outcome}}Give each stage its own prefix, or tags with different values for one key.',
            },
        },
    },
    check(ctx) {
        const stages = ctx.policy.stages;
        stages.forEach((b, j) => {
            for (const a of stages.slice(0, j)) {
                if (!(0,selection/* overlaps */.$f)(a.select, b.select))
                    continue;
                const parts = [expiryOutcome(a, b), transitionOutcome(a, b), noncurrentOutcome(a, b)].filter((p) => p !== undefined);
                const outcome = parts.length ? ` ${parts.join(' ')}` : '';
                ctx.report({
                    pointer: b.select.prefix || b.select.tags.length ? b.at('select') : b.pointer,
                    reportOnKey: true,
                    messageId: 'overlap',
                    data: {
                        a: a.name,
                        b: b.name,
                        objects: (0,selection/* describeSelection */.e9)((0,selection/* intersection */.E$)(a.select, b.select)),
                        outcome: outcome ? `${outcome.trim()} ` : '',
                    },
                });
            }
        });
    },
};
function expiryOutcome(a, b) {
    const ea = a.expireAfterDays;
    const eb = b.expireAfterDays;
    if (ea === undefined && eb === undefined)
        return undefined;
    if (ea !== undefined && eb !== undefined) {
        const [win, days] = ea <= eb ? [a, ea] : [b, eb];
        return `Expiry: S3 honours the shorter one, stage '${win.name}' (${(0,messages/* plural */.L)(days, 'day')}).`;
    }
    const [exp, keep, days] = ea !== undefined ? [a, b, ea] : [b, a, eb];
    return `Expiry: stage '${exp.name}' deletes them after ${(0,messages/* plural */.L)(days, 'day')} although stage '${keep.name}' never expires them.`;
}
function transitionOutcome(a, b) {
    const ta = (0,model/* transitionsByDay */.gL)(a).pop();
    const tb = (0,model/* transitionsByDay */.gL)(b).pop();
    if (!ta || !tb || ta.storageClass === tb.storageClass)
        return undefined;
    const win = lowerCostClass(ta.storageClass, tb.storageClass);
    const pick = win === undefined
        ? `the lower-priced of ${ta.storageClass} (stage '${a.name}') and ${tb.storageClass} (stage '${b.name}')`
        : `${win} (stage '${win === ta.storageClass ? a.name : b.name}') over ${win === ta.storageClass ? tb.storageClass : ta.storageClass}`;
    return `Transitions: where both apply, S3 moves objects to the lower-cost class, favouring Intelligent-Tiering over all but ${storage_classes/* FAVOURED_OVER_INTELLIGENT_TIERING */.xu.join(' and ')}: ${pick}.`;
}
function noncurrentOutcome(a, b) {
    const na = a.noncurrent;
    const nb = b.noncurrent;
    if (!na || !nb || (na.expireAfterDays === nb.expireAfterDays && na.keepNewest === nb.keepNewest))
        return undefined;
    return `Noncurrent versions: each rule deletes what it selects, so the stricter of the two (fewer versions kept, fewer days) decides.`;
}
/** The class S3 picks when two transitions overlap (catalogue §7); undefined when the table cannot tell. */
function lowerCostClass(x, y) {
    if (x === y)
        return x;
    if (x === 'INTELLIGENT_TIERING')
        return storage_classes/* FAVOURED_OVER_INTELLIGENT_TIERING */.xu.includes(y) ? y : x;
    if (y === 'INTELLIGENT_TIERING')
        return storage_classes/* FAVOURED_OVER_INTELLIGENT_TIERING */.xu.includes(x) ? x : y;
    // Down the waterfall is down in price: a class objects can move to is the cheaper one.
    if ((0,storage_classes/* canTransition */.w)(x, y))
        return y;
    if ((0,storage_classes/* canTransition */.w)(y, x))
        return x;
    return undefined;
}

;// CONCATENATED MODULE: ./src/policy/rules/registry.ts
/**
 * Every policy rule, by id, in sorted order; and the metadata of the other findings a policy can
 * get (schema, compile, agreement with a committed lifecycle file), so that configuration, docs and
 * SARIF know every id.
 */







const POLICY_RULES = {
    'policy-expiry-before-min-storage': policyExpiryBeforeMinStorage,
    'policy-expiry-before-retention': policyExpiryBeforeRetention,
    'policy-kept-versions-over-100': policyKeptVersionsOver100,
    'policy-protect-reached': policyProtectReached,
    'policy-stage-overlap': policyStageOverlap,
};
const POLICY_SCHEMA = {
    id: 'policy-schema',
    description: 'The retention policy follows its schema (schemas/retention-policy.schema.json): known keys, right types, valid names and values.',
    defaultSeverity: 'error',
    catalogue: [],
};
const POLICY_COMPILE = {
    id: 'policy-compile',
    description: 'Every stage of the policy compiles into lifecycle rules that AWS accepts (transition order and gaps, expiry after transitions, tag keys, rule count).',
    defaultSeverity: 'error',
    catalogue: ['1.2', '2.3', '3b.4', '3b.5', '3b.6', '3b.9'],
    evidence: (0,records/* evidenceFor */.hF)('1.2', '2.3', '3b.4', '3b.5', '3b.6', '3b.9'),
    messages: feasibility/* COMPILE_MESSAGES */.D,
};
const LIFECYCLE_MATCHES_POLICY = {
    id: 'lifecycle-matches-policy',
    description: 'A committed lifecycle file that .lifeguard.yml pairs with a policy holds the same rules as the policy compiles to.',
    defaultSeverity: 'error',
    catalogue: [],
};
/** Metadata of everything the policy side can report, for allRuleMetas(). */
const POLICY_RULE_METAS = [
    LIFECYCLE_MATCHES_POLICY,
    POLICY_COMPILE,
    POLICY_SCHEMA,
    ...Object.values(POLICY_RULES).map((r) => r.meta),
];


/***/ }),

/***/ 2480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ overlaps),
/* harmony export */   E$: () => (/* binding */ intersection),
/* harmony export */   e9: () => (/* binding */ describeSelection),
/* harmony export */   hz: () => (/* binding */ conflictingTag)
/* harmony export */ });
function overlaps(a, b) {
    if (!(a.prefix.startsWith(b.prefix) || b.prefix.startsWith(a.prefix)))
        return false;
    return !conflictingTag(a.tags, b.tags);
}
/** The objects both selections match (meaningful only when they overlap). */
function intersection(a, b) {
    const prefix = a.prefix.length >= b.prefix.length ? a.prefix : b.prefix;
    const byKey = new Map();
    for (const t of [...a.tags, ...b.tags])
        byKey.set(t.key, t);
    return { prefix, tags: [...byKey.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)) };
}
/** A key with different values in the two sets. */
function conflictingTag(a, b) {
    for (const t of a) {
        const other = b.find((u) => u.key === t.key);
        if (other && other.value !== t.value)
            return { key: t.key, a: t.value, b: other.value };
    }
    return undefined;
}
/** "objects under ml/dev/ tagged status=failed", "every object". */
function describeSelection(s) {
    const tags = s.tags.map((t) => `${t.key}=${t.value}`).join(', ');
    if (!s.prefix && !tags)
        return 'every object in the bucket';
    if (!tags)
        return `objects under ${s.prefix}`;
    return s.prefix ? `objects under ${s.prefix} tagged ${tags}` : `objects tagged ${tags}`;
}


/***/ }),

/***/ 3135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ writeManifest),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   ji: () => (/* binding */ manifestPath),
/* harmony export */   vS: () => (/* binding */ manifestName)
/* harmony export */ });
/* unused harmony export renderManifest */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_3__);
/**
 * A quarantine batch's key list, in a file of its own beside the quarantine file: one object per
 * line, `bucket,key` or `bucket,key,versionId`, keys URL-encoded. That is the CSV manifest S3 Batch
 * Operations reads (format S3BatchOperations_CSV_20180820, fields Bucket, Key[, VersionId]), so a
 * batch can also be handed to a Batch Operations job; and one object per line keeps a review diff
 * readable. The quarantine file holds the batch's day, expiry, prefixes, count and bytes, and the
 * manifest's path, relative to its own folder and confined to it.
 */




/** Longest manifest line read: a 1,024-byte key URL-encoded is at most 3,072 bytes, plus bucket and version. */
const MAX_LINE = 8192;
/** Where a batch's manifest goes: `<target>/<tag>.csv` beside the quarantine file. */
function manifestName(target, tag) {
    return `${target}/${tag}.csv`;
}
/** The manifest's absolute path, or undefined when `name` leaves the quarantine file's folder or is not a .csv file. */
function manifestPath(quarantineFile, name) {
    if (!/^[\w.-]+(\/[\w.-]+)*\.csv$/.test(name) || name.split('/').includes('..'))
        return undefined;
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(quarantineFile);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir, ...name.split('/'));
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(dir, path);
    return rel && !rel.startsWith('..') && !rel.startsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? path : undefined;
}
function renderManifest(bucket, objects) {
    // Batch Operations wants version IDs on every line or on none; an unversioned object on a versioned bucket is "null".
    const versioned = objects.some((o) => o.versionId !== undefined);
    let out = '';
    for (const o of objects)
        out += `${bucket},${encodeURIComponent(o.key)}${versioned ? `,${o.versionId ?? 'null'}` : ''}\n`;
    return out;
}
/** Writes the manifest through a temporary file, so a crash never leaves half a list. */
async function writeManifest(path, bucket, objects) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${Date.now()}-${process.pid}.tmp`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, renderManifest(bucket, objects));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
}
/** Reads a manifest line by line (it may hold millions of keys); objects carry their line. */
async function readManifest(path, bucket) {
    const objects = [];
    const problems = [];
    const lines = (0,node_readline__WEBPACK_IMPORTED_MODULE_3__.createInterface)({ input: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { encoding: 'utf8' }), crlfDelay: Infinity });
    let n = 0;
    for await (const text of lines) {
        n++;
        if (text === '')
            continue;
        if (text.length > MAX_LINE) {
            problems.push({ line: n, message: `line ${n} is longer than ${MAX_LINE} characters; a manifest line is bucket,key[,versionId]` });
            continue;
        }
        const fields = text.split(',');
        if (fields.length < 2 || fields.length > 3) {
            problems.push({
                line: n,
                message: `line ${n} has ${fields.length} field${fields.length === 1 ? '' : 's'}; a manifest line is bucket,key[,versionId] with the key URL-encoded`,
            });
            continue;
        }
        if (fields[0] !== bucket)
            problems.push({ line: n, message: `line ${n} names bucket ${fields[0]}, not the target's bucket ${bucket}` });
        let key;
        try {
            key = decodeURIComponent(fields[1]);
        }
        catch {
            problems.push({ line: n, message: `line ${n}: the key is not URL-encoded correctly` });
            continue;
        }
        if (!key) {
            problems.push({ line: n, message: `line ${n} has an empty key` });
            continue;
        }
        const version = fields[2];
        objects.push({ key, size: 0, line: n, ...(version && version !== 'null' ? { versionId: version } : {}) });
    }
    return { objects, problems };
}


/***/ }),

/***/ 1994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rA: () => (/* binding */ DEFAULT_QUARANTINE_DAYS),
  QQ: () => (/* binding */ QUARANTINE_TAG),
  Jo: () => (/* binding */ loadQuarantine),
  d0: () => (/* binding */ objectLocation),
  Q2: () => (/* binding */ quarantinePath),
  JK: () => (/* binding */ renderQuarantine)
});

// UNUSED EXPORTS: quarantineProblems

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/config/config.ts + 2 modules
var config_config = __webpack_require__(2332);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./src/generated/quarantine-validator.js
// Generated by scripts/gen-validators.mjs from schemas/quarantine.schema.json. Do not edit.
// @ts-nocheck

"use strict";
const validateQuarantine = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://lifeguard.dev/schemas/quarantine.schema.json","title":"lifeguard quarantine batches (written by lifeguard orphans --quarantine, reviewed and committed)","type":"object","properties":{"apiVersion":{"const":"lifeguard/v1"},"kind":{"const":"QuarantineBatches"},"target":{"type":"string","description":"The .lifeguard.yml target the batches belong to."},"bucket":{"type":"string","description":"The target's bucket."},"batches":{"type":"array","description":"One batch per tagging day; each compiles to lifecycle rules that expire the batch's tag on expireOn.","items":{"$ref":"#/$defs/Batch"}}},"required":["apiVersion","kind","target","bucket","batches"],"additionalProperties":false,"$defs":{"Day":{"type":"string","pattern":"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},"Batch":{"type":"object","properties":{"tag":{"$ref":"#/$defs/Day","description":"The value of the lifeguard-quarantine tag the batch's objects carry: the day they were tagged (UTC)."},"expireOn":{"$ref":"#/$defs/Day","description":"The day (00:00 UTC) the batch's rule expires them. Move it to give reviewers more or less time."},"minAgeDays":{"type":"integer","minimum":0},"prefixes":{"type":"array","items":{"type":"string"},"minItems":1,"uniqueItems":true,"description":"Artifact prefixes the batch was taken from; one rule per prefix."},"objects":{"type":"array","items":{"$ref":"#/$defs/Object"},"description":"The objects tagged, still quarantined, inline (records written before manifests)."},"manifest":{"type":"string","minLength":1,"description":"The batch's key list: a CSV file (bucket,key[,versionId], keys URL-encoded: an S3 Batch Operations manifest), relative to the quarantine file's folder and inside it."},"count":{"type":"integer","minimum":0,"description":"Objects the manifest lists."},"bytes":{"type":"integer","minimum":0,"description":"Their bytes when they were tagged."},"released":{"type":"array","items":{"$ref":"#/$defs/Released"},"description":"Objects untagged again because the registry references them."}},"required":["tag","expireOn","prefixes"],"additionalProperties":false},"Object":{"type":"object","properties":{"key":{"type":"string","minLength":1},"size":{"type":"integer","minimum":0},"lastModified":{"type":"string"},"storageClass":{"type":"string"}},"required":["key","size"],"additionalProperties":false},"Released":{"type":"object","properties":{"key":{"type":"string","minLength":1},"on":{"$ref":"#/$defs/Day"}},"required":["key","on"],"additionalProperties":false}}};
const schema32 = {"type":"object","properties":{"tag":{"$ref":"#/$defs/Day","description":"The value of the lifeguard-quarantine tag the batch's objects carry: the day they were tagged (UTC)."},"expireOn":{"$ref":"#/$defs/Day","description":"The day (00:00 UTC) the batch's rule expires them. Move it to give reviewers more or less time."},"minAgeDays":{"type":"integer","minimum":0},"prefixes":{"type":"array","items":{"type":"string"},"minItems":1,"uniqueItems":true,"description":"Artifact prefixes the batch was taken from; one rule per prefix."},"objects":{"type":"array","items":{"$ref":"#/$defs/Object"},"description":"The objects tagged, still quarantined, inline (records written before manifests)."},"manifest":{"type":"string","minLength":1,"description":"The batch's key list: a CSV file (bucket,key[,versionId], keys URL-encoded: an S3 Batch Operations manifest), relative to the quarantine file's folder and inside it."},"count":{"type":"integer","minimum":0,"description":"Objects the manifest lists."},"bytes":{"type":"integer","minimum":0,"description":"Their bytes when they were tagged."},"released":{"type":"array","items":{"$ref":"#/$defs/Released"},"description":"Objects untagged again because the registry references them."}},"required":["tag","expireOn","prefixes"],"additionalProperties":false};
const schema33 = {"type":"string","pattern":"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"};
const schema35 = {"type":"object","properties":{"key":{"type":"string","minLength":1},"size":{"type":"integer","minimum":0},"lastModified":{"type":"string"},"storageClass":{"type":"string"}},"required":["key","size"],"additionalProperties":false};
const func1 = Object.prototype.hasOwnProperty;
const func2 = ucs2length["default"] ?? ucs2length;
const pattern4 = new RegExp("^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", "u");
const schema36 = {"type":"object","properties":{"key":{"type":"string","minLength":1},"on":{"$ref":"#/$defs/Day"}},"required":["key","on"],"additionalProperties":false};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.key === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.on === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "on"},message:"must have required property '"+"on"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "key") || (key0 === "on"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.key !== undefined){
let data0 = data.key;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.on !== undefined){
let data1 = data.on;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err5 = {instancePath:instancePath+"/on",schemaPath:"#/$defs/Day/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/on",schemaPath:"#/$defs/Day/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tag === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tag"},message:"must have required property '"+"tag"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.expireOn === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expireOn"},message:"must have required property '"+"expireOn"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.prefixes === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prefixes"},message:"must have required property '"+"prefixes"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema32.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.tag !== undefined){
let data0 = data.tag;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/tag",schemaPath:"#/$defs/Day/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/tag",schemaPath:"#/$defs/Day/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.expireOn !== undefined){
let data1 = data.expireOn;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err6 = {instancePath:instancePath+"/expireOn",schemaPath:"#/$defs/Day/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/expireOn",schemaPath:"#/$defs/Day/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.minAgeDays !== undefined){
let data2 = data.minAgeDays;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/minAgeDays",schemaPath:"#/properties/minAgeDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/minAgeDays",schemaPath:"#/properties/minAgeDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.prefixes !== undefined){
let data3 = data.prefixes;
if(Array.isArray(data3)){
if(data3.length < 1){
const err10 = {instancePath:instancePath+"/prefixes",schemaPath:"#/properties/prefixes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(typeof data3[i0] !== "string"){
const err11 = {instancePath:instancePath+"/prefixes/" + i0,schemaPath:"#/properties/prefixes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
let i1 = data3.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data3[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err12 = {instancePath:instancePath+"/prefixes",schemaPath:"#/properties/prefixes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err13 = {instancePath:instancePath+"/prefixes",schemaPath:"#/properties/prefixes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.objects !== undefined){
let data5 = data.objects;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i2=0; i2<len1; i2++){
let data6 = data5[i2];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.key === undefined){
const err14 = {instancePath:instancePath+"/objects/" + i2,schemaPath:"#/$defs/Object/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data6.size === undefined){
const err15 = {instancePath:instancePath+"/objects/" + i2,schemaPath:"#/$defs/Object/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data6){
if(!((((key1 === "key") || (key1 === "size")) || (key1 === "lastModified")) || (key1 === "storageClass"))){
const err16 = {instancePath:instancePath+"/objects/" + i2,schemaPath:"#/$defs/Object/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data6.key !== undefined){
let data7 = data6.key;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err17 = {instancePath:instancePath+"/objects/" + i2+"/key",schemaPath:"#/$defs/Object/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/objects/" + i2+"/key",schemaPath:"#/$defs/Object/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data6.size !== undefined){
let data8 = data6.size;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err19 = {instancePath:instancePath+"/objects/" + i2+"/size",schemaPath:"#/$defs/Object/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err20 = {instancePath:instancePath+"/objects/" + i2+"/size",schemaPath:"#/$defs/Object/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data6.lastModified !== undefined){
if(typeof data6.lastModified !== "string"){
const err21 = {instancePath:instancePath+"/objects/" + i2+"/lastModified",schemaPath:"#/$defs/Object/properties/lastModified/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.storageClass !== undefined){
if(typeof data6.storageClass !== "string"){
const err22 = {instancePath:instancePath+"/objects/" + i2+"/storageClass",schemaPath:"#/$defs/Object/properties/storageClass/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/objects/" + i2,schemaPath:"#/$defs/Object/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/objects",schemaPath:"#/properties/objects/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.manifest !== undefined){
let data11 = data.manifest;
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err25 = {instancePath:instancePath+"/manifest",schemaPath:"#/properties/manifest/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/manifest",schemaPath:"#/properties/manifest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.count !== undefined){
let data12 = data.count;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err27 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err28 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data.bytes !== undefined){
let data13 = data.bytes;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err29 = {instancePath:instancePath+"/bytes",schemaPath:"#/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err30 = {instancePath:instancePath+"/bytes",schemaPath:"#/properties/bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data.released !== undefined){
let data14 = data.released;
if(Array.isArray(data14)){
const len2 = data14.length;
for(let i3=0; i3<len2; i3++){
if(!(validate22(data14[i3], {instancePath:instancePath+"/released/" + i3,parentData:data14,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err31 = {instancePath:instancePath+"/released",schemaPath:"#/properties/released/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://lifeguard.dev/schemas/quarantine.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.target === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.bucket === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bucket"},message:"must have required property '"+"bucket"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.batches === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "batches"},message:"must have required property '"+"batches"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "target")) || (key0 === "bucket")) || (key0 === "batches"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.apiVersion !== undefined){
if("lifeguard/v1" !== data.apiVersion){
const err6 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "lifeguard/v1"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
if("QuarantineBatches" !== data.kind){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "QuarantineBatches"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.target !== undefined){
if(typeof data.target !== "string"){
const err8 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.bucket !== undefined){
if(typeof data.bucket !== "string"){
const err9 = {instancePath:instancePath+"/bucket",schemaPath:"#/properties/bucket/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.batches !== undefined){
let data4 = data.batches;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data4[i0], {instancePath:instancePath+"/batches/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/batches",schemaPath:"#/properties/batches/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schemaDocument = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://lifeguard.dev/schemas/quarantine.schema.json","title":"lifeguard quarantine batches (written by lifeguard orphans --quarantine, reviewed and committed)","type":"object","properties":{"apiVersion":{"const":"lifeguard/v1"},"kind":{"const":"QuarantineBatches"},"target":{"type":"string","description":"The .lifeguard.yml target the batches belong to."},"bucket":{"type":"string","description":"The target's bucket."},"batches":{"type":"array","description":"One batch per tagging day; each compiles to lifecycle rules that expire the batch's tag on expireOn.","items":{"$ref":"#/$defs/Batch"}}},"required":["apiVersion","kind","target","bucket","batches"],"additionalProperties":false,"$defs":{"Day":{"type":"string","pattern":"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},"Batch":{"type":"object","properties":{"tag":{"$ref":"#/$defs/Day","description":"The value of the lifeguard-quarantine tag the batch's objects carry: the day they were tagged (UTC)."},"expireOn":{"$ref":"#/$defs/Day","description":"The day (00:00 UTC) the batch's rule expires them. Move it to give reviewers more or less time."},"minAgeDays":{"type":"integer","minimum":0},"prefixes":{"type":"array","items":{"type":"string"},"minItems":1,"uniqueItems":true,"description":"Artifact prefixes the batch was taken from; one rule per prefix."},"objects":{"type":"array","items":{"$ref":"#/$defs/Object"},"description":"The objects tagged, still quarantined, inline (records written before manifests)."},"manifest":{"type":"string","minLength":1,"description":"The batch's key list: a CSV file (bucket,key[,versionId], keys URL-encoded: an S3 Batch Operations manifest), relative to the quarantine file's folder and inside it."},"count":{"type":"integer","minimum":0,"description":"Objects the manifest lists."},"bytes":{"type":"integer","minimum":0,"description":"Their bytes when they were tagged."},"released":{"type":"array","items":{"$ref":"#/$defs/Released"},"description":"Objects untagged again because the registry references them."}},"required":["tag","expireOn","prefixes"],"additionalProperties":false},"Object":{"type":"object","properties":{"key":{"type":"string","minLength":1},"size":{"type":"integer","minimum":0},"lastModified":{"type":"string"},"storageClass":{"type":"string"}},"required":["key","size"],"additionalProperties":false},"Released":{"type":"object","properties":{"key":{"type":"string","minLength":1},"on":{"$ref":"#/$defs/Day"}},"required":["key","on"],"additionalProperties":false}}};

// EXTERNAL MODULE: ./src/load/pointer.ts
var pointer = __webpack_require__(6925);
// EXTERNAL MODULE: ./src/load/read.ts
var load_read = __webpack_require__(7338);
// EXTERNAL MODULE: ./src/lint/file-rules.ts
var file_rules = __webpack_require__(73);
// EXTERNAL MODULE: ./src/lint/schema-errors.ts
var schema_errors = __webpack_require__(8640);
// EXTERNAL MODULE: ./src/model-registry/rules.ts
var rules = __webpack_require__(2152);
// EXTERNAL MODULE: ./src/quarantine/manifest.ts
var manifest = __webpack_require__(3135);
;// CONCATENATED MODULE: ./src/quarantine/record.ts
/**
 * The quarantine file: the batches `lifeguard orphans --quarantine` tagged, committed beside
 * .lifeguard.yml and reviewed like any rule change. Each batch becomes lifecycle rules (rules.ts)
 * through the target's proposed configuration, so objects are deleted only by an applied, reviewed
 * lifecycle configuration (ADR 0100). This module reads, checks and writes the file. A batch's keys
 * are listed in a manifest file of their own (manifest.ts, ADR 0143), or, in records written before,
 * inline.
 */









/** The tag every quarantined object carries; its value is the batch's day. */
const QUARANTINE_TAG = 'lifeguard-quarantine';
const DEFAULT_QUARANTINE_DAYS = 7;
function quarantinePath(target, config) {
    return (0,config_config/* workspaceOf */.B3)(config).resolve(target.quarantine?.file ?? `.lifeguard/quarantine/${target.name}.json`, config.dir);
}
async function loadQuarantine(target, config) {
    const path = quarantinePath(target, config);
    const file = (0,config_config/* workspaceOf */.B3)(config).display(path);
    if (!(0,external_node_fs_.existsSync)(path))
        return { path, file, findings: [] };
    const read = await (0,load_read/* readSource */.o)(path, file);
    if (!read.ok) {
        if (read.kind === 'io')
            return { path, file, findings: [], ioError: read.problem.message };
        return { path, file, findings: [(0,file_rules/* fileProblemFinding */.Vd)(read.problem, file)] };
    }
    const findings = quarantineProblems(read.doc.data, target).map((p) => ({
        ruleId: rules/* QUARANTINE_FILE */.ic.id,
        severity: rules/* QUARANTINE_FILE */.ic.defaultSeverity,
        file,
        ...p,
    }));
    if (findings.length)
        return { path, file, doc: read.doc, findings };
    const record = structuredClone(read.doc.data);
    for (const [i, b] of record.batches.entries()) {
        if (b.manifest === undefined)
            continue;
        b.objects = [];
        const at = { ruleId: rules/* QUARANTINE_FILE */.ic.id, severity: rules/* QUARANTINE_FILE */.ic.defaultSeverity };
        const where = (0,manifest/* manifestPath */.ji)(path, b.manifest);
        if (!where) {
            findings.push({
                ...at,
                file,
                pointer: (0,pointer/* joinPointer */.Kn)('/batches', i, 'manifest'),
                message: `the manifest ${b.manifest} must be a .csv file inside the quarantine file's folder.`,
            });
            continue;
        }
        const workspace = (0,config_config/* workspaceOf */.B3)(config);
        b.manifestFile = workspace.display(where);
        // A link that leads out of the repository is not read (the workspace's rule for every path).
        const confined = workspace.confine(where);
        if (!confined.ok) {
            findings.push({
                ...at,
                file,
                pointer: (0,pointer/* joinPointer */.Kn)('/batches', i, 'manifest'),
                message: `the manifest ${b.manifest} ${confined.reason}.`,
            });
            continue;
        }
        if (!(0,external_node_fs_.existsSync)(where)) {
            findings.push({
                ...at,
                file,
                pointer: (0,pointer/* joinPointer */.Kn)('/batches', i, 'manifest'),
                message: `batch ${b.tag}'s manifest ${b.manifestFile} does not exist; commit it with the quarantine file.`,
            });
            continue;
        }
        const read = await (0,manifest/* readManifest */.WI)(where, target.bucket);
        b.objects = read.objects;
        for (const p of read.problems)
            findings.push({ ...at, file: b.manifestFile, pointer: '', position: { line: p.line, column: 1 }, message: `${p.message}.` });
        if (b.count !== undefined && b.count !== b.objects.length) {
            findings.push({
                ...at,
                file,
                pointer: (0,pointer/* joinPointer */.Kn)('/batches', i, 'count'),
                message: `batch ${b.tag} says ${b.count} objects, but its manifest lists ${b.objects.length}.`,
            });
        }
    }
    for (const p of objectProblems(record))
        findings.push({
            ruleId: rules/* QUARANTINE_FILE */.ic.id,
            severity: rules/* QUARANTINE_FILE */.ic.defaultSeverity,
            ...objectLocation(record, file, p.batch, p.object),
            message: p.message,
        });
    return { path, file, doc: read.doc, findings, ...(findings.length ? {} : { record }) };
}
/** Where a batch's object is written: its manifest line, or its place in the quarantine file. */
function objectLocation(record, file, batch, object) {
    const b = record.batches[batch];
    const o = b.objects[object];
    if (b.manifestFile && o.line !== undefined)
        return { file: b.manifestFile, pointer: '', position: { line: o.line, column: 1 } };
    return { file, pointer: (0,pointer/* joinPointer */.Kn)('/batches', batch, 'objects', object) };
}
/** What the objects of the batches must be: under their batch's prefixes, each in one batch only. */
function objectProblems(record) {
    const out = [];
    const keys = new Map();
    record.batches.forEach((b, i) => {
        b.objects.forEach((o, j) => {
            if (!b.prefixes.some((p) => o.key.startsWith(p)))
                out.push({
                    batch: i,
                    object: j,
                    message: `${o.key} is not under the batch's prefixes (${b.prefixes.join(', ')}), so no rule of the batch would expire it.`,
                });
            const other = keys.get(o.key);
            if (other !== undefined)
                out.push({
                    batch: i,
                    object: j,
                    message: `${o.key} is also in batch ${other}; an object carries one ${QUARANTINE_TAG} value, so only one batch can hold it.`,
                });
            keys.set(o.key, b.tag);
        });
    });
    return out;
}
/** Schema, then what a schema cannot say: the right target and bucket, one batch per day, a key list (inline keys are checked by objectProblems). */
function quarantineProblems(data, target) {
    if (!validateQuarantine(data)) {
        return (0,schema_errors/* describeSchemaErrors */.c)(validateQuarantine.errors ?? [], data, {
            schema: schemaDocument,
            rootDef: '',
            subject: (p) => (p ? `quarantine ${p.slice(1).replace(/\//g, '.')}` : 'the quarantine file'),
        });
    }
    const record = data;
    const out = [];
    if (record.target !== target.name)
        out.push({ pointer: '/target', message: `the quarantine file is for target "${record.target}", not "${target.name}".` });
    if (record.bucket !== target.bucket)
        out.push({
            pointer: '/bucket',
            message: `the quarantine file is for bucket "${record.bucket}", but target ${target.name} is bucket "${target.bucket}".`,
        });
    const days = new Set();
    record.batches.forEach((b, i) => {
        const at = (...s) => (0,pointer/* joinPointer */.Kn)('/batches', i, ...s);
        if (days.has(b.tag))
            out.push({ pointer: at('tag'), message: `batch ${b.tag} appears twice; one tag value is one batch.` });
        days.add(b.tag);
        if (!isDay(b.tag))
            out.push({ pointer: at('tag'), message: `batch tag ${b.tag} is not a calendar day.` });
        if (!isDay(b.expireOn))
            out.push({ pointer: at('expireOn'), message: `expireOn ${b.expireOn} is not a calendar day.` });
        else if (b.expireOn < b.tag)
            out.push({ pointer: at('expireOn'), message: `batch ${b.tag} would expire on ${b.expireOn}, before its objects were tagged.` });
        if ((b.objects === undefined) === (b.manifest === undefined))
            out.push({
                pointer: at(),
                reportOnKey: true,
                message: `batch ${b.tag} needs its keys: a manifest file, or (in older records) objects, not both.`,
            });
    });
    const inline = { ...record, batches: record.batches.map((b) => ({ ...b, objects: b.manifest === undefined ? (b.objects ?? []) : [] })) };
    for (const p of objectProblems(inline))
        out.push({ pointer: (0,pointer/* joinPointer */.Kn)('/batches', p.batch, 'objects', p.object, 'key'), message: p.message });
    return out;
}
function isDay(s) {
    const t = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
}
/**
 * Deterministic JSON with one object per line, so a review diff shows one line per quarantined or
 * released object.
 */
function renderQuarantine(record) {
    const j = (v) => JSON.stringify(v);
    const lines = [
        '{',
        `  "apiVersion": "lifeguard/v1",`,
        `  "kind": "QuarantineBatches",`,
        `  "target": ${j(record.target)},`,
        `  "bucket": ${j(record.bucket)},`,
    ];
    if (record.batches.length === 0)
        lines.push('  "batches": []');
    else {
        lines.push('  "batches": [');
        record.batches.forEach((b, i) => {
            lines.push('    {', `      "tag": ${j(b.tag)},`, `      "expireOn": ${j(b.expireOn)},`);
            if (b.minAgeDays !== undefined)
                lines.push(`      "minAgeDays": ${b.minAgeDays},`);
            const list = (name, items, last) => {
                const end = last ? '' : ',';
                if (!items.length)
                    return void lines.push(`      "${name}": []${end}`);
                lines.push(`      "${name}": [`);
                items.forEach((o, k) => lines.push(`        ${j(o)}${k < items.length - 1 ? ',' : ''}`));
                lines.push(`      ]${end}`);
            };
            lines.push(`      "prefixes": ${j(b.prefixes)},`);
            if (b.manifest !== undefined) {
                const last = !b.released?.length;
                lines.push(`      "manifest": ${j(b.manifest)},`, `      "count": ${b.count ?? b.objects.length},`, `      "bytes": ${b.bytes ?? b.objects.reduce((n, o) => n + o.size, 0)}${last ? '' : ','}`);
                if (!last)
                    list('released', b.released, true);
                lines.push(`    }${i < record.batches.length - 1 ? ',' : ''}`);
                return;
            }
            list('objects', b.objects.map(compactObject), !b.released?.length);
            if (b.released?.length)
                list('released', b.released, true);
            lines.push(`    }${i < record.batches.length - 1 ? ',' : ''}`);
        });
        lines.push('  ]');
    }
    lines.push('}', '');
    return lines.join('\n');
}
function compactObject(o) {
    return {
        key: o.key,
        size: o.size,
        ...(o.lastModified ? { lastModified: o.lastModified } : {}),
        ...(o.storageClass && o.storageClass !== 'STANDARD' ? { storageClass: o.storageClass } : {}),
    };
}


/***/ }),

/***/ 1955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ld: () => (/* binding */ QUARANTINE_RULE_PREFIX),
/* harmony export */   MD: () => (/* binding */ quarantineRules),
/* harmony export */   iT: () => (/* binding */ withoutQuarantineRules),
/* harmony export */   yw: () => (/* binding */ quarantineProtectionFindings)
/* harmony export */ });
/* unused harmony exports quarantineRuleId, prefixOf, isQuarantineRule */
/* harmony import */ var _load_pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6925);
/* harmony import */ var _policy_filter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2762);
/* harmony import */ var _model_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2665);
/* harmony import */ var _model_registry_protect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5372);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1994);





/** Rule IDs lifeguard owns: quarantine rules are generated, never written by hand. */
const QUARANTINE_RULE_PREFIX = 'lifeguard-quarantine-';
function quarantineRules(record) {
    const out = [];
    record.batches.forEach((b, i) => {
        b.prefixes.forEach((prefix, j) => {
            if (!b.objects.some((o) => prefixOf(b, o.key) === prefix))
                return;
            const id = quarantineRuleId(b, j);
            const rule = {
                ID: id,
                Status: 'Enabled',
                Filter: (0,_policy_filter_js__WEBPACK_IMPORTED_MODULE_1__/* .filterOf */ .K)({ prefix, tags: [{ key: _record_js__WEBPACK_IMPORTED_MODULE_4__/* .QUARANTINE_TAG */ .QQ, value: b.tag }] }),
                Expiration: { Date: `${b.expireOn}T00:00:00.000Z` },
            };
            const at = (...s) => (0,_load_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPointer */ .Kn)('/batches', i, ...s);
            out.push({
                rule,
                batch: i,
                origin: (member) => member.startsWith('/Expiration') ? at('expireOn') : member.startsWith('/Filter') ? at('prefixes', j) : at('tag'),
            });
        });
    });
    return out;
}
function quarantineRuleId(batch, prefixIndex) {
    return `${QUARANTINE_RULE_PREFIX}${batch.tag}${batch.prefixes.length > 1 ? `-${prefixIndex + 1}` : ''}`;
}
/** The batch prefix whose rule expires `key`: the longest one it lies under (rules are per prefix). */
function prefixOf(batch, key) {
    return batch.prefixes.filter((p) => key.startsWith(p)).sort((a, b) => b.length - a.length)[0];
}
/** The rules of a configuration that lifeguard generated for quarantine (left out of drift checks). */
function isQuarantineRule(rule) {
    return typeof rule?.ID === 'string' && rule.ID.startsWith(QUARANTINE_RULE_PREFIX);
}
function withoutQuarantineRules(configuration) {
    if (!configuration || !configuration.Rules.some(isQuarantineRule))
        return configuration;
    return { ...configuration, Rules: configuration.Rules.filter((r) => !isQuarantineRule(r)) };
}
/**
 * The registry-protection check for quarantine rules, exact rather than by prefix: the file lists
 * every object a batch's tag is on, so an object the registry (or a protect entry's prefix)
 * references again is named, at its line. Protect entries that need tags are left to the tagging
 * step, which reads each object's tags before it tags it.
 */
function quarantineProtectionFindings(record, file, refs, targetName) {
    const out = [];
    // An index, not a scan per key: a batch can hold millions of objects.
    const referenced = (0,_model_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .referenceIndex */ .uP)(refs.filter((r) => !r.tags?.length));
    record.batches.forEach((b, i) => {
        b.objects.forEach((o, j) => {
            const ref = referenced(o.key);
            if (!ref)
                return;
            const prefix = prefixOf(b, o.key);
            const id = prefix === undefined ? `${QUARANTINE_RULE_PREFIX}${b.tag}` : quarantineRuleId(b, b.prefixes.indexOf(prefix));
            out.push({
                ruleId: _model_registry_protect_js__WEBPACK_IMPORTED_MODULE_3__/* .REGISTRY_PROTECTION */ .sh.id,
                severity: _model_registry_protect_js__WEBPACK_IMPORTED_MODULE_3__/* .REGISTRY_PROTECTION */ .sh.defaultSeverity,
                ...(0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .objectLocation */ .d0)(record, file, i, j),
                message: `quarantine batch ${b.tag} (rule '${id}') expires ${o.key} on ${b.expireOn}, and it is part of ${(0,_model_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .describeReference */ .P5)(ref)}, which ${(0,_model_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .referencedBy */ .bC)(ref)}. Run lifeguard orphans --target ${targetName} --release to untag it and take it out of the batch.`,
            });
        });
    });
    return out;
}


/***/ }),

/***/ 6716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ detailLines)
/* harmony export */ });
/* harmony import */ var _lint_report_message_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/**
 * The two lines a finding may carry besides its message: AWS's answer (with how sure lifeguard is
 * of it) and the fix. Formatters show them the same way; JSON and SARIF carry the fields as data.
 */

function detailLines(d) {
    const out = [];
    if (d.aws)
        out.push({ label: 'answer', text: (0,_lint_report_message_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAws */ .XT)(d.aws) });
    if (d.hint)
        out.push({ label: 'fix', text: d.hint });
    return out;
}


/***/ }),

/***/ 7611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vX: () => (/* binding */ formatGithub)
/* harmony export */ });
/* unused harmony exports MAX_ANNOTATIONS_PER_SEVERITY, MAX_ANNOTATIONS_PER_JOB, ANNOTATION_LEVEL, planAnnotations, omittedLine, annotationCommand, workflowCommand, escapeData, escapeProperty */
/* harmony import */ var _lint_messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8193);
/* harmony import */ var _details_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6716);
/* harmony import */ var _locations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5126);
/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), which the runner turns into
 * annotations on the files. GitHub shows at most 10 annotations per severity in a step and drops
 * the rest silently, so we choose which ones to show and say in one line how many were left out
 * and where to find them. Pure: the report in, command lines out.
 */



/** GitHub's cap: "10 warning annotations, 10 error annotations, and 10 notice annotations per step". */
const MAX_ANNOTATIONS_PER_SEVERITY = 10;
/** GitHub's cap for a whole job (all steps); a single step of ours never reaches it. */
const MAX_ANNOTATIONS_PER_JOB = 50;
const ANNOTATION_LEVEL = { error: 'error', warning: 'warning', info: 'notice' };
/**
 * Which findings become annotations: in report order (file, line), at most the cap per level less
 * the reserved slots; one notice slot is kept for the "N more" line when anything is left out.
 */
function planAnnotations(diagnostics, reserved = {}) {
    const budget = (level) => Math.max(0, MAX_ANNOTATIONS_PER_SEVERITY - (reserved[level] ?? 0));
    const count = (level) => diagnostics.filter((d) => ANNOTATION_LEVEL[d.severity] === level).length;
    const overflow = ['error', 'warning', 'notice'].some((l) => count(l) > budget(l));
    const limit = {
        error: budget('error'),
        warning: budget('warning'),
        notice: Math.max(0, budget('notice') - (overflow ? 1 : 0)),
    };
    const used = { error: 0, warning: 0, notice: 0 };
    const omitted = { error: 0, warning: 0, notice: 0 };
    const shown = [];
    for (const d of diagnostics) {
        const level = ANNOTATION_LEVEL[d.severity];
        if (used[level] < limit[level]) {
            used[level]++;
            shown.push(d);
        }
        else {
            omitted[level]++;
        }
    }
    return { shown, omitted };
}
function formatGithub(report, options = {}) {
    const plan = planAnnotations(report.diagnostics, options.reserved);
    const lines = plan.shown.map((d) => annotationCommand(d, options));
    const rest = omittedLine(plan, report.diagnostics.length, options.restAt);
    if (rest)
        lines.push(workflowCommand('notice', { title: 'lifeguard' }, rest));
    const { errors, warnings, files } = report.summary;
    lines.push(`lifeguard: ${(0,_lint_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(errors, 'error')}, ${(0,_lint_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(warnings, 'warning')} in ${(0,_lint_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(files, 'file')}.`);
    return lines.join('\n') + '\n';
}
/** The one line that says how many findings are not annotated and where they are. */
function omittedLine(plan, total, restAt = 'the output of `lifeguard check` (any other --format)') {
    const parts = ['error', 'warning', 'notice']
        .filter((l) => plan.omitted[l] > 0)
        .map((l) => (0,_lint_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(plan.omitted[l], l === 'notice' ? 'info' : l, l === 'notice' ? 'infos' : undefined));
    if (!parts.length)
        return undefined;
    const left = plan.omitted.error + plan.omitted.warning + plan.omitted.notice;
    return `${left} of ${total} findings are not annotated (${parts.join(', ')}): GitHub shows at most ${MAX_ANNOTATIONS_PER_SEVERITY} annotations per severity in a step. All of them are in ${restAt}.`;
}
function annotationCommand(d, base = {}) {
    const sameLine = d.endLine === d.line;
    // GitHub refuses a column range that spans lines ("Cannot be sent when startLine and endLine are different").
    const props = {
        file: (0,_locations_js__WEBPACK_IMPORTED_MODULE_2__/* .annotationPath */ .ZV)(d.file, base),
        line: d.line,
        col: sameLine ? d.column : undefined,
        endLine: d.endLine,
        endColumn: sameLine ? d.endColumn : undefined,
        title: d.ruleId,
    };
    const details = (0,_details_js__WEBPACK_IMPORTED_MODULE_1__/* .detailLines */ .Z)(d)
        .map((x) => `${x.label}: ${x.text}\n`)
        .join('');
    return workflowCommand(ANNOTATION_LEVEL[d.severity], props, `${d.message}\n${details}${d.docsUrl}`);
}
function workflowCommand(name, props, message) {
    const list = Object.entries(props)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    return `::${name}${list ? ' ' + list : ''}::${escapeData(message)}`;
}
/** As @actions/core escapes a command's message. */
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** As @actions/core escapes a property value: the message escapes plus the separators `:` and `,`. */
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}


/***/ }),

/***/ 8549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ FORMATTERS),
  B: () => (/* binding */ FORMAT_NAMES)
});

// EXTERNAL MODULE: ./src/report/github.ts
var github = __webpack_require__(7611);
;// CONCATENATED MODULE: ./src/report/json.ts
/** The machine contract of `lifeguard check --format json` (documented in the README). */
function formatJson(report) {
    return JSON.stringify(report, null, 2) + '\n';
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __webpack_require__(643);
// EXTERNAL MODULE: ./src/report/stylish.ts
var stylish = __webpack_require__(1552);
;// CONCATENATED MODULE: ./src/report/index.ts
/** The output formats by name; the CLI and the action pick from this table. */





const FORMATTERS = {
    github: (report, _sources, options) => (0,github/* formatGithub */.vX)(report, { cwd: options.cwd, root: options.root }),
    json: (report) => formatJson(report),
    markdown: (report) => (0,markdown/* formatMarkdown */.jI)(report),
    sarif: (report, _sources, options) => (0,sarif/* formatSarif */.zK)(report, { cwd: options.cwd, root: options.root }),
    stylish: (report, sources, options) => (0,stylish/* formatStylish */.S)(report, sources, { color: options.color }),
};
const FORMAT_NAMES = Object.keys(FORMATTERS);


/***/ }),

/***/ 9058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   UJ: () => (/* binding */ inertText),
/* harmony export */   _z: () => (/* binding */ inertSentence)
/* harmony export */ });
/* harmony import */ var _text_log_safe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5795);
/**
 * Untrusted text (file names, rule IDs, prefixes, tag values, messages that quote them) placed in
 * GitHub-flavoured Markdown so that it renders as the characters it is and nothing more: no HTML,
 * no emphasis or headings, no links or images, no autolinked URL, e-mail or issue number, no
 * @mention that pings (GitHub links mentions in rendered text, so escaping alone is not enough: a
 * zero-width space breaks them). Code spans take a fence longer than any backtick run inside, and
 * table cells keep `|`. Pure (ADR 0131).
 */

const ZWSP = '\u200b';
/**
 * What Markdown reads as syntax in the middle of a line: code, emphasis, link and image brackets
 * (with `[` and `]` escaped no `(url)` or `!` can form one), tables, strikethrough; `_` only where
 * it could open emphasis.
 */
const SYNTAX = /[\\`*[\]|~]/g;
/** Prose: a sentence, a list item, a notice or a table cell. Control characters shown escaped. */
function inertText(text) {
    const escaped = (0,_text_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .showControls */ .mz)(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(SYNTAX, '\\$&')
        // Intraword underscores (STANDARD_IA) are never emphasis in GFM; the others may be.
        .replace(/(^|[^A-Za-z0-9])_|_(?=$|[^A-Za-z0-9])/g, (m) => m.replace('_', '\\_'))
        // What would start a list item, a numbered item or a heading underline at the start of a line.
        .replace(/^[-+=#]/, '\\$&')
        .replace(/^(\d+)([.)])/, '$1\\$2');
    return breakAutolinks(escaped);
}
/** Inline code for a name: shown verbatim, whatever backticks, pipes or markup it holds. */
function codeSpan(text, inTable = false) {
    let body = (0,_text_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .showControls */ .mz)(text);
    if (inTable)
        body = body.replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    // A space on both sides is stripped by the renderer; it lets the body start or end with a backtick.
    const pad = body === '' || body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/** URLs, www. addresses, e-mail addresses, @mentions and #123 references are linked by GitHub. */
function breakAutolinks(text) {
    return text
        .replace(/:(?=\/\/)/g, `:${ZWSP}`)
        .replace(/\b(www)\./gi, `$1${ZWSP}.`)
        .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWSP}`)
        .replace(/(\\?#)(?=\d)/g, `$1${ZWSP}`)
        .replace(/\b(GH-)(?=\d)/gi, `$1${ZWSP}`);
}
/**
 * A sentence built by a describer that quotes names (`describeExpiry(e, quote)`): the prose is made
 * inert, and each quoted name becomes a code span.
 */
function inertSentence(build, inTable = false) {
    // A private-use character the text does not hold marks where the names go.
    const plain = build((name) => name);
    let code = 0xe000;
    while (plain.includes(String.fromCharCode(code)))
        code++;
    const mark = String.fromCharCode(code);
    const names = [];
    const text = build((name) => `${mark}${names.push(name) - 1}${mark}`);
    return inertText(text).replace(new RegExp(`${mark}(\\d+)${mark}`, 'g'), (_, i) => codeSpan(names[Number(i)] ?? '', inTable));
}


/***/ }),

/***/ 5126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PC: () => (/* binding */ artifactUri),
/* harmony export */   ZV: () => (/* binding */ annotationPath),
/* harmony export */   Zg: () => (/* binding */ rootRelative)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Where a finding's file is, for consumers that resolve paths themselves: GitHub annotations and
 * SARIF want paths relative to the repository root, while diagnostics carry the path as shown to
 * the user (relative to the working directory where possible). Pure path arithmetic, no I/O.
 */

/**
 * The file relative to the root, with forward slashes; undefined when the file lies outside the
 * root (or no folders are known and the path is absolute).
 */
function rootRelative(file, base) {
    if (!base.cwd)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(file) ? undefined : toPosix(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(toPosix(file)));
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(base.cwd, file);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(base.root ?? base.cwd, absolute);
    if (rel === '' || rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel))
        return undefined;
    return toPosix(rel);
}
/** The path for an annotation's `file=` property: root-relative when possible, else as given. */
function annotationPath(file, base) {
    return rootRelative(file, base) ?? toPosix(file);
}
/**
 * A SARIF artifact URI: a relative reference (RFC 3986, percent-encoded per segment) when the file
 * is under the root, which code scanning resolves against the checkout; a file: URI otherwise.
 */
function artifactUri(file, base) {
    const rel = rootRelative(file, base);
    if (rel !== undefined)
        return rel.split('/').map(encodeSegment).join('/');
    const absolute = toPosix(base.cwd ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(base.cwd, file) : file);
    const withRoot = absolute.startsWith('/') ? absolute : `/${absolute}`;
    // A Windows drive letter ("/C:") keeps its colon, as in file:///C:/repo/x.json.
    return `file://${withRoot
        .split('/')
        .map((s, i) => (i === 1 && /^[A-Za-z]:$/.test(s) ? s : encodeSegment(s)))
        .join('/')}`;
}
function encodeSegment(segment) {
    // encodeURIComponent leaves these alone, but they are reserved or unsafe in a URI path.
    return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function toPosix(path) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.sep === '\\' ? path.split('\\').join('/') : path;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xb: () => (/* binding */ SUMMARY_BUDGET_BYTES),
/* harmony export */   jI: () => (/* binding */ formatMarkdown)
/* harmony export */ });
/* unused harmony export cell */
/* harmony import */ var _lint_messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8193);
/* harmony import */ var _inert_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9058);
/**
 * Markdown for people: a summary, then one table per file (severity, line, rule linked to its docs,
 * message). The action writes it as the job summary, where GitHub refuses more than 1 MiB, so a
 * byte budget can cut the list with a visible notice instead of losing the summary. Pure.
 */


/**
 * Budget for a job summary: GitHub refuses a step's summary over 1 MiB, and content just under it
 * is dropped silently (actions/runner#4337), so we stay at half of it (about 2,000 findings).
 */
const SUMMARY_BUDGET_BYTES = 512 * 1024;
const SEVERITY_LABEL = { error: 'error', warning: 'warning', info: 'info' };
/** Room kept for the truncation notice itself. */
const NOTICE_RESERVE_BYTES = 600;
function formatMarkdown(report, options = {}) {
    const { errors, warnings, infos, files } = report.summary;
    const head = [`## ${options.title ?? 'lifeguard check'}`, ''];
    if (report.diagnostics.length === 0) {
        head.push(`No problems in ${(0,_lint_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(files, 'file')}.`, '');
        return head.join('\n');
    }
    const withFindings = new Set(report.diagnostics.map((d) => d.file)).size;
    const counts = [(0,_lint_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(errors, 'error'), (0,_lint_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(warnings, 'warning'), ...(infos ? [(0,_lint_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(infos, 'info', 'infos')] : [])];
    head.push(`**${counts.join(', ')}** in ${(0,_lint_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(withFindings, 'file')} (${(0,_lint_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(files, 'file')} checked).`, '');
    const budget = options.maxBytes ?? Infinity;
    const out = [...head];
    let bytes = byteLength(out.join('\n'));
    let listed = 0;
    let cut = false;
    for (const [file, diags] of groupByFile(report.diagnostics)) {
        const section = [`### ${(0,_inert_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(file)}`, '', '| Severity | Line | Rule | Message |', '| --- | --- | --- | --- |'];
        const sectionBytes = byteLength(section.join('\n')) + 1;
        if (bytes + sectionBytes + NOTICE_RESERVE_BYTES > budget) {
            cut = true;
            break;
        }
        out.push(...section);
        bytes += sectionBytes;
        for (const d of diags) {
            const row = tableRow(d, options);
            const rowBytes = byteLength(row) + 1;
            if (bytes + rowBytes + NOTICE_RESERVE_BYTES > budget) {
                cut = true;
                break;
            }
            out.push(row);
            bytes += rowBytes;
            listed++;
        }
        out.push('');
        bytes += 1;
        if (cut)
            break;
    }
    if (cut) {
        const left = report.diagnostics.length - listed;
        const where = options.restAt ?? 'the output of `lifeguard check`';
        out.push(`> [!WARNING]`, `> **The list stops here: ${(0,_lint_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(left, 'more finding')} did not fit.** A job summary holds at most 1 MiB, so this one is kept under ${Math.floor(budget / 1024)} KiB. Every finding is in ${where}.`, '');
    }
    return out.join('\n');
}
function tableRow(d, options) {
    const position = `${d.line}:${d.column}`;
    const link = options.linkPosition?.(d.file, d.line);
    const where = link ? `[${position}](${link})` : position;
    return `| ${SEVERITY_LABEL[d.severity]} | ${where} | [${d.ruleId}](${d.docsUrl}) | ${cell(d.message)} |`;
}
function groupByFile(diagnostics) {
    const byFile = new Map();
    for (const d of diagnostics) {
        const list = byFile.get(d.file);
        if (list)
            list.push(d);
        else
            byFile.set(d.file, [d]);
    }
    return byFile;
}
/** Text safe inside a table cell: inert, pipes escaped (report/inert-markdown.ts). */
const cell = _inert_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inertText */ .UJ;
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}


/***/ }),

/***/ 8495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ formatPlanText),
/* harmony export */   Ow: () => (/* binding */ changeLines),
/* harmony export */   dC: () => (/* binding */ summaryLine)
/* harmony export */ });
/* harmony import */ var _plan_words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3659);
/* harmony import */ var _text_log_safe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5795);
/* harmony import */ var _model_sync_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1630);



const ANSI = { red: 31, green: 32, yellow: 33, blue: 34, dim: 2, bold: 1 };
const OUR_SGR = /(\u001b\[(?:31|32|33|34|2|1|0)m)/;
function formatPlanText(report, options = {}) {
    const paint = (code, s) => (options.color ? `\u001b[${ANSI[code]}m${s}\u001b[0m` : s);
    const out = [];
    // Plans quote file content (rule IDs, prefixes): controls escaped, only the colours we add kept.
    const safe = (line) => options.color
        ? line
            .split(OUR_SGR)
            .map((part, i) => (i % 2 ? part : (0,_text_log_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .showControls */ .mz)(part)))
            .join('')
        : (0,_text_log_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .showControls */ .mz)(line);
    for (const t of report.targets)
        out.push(...target(t, paint).map(safe), '');
    out.push(paint('bold', summaryLine(report)));
    return out.join('\n') + '\n';
}
function target(t, paint) {
    const out = [paint('bold', `target ${t.target}: bucket ${t.bucket}${t.source ? ` from ${t.source}` : ''}`)];
    if (t.failure)
        out.push(`  ${paint('red', 'could not be planned')}: ${t.failure}`);
    if (t.bucketState)
        out.push(`  bucket: ${(0,_plan_words_js__WEBPACK_IMPORTED_MODULE_0__/* .describeBucket */ .Ug)(t.bucketState)}`);
    if (t.sync)
        out.push(`  ${t.sync.state === 'in-sync' ? paint('green', 'history') : paint('red', 'history')}: ${(0,_model_sync_state_js__WEBPACK_IMPORTED_MODULE_2__/* .describeSync */ .X)(t.sync)}`);
    if (t.diff)
        out.push(...changeLines(t.diff, t.live === null, paint).map((l) => `  ${l}`));
    if (t.expiry) {
        out.push(`  expiry, ${(0,_plan_words_js__WEBPACK_IMPORTED_MODULE_0__/* .listingLine */ .Z2)(t.expiry)}:`);
        for (const e of t.expiry.rules)
            out.push(`    ${(0,_plan_words_js__WEBPACK_IMPORTED_MODULE_0__/* .describeExpiry */ .Ts)(e)}`);
        out.push(`    ${(0,_plan_words_js__WEBPACK_IMPORTED_MODULE_0__/* .describeKept */ .gt)(t.expiry)}`);
        if (t.expiry.undetermined)
            out.push(`    ${t.expiry.undetermined} more depend on tags that were not read`);
    }
    if (t.diagnostics.length) {
        out.push('  findings:');
        for (const d of t.diagnostics)
            out.push(`    ${findingLine(d, paint)}`);
    }
    for (const n of t.notices)
        out.push(`  ${paint('dim', `note: ${n}`)}`);
    return out;
}
function changeLines(diff, noLive, paint = (_c, s) => s) {
    if (diff.equal)
        return [paint('green', 'no change: the bucket already has these rules')];
    const out = [noLive ? 'changes (the bucket has no lifecycle configuration yet):' : 'changes:'];
    for (const c of diff.changes) {
        const mark = c.kind === 'added' ? paint('green', '+') : c.kind === 'removed' ? paint('red', '-') : paint('yellow', '~');
        const sentence = diff.sentences[diff.changes.indexOf(c)];
        out.push(`  ${mark} ${sentence}`);
    }
    for (const s of diff.settings)
        out.push(`  ${paint('yellow', '~')} ${s}`);
    return out;
}
function findingLine(d, paint) {
    const sev = d.severity === 'error' ? paint('red', 'error') : d.severity === 'warning' ? paint('yellow', 'warning') : paint('blue', 'info');
    return `${(0,_text_log_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .showControls */ .mz)(d.file)}:${d.line}:${d.column}  ${sev}  ${(0,_text_log_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .showControls */ .mz)(d.message)}  ${paint('dim', d.ruleId)}`;
}
function summaryLine(report) {
    const s = report.summary;
    const parts = [`${s.targets} target${s.targets === 1 ? '' : 's'}: ${s.changed} to change, ${s.unchanged} unchanged`];
    if (s.failed)
        parts[0] += `, ${s.failed} failed`;
    parts.push(`${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}`);
    return `${parts.join('; ')}.`;
}


/***/ }),

/***/ 3659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ts: () => (/* binding */ describeExpiry),
/* harmony export */   Ug: () => (/* binding */ describeBucket),
/* harmony export */   Z2: () => (/* binding */ listingLine),
/* harmony export */   gt: () => (/* binding */ describeKept)
/* harmony export */ });
/* unused harmony export SAMPLE_KEYS */
/* harmony import */ var _gate_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8766);
/* harmony import */ var _lint_messages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8193);
/** Sentences shared by the plan formatters: the bucket's state and each rule's expiry, in words. */


/** Keys named per rule before "and N more". */
const SAMPLE_KEYS = 5;
function describeBucket(s) {
    const versioning = s.versioning === 'Never' ? 'never versioned' : `versioning ${s.versioning.toLowerCase()}`;
    const r = s.objectLock.defaultRetention;
    const retention = r ? ` (${r.mode ?? 'no mode'}, ${r.days !== undefined ? (0,_lint_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(r.days, 'day') : (0,_lint_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(r.years ?? 0, 'year')})` : '';
    const lock = s.objectLock.enabled ? `Object Lock on${retention}` : 'no Object Lock';
    const live = s.liveRules === null ? 'no lifecycle configuration' : `lifecycle: ${(0,_lint_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(s.liveRules, 'rule')}`;
    return `${versioning}, MFA delete ${s.mfaDelete ? 'on' : 'off'}, ${lock}; ${live}`;
}
const VERB = {
    delete: (n) => `expires ${(0,_lint_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(n, 'object')}`,
    'delete-marker': (n) => `expires ${(0,_lint_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(n, 'object')}`,
    'delete-version': (n) => `deletes ${(0,_lint_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(n, 'noncurrent version')}`,
};
/** What expiring means on a versioned bucket, said once per rule. */
const EFFECT_NOTE = {
    delete: '',
    'delete-marker': ' (versioned bucket: each gets a delete marker and its data stays as a noncurrent version)',
    'delete-version': '',
};
function describeExpiry(e, quote = (s) => s) {
    const n = e.objects.length;
    if (n === 0) {
        return `${e.rule} (${e.action}): nothing listed matches${e.unknown ? `; ${(0,_lint_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(e.unknown, 'object')} unknown (tags not read)` : ''}`;
    }
    const later = n - e.dueNow;
    const lastDue = e.objects[n - 1].dueAt.slice(0, 10);
    const firstLater = e.objects[e.dueNow]?.dueAt.slice(0, 10);
    const when = e.dueNow === n
        ? 'all due now'
        : e.dueNow > 0
            ? `${e.dueNow} due now, ${later} from ${firstLater} to ${lastDue}`
            : later === 1 || firstLater === lastDue
                ? `due ${lastDue}`
                : `due from ${firstLater} to ${lastDue}`;
    const keys = e.objects.slice(0, SAMPLE_KEYS).map((o) => quote(o.key));
    const more = n > SAMPLE_KEYS ? ` and ${n - SAMPLE_KEYS} more` : '';
    const unknown = e.unknown ? `; ${(0,_lint_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(e.unknown, 'more object')} may match (tags not read)` : '';
    return `${e.rule} ${VERB[e.effect](n)} (${(0,_gate_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(e.bytes)}), ${when}: ${keys.join(', ')}${more}${unknown}${EFFECT_NOTE[e.effect]}`;
}
function describeKept(p, quote = (s) => s) {
    const k = p.kept;
    if (k.objects === 0)
        return 'no listed object is kept by every rule';
    const keys = k.keys.slice(0, SAMPLE_KEYS).map(quote);
    const more = k.objects > SAMPLE_KEYS ? ` and ${k.objects - SAMPLE_KEYS} more` : '';
    return `no rule expires ${(0,_lint_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(k.objects, 'object')} (${(0,_gate_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(k.bytes)}): ${keys.join(', ')}${more}`;
}
function listingLine(p) {
    const what = p.versions ? 'versions and delete markers' : 'objects';
    return `from a listing of ${p.listed} ${what}${p.truncated ? ' (stopped early)' : ''}`;
}


/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   zK: () => (/* binding */ formatSarif)
/* harmony export */ });
/* unused harmony exports SARIF_SCHEMA_URI, SARIF_VERSION, MAX_SARIF_RESULTS, buildSarif */
/* harmony import */ var _details_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6716);
/* harmony import */ var _lint_docs_url_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2130);
/* harmony import */ var _config_known_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(639);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(311);
/* harmony import */ var _locations_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5126);
/**
 * SARIF 2.1.0, as github/codeql-action/upload-sarif accepts it: one run, the tool's rules with help
 * and a docs link, results with a stable ruleId, repository-relative artifact URIs and 1-based
 * regions. Pure: the report and rule metadata in, JSON text out.
 */





const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const SARIF_VERSION = '2.1.0';
/** Code scanning ignores results past 25,000 per run; the cut keeps the most severe ones. */
const MAX_SARIF_RESULTS = 25_000;
/** Code scanning truncates fullDescription beyond 1,000 characters. */
const MAX_FULL_DESCRIPTION = 1_000;
const LEVEL = { error: 'error', warning: 'warning', info: 'note' };
const RANK = { error: 0, warning: 1, info: 2 };
function formatSarif(report, options = {}) {
    return JSON.stringify(buildSarif(report, options), null, 2) + '\n';
}
/** Typed against the SARIF 2.1.0 object model (@types/sarif), so a misspelt property fails to compile. */
function buildSarif(report, options = {}) {
    const describe = options.describeRule ?? _config_known_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleMeta */ .t;
    const kept = keepMostSevere(report.diagnostics, MAX_SARIF_RESULTS);
    // Only the rules that have results: the log stays small and does not change when rules are added.
    const ruleIds = [...new Set(kept.map((d) => d.ruleId))].sort();
    const index = new Map(ruleIds.map((id, i) => [id, i]));
    const omitted = report.diagnostics.length - kept.length;
    return {
        $schema: SARIF_SCHEMA_URI,
        version: SARIF_VERSION,
        runs: [
            {
                tool: {
                    driver: {
                        name: 'lifeguard',
                        version: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x,
                        semanticVersion: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x,
                        informationUri: _lint_docs_url_js__WEBPACK_IMPORTED_MODULE_1__/* .REPOSITORY_URL */ .ld,
                        rules: ruleIds.map((id) => reportingDescriptor(id, describe(id), kept)),
                    },
                },
                // Columns count UTF-16 code units, as the YAML parser's offsets into a JS string do.
                columnKind: 'utf16CodeUnits',
                results: kept.map((d) => result(d, index.get(d.ruleId), options)),
                invocations: [
                    {
                        executionSuccessful: true,
                        toolExecutionNotifications: omitted
                            ? [
                                {
                                    level: 'warning',
                                    message: { text: `${omitted} more results were left out: code scanning reads at most ${MAX_SARIF_RESULTS} per run.` },
                                },
                            ]
                            : [],
                    },
                ],
            },
        ],
    };
}
function reportingDescriptor(id, meta, diagnostics) {
    // A rule unknown to the registry (a newer finding in an older log) still gets a valid descriptor.
    const severity = meta?.defaultSeverity ?? diagnostics.find((d) => d.ruleId === id)?.severity ?? 'warning';
    const description = meta?.description ?? `lifeguard rule ${id}.`;
    const url = (0,_lint_docs_url_js__WEBPACK_IMPORTED_MODULE_1__/* .docsUrl */ .fs)(id);
    return {
        id,
        name: pascalCase(id),
        shortDescription: { text: firstSentence(description) },
        fullDescription: { text: description.slice(0, MAX_FULL_DESCRIPTION) },
        help: {
            text: `${description}\n\nDocumentation, with a failing and a passing example: ${url}`,
            markdown: `${description}\n\n[Documentation for \`${id}\`](${url}), with a failing and a passing example.`,
        },
        helpUri: url,
        defaultConfiguration: { level: LEVEL[severity] },
        properties: { tags: ['s3', 'lifecycle'], ...(meta?.catalogue.length ? { catalogue: [...meta.catalogue] } : {}) },
    };
}
function result(d, ruleIndex, base) {
    return {
        ruleId: d.ruleId,
        ruleIndex,
        level: LEVEL[d.severity],
        // Code scanning shows only the text: AWS's answer and the fix follow the message, one line each.
        message: { text: [d.message, ...(0,_details_js__WEBPACK_IMPORTED_MODULE_0__/* .detailLines */ .Z)(d).map((x) => `${x.label}: ${x.text}`)].join('\n') },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: (0,_locations_js__WEBPACK_IMPORTED_MODULE_4__/* .artifactUri */ .PC)(d.file, base) },
                    region: regionOf(d),
                },
                ...(d.pointer ? { logicalLocations: [{ fullyQualifiedName: d.pointer, kind: 'member' }] } : {}),
            },
        ],
        properties: {
            pointer: d.pointer,
            docsUrl: d.docsUrl,
            ...(d.messageId !== undefined ? { messageId: d.messageId } : {}),
            ...(d.data !== undefined ? { data: { ...d.data } } : {}),
            ...(d.aws !== undefined ? { aws: { ...d.aws } } : {}),
            ...(d.hint !== undefined ? { hint: d.hint } : {}),
        },
        ...(d.fixes?.length ? { fixes: d.fixes.map((f) => sarifFix(f, base)) } : {}),
    };
}
/** A fix as SARIF gives it: replacements by line and column, and by character offset too. */
function sarifFix(f, base) {
    return {
        description: { text: f.description },
        artifactChanges: [...new Set(f.edits.map((e) => e.file))].map((file) => ({
            artifactLocation: { uri: (0,_locations_js__WEBPACK_IMPORTED_MODULE_4__/* .artifactUri */ .PC)(file, base) },
            replacements: f.edits
                .filter((e) => e.file === file)
                .map((e) => ({
                deletedRegion: {
                    startLine: e.startLine,
                    startColumn: e.startColumn,
                    endLine: e.endLine,
                    endColumn: e.endColumn,
                    charOffset: e.start,
                    charLength: e.end - e.start,
                },
                insertedContent: { text: e.replacement },
            })),
        })),
        properties: { kind: f.kind },
    };
}
/** SARIF regions are 1-based with an exclusive end column, which is what the resolver gives. */
function regionOf(d) {
    const endLine = Math.max(d.endLine, d.line);
    const endColumn = endLine === d.line ? Math.max(d.endColumn, d.column + 1) : Math.max(1, d.endColumn);
    return { startLine: Math.max(1, d.line), startColumn: Math.max(1, d.column), endLine, endColumn };
}
function keepMostSevere(diagnostics, max) {
    if (diagnostics.length <= max)
        return diagnostics;
    const chosen = new Set([...diagnostics].sort((a, b) => RANK[a.severity] - RANK[b.severity]).slice(0, max));
    return diagnostics.filter((d) => chosen.has(d));
}
function firstSentence(text) {
    const m = /^(.+?[.!?])(\s|$)/.exec(text);
    return m ? m[1] : text;
}
function pascalCase(id) {
    return id.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
}


/***/ }),

/***/ 1552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ formatStylish)
/* harmony export */ });
/* harmony import */ var _details_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6716);
/* harmony import */ var _text_log_safe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5795);
/**
 * The default terminal format: findings grouped by file, each with a short code frame, then a
 * summary line. Colour only when asked (the CLI asks when stdout is a TTY).
 */


const ANSI = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, underline: 4 };
function formatStylish(report, sources, options = {}) {
    const paint = (code, s) => (options.color ? `\u001b[${ANSI[code]}m${s}\u001b[0m` : s);
    const byFile = new Map();
    for (const d of report.diagnostics) {
        // push, not a spread per finding: the spread made a file with N findings cost N² (issue 12).
        const list = byFile.get(d.file);
        if (list)
            list.push(d);
        else
            byFile.set(d.file, [d]);
    }
    const out = [];
    for (const [name, diags] of byFile) {
        // Names and messages carry file content (rule IDs, prefixes): shown on one line, controls escaped.
        const file = (0,_text_log_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .showControls */ .mz)(name);
        out.push(paint('underline', file));
        const lines = sources.get(name)?.split(/\r?\n/);
        for (const d of diags) {
            const sev = d.severity === 'error' ? paint('red', 'error') : d.severity === 'warning' ? paint('yellow', 'warning') : paint('blue', 'info');
            // file:line:column, so each finding is one self-contained line that terminals and editors link.
            out.push(`  ${file}:${d.line}:${d.column}  ${sev}  ${(0,_text_log_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .showControls */ .mz)(d.message)}  ${paint('dim', (0,_text_log_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .showControls */ .mz)(d.ruleId))}`);
            for (const x of (0,_details_js__WEBPACK_IMPORTED_MODULE_0__/* .detailLines */ .Z)(d))
                out.push(`      ${paint('dim', `${x.label}:`)} ${(0,_text_log_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .showControls */ .mz)(x.text)}`);
            if (lines)
                out.push(...codeFrame(lines, d, options.context ?? 1).map((l) => paint('dim', l)));
        }
        out.push('');
    }
    const { errors, warnings } = report.summary;
    const total = errors + warnings + report.summary.infos;
    // A file that could not be read at all (named on standard error) was not checked.
    const unread = report.files.filter((f) => f.kind === 'unreadable' && !byFile.has(f.file)).length;
    const files = report.summary.files - unread;
    const fileWord = `${files} file${files === 1 ? '' : 's'}`;
    const unreadNote = unread ? ` (${unread} more could not be read)` : '';
    if (total === 0) {
        out.push(`${fileWord} checked: no problems${unreadNote}.`);
    }
    else {
        const summary = `${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${report.summary.infos ? `, ${report.summary.infos} info` : ''}) in ${fileWord}${unreadNote}.`;
        out.push(errors > 0 ? paint('bold', paint('red', summary)) : paint('bold', paint('yellow', summary)));
    }
    return out.join('\n') + '\n';
}
/** Characters of a source line shown in a frame; a longer line shows a window around the column. */
const FRAME_WIDTH = 160;
function codeFrame(lines, d, context) {
    const from = Math.max(1, d.line - context);
    const to = Math.min(lines.length, d.line + context);
    const width = String(to).length;
    // One window for every line of the frame, so the caret stays under its column (a minified file is
    // one line of megabytes: neither the line nor the caret's indent may be printed whole).
    const start = d.column - 1 > FRAME_WIDTH - 20 ? d.column - 1 - 40 : 0;
    const frame = [];
    for (let n = from; n <= to; n++) {
        const raw = lines[n - 1] ?? '';
        const cut = raw.slice(start, start + FRAME_WIDTH - 3);
        const text = (0,_text_log_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .showControls */ .mz)(`${start > 0 && raw.length > start ? '...' : ''}${cut}${raw.length > start + FRAME_WIDTH - 3 ? '...' : ''}`.replace(/\t/g, ' '));
        const marker = n === d.line ? '>' : ' ';
        frame.push(`    ${marker} ${String(n).padStart(width)} | ${text}`);
        if (n === d.line) {
            const span = d.endLine === d.line ? Math.max(1, Math.min(d.endColumn - d.column, 80)) : 1;
            const indent = d.column - 1 - start + (start > 0 ? 3 : 0);
            frame.push(`      ${' '.repeat(width)} | ${' '.repeat(Math.max(0, indent))}${'^'.repeat(span)}`);
        }
    }
    return frame;
}


/***/ }),

/***/ 511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aE: () => (/* binding */ ENDPOINT_FALLBACK_REGION),
/* harmony export */   openS3: () => (/* binding */ openS3)
/* harmony export */ });
/* unused harmony exports MAX_ATTEMPTS, CONNECT_TIMEOUT_MS, REQUEST_TIMEOUT_MS, loadS3Sdk */
/* harmony import */ var _net_deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7879);

/** Standard retry mode: exponential backoff with jitter on throttling, 5xx and timeouts. */
const MAX_ATTEMPTS = 5;
/** A TCP connection to S3 is made in well under a second; a blackholed address must not hang the run. */
const CONNECT_TIMEOUT_MS = 5_000;
/** No byte from S3 for this long ends the attempt (retried); S3 answers lifecycle calls in milliseconds. */
const REQUEST_TIMEOUT_MS = 30_000;
/** Region used for an S3-compatible endpoint when nothing else names one (SigV4 needs a region). */
const ENDPOINT_FALLBACK_REGION = 'us-east-1';
let sdk;
function loadS3Sdk() {
    sdk ??= Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    return sdk;
}
async function openS3(location, env = process.env) {
    const s3 = await loadS3Sdk();
    const envRegion = env.AWS_REGION || env.AWS_DEFAULT_REGION;
    const region = location.region ?? envRegion ?? (location.endpoint ? ENDPOINT_FALLBACK_REGION : undefined);
    const client = new s3.S3Client({
        ...(region ? { region } : {}),
        ...(location.endpoint ? { endpoint: location.endpoint, forcePathStyle: location.forcePathStyle ?? true } : {}),
        ...(!location.endpoint && location.forcePathStyle !== undefined ? { forcePathStyle: location.forcePathStyle } : {}),
        // The SDK's default (WHEN_SUPPORTED) sends aws-chunked trailers that Ceph RGW refuses (411);
        // lifecycle calls carry the Content-MD5/checksum they require either way.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        retryMode: 'standard',
        maxAttempts: MAX_ATTEMPTS,
        // A bucket in another region than configured answers 301; follow it instead of failing.
        followRegionRedirects: true,
        requestHandler: { connectionTimeout: CONNECT_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS },
    });
    const endpoint = location.endpoint ?? `https://s3.${region ?? 'us-east-1'}.amazonaws.com`;
    withRunDeadline(client, endpoint);
    return { sdk: s3, client, endpoint };
}
/**
 * Every call of this client carries the run's deadline (its abort signal), and a failure carries
 * the endpoint it was talking to (`$endpoint`), so errors.ts can say which endpoint did not answer.
 */
function withRunDeadline(client, endpoint) {
    const send = client.send.bind(client);
    const wrapped = async (command, options) => {
        const signal = (0,_net_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .runSignal */ .KF)();
        try {
            return await send(command, { ...options, ...(signal ? { abortSignal: signal } : {}) });
        }
        catch (err) {
            if (err && typeof err === 'object' && !('$endpoint' in err))
                Object.defineProperty(err, '$endpoint', { value: endpoint });
            throw err;
        }
    };
    client.send = wrapped;
}


/***/ }),

/***/ 7265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ toSdkRules),
/* harmony export */   a: () => (/* binding */ toJson)
/* harmony export */ });
/* harmony import */ var _model_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3855);

/** SDK output to plain JSON: Dates become ISO strings, undefined members and $metadata go. */
function toJson(value) {
    if (value instanceof Date)
        return value.toISOString();
    if (Array.isArray(value))
        return value.map(toJson);
    if ((0,_model_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            if (v !== undefined && k !== '$metadata')
                out[k] = toJson(v);
        return out;
    }
    return value;
}
/** JSON rules to SDK input: the serializer wants Date objects where the API has timestamps. */
function toSdkRules(rules) {
    return rules.map((r) => datesIn(r, false));
}
const DATE_KEYS = new Set(['Date']);
function datesIn(value, dateKey) {
    if (dateKey && typeof value === 'string') {
        const t = Date.parse(value);
        return Number.isNaN(t) ? value : new Date(t);
    }
    if (Array.isArray(value))
        return value.map((v) => datesIn(v, false));
    if ((0,_model_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)(value))
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, datesIn(v, DATE_KEYS.has(k))]));
    return value;
}


/***/ }),

/***/ 1863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K9: () => (/* binding */ S3OperationError),
/* harmony export */   Uz: () => (/* binding */ isNoAnswer),
/* harmony export */   j8: () => (/* binding */ isS3Error),
/* harmony export */   lv: () => (/* binding */ s3Failure)
/* harmony export */ });
/* unused harmony exports errorName, httpStatus, endpointOf, describeS3Error */
/* harmony import */ var _net_deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7879);
/* harmony import */ var _net_network_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(546);


/** The IAM action each call needs, for "access denied" hints. */
const IAM_ACTION = {
    GetBucketLifecycleConfiguration: 's3:GetLifecycleConfiguration',
    PutBucketLifecycleConfiguration: 's3:PutLifecycleConfiguration',
    DeleteBucketLifecycle: 's3:PutLifecycleConfiguration',
    GetBucketVersioning: 's3:GetBucketVersioning',
    GetObjectLockConfiguration: 's3:GetBucketObjectLockConfiguration',
    ListObjectsV2: 's3:ListBucket',
    ListObjectVersions: 's3:ListBucketVersions',
    GetObjectTagging: 's3:GetObjectTagging',
    GetObjectVersionTagging: 's3:GetObjectVersionTagging',
    PutObjectTagging: 's3:PutObjectTagging',
    DeleteObjectTagging: 's3:DeleteObjectTagging',
    HeadObject: 's3:GetObject',
    GetObject: 's3:GetObject',
};
function errorName(err) {
    const e = err;
    if (typeof e?.code === 'string' && _net_network_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .NETWORK_CODES */ .C.has(e.code))
        return e.code;
    return typeof e?.name === 'string' ? e.name : 'Error';
}
function httpStatus(err) {
    const status = err?.$metadata?.httpStatusCode;
    return typeof status === 'number' ? status : undefined;
}
/** True when `err` is the named S3 error (the SDK sets `name` to the S3 error code). */
function isS3Error(err, ...names) {
    return names.includes(errorName(err));
}
/** The endpoint a failed call talked to (set by the client, s3/client.ts). */
function endpointOf(err) {
    const e = err?.$endpoint;
    return typeof e === 'string' ? e : 'S3';
}
/** An error that says the call never got an answer: a timeout, a dropped connection, the deadline. */
function isNoAnswer(err) {
    // Errors the S3 edge already put in words (S3OperationError) keep the code they had.
    const code = err?.failure?.code ?? errorName(err);
    return (_net_network_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .NETWORK_CODES */ .C.has(code) ||
        code === 'TimeoutError' ||
        code === 'AbortError' ||
        code === 'DeadlineError' ||
        /socket hang up/i.test(err?.message ?? ''));
}
function describeS3Error(err, operation, bucket) {
    const code = errorName(err);
    const status = httpStatus(err);
    const what = `${operation} on bucket ${bucket}`;
    const say = (message) => ({ code, status, message });
    const attempts = err?.$metadata?.attempts;
    const tries = attempts && attempts > 1 ? ` (${attempts} attempts)` : '';
    // The deadline aborts a call with AbortError (the SDK's name) whatever its reason.
    if ((0,_net_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .deadlinePassed */ .Hx)() && (code === 'AbortError' || code === 'DeadlineError' || code === 'TimeoutError')) {
        return say(`${what}: stopped at ${(0,_net_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .deadlineWords */ .mR)()} while waiting for the S3 endpoint ${endpointOf(err)}`);
    }
    switch (code) {
        case 'TimeoutError':
            return say(`${what}: the S3 endpoint ${endpointOf(err)} did not answer in time${tries}`);
        case 'NoSuchBucket':
            return say(`bucket ${bucket} does not exist (or not in this account and region)`);
        case 'AccessDenied':
        case 'AllAccessDisabled':
            return say(`${what}: access denied; the role needs ${IAM_ACTION[operation] ?? 'permission for this call'} on arn:aws:s3:::${bucket}`);
        case 'CredentialsProviderError':
            return say('no AWS credentials found (the default chain tried the environment, SSO, web identity, the shared files and instance metadata)');
        case 'InvalidAccessKeyId':
        case 'SignatureDoesNotMatch':
        case 'ExpiredToken':
        case 'TokenRefreshRequired':
        case 'InvalidToken':
            return say(`${what}: the AWS credentials were refused (${code})`);
        case 'PermanentRedirect':
        case 'AuthorizationHeaderMalformed':
        case 'IllegalLocationConstraintException':
            return say(`${what}: the bucket is in another region than the one configured (${code}); set the target's region`);
        case 'SlowDown':
        case 'ServiceUnavailable':
        case 'InternalError':
        case 'RequestTimeout':
            return say(`${what}: S3 kept failing after retries (${code})`);
        default:
            if (_net_network_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .NETWORK_CODES */ .C.has(code))
                return say(`${what}: cannot reach the S3 endpoint ${endpointOf(err)} (${code})${tries}`);
            if (status === 403)
                return say(`${what}: access denied (${code}); the role needs ${IAM_ACTION[operation] ?? 'permission for this call'}`);
            if (status !== undefined && status >= 500)
                return say(`${what}: S3 answered HTTP ${status} (${code}) after retries`);
            return say(`${what} failed: ${code}${status ? ` (HTTP ${status})` : ''}${informative(err, code)}`);
    }
}
/** AWS messages help when present; RGW's are empty and the SDK then says "UnknownError". */
function informative(err, code) {
    const m = err?.message;
    if (typeof m !== 'string' || m === '' || m === code || m === 'UnknownError')
        return '';
    return `: ${m.replace(/\.$/, '')}`;
}
/** An error that already carries a user-facing sentence (thrown by the S3 edge, caught per target). */
class S3OperationError extends Error {
    failure;
    name = 'S3OperationError';
    constructor(failure) {
        super(failure.message);
        this.failure = failure;
    }
}
function s3Failure(err, operation, bucket) {
    return err instanceof S3OperationError ? err : new S3OperationError(describeS3Error(err, operation, bucket));
}


/***/ }),

/***/ 9134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nj: () => (/* binding */ DEFAULT_LIST_LIMIT),
/* harmony export */   bq: () => (/* binding */ listBucket),
/* harmony export */   dz: () => (/* binding */ readObjectTags),
/* harmony export */   forEachListedPage: () => (/* binding */ forEachListedPage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1863);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8183);


/** Entries a plan lists by default: ten 1,000-key pages. */
const DEFAULT_LIST_LIMIT = 10_000;
const PAGE = 1000;
async function listBucket(s3, ref, options) {
    const objects = [];
    const { truncated } = await forEachListedPage(s3, ref, options, (page) => {
        for (const o of page)
            objects.push(o);
    });
    return { objects, truncated, versions: !!options.versions };
}
/**
 * Walks the listing one page at a time (up to 1,000 entries), for callers that fold objects as they
 * come (the cost projection) rather than keep them. ListObjectVersions pages hold versions, then
 * delete markers.
 */
async function forEachListedPage(s3, ref, options, onPage) {
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    let seen = 0;
    const room = () => Math.max(1, Math.min(PAGE, limit - seen));
    const operation = options.versions ? 'ListObjectVersions' : 'ListObjectsV2';
    let more = false;
    try {
        if (!options.versions) {
            let token;
            do {
                const out = await s3.client.send(new s3.sdk.ListObjectsV2Command({ ...(0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .bucketInput */ .xm)(ref), ContinuationToken: token, Prefix: options.prefix, MaxKeys: room() }));
                const page = [];
                for (const o of out.Contents ?? []) {
                    if (o.Key === undefined)
                        continue;
                    page.push({
                        key: o.Key,
                        size: o.Size ?? 0,
                        lastModified: o.LastModified ?? new Date(0),
                        storageClass: o.StorageClass ?? 'STANDARD',
                        isLatest: true,
                        deleteMarker: false,
                        ...(o.ETag ? { eTag: o.ETag } : {}),
                    });
                }
                seen += page.length;
                onPage(page);
                token = out.IsTruncated ? out.NextContinuationToken : undefined;
                more = token !== undefined;
            } while (more && seen < limit);
        }
        else {
            let keyMarker;
            let versionMarker;
            do {
                const out = await s3.client.send(new s3.sdk.ListObjectVersionsCommand({
                    ...(0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .bucketInput */ .xm)(ref),
                    KeyMarker: keyMarker,
                    VersionIdMarker: versionMarker,
                    Prefix: options.prefix,
                    MaxKeys: room(),
                }));
                const page = [];
                for (const v of out.Versions ?? []) {
                    if (v.Key === undefined)
                        continue;
                    page.push({
                        key: v.Key,
                        size: v.Size ?? 0,
                        lastModified: v.LastModified ?? new Date(0),
                        storageClass: v.StorageClass ?? 'STANDARD',
                        versionId: v.VersionId,
                        isLatest: v.IsLatest ?? false,
                        deleteMarker: false,
                        ...(v.ETag ? { eTag: v.ETag } : {}),
                    });
                }
                for (const m of out.DeleteMarkers ?? []) {
                    if (m.Key === undefined)
                        continue;
                    page.push({
                        key: m.Key,
                        size: 0,
                        lastModified: m.LastModified ?? new Date(0),
                        storageClass: '',
                        versionId: m.VersionId,
                        isLatest: m.IsLatest ?? false,
                        deleteMarker: true,
                    });
                }
                seen += page.length;
                onPage(page);
                more = !!out.IsTruncated;
                keyMarker = out.NextKeyMarker;
                versionMarker = out.NextVersionIdMarker;
            } while (more && seen < limit);
        }
    }
    catch (err) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .s3Failure */ .lv)(err, operation, ref.bucket);
    }
    return { truncated: more };
}
/** An object's tags as a map; the version's tags when a version is named. */
async function readObjectTags(s3, ref, key, versionId) {
    try {
        const out = await s3.client.send(new s3.sdk.GetObjectTaggingCommand({ ...(0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .bucketInput */ .xm)(ref), Key: key, VersionId: versionId }));
        return new Map((out.TagSet ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
    }
    catch (err) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .s3Failure */ .lv)(err, versionId ? 'GetObjectVersionTagging' : 'GetObjectTagging', ref.bucket);
    }
}


/***/ }),

/***/ 8183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DO: () => (/* binding */ readLifecycle),
/* harmony export */   qS: () => (/* binding */ readBucketState),
/* harmony export */   xm: () => (/* binding */ input)
/* harmony export */ });
/* harmony import */ var _convert_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7265);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1863);


async function readBucketState(s3, ref) {
    const [lifecycle, versioning, objectLock] = await Promise.all([readLifecycle(s3, ref), readVersioning(s3, ref), readObjectLock(s3, ref)]);
    return { bucket: ref.bucket, lifecycle, ...versioning, objectLock };
}
async function readLifecycle(s3, ref) {
    try {
        const out = await s3.client.send(new s3.sdk.GetBucketLifecycleConfigurationCommand(input(ref)));
        const json = { Rules: (0,_convert_js__WEBPACK_IMPORTED_MODULE_0__/* .toJson */ .a)(out.Rules ?? []) };
        if (out.TransitionDefaultMinimumObjectSize)
            json.TransitionDefaultMinimumObjectSize = out.TransitionDefaultMinimumObjectSize;
        return json;
    }
    catch (err) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isS3Error */ .j8)(err, 'NoSuchLifecycleConfiguration'))
            return undefined;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .s3Failure */ .lv)(err, 'GetBucketLifecycleConfiguration', ref.bucket);
    }
}
async function readVersioning(s3, ref) {
    try {
        const out = await s3.client.send(new s3.sdk.GetBucketVersioningCommand(input(ref)));
        const versioning = out.Status === 'Enabled' ? 'Enabled' : out.Status === 'Suspended' ? 'Suspended' : 'Never';
        return { versioning, mfaDelete: out.MFADelete === 'Enabled' };
    }
    catch (err) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .s3Failure */ .lv)(err, 'GetBucketVersioning', ref.bucket);
    }
}
async function readObjectLock(s3, ref) {
    try {
        const out = await s3.client.send(new s3.sdk.GetObjectLockConfigurationCommand(input(ref)));
        const c = out.ObjectLockConfiguration;
        const r = c?.Rule?.DefaultRetention;
        const enabled = c?.ObjectLockEnabled === 'Enabled';
        if (!r)
            return { enabled };
        const retention = {};
        if (r.Mode)
            retention.mode = r.Mode;
        if (r.Days !== undefined)
            retention.days = r.Days;
        if (r.Years !== undefined)
            retention.years = r.Years;
        return { enabled, defaultRetention: retention };
    }
    catch (err) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isS3Error */ .j8)(err, 'ObjectLockConfigurationNotFoundError'))
            return { enabled: false };
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .s3Failure */ .lv)(err, 'GetObjectLockConfiguration', ref.bucket);
    }
}
function input(ref) {
    return ref.expectedBucketOwner ? { Bucket: ref.bucket, ExpectedBucketOwner: ref.expectedBucketOwner } : { Bucket: ref.bucket };
}



/***/ }),

/***/ 9093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ transitionDefaultFor),
/* harmony export */   ST: () => (/* binding */ deleteLifecycle),
/* harmony export */   gW: () => (/* binding */ putLifecycle)
/* harmony export */ });
/* unused harmony export DEFAULT_TRANSITION_MINIMUM_OBJECT_SIZE */
/* harmony import */ var _convert_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7265);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1863);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8183);



/** What S3 applies to configurations that do not say (since September 2024; catalogue 5.3). */
const DEFAULT_TRANSITION_MINIMUM_OBJECT_SIZE = 'all_storage_classes_128K';
function transitionDefaultFor(config) {
    const v = config.TransitionDefaultMinimumObjectSize;
    return v === 'varies_by_storage_class' || v === 'all_storage_classes_128K' ? v : DEFAULT_TRANSITION_MINIMUM_OBJECT_SIZE;
}
async function putLifecycle(s3, ref, config) {
    const tdmos = transitionDefaultFor(config);
    try {
        await s3.client.send(new s3.sdk.PutBucketLifecycleConfigurationCommand({
            ...(0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .bucketInput */ .xm)(ref),
            LifecycleConfiguration: { Rules: (0,_convert_js__WEBPACK_IMPORTED_MODULE_0__/* .toSdkRules */ .T)(config.Rules) },
            TransitionDefaultMinimumObjectSize: tdmos,
        }));
    }
    catch (err) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .s3Failure */ .lv)(err, 'PutBucketLifecycleConfiguration', ref.bucket);
    }
    return tdmos;
}
async function deleteLifecycle(s3, ref) {
    try {
        await s3.client.send(new s3.sdk.DeleteBucketLifecycleCommand((0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .bucketInput */ .xm)(ref)));
    }
    catch (err) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .s3Failure */ .lv)(err, 'DeleteBucketLifecycle', ref.bucket);
    }
}


/***/ }),

/***/ 5795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ neutralizeCommands),
/* harmony export */   Qp: () => (/* binding */ fenceCommands),
/* harmony export */   mz: () => (/* binding */ showControls)
/* harmony export */ });
/**
 * Text from files (names, rule IDs, prefixes, tag values, source lines) on its way to a terminal or
 * to the GitHub Actions runner's log. The runner executes a line as a workflow command when, after
 * leading white space, it starts with `::`, or when it holds `##[` anywhere (the legacy syntax);
 * it splits lines at LF and at CR. Pure: the edges choose between a fence and an escape (ADR 0130).
 */
/** C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional overrides. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** A name as one visible line: control characters become escapes (`\n`, `\u001b`). */
function showControls(text) {
    return text.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Zero-width space: splits a command marker without changing what a reader sees. */
const BREAK = '\u200b';
/**
 * Every line that the runner would take for a command, broken so it no longer is one: a leading
 * `::` becomes `:\u200b:` and every `##[` becomes `##\u200b[`. Text that was already safe is
 * returned unchanged.
 */
function neutralizeCommands(text) {
    if (!text.includes('::') && !text.includes('##['))
        return text;
    return text
        .split(/(\r\n|\r|\n)/)
        .map((part) => part.replace(/^(\s*):(?=:)/, `$1:${BREAK}`).replaceAll('##[', `##${BREAK}[`))
        .join('');
}
/**
 * The text between `::stop-commands::TOKEN` and `::TOKEN::`: the runner executes no command in
 * between except the resume line, and TOKEN is fresh and random, so no file can contain it.
 */
function fenceCommands(text, token) {
    if (!/^[A-Za-z0-9_-]{16,}$/.test(token))
        throw new Error('a stop-commands token must be at least 16 random letters or digits');
    const body = text.endsWith('\n') ? text : `${text}\n`;
    return `::stop-commands::${token}\n${body}::${token}::\n`;
}


/***/ }),

/***/ 5758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ listFolderAt),
/* harmony export */   _T: () => (/* binding */ readFileAt)
/* harmony export */ });
/* unused harmony export MAX_FOLDER_ENTRIES */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3116);
/* harmony import */ var _load_limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9010);
/**
 * A file as it is at a given commit, and the files of a folder there, read as data (never checked
 * out, never run): from git when the checkout holds the commit, else from GitHub's contents API at
 * that commit. Used for the base commit's .lifeguard.yml, for the files of a fork's pull request in
 * the privileged half (a Terraform module is a folder: it is listed), for the files of an older head
 * commit an approval was given on, and for the versions of drift history.
 */




const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** GitHub's contents API lists at most 1,000 entries of a folder and drops the rest without a word: git is held to the same. */
const MAX_FOLDER_ENTRIES = 1000;
const COMMIT = /^[0-9a-f]{7,64}$/i;
async function readFileAt(from, commit, path) {
    const refused = refuse(from, commit, path);
    if (refused)
        return refused;
    if (from.root && (await hasCommit(from.root, commit)))
        return viaGit(from.root, commit, path);
    if (!from.client || !from.repo)
        return noWayToRead(commit);
    try {
        const { data } = await from.client.rest.repos.getContent({ ...from.repo, path, ref: commit, mediaType: { format: 'raw' } });
        const text = typeof data === 'string' ? data : undefined;
        if (text === undefined)
            return { kind: 'failed', reason: `${path} at ${commit.slice(0, 12)} is not a file` };
        if (Buffer.byteLength(text) > _load_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_FILE_BYTES */ .gZ)
            return tooLargeFile(path, commit);
        return { kind: 'found', text, via: 'api' };
    }
    catch (err) {
        if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .n)(err) === 404)
            return { kind: 'absent', via: 'api' };
        return { kind: 'failed', reason: `GitHub: ${path} at ${commit.slice(0, 12)} could not be read (${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeGitHubError */ .d)(err)})` };
    }
}
/** What `path` is at `commit` (`''` or `.`: the repository's root), and a folder's files. */
async function listFolderAt(from, commit, path) {
    const dir = path === '.' ? '' : path.replace(/\/$/, '');
    const refused = refuse(from, commit, dir || '.');
    if (refused)
        return refused;
    if (from.root && (await hasCommit(from.root, commit)))
        return listViaGit(from.root, commit, dir);
    if (!from.client || !from.repo)
        return noWayToRead(commit);
    const shown = `${dir || 'the repository root'} at ${commit.slice(0, 12)}`;
    let data;
    try {
        ({ data } = await from.client.rest.repos.getContent({ ...from.repo, path: dir, ref: commit }));
    }
    catch (err) {
        if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .n)(err) === 404)
            return { kind: 'absent', via: 'api' };
        return { kind: 'failed', reason: `GitHub: ${shown} could not be listed (${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeGitHubError */ .d)(err)})` };
    }
    // A folder is an array of entries; a file (or a link to a file in the repository, which GitHub follows) one object.
    if (!Array.isArray(data)) {
        const type = data?.type;
        return type === 'file'
            ? { kind: 'file', via: 'api' }
            : { kind: 'failed', reason: `${shown} is a ${String(type)}, not a file or folder` };
    }
    if (data.length >= MAX_FOLDER_ENTRIES)
        return tooMany(shown);
    // Submodules are listed as type "file" too (GitHub keeps that for compatibility); reading one fails in readFileAt.
    const names = data
        .filter((e) => e?.type === 'file' && typeof e.name === 'string')
        .map((e) => e.name);
    return { kind: 'folder', files: inFolder(dir, names), via: 'api' };
}
function refuse(from, commit, path) {
    if (!COMMIT.test(commit) && !/^[\w./-]+$/.test(commit))
        return { kind: 'failed', reason: `'${commit}' is not a commit id or branch` };
    if (path.startsWith('/') || path.split('/').includes('..'))
        return { kind: 'failed', reason: `${path} is outside the repository` };
    return undefined;
}
/** A file that is there but over MAX_FILE_BYTES: bounded, not a failure of git or the API. */
function tooLargeFile(path, commit) {
    return { kind: 'failed', reason: `${path} at ${commit.slice(0, 12)} is larger than ${_load_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_FILE_BYTES */ .gZ / 1024 / 1024} MiB`, tooLarge: true };
}
function noWayToRead(commit) {
    return {
        kind: 'failed',
        reason: `the checkout does not hold commit ${commit.slice(0, 12)} and there is no github-token to read it through the API`,
    };
}
function tooMany(shown) {
    return {
        kind: 'failed',
        reason: `${shown} has ${MAX_FOLDER_ENTRIES.toLocaleString('en-US')} entries or more, more than lifeguard lists`,
        tooLarge: true,
    };
}
/** Repository-relative paths of names in `dir`; a name that could leave it (never one git or GitHub gives) is dropped. */
function inFolder(dir, names) {
    return names.filter((n) => n !== '' && n !== '.' && n !== '..' && !n.includes('/')).map((n) => (dir ? `${dir}/${n}` : n));
}
async function listViaGit(root, commit, dir) {
    const shown = `${dir || 'the repository root'} at ${commit.slice(0, 12)}`;
    let type;
    try {
        type = (await run('git', ['-C', root, 'cat-file', '-t', `${commit}:${dir}`])).stdout.trim();
    }
    catch {
        return { kind: 'absent', via: 'git' };
    }
    if (type === 'blob')
        return { kind: 'file', via: 'git' };
    if (type !== 'tree')
        return { kind: 'failed', reason: `${shown} is a ${type === 'commit' ? 'submodule' : type}, not a file or folder` };
    let out;
    try {
        // The tree itself (`commit:dir`), not a pathspec: a name is never read as a pattern.
        out = (await run('git', ['-C', root, 'ls-tree', '-z', `${commit}:${dir}`], { maxBuffer: 4 * 1024 * 1024 })).stdout;
    }
    catch (err) {
        const e = err;
        if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
            return tooMany(shown);
        return { kind: 'failed', reason: `git cannot list ${shown} (${(e.stderr || e.message || String(err)).trim().split('\n')[0]})` };
    }
    const entries = out.split('\0').filter(Boolean);
    if (entries.length >= MAX_FOLDER_ENTRIES)
        return tooMany(shown);
    // Regular files only (modes 100644 and 100755): a link (120000) is a blob too, holding the link's text.
    const names = entries.map((e) => e.match(/^100(?:644|755) blob [0-9a-f]+\t(.*)$/s)?.[1]).filter((n) => n !== undefined);
    return { kind: 'folder', files: inFolder(dir, names), via: 'git' };
}
async function hasCommit(root, commit) {
    try {
        await run('git', ['-C', root, 'cat-file', '-e', `${commit}^{commit}`]);
        return true;
    }
    catch {
        return false;
    }
}
async function viaGit(root, commit, path) {
    try {
        await run('git', ['-C', root, 'cat-file', '-e', `${commit}:${path}`]);
    }
    catch {
        return { kind: 'absent', via: 'git' };
    }
    try {
        const size = Number((await run('git', ['-C', root, 'cat-file', '-s', `${commit}:${path}`])).stdout.trim());
        if (!(size <= _load_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_FILE_BYTES */ .gZ))
            return tooLargeFile(path, commit);
        const { stdout } = await run('git', ['-C', root, 'cat-file', 'blob', `${commit}:${path}`], {
            maxBuffer: _load_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_FILE_BYTES */ .gZ + 1024,
            encoding: 'utf8',
        });
        return { kind: 'found', text: stdout, via: 'git' };
    }
    catch (err) {
        const e = err;
        return {
            kind: 'failed',
            reason: `git cannot read ${path} at ${commit.slice(0, 12)} (${(e.stderr || e.message || String(err)).trim().split('\n')[0]})`,
        };
    }
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept in step with package.json by a test. */
const VERSION = '0.1.0';


/***/ }),

/***/ 8568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ repositoryRoot),
/* harmony export */   a: () => (/* binding */ Workspace)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The workspace: the one place that resolves, confines and displays paths. Built by the entry
 * points (the checkout under GitHub Actions, the repository around the working directory for the
 * CLI) and carried by the loaded configuration, so no module works out a path from a bare `cwd`.
 * A path a pull request brings (`.lifeguard.yml`'s sources, manifests, inventories, quarantine
 * files, files found in a folder) is read only when, after following every symbolic link, it lies
 * inside the repository; changed files are matched to sources by their real paths (ADR 0136).
 */


class Workspace {
    cwd;
    /** The repository's root, with its own links followed. */
    root;
    /**
     * @param cwd where relative command-line paths start and what display paths are relative to.
     * @param root the repository (default: the nearest folder above `cwd` holding `.git`, else `cwd`).
     */
    constructor(cwd, root = repositoryRoot(cwd)) {
        this.cwd = cwd;
        this.root = realPath((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, root));
    }
    /** A path made absolute: relative to `from` (the folder of .lifeguard.yml), else to cwd. */
    resolve(path, from = this.cwd) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(from, path);
    }
    /**
     * Where the path really leads (links followed; for a path that does not exist yet, its nearest
     * existing folder), and whether that is inside the repository.
     */
    confine(path) {
        const real = realPath((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(this.cwd, path));
        if (isInside(this.root, real))
            return { ok: true, real };
        return { ok: false, real, reason: `leads to ${real}, outside the repository (${this.root}); lifeguard reads only files inside it` };
    }
    /**
     * As confine, but a folder the user named on the command line counts as inside too: its own files
     * are read wherever it is, while a link in it that leads elsewhere is still refused.
     */
    confineWithin(path, named) {
        const own = this.confine(path);
        if (own.ok || isInside(realPath((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(this.cwd, named)), own.real))
            return { ok: true, real: own.real };
        return own;
    }
    /** The path as shown to the user: relative to cwd where it is below it, forward slashes. */
    display(path) {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(this.cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(this.cwd, path));
        return rel && !leaves(rel) ? rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') : path;
    }
    /** The file's path in the repository (forward slashes) after following links, or undefined outside it. */
    repoPath(path) {
        const real = realPath((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(this.cwd, path));
        return isInside(this.root, real) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(this.root, real).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') : undefined;
    }
    /** The path relative to the root as written (links not followed), forward slashes. */
    logicalRepoPath(path) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(this.root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(this.cwd, path)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    }
}
/** The nearest folder at or above `cwd` holding `.git` (a folder, or a file in a worktree), else `cwd`. */
function repositoryRoot(cwd) {
    for (let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.git')))
            return dir;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) === dir)
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);
    }
}
/** realpath of the path, or of its nearest existing ancestor with the rest appended. */
function realPath(path) {
    const rest = [];
    for (let p = path;; p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p)) {
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p), ...rest.reverse());
        }
        catch {
            if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p) === p)
                return path;
            rest.push(p.slice((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p).length).replace(/^[\\/]/, ''));
        }
    }
}
function isInside(root, path) {
    return !leaves((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path));
}
/** A relative path that climbs out of its base (`..`, `../x`), or an absolute one (another drive). */
function leaves(rel) {
    return rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel);
}


/***/ })

};
