export const id = 929;
export const ids = [929];
export const modules = {

/***/ 2929:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _action_main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);
/* harmony import */ var _net_deadline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7879);



await (0,_action_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();
// A call given up on at its timeout or the deadline may still hold a socket: the step ends now.
if ((0,_net_deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .deadlinePassed */ .Hx)() || (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .abandonedRequests */ .B0)() > 0)
    process.exit();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/model/values.ts
var values = __webpack_require__(3855);
;// CONCATENATED MODULE: ./src/github/pull-request.ts
/**
 * What the action needs from the event payload: the pull request, whether it comes from a fork
 * (read-only token: no comment), its labels, and the base/head commits.
 */

function pullRequestOf(eventName, payload) {
    if (!(0,values/* isObj */.sA)(payload))
        return undefined;
    const pr = (0,values/* isObj */.sA)(payload.pull_request) ? payload.pull_request : undefined;
    if (!pr || !/^pull_request/.test(eventName))
        return undefined;
    const number = typeof pr.number === 'number' ? pr.number : typeof payload.number === 'number' ? payload.number : undefined;
    if (number === undefined)
        return undefined;
    const base = (0,values/* isObj */.sA)(pr.base) ? pr.base : {};
    const head = (0,values/* isObj */.sA)(pr.head) ? pr.head : {};
    const baseRepo = (0,values/* isObj */.sA)(base.repo) ? base.repo.full_name : undefined;
    const headRepo = (0,values/* isObj */.sA)(head.repo) ? head.repo.full_name : undefined;
    // A deleted fork has head.repo null: treat as a fork (the safe side).
    const fromFork = headRepo === undefined || headRepo === null || (typeof baseRepo === 'string' && headRepo !== baseRepo);
    const labels = Array.isArray(pr.labels)
        ? pr.labels.map((l) => ((0,values/* isObj */.sA)(l) && typeof l.name === 'string' ? l.name : '')).filter(Boolean)
        : [];
    return {
        number,
        fromFork,
        labels,
        baseSha: typeof base.sha === 'string' ? base.sha : undefined,
        headSha: typeof head.sha === 'string' ? head.sha : undefined,
        baseRef: typeof base.ref === 'string' ? base.ref : undefined,
        headRef: typeof head.ref === 'string' ? head.ref : undefined,
        headRepo: typeof headRepo === 'string' ? headRepo : undefined,
    };
}

// EXTERNAL MODULE: ./src/workspace/workspace.ts
var workspace_workspace = __webpack_require__(8568);
// EXTERNAL MODULE: ./src/config/config.ts + 2 modules
var config_config = __webpack_require__(2332);
;// CONCATENATED MODULE: ./src/github/push.ts
/**
 * What the action needs from a push event: the commits before and after it, the branch, and the
 * repository's default branch (apply runs only there).
 */

const NO_COMMIT = /^0+$/;
function pushOf(eventName, payload) {
    if (eventName !== 'push' || !(0,values/* isObj */.sA)(payload) || typeof payload.ref !== 'string')
        return undefined;
    const repo = (0,values/* isObj */.sA)(payload.repository) ? payload.repository : {};
    const sha = (v) => (typeof v === 'string' && !NO_COMMIT.test(v) ? v : undefined);
    const before = sha(payload.before);
    const after = sha(payload.after);
    return {
        ref: payload.ref,
        ...(before ? { before } : {}),
        ...(after ? { after } : {}),
        ...(typeof repo.default_branch === 'string' ? { defaultBranch: repo.default_branch } : {}),
        forced: payload.forced === true,
    };
}
function isDefaultBranch(push) {
    return push.defaultBranch !== undefined && push.ref === `refs/heads/${push.defaultBranch}`;
}

// EXTERNAL MODULE: ./src/github/runner-log.ts
var runner_log = __webpack_require__(1514);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(6584);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/load/document.ts + 2 modules
var load_document = __webpack_require__(4651);
// EXTERNAL MODULE: ./src/lint/messages.ts
var messages = __webpack_require__(8193);
// EXTERNAL MODULE: ./src/trust/file-at.ts
var file_at = __webpack_require__(5758);
;// CONCATENATED MODULE: ./src/trust/base-settings.ts
/**
 * The trusted half of a pull request's settings: .lifeguard.yml as it is at the base commit (git
 * when the checkout holds it, else the contents API). A base without the file means the defaults; a
 * base file that cannot be read or is broken is a failure of the run, never a reason to use the
 * head's file instead.
 */





async function readBaseSettings(r) {
    const file = r.configFile ?? config_config/* DEFAULT_CONFIG_FILE */.Cu;
    const abs = (0,external_node_path_.resolve)(r.cwd, file);
    const path = (0,external_node_path_.relative)(r.root, abs).split(external_node_path_.sep).join('/');
    const at = r.commit.slice(0, 7);
    const read = await (0,file_at/* readFileAt */._T)(r.files, r.commit, path);
    if (read.kind === 'failed')
        return { source: `${file} at ${at}`, failure: `the base commit's ${file} could not be read: ${read.reason}` };
    if (read.kind === 'absent')
        return { source: `defaults (no ${file} at the base commit ${at})` };
    const display = `${file}@${at}`;
    const parsed = (0,load_document/* parseText */.r4)(display, read.text);
    if (!parsed.ok)
        return {
            source: display,
            failure: `the base commit's ${file} cannot be read (${parsed.problem.line}:${parsed.problem.column}: ${parsed.problem.message})`,
        };
    const loaded = (0,config_config/* parseConfig */.o4)(parsed.doc, (0,external_node_path_.resolve)(abs, '..'));
    if (!loaded.ok) {
        return {
            source: display,
            failure: `the base commit's ${file} has ${(0,messages/* plural */.L)(loaded.findings.length, 'problem')} (${loaded.findings[0]?.message ?? ''})`,
        };
    }
    return {
        config: loaded.config,
        source: `${file} at the base commit ${at} (${read.via === 'git' ? 'from git' : 'from the contents API'})`,
    };
}

;// CONCATENATED MODULE: ./src/action/apply-ref.ts
/**
 * Where `apply` may run: only from the repository's default branch, whatever the event (push,
 * workflow_dispatch, schedule, issue_comment, workflow_run), unless the default branch's own
 * .lifeguard.yml names other refs under `apply.refs`. The ref is the one the runner reports
 * (GITHUB_REF), and the checkout must be that ref's commit (GITHUB_SHA): a workflow that checks out
 * a pull request's head on a comment is refused, whatever ref the event carries.
 */





const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function applyPlace(inputs, ctx) {
    const payload = (0,values/* isObj */.sA)(ctx.payload) ? ctx.payload : {};
    if (/^pull_request/.test(ctx.eventName)) {
        return {
            ok: false,
            reason: 'command apply does not run on pull requests (it would apply unmerged rules); use command plan there and apply on push to the default branch',
        };
    }
    if (ctx.eventName === 'issue_comment' && (0,values/* isObj */.sA)(payload.issue) && payload.issue.pull_request) {
        return {
            ok: false,
            reason: 'command apply does not run on a comment on a pull request (it would apply unmerged rules); merge the pull request, and apply on push to the default branch',
        };
    }
    const ref = ctx.env.GITHUB_REF || (typeof payload.ref === 'string' ? payload.ref : '');
    if (!ref)
        return {
            ok: false,
            reason: 'the run names no ref (GITHUB_REF), so it is not known whether this is the default branch; nothing was applied',
        };
    const client = inputs.githubToken && ctx.repo ? (0,github_client/* makeClient */.yu)(inputs.githubToken, ctx.apiUrl) : undefined;
    const defaultBranch = await defaultBranchOf(payload, client, ctx);
    if (typeof defaultBranch !== 'string')
        return { ok: false, reason: `${defaultBranch.reason}; nothing was applied` };
    const allowed = [`refs/heads/${defaultBranch}`];
    const extra = await extraRefs(inputs, ctx, client, defaultBranch);
    if (typeof extra === 'string')
        return { ok: false, reason: `${extra}; nothing was applied` };
    allowed.push(...extra.map((r) => (r.startsWith('refs/') ? r : `refs/heads/${r}`)));
    if (!allowed.some((a) => matches(a, ref))) {
        const others = extra.length ? ` or the refs the default branch's .lifeguard.yml names (${extra.join(', ')})` : '';
        return {
            ok: false,
            reason: `command apply runs only from the default branch (${defaultBranch})${others}; this ${ctx.eventName || 'run'} is on ${ref}, so nothing was applied`,
        };
    }
    const head = await checkoutHead(ctx.root);
    const expected = ctx.env.GITHUB_SHA || (typeof payload.after === 'string' ? payload.after : undefined);
    if (!head)
        return { ok: false, reason: `${ctx.root} is not a git checkout; apply needs the checkout of the commit it applies` };
    if (expected && head !== expected) {
        return {
            ok: false,
            reason: `the checkout is at ${head.slice(0, 12)}, not at ${ref}'s commit ${expected.slice(0, 12)} that this run is for; apply only what is on ${ref}`,
        };
    }
    return { ok: true, ref, defaultBranch };
}
async function defaultBranchOf(payload, client, ctx) {
    const repo = (0,values/* isObj */.sA)(payload.repository) ? payload.repository : undefined;
    if (typeof repo?.default_branch === 'string')
        return repo.default_branch;
    if (!client || !ctx.repo)
        return { reason: 'the event does not say which branch is the default one and there is no github-token to ask' };
    try {
        return (await client.rest.repos.get({ ...ctx.repo })).data.default_branch;
    }
    catch (err) {
        return { reason: `GitHub: the default branch could not be read (${(0,github_client/* describeGitHubError */.dZ)(err)})` };
    }
}
/** apply.refs of the default branch's .lifeguard.yml (never of the checkout, which may be another ref). */
async function extraRefs(inputs, ctx, client, defaultBranch) {
    let commit = defaultBranch;
    for (const candidate of [`origin/${defaultBranch}`, defaultBranch]) {
        try {
            await run('git', ['-C', ctx.root, 'rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]);
            commit = candidate;
            break;
        }
        catch {
            // not in the checkout: the API is asked below
        }
    }
    const read = await readBaseSettings({
        files: { root: ctx.root, ...(client ? { client } : {}), ...(ctx.repo ? { repo: ctx.repo } : {}) },
        cwd: ctx.cwd,
        root: ctx.root,
        ...(inputs.config ? { configFile: inputs.config } : {}),
        commit,
    });
    if (read.failure) {
        // Without the default branch's settings only the default branch itself may apply.
        return [];
    }
    return read.config?.apply?.refs ?? [];
}
/** `release/*` matches one level of names; anything else must be equal. */
function matches(pattern, ref) {
    if (!pattern.includes('*'))
        return pattern === ref;
    const re = new RegExp(`^${pattern
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*')}$`);
    return re.test(ref);
}
async function checkoutHead(root) {
    try {
        return (await run('git', ['-C', root, 'rev-parse', 'HEAD'])).stdout.trim();
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/s3/client.ts
var s3_client = __webpack_require__(511);
;// CONCATENATED MODULE: ./src/pipeline/live-access.ts
/**
 * Whether this run can read the live buckets: the AWS SDK's default credential chain is asked once,
 * with a short timeout. Three answers, because they call for different behaviour:
 * - found: plan against the live buckets;
 * - none: nothing was configured (a fork's pull request, a workflow without a role): lint only,
 *   with a visible notice of what was skipped;
 * - broken: credentials were configured (variables, a web-identity token, a profile or a shared
 *   credentials file) but could not be resolved: the run is incomplete and fails, whatever the base
 *   settings allow (never fail open), with one sentence naming the source.
 */




/** The chain tries instance metadata last; on a runner outside AWS that must not hold up the check. */
const CREDENTIALS_TIMEOUT_MS = 5_000;
/** Variables that say someone meant to give this run AWS credentials. */
const CONFIGURED = [
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_WEB_IDENTITY_TOKEN_FILE',
    'AWS_ROLE_ARN',
    'AWS_PROFILE',
    'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
    'AWS_CONTAINER_CREDENTIALS_FULL_URI',
];
async function probeLiveAccess(env, timeoutMs = CREDENTIALS_TIMEOUT_MS) {
    let timer;
    try {
        const { client } = await (0,s3_client.openS3)({ region: env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1' }, env);
        const timeout = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
        });
        const identity = await Promise.race([client.config.credentials(), timeout]);
        const source = identity.$source;
        return { kind: 'found', ...(source ? { source: Object.keys(source).join(', ') } : {}) };
    }
    catch (err) {
        const message = (err?.message ?? String(err)).split('\n')[0];
        const sources = configuredSources(env);
        if (sources.length === 0)
            return { kind: 'none', reason: `no AWS credentials found (${message})` };
        return { kind: 'broken', reason: `AWS credentials are configured by ${sources.join(' and ')} but could not be resolved (${message})` };
    }
    finally {
        if (timer)
            clearTimeout(timer);
    }
}
/**
 * Where this run was given credentials, in words: the variables (a key id without its secret is
 * named as such), the profile, a shared credentials or config file with the profile in it.
 */
function configuredSources(env) {
    const out = [];
    const vars = CONFIGURED.filter((name) => env[name] && name !== 'AWS_PROFILE');
    if (env.AWS_ACCESS_KEY_ID && !env.AWS_SECRET_ACCESS_KEY)
        out.push('the environment variable AWS_ACCESS_KEY_ID without AWS_SECRET_ACCESS_KEY');
    else if (env.AWS_SECRET_ACCESS_KEY && !env.AWS_ACCESS_KEY_ID)
        out.push('the environment variable AWS_SECRET_ACCESS_KEY without AWS_ACCESS_KEY_ID');
    else if (vars.length)
        out.push(`the environment variable${vars.length === 1 ? '' : 's'} ${vars.join(', ')}`);
    const profile = env.AWS_PROFILE || 'default';
    const files = [
        {
            path: env.AWS_SHARED_CREDENTIALS_FILE || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.aws', 'credentials'),
            section: new RegExp(`^\\s*\\[\\s*${live_access_escape(profile)}\\s*\\]`, 'm'),
        },
        {
            path: env.AWS_CONFIG_FILE || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.aws', 'config'),
            section: new RegExp(`^\\s*\\[\\s*(profile\\s+)?${live_access_escape(profile)}\\s*\\]`, 'm'),
        },
    ];
    const holding = files.filter((f) => sectionIn(f.path, f.section)).map((f) => f.path);
    if (env.AWS_PROFILE || holding.length)
        out.push(`the profile ${profile}${env.AWS_PROFILE ? ' (AWS_PROFILE)' : ''}${holding.length ? ` in ${holding.join(' and ')}` : ', which no credentials or config file holds'}`);
    return out;
}
function sectionIn(path, section) {
    try {
        return (0,external_node_fs_.existsSync)(path) && section.test((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return false;
    }
}
function live_access_escape(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/apply/outcome.ts
function statusOf(t) {
    if (t.execution)
        return t.execution.ok ? 'applied' : 'failed';
    if (t.decision.action === 'put' || t.decision.action === 'delete')
        return 'would apply';
    return t.decision.action === 'none' ? 'unchanged' : 'refused';
}

// EXTERNAL MODULE: ./src/apply/apply.ts + 3 modules
var apply = __webpack_require__(5374);
// EXTERNAL MODULE: ./src/history/sync.ts + 1 modules
var sync = __webpack_require__(7608);
// EXTERNAL MODULE: ./src/s3/write.ts
var write = __webpack_require__(9093);
// EXTERNAL MODULE: ./src/model/canonical.ts
var canonical = __webpack_require__(9563);
// EXTERNAL MODULE: ./src/plan/expiry.ts
var expiry = __webpack_require__(5064);
// EXTERNAL MODULE: ./src/model/timing.ts
var timing = __webpack_require__(4483);
;// CONCATENATED MODULE: ./src/pipeline/deletion.ts
/**
 * What a change deletes earlier than the current rules would, from one listing of the bucket: the
 * live and the proposed rules are projected over the same objects (and the same tags), and an entry
 * counts when the proposed rules remove it within the horizon and before the live rules do (later,
 * or never). Two figures: the bytes so removed, and bytes × how many days earlier (up to the
 * horizon's end), so that shortening an expiry from 365 to 180 days is 185 days of every object,
 * not nothing. The definition is in docs/action.md. Pure.
 *
 * Every removal counts, a delete marker included: on a versioned bucket it hides the object from
 * every reader, which is what the person approving the change needs to know. An object whose fate
 * under the live rules depends on tags that were not read counts as kept by them (so the change is
 * charged with it: the gate errs on the side of asking).
 */



/** Prefixes listed under "Where" in the comment. */
const TOP_PREFIXES = 5;
/** A month as the cost model counts it (730 hours), so both projections share one horizon. */
const HORIZON_MONTH_MS = 730 * 3_600_000;
function deletedEarlier(listing, tagsOf, live, proposed, now, versioned, horizonMonths) {
    const project = (config) => (0,expiry/* projectExpiry */.X)((0,canonical/* normalizeConfiguration */.Uo)(config), listing, tagsOf, now, versioned);
    const before = dueTimes(project(live ?? { Rules: [] }));
    const after = project(proposed);
    const start = now.getTime();
    const end = start + horizonMonths * HORIZON_MONTH_MS;
    const deleted = {
        objects: 0,
        bytes: 0,
        byteDays: 0,
        topPrefixes: [],
        horizonMonths,
        basis: 'listing',
        listed: listing.objects.length,
        ...(listing.truncated ? { partial: true } : {}),
    };
    const byPrefix = new Map();
    for (const rule of after.rules) {
        for (const o of rule.objects) {
            // Anything already due goes at the next lifecycle run, under either rules.
            const then = Math.max(Date.parse(o.dueAt), start);
            if (then > end)
                continue;
            const was = before.get(entryKey(o.key, o.versionId));
            const wasAt = was === undefined ? Infinity : Math.max(was, start);
            if (wasAt <= then)
                continue;
            deleted.objects++;
            deleted.bytes += o.size;
            deleted.byteDays += o.size * ((Math.min(wasAt, end) - then) / timing/* DAY_MS */.sO);
            const p = prefixOf(o.key);
            const acc = byPrefix.get(p) ?? { objects: 0, bytes: 0 };
            acc.objects++;
            acc.bytes += o.size;
            byPrefix.set(p, acc);
        }
    }
    deleted.byteDays = Math.round(deleted.byteDays);
    deleted.topPrefixes = [...byPrefix]
        .map(([prefix, v]) => ({ prefix, ...v }))
        .sort((a, b) => b.bytes - a.bytes || b.objects - a.objects || (a.prefix < b.prefix ? -1 : 1))
        .slice(0, TOP_PREFIXES);
    const undetermined = after.undetermined + after.rules.reduce((n, r) => n + r.unknown, 0);
    return { deleted, undetermined, partial: listing.truncated };
}
function dueTimes(p) {
    const out = new Map();
    for (const r of p.rules)
        for (const o of r.objects)
            out.set(entryKey(o.key, o.versionId), Date.parse(o.dueAt));
    return out;
}
function entryKey(key, versionId) {
    return `${versionId ?? ''}\u0000${key}`;
}
/** The first two levels of a key ("runs/2026/"), enough to say where the data is. */
function prefixOf(key) {
    const parts = key.split('/');
    if (parts.length === 1)
        return '(top level)';
    return parts.slice(0, Math.min(2, parts.length - 1)).join('/') + '/';
}

// EXTERNAL MODULE: ./src/pipeline/plan.ts
var plan = __webpack_require__(5455);
;// CONCATENATED MODULE: ./src/pipeline/push-apply.ts
/**
 * `apply` as the action runs it on the default branch: the same steps as `lifeguard apply --yes`
 * (refuse on error findings or drift, nothing written when the bucket already has the rules,
 * re-read before writing, back up, write, read back, verify), for every target (reconcile: a run
 * that was skipped or failed is repaired by the next). The workflow asking for `command: apply` is
 * the confirmation; the drift guard searches the branch's history (a bucket behind the branch is
 * lagging and applied, one matching no version drifted). A dry run decides and measures what each
 * write would delete, and writes nothing.
 */






async function runApply(input) {
    if (input.names.length === 0)
        return [];
    const now = input.now();
    const listLimit = input.dryRun?.maxObjects ?? 0;
    const prepared = await (0,plan/* prepareTargets */.g4)(input.config, input.names, {
        cwd: input.cwd,
        env: input.env,
        listLimit,
        now,
        configDoc: input.configDoc,
    });
    const history = input.history && !input.base ? await sync/* History */.BZ.open(input.history, input.config) : undefined;
    const options = {
        onDrift: input.onDrift,
        ...(input.base ? { base: input.base } : {}),
        ...(history ? { history } : {}),
        ...(input.overwriteHint ? { overwriteHint: input.overwriteHint } : {}),
        deleteAll: input.deleteAll,
        dir: input.config.dir,
        now: input.now,
        display: (p) => (0,config_config/* workspaceOf */.B3)(input.config).display(p),
    };
    const out = [];
    try {
        for (const p of prepared) {
            const decision = await (0,apply/* decide */.LD)(p, options);
            const t = { target: p.target, plan: p.plan, decision };
            if (p.state)
                t.before = p.state.lifecycle ?? null;
            if (decision.action === 'put' || decision.action === 'delete') {
                const proposed = p.proposed.configuration;
                t.toWrite =
                    decision.action === 'delete' ? null : { ...proposed, TransitionDefaultMinimumObjectSize: (0,write/* transitionDefaultFor */.EW)(proposed) };
                if (input.dryRun && p.listing && p.state) {
                    t.deletion = deletedEarlier(p.listing.listing, p.listing.tagsOf, p.state.lifecycle, decision.action === 'delete' ? { Rules: [] } : proposed, now, p.state.versioning !== 'Never', input.dryRun.horizonMonths);
                }
                if (!input.dryRun) {
                    t.execution = await (0,apply/* execute */.g7)(p, decision.action, options);
                    if (t.execution.ok && t.execution.verified)
                        t.after = decision.action === 'delete' ? null : proposed;
                }
            }
            out.push(t);
        }
    }
    finally {
        await history?.close();
    }
    return out;
}

// EXTERNAL MODULE: ./src/model/units.ts
var units = __webpack_require__(8766);
// EXTERNAL MODULE: ./src/report/inert-markdown.ts
var inert_markdown = __webpack_require__(9058);
;// CONCATENATED MODULE: ./src/report/apply-summary.ts




const ICON = { applied: '✅', unchanged: '➖', refused: '❌', failed: '❌', 'would apply': '⏳' };
function renderApplySummary(targets, ctx) {
    const counts = ['applied', 'would apply', 'unchanged', 'refused', 'failed'].map((s) => [s, targets.filter((t) => statusOf(t) === s).length]);
    const bad = counts.some(([s, n]) => (s === 'refused' || s === 'failed') && n > 0);
    const lead = ctx.dryRun ? 'would apply' : 'applied';
    const title = ctx.dryRun ? 'lifeguard apply (dry run, nothing written)' : 'lifeguard apply';
    const out = [
        `## ${title}: ${bad ? '❌' : '✅'} ${counts
            .filter(([s, n]) => n > 0 || s === lead)
            .map(([s, n]) => `${n} ${s}`)
            .join(', ')}`,
        '',
        apply_summary_escape(ctx.scope),
    ];
    for (const n of ctx.notices)
        out.push('', `> [!NOTE]\n> ${apply_summary_escape(n)}`);
    if (targets.length) {
        out.push('', '| Target | Bucket | Result |', '|---|---|---|');
        for (const t of targets)
            out.push(`| ${apply_summary_escape(t.target.name)} | ${(0,inert_markdown/* codeSpan */.SS)(t.target.bucket, true)} | ${ICON[statusOf(t)]} ${statusOf(t)} |`);
    }
    for (const t of targets)
        out.push('', ...targetSection(t, ctx));
    return out.join('\n') + '\n';
}
function targetSection(t, ctx) {
    const out = [`### ${apply_summary_escape(t.target.name)} · ${(0,inert_markdown/* codeSpan */.SS)(t.target.bucket)}`, ''];
    if (t.plan.source)
        out.push(`Rules from ${(0,inert_markdown/* codeSpan */.SS)(t.plan.source)}.`, '');
    out.push(`${ICON[statusOf(t)]} **${headline(t)}**`);
    if (t.plan.diff && !t.plan.diff.equal)
        out.push('', ...t.plan.diff.sentences.map((s) => `- ${apply_summary_escape(s)}`));
    if (t.decision.action === 'refuse' && t.decision.drift) {
        out.push('', 'How the bucket differs from the rules of the branch:', '', ...t.decision.drift.sentences.map((s) => `- ${apply_summary_escape(s)}`));
    }
    if (!t.execution && t.toWrite !== undefined)
        out.push('', ...toWrite(t));
    const backup = t.execution?.backup;
    if (backup) {
        out.push('');
        if (backup.path)
            out.push(`Previous configuration saved to ${(0,inert_markdown/* codeSpan */.SS)(ctx.display(backup.path))} on the runner (upload \`.lifeguard/backups/\` as an artifact to keep it).`, '');
        out.push('To restore it:', '', '```sh', backup.restore, '```');
    }
    for (const n of t.decision.notes)
        out.push('', `<sub>${apply_summary_escape(n)}</sub>`);
    const errors = t.plan.diagnostics.filter((d) => d.severity === 'error');
    if (t.plan.diagnostics.length) {
        out.push('', `<details${errors.length ? ' open' : ''}><summary>Findings: ${(0,messages/* plural */.L)(errors.length, 'error')}, ${t.plan.diagnostics.length - errors.length} other</summary>`, '', '| | Where | Rule | Message |', '|---|---|---|---|');
        for (const d of t.plan.diagnostics) {
            const icon = d.severity === 'error' ? '❌' : d.severity === 'warning' ? '⚠️' : 'ℹ️';
            out.push(`| ${icon} | ${(0,inert_markdown/* codeSpan */.SS)(`${d.file}:${d.line}`, true)} | [${d.ruleId}](${d.docsUrl}) | ${cell(d.message)} |`);
        }
        out.push('', '</details>');
    }
    if (t.before !== undefined)
        out.push('', ...folded('Before', t.before));
    if (t.after !== undefined)
        out.push('', ...folded('After (read back and verified)', t.after));
    return out;
}
/** What a dry run would send, exactly, and what that deletes earlier than the live rules would. */
function toWrite(t) {
    const out = [];
    const d = t.deletion?.deleted;
    if (d) {
        const basis = `from a listing of ${d.listed?.toLocaleString('en-US') ?? 0} entries${t.deletion.partial ? ', stopped at max-objects: a lower bound' : ''}`;
        out.push(d.objects
            ? `⚠️ Within ${d.horizonMonths} months this deletes **${d.objects.toLocaleString('en-US')} object${d.objects === 1 ? '' : 's'} (${(0,units/* formatBytes */.z)(d.bytes)})** earlier than the live rules would (${basis}).`
            : `Within ${d.horizonMonths} months this deletes nothing earlier than the live rules would (${basis}).`, '');
    }
    if (t.toWrite === null)
        return [...out, '**To be written:** `DeleteBucketLifecycle` (the bucket is left with no lifecycle configuration).'];
    return [
        ...out,
        "<details open><summary>To be written: the PutBucketLifecycleConfiguration request's configuration, exactly</summary>",
        '',
        '```json',
        JSON.stringify(t.toWrite, null, 2),
        '```',
        '',
        '</details>',
    ];
}
function headline(t) {
    if (t.execution)
        return t.execution.ok ? capital(t.execution.message) + '.' : `Failed: ${apply_summary_escape(t.execution.message)}.`;
    const d = t.decision;
    if (d.action === 'none')
        return `Nothing to do: ${apply_summary_escape(d.reason)}.`;
    if (d.action === 'refuse')
        return `Refused, nothing written: ${apply_summary_escape(d.reason)}.`;
    return d.action === 'delete' ? 'Would delete the lifecycle configuration (dry run).' : 'Would apply these rules (dry run).';
}
function folded(title, config) {
    const body = config === null ? 'no lifecycle configuration' : JSON.stringify(config, null, 2);
    return [`<details><summary>${title}</summary>`, '', config === null ? `_${body}_` : '```json\n' + body + '\n```', '', '</details>'];
}
function capital(s) {
    return apply_summary_escape(s.charAt(0).toUpperCase() + s.slice(1));
}
/** Names, messages and S3's answers are untrusted text: inert (report/inert-markdown.ts). */
const apply_summary_escape = inert_markdown/* inertText */.UJ;
const cell = inert_markdown/* inertText */.UJ;

// EXTERNAL MODULE: ./src/pipeline/check.ts
var check = __webpack_require__(4994);
// EXTERNAL MODULE: ./src/report/index.ts + 1 modules
var src_report = __webpack_require__(8549);
// EXTERNAL MODULE: ./src/findings/resolve.ts + 1 modules
var resolve = __webpack_require__(490);
;// CONCATENATED MODULE: ./src/github/changed-files.ts
/** GitHub lists at most this many files of a pull request; past it the list is incomplete. */
const MAX_LISTED_FILES = 3000;
/** Said when the list reached that cap: what the run did instead follows it. */
const INCOMPLETE_LIST = `GitHub lists only the first ${MAX_LISTED_FILES.toLocaleString('en-US')} changed files of a pull request`;
/**
 * Every path the pull request touches (a renamed file under both names: either may belong to a
 * target), or undefined when the list reached GitHub's cap and may leave some out.
 */
function changedPaths(files) {
    if (files.length >= MAX_LISTED_FILES)
        return undefined;
    return files.flatMap((f) => (f.previousFilename ? [f.filename, f.previousFilename] : [f.filename]));
}
async function listChangedFiles(client, repo, pullNumber) {
    const files = await client.paginate(client.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: 100 });
    return files.map((f) => ({
        filename: f.filename,
        status: f.status,
        previousFilename: f.previous_filename ?? undefined,
        ...(f.patch ? { patch: f.patch } : {}),
    }));
}
/** The current labels of a pull request (the event payload may be stale after a re-run). */
async function listLabels(client, repo, issueNumber) {
    const labels = await client.paginate(client.rest.issues.listLabelsOnIssue, { ...repo, issue_number: issueNumber, per_page: 100 });
    return labels.map((l) => l.name);
}

// EXTERNAL MODULE: ./src/lint/severity.ts
var lint_severity = __webpack_require__(8082);
// EXTERNAL MODULE: ./src/lint/file-rules.ts
var file_rules = __webpack_require__(73);
// EXTERNAL MODULE: ./src/load/read.ts
var load_read = __webpack_require__(7338);
// EXTERNAL MODULE: ./src/config/known-rules.ts
var known_rules = __webpack_require__(639);
// EXTERNAL MODULE: ./src/load/pointer.ts
var load_pointer = __webpack_require__(6925);
// EXTERNAL MODULE: ./src/plan/state-rules/production-without-object-lock.ts
var production_without_object_lock = __webpack_require__(1709);
;// CONCATENATED MODULE: ./src/trust/settings.ts



/** A target's fields that decide what is compared and protected; a pull request cannot change them for an existing target. */
const TRUSTED_TARGET_FIELDS = [
    'bucket',
    'region',
    'endpoint',
    'forcePathStyle',
    'expectedBucketOwner',
    'stage',
    'immutable',
    'minRetentionDays',
    'registry',
    'inventory',
    'intelligentTieringAccess',
    'artifactPrefixes',
    'quarantine',
];
/** Default of gates.inventory-max-age-days. */
const DEFAULT_INVENTORY_MAX_AGE_DAYS = 7;
/**
 * The base target a head target stands for: the one of its name, else one of its bucket that no
 * head target claims by name (a renamed target keeps what protected it), else any of its bucket.
 * Every reader of base settings pairs targets through this one function.
 */
function baseTargetOf(base, head, t) {
    const sameBucket = base.targets.filter((b) => b.bucket === t.bucket);
    return (base.targets.find((b) => b.name === t.name) ?? sameBucket.find((b) => !head.targets.some((h) => h.name === b.name)) ?? sameBucket[0]);
}
function judgeSettings(base, head) {
    const trusted = base ?? { dir: head.dir, rules: {}, targets: [], gates: {} };
    const loosened = [];
    gateLoosenings(trusted.gates, head.gates, loosened);
    ruleLoosenings(trusted.rules, head.rules, loosened);
    listLoosening('approvers', trusted.approvers ?? [], head.approvers ?? [], '/approvers', loosened);
    listLoosening('apply.refs', trusted.apply?.refs ?? [], head.apply?.refs ?? [], '/apply/refs', loosened);
    const matched = new Set();
    const targets = head.targets.map((t, i) => {
        const was = baseTargetOf(trusted, head, t);
        if (!was)
            return t;
        matched.add(was);
        targetLoosenings(was, t, `/targets/${i}`, loosened);
        const merged = { name: t.name, source: t.source, bucket: was.bucket };
        for (const f of TRUSTED_TARGET_FIELDS)
            if (was[f] !== undefined)
                merged[f] = was[f];
        return merged;
    });
    // A target the head drops leaves its bucket's rules unjudged from then on (and Terraform or
    // CloudFormation may still apply a change to them): the base must approve that as any loosening.
    // A base target no head target stands for is dropped, even when another one shares its bucket.
    for (const was of trusted.targets) {
        if (!matched.has(was))
            loosened.push({ setting: `targets[${was.name}]`, from: `bucket ${was.bucket}`, to: '(removed)', pointer: '/targets' });
    }
    const config = {
        ...(head.file ? { file: head.file } : {}),
        dir: head.dir,
        rules: { ...trusted.rules },
        targets,
        gates: { ...trusted.gates },
        ...(trusted.approvers ? { approvers: [...trusted.approvers] } : {}),
        ...(trusted.apply ? { apply: trusted.apply } : {}),
    };
    return { config, loosened };
}
const FAIL_ON_RANK = { never: 0, error: 1, warning: 2 };
const SEVERITY_RANK = { off: 0, info: 1, warning: 2, error: 3 };
function gateLoosenings(base, head, out) {
    const at = (key) => (key in head ? (0,load_pointer/* joinPointer */.Kn)('/gates', key) : '/gates');
    const push = (key, from, to) => out.push({ setting: `gates.${key}`, from: shown(from), to: shown(to), pointer: at(key) });
    const failOn = (g) => g['fail-on'] ?? 'error';
    if (FAIL_ON_RANK[failOn(head)] < FAIL_ON_RANK[failOn(base)])
        push('fail-on', failOn(base), failOn(head));
    for (const key of ['max-deleted-bytes', 'max-monthly-increase-usd', 'max-monthly-increase-percent']) {
        const b = base[key];
        const h = head[key];
        if (b !== undefined && (h === undefined || h > b))
            push(key, b, h);
    }
    if (base['require-production-immutability'] === true && head['require-production-immutability'] !== true)
        push('require-production-immutability', true, head['require-production-immutability']);
    if (head['allow-incomplete'] === true && base['allow-incomplete'] !== true)
        push('allow-incomplete', base['allow-incomplete'] ?? false, true);
    const age = (g) => g['inventory-max-age-days'] ?? DEFAULT_INVENTORY_MAX_AGE_DAYS;
    if (age(head) > age(base))
        push('inventory-max-age-days', age(base), age(head));
    // Who approves is decided by the base; another label name is a change of that.
    const label = (g) => g['deletion-approval-label'];
    if (label(head) !== undefined && label(head) !== label(base))
        push('deletion-approval-label', label(base), label(head));
}
function ruleLoosenings(base, head, out) {
    for (const id of new Set([...Object.keys(base), ...Object.keys(head)])) {
        const fallback = (0,known_rules/* ruleMeta */.t)(id)?.defaultSeverity ?? 'error';
        const b = base[id] ?? fallback;
        const h = head[id] ?? fallback;
        if (SEVERITY_RANK[h] < SEVERITY_RANK[b])
            out.push({ setting: `rules.${id}`, from: b, to: h, pointer: id in head ? (0,load_pointer/* joinPointer */.Kn)('/rules', id) : '/rules' });
    }
}
function listLoosening(setting, base, head, pointer, out) {
    const known = new Set(base.map((s) => s.toLowerCase()));
    const added = head.filter((h) => !known.has(h.toLowerCase()));
    if (added.length)
        out.push({ setting, from: shown(base), to: shown(head), pointer });
}
function targetLoosenings(base, head, pointer, out) {
    const push = (field, from, to) => out.push({
        setting: `targets[${head.name}].${field}`,
        from: shown(from),
        to: shown(to),
        pointer: field in head ? (0,load_pointer/* joinPointer */.Kn)(pointer, field) : pointer,
    });
    const production = (t) => (0,production_without_object_lock/* immutabilityReason */.z)({ ...t, immutable: false }) !== undefined;
    if (production(base) && !production(head))
        push('stage', base.stage, head.stage);
    if (base.immutable === true && head.immutable !== true)
        push('immutable', true, head.immutable);
    if (base.minRetentionDays !== undefined && (head.minRetentionDays ?? 0) < base.minRetentionDays)
        push('minRetentionDays', base.minRetentionDays, head.minRetentionDays);
    if (head.quarantine?.expireAfterDays !== undefined && head.quarantine.expireAfterDays < (base.quarantine?.expireAfterDays ?? Infinity)) {
        push('quarantine.expireAfterDays', base.quarantine?.expireAfterDays, head.quarantine.expireAfterDays);
    }
    // Where the target points, what protects it and what prices it: any change is one the base must approve.
    for (const field of [
        'bucket',
        'region',
        'endpoint',
        'forcePathStyle',
        'expectedBucketOwner',
        'registry',
        'inventory',
        // The access assumption prices the proposed rules: a pull request would otherwise choose its own cost verdict.
        'intelligentTieringAccess',
        'artifactPrefixes',
    ]) {
        if (JSON.stringify(base[field]) !== JSON.stringify(head[field]))
            push(field, base[field], head[field]);
    }
    if (base.quarantine?.file !== head.quarantine?.file)
        push('quarantine.file', base.quarantine?.file, head.quarantine?.file);
}
function shown(v) {
    if (v === undefined)
        return '(unset)';
    if (Array.isArray(v))
        return v.length ? v.join(', ') : '(none)';
    return String(v);
}

;// CONCATENATED MODULE: ./src/trust/protect-loosening.ts
/**
 * A retention policy's `protect:` entries are settings of an existing target too: a pull request
 * that drops or narrows one (so that a new rule may expire what it covered) loosens the base
 * commit's protection. Each base entry (prefix and tags) that the head's policy no longer holds is
 * a loosening, found at the head's `protect` list. The base policy is read at the base commit as
 * data (git or the contents API); the head's from the files being judged.
 */







async function protectLoosenings(c) {
    const loosened = [];
    const problems = [];
    for (const t of c.head.targets) {
        const was = baseTargetOf(c.base, c.head, t);
        if (!was?.source.policy || !t.source.policy)
            continue;
        const basePath = (0,external_node_path_.relative)(c.root, (0,external_node_path_.resolve)(c.base.dir, was.source.policy)).split(external_node_path_.sep).join('/');
        const read = await (0,file_at/* readFileAt */._T)(c.files, c.baseSha, basePath);
        if (read.kind === 'absent')
            continue;
        if (read.kind === 'failed') {
            problems.push(`the base commit's policy ${basePath} could not be read: ${read.reason}`);
            continue;
        }
        const baseDoc = (0,load_document/* parseText */.r4)(basePath, read.text);
        if (!baseDoc.ok)
            continue;
        const headPath = (0,external_node_path_.resolve)(c.head.dir, t.source.policy);
        const file = (0,config_config/* workspaceOf */.B3)(c.head).display(headPath);
        const headDoc = await (0,load_read/* readSource */.o)(headPath, file);
        const headEntries = headDoc.ok ? protectEntries(headDoc.doc.data) : [];
        const kept = new Set(headEntries.map((e) => e.key));
        for (const e of protectEntries(baseDoc.doc.data)) {
            if (kept.has(e.key) || !headDoc.ok)
                continue;
            loosened.push({
                setting: `targets[${t.name}].policy protect`,
                from: e.shown,
                to: '(removed)',
                pointer: (0,values/* isObj */.sA)(headDoc.doc.data) && Array.isArray(headDoc.doc.data.protect) ? '/protect' : '',
                file,
                doc: headDoc.doc,
            });
        }
    }
    return { loosened, problems };
}
/** Each protect entry as a comparable key (prefix and sorted tags) and in words. */
function protectEntries(data) {
    const list = (0,values/* isObj */.sA)(data) && Array.isArray(data.protect) ? data.protect : [];
    return list.filter(values/* isObj */.sA).map((p) => {
        const prefix = typeof p.prefix === 'string' ? p.prefix : '';
        const tags = (0,values/* isObj */.sA)(p.tags)
            ? Object.entries(p.tags)
                .map(([k, v]) => `${k}=${String(v)}`)
                .sort()
            : [];
        const shown = [prefix ? `prefix ${prefix}` : '', tags.length ? `tags ${tags.join(', ')}` : ''].filter(Boolean).join(' and ') || 'every object';
        return { key: `${prefix}\u0000${tags.join('\u0000')}`, shown };
    });
}

// EXTERNAL MODULE: ./src/model-registry/manifest.ts
var manifest = __webpack_require__(1358);
// EXTERNAL MODULE: ./src/model-registry/reference.ts + 1 modules
var model_registry_reference = __webpack_require__(2665);
// EXTERNAL MODULE: ./src/plan/protection.ts + 1 modules
var protection = __webpack_require__(147);
;// CONCATENATED MODULE: ./src/trust/registry-loosening.ts
/**
 * A target's registry manifest is evidence the base commit decides, like a policy's `protect`
 * entries (protect-loosening.ts): a pull request that drops references from it (or deletes it) in
 * the same change as a rule that expires what they named would otherwise pass registry-protection
 * with its own word. References the base commit's manifest holds and the head's no longer does are
 * one loosening per target, found at the head's manifest; the approval is the decision.
 */








/** References named in a loosening's words; the count says how many more. */
const SHOWN = 3;
async function registryLoosenings(c) {
    const loosened = [];
    const problems = [];
    for (const t of c.head.targets) {
        const was = baseTargetOf(c.base, c.head, t);
        // The judged target keeps the base's `registry` path: a head that changes it is a settings loosening already.
        if (!was?.registry || !t.registry)
            continue;
        const basePath = (0,external_node_path_.relative)(c.root, (0,external_node_path_.resolve)(c.base.dir, was.registry)).split(external_node_path_.sep).join('/');
        const read = await (0,file_at/* readFileAt */._T)(c.files, c.baseSha, basePath);
        if (read.kind === 'absent')
            continue;
        if (read.kind === 'failed') {
            problems.push(`the base commit's registry manifest ${basePath} could not be read: ${read.reason}`);
            continue;
        }
        const base = baseReferences(basePath, read.text, was);
        if (!base.length)
            continue;
        const head = await (0,protection/* loadReferences */.dp)(t, c.head);
        const kept = new Set(head.references.map(referenceKey));
        const removed = base.filter((r) => !kept.has(referenceKey(r)));
        if (!removed.length)
            continue;
        const ws = (0,config_config/* workspaceOf */.B3)(c.head);
        const shown = removed
            .slice(0, SHOWN)
            .map((r) => r.written)
            .join(', ');
        loosened.push({
            setting: `targets[${t.name}].registry references`,
            from: `${removed.length} of ${base.length} (${shown}${removed.length > SHOWN ? ', …' : ''})`,
            to: '(removed)',
            pointer: '',
            file: ws.display(ws.resolve(t.registry, c.head.dir)),
            ...(head.doc ? { doc: head.doc } : {}),
        });
    }
    return { loosened, problems };
}
/** The base manifest's references, read as the head's are (CSV by its extension, else JSON or YAML); unusable text holds none. */
function baseReferences(path, text, target) {
    let entries;
    if (/\.csv$/i.test(path))
        entries = (0,manifest/* entriesFromCsv */.d)(text).entries;
    else {
        const doc = (0,load_document/* parseText */.r4)(path, text);
        if (!doc.ok)
            return [];
        entries = (0,manifest/* entriesFromDocument */.Q)(doc.doc).entries;
    }
    const out = [];
    for (const e of entries) {
        const { reference, also } = (0,model_registry_reference/* toReference */.TT)(e, target.bucket);
        if (reference)
            out.push(reference);
        if (also)
            out.push(also);
    }
    return out;
}
/** What a reference protects: the same path, match and version protect the same objects. */
function referenceKey(r) {
    return `${r.match}\u0000${r.versionId ?? ''}\u0000${r.path}`;
}

;// CONCATENATED MODULE: ./src/action/trust.ts
/**
 * The trust context of a pull-request run, built at the edge and passed down: the base commit's
 * settings (what decides the verdict), the head's .lifeguard.yml judged against them (it may only
 * add targets and name sources), and the settings-loosened findings for what the head loosens. The
 * pipeline never reads the environment or the base commit itself.
 */








async function pullRequestTrust(r) {
    const failures = [];
    let base;
    let source;
    if (!r.baseSha) {
        source = 'defaults (the event names no base commit)';
        failures.push('the pull request names no base commit, so its trusted settings could not be read; the defaults were used');
    }
    else {
        const read = await readBaseSettings({
            files: { ...(r.root ? { root: r.root } : {}), ...(r.client ? { client: r.client } : {}), ...(r.repo ? { repo: r.repo } : {}) },
            cwd: r.cwd,
            root: r.root ?? r.cwd,
            ...(r.configFile ? { configFile: r.configFile } : {}),
            commit: r.baseSha,
        });
        source = read.source;
        if (read.failure)
            failures.push(`${read.failure}; the defaults were used`);
        base = read.config;
    }
    const judged = judgeSettings(base, r.head.config);
    const file = r.head.doc?.file ?? r.configFile ?? '.lifeguard.yml';
    const docs = new Map(r.head.doc ? [[r.head.doc.file, r.head.doc]] : []);
    const all = judged.loosened.map((l) => ({ ...l, file }));
    if (base && r.baseSha) {
        // A policy's protect entries and a registry manifest's references are trusted settings of their target too.
        const files = { ...(r.root ? { root: r.root } : {}), ...(r.client ? { client: r.client } : {}), ...(r.repo ? { repo: r.repo } : {}) };
        const check = { base, head: judged.config, files, baseSha: r.baseSha, root: r.root ?? r.cwd, cwd: r.cwd };
        for (const found of [await protectLoosenings(check), await registryLoosenings(check)]) {
            for (const l of found.loosened) {
                all.push(l);
                if (l.doc)
                    docs.set(l.file, l.doc);
            }
            failures.push(...found.problems);
        }
    }
    const severity = (0,lint_severity/* severityFor */.v)(file_rules/* SETTINGS_LOOSENED */.mW, file_rules/* SETTINGS_LOOSENED */.mW.defaultSeverity, judged.config.rules[file_rules/* SETTINGS_LOOSENED */.mW.id]);
    const findings = severity === undefined
        ? []
        : all.map((l) => ({
            ruleId: file_rules/* SETTINGS_LOOSENED */.mW.id,
            severity,
            file: l.file,
            pointer: l.pointer,
            message: `${l.setting} is loosened from ${l.from} to ${l.to}; the base commit's value decides until someone with write access approves`,
        }));
    return {
        config: judged.config,
        source,
        failures,
        loosened: {
            settings: severity === 'error' ? all.map(({ setting, from, to, pointer }) => ({ setting, from, to, pointer })) : [],
            diagnostics: (0,resolve/* resolveFindings */.zp)(findings, docs),
        },
    };
}
/** Repository-relative path of the configuration file. */
function configRepoPath(cwd, root, configFile = '.lifeguard.yml') {
    return (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(cwd, configFile)).split(external_node_path_.sep).join('/');
}

// EXTERNAL MODULE: ./src/net/deadline.ts
var deadline = __webpack_require__(7879);
;// CONCATENATED MODULE: ./src/gate/verdict.ts
/**
 * Gates: findings and projections in, verdicts with reasons out. Pure. Every gate ends `pass`,
 * `fail` or `not-evaluated` (with the reason): evidence that is missing (no credentials, no
 * listing, no inventory) is never a pass. The run's verdict is `pass` only when every gate that
 * applies passed, `fail` when one failed, else `incomplete`; an incomplete run fails the check
 * unless the base settings say `allow-incomplete: true`, and never when credentials were configured
 * but broken. An error on the way (AWS, GitHub, Price List) fails the errors gate unless the user
 * chose `on-error: warn`.
 */


const DEFAULT_DELETION_LABEL = 'lifeguard/approve-deletion';
function evaluateGates(outcomes, settings, run = {}) {
    const approvals = run.approvals ?? [];
    const gates = [];
    for (const failure of run.failures ?? [])
        gates.push(errorGate(failure, settings));
    if (run.otherFindings)
        gates.push(findingsGate({ name: '', ...run.otherFindings }, settings, false));
    if (run.loosened?.length)
        gates.push(approvable({ gate: 'settings', status: 'fail', reason: loosenedWords(run.loosened) }, settings, approvals));
    for (const t of outcomes) {
        if (t.failure)
            gates.push({ ...errorGate(`could not be checked: ${t.failure}`, settings), target: t.name });
        gates.push(findingsGate(t, settings));
        gates.push(t.liveMissing
            ? { gate: 'live-state', target: t.name, status: 'not-evaluated', reason: `bucket-state rules not evaluated: ${t.liveMissing}` }
            : { gate: 'live-state', target: t.name, status: 'pass', reason: 'the live bucket was read and compared' });
        // The cost gates apply to targets with an inventory (the evidence of their costs).
        if ((settings.maxMonthlyIncreaseUsd !== undefined || settings.maxMonthlyIncreasePercent !== undefined) && (t.cost || t.costMissing))
            gates.push(costGate(t, settings));
        if (settings.maxDeletedBytes !== undefined)
            gates.push(deletionGate(t, settings, approvals));
        if (settings.requireProductionImmutability && t.immutabilityMissing) {
            gates.push({ gate: 'immutability', target: t.name, status: 'fail', reason: 'a production stage whose bucket has no Object Lock' });
        }
        else if (settings.requireProductionImmutability && t.immutabilityUnknown) {
            gates.push({
                gate: 'immutability',
                target: t.name,
                status: 'not-evaluated',
                reason: 'a production stage whose bucket state was not read',
            });
        }
    }
    const failed = gates.filter((g) => g.status === 'fail');
    const open = gates.filter((g) => g.status === 'not-evaluated');
    const result = failed.length ? 'fail' : open.length ? 'incomplete' : 'pass';
    const pass = result === 'pass' || (result === 'incomplete' && settings.allowIncomplete === true && !run.failClosed);
    return { result, pass, headline: verdict_headline(result, result === 'fail' ? failed : open), gates };
}
function verdict_headline(result, gates) {
    if (result === 'pass')
        return 'pass';
    const reasons = gates.slice(0, 3).map((g) => `${g.target ? `${g.target}: ` : ''}${g.reason}`);
    return `${result}: ${reasons.join('; ')}${gates.length > 3 ? ` (and ${gates.length - 3} more)` : ''}`;
}
function errorGate(reason, s) {
    return s.onError === 'warn' ? { gate: 'errors', status: 'pass', warned: true, reason } : { gate: 'errors', status: 'fail', reason };
}
/** `ofTarget` false: the findings in changed files that belong to no target. */
function findingsGate(t, s, ofTarget = true) {
    const counted = s.failOn === 'never' ? 0 : s.failOn === 'warning' ? t.errors + t.warnings : t.errors;
    const what = `${t.errors} error${t.errors === 1 ? '' : 's'}, ${t.warnings} warning${t.warnings === 1 ? '' : 's'}`;
    const where = ofTarget ? '' : ' in files of no target';
    return {
        gate: 'findings',
        ...(ofTarget ? { target: t.name } : {}),
        status: counted > 0 ? 'fail' : 'pass',
        reason: `${what}${where} (fail-on: ${s.failOn})`,
    };
}
function costGate(t, s) {
    if (!t.cost)
        return { gate: 'monthly-increase', target: t.name, status: 'not-evaluated', reason: `no cost projection: ${t.costMissing}` };
    const { currentUsd, proposedUsd } = t.cost;
    const delta = proposedUsd - currentUsd;
    const percent = currentUsd > 0 ? (delta / currentUsd) * 100 : delta > 0 ? Infinity : 0;
    const words = `monthly cost ${usd(currentUsd)} → ${usd(proposedUsd)} (${delta >= 0 ? '+' : '−'}${usd(Math.abs(delta))}${Number.isFinite(percent) ? `, ${percent >= 0 ? '+' : '−'}${Math.abs(percent).toFixed(1)}%` : ''})`;
    const overUsd = s.maxMonthlyIncreaseUsd !== undefined && delta > s.maxMonthlyIncreaseUsd;
    const overPct = s.maxMonthlyIncreasePercent !== undefined && percent > s.maxMonthlyIncreasePercent;
    if (overUsd || overPct) {
        const limit = overUsd ? `the limit of +${usd(s.maxMonthlyIncreaseUsd)}` : `the limit of +${s.maxMonthlyIncreasePercent}%`;
        return { gate: 'monthly-increase', target: t.name, status: 'fail', reason: `${words} exceeds ${limit}` };
    }
    return { gate: 'monthly-increase', target: t.name, status: 'pass', reason: words };
}
function deletionGate(t, s, approvals) {
    if (t.deletedBytes === undefined) {
        return {
            gate: 'deleted-bytes',
            target: t.name,
            status: 'not-evaluated',
            reason: `the data the change deletes is not known: ${t.deletionMissing ?? t.liveMissing ?? t.failure ?? 'no listing or inventory'}`,
        };
    }
    const words = `the change deletes ${(0,units/* formatBytes */.z)(t.deletedBytes)} earlier than the current rules would`;
    if (t.deletedBytes <= s.maxDeletedBytes)
        return { gate: 'deleted-bytes', target: t.name, status: 'pass', reason: words };
    return approvable({ gate: 'deleted-bytes', target: t.name, status: 'fail', reason: `${words}, over the limit of ${(0,units/* formatBytes */.z)(s.maxDeletedBytes)}` }, s, approvals);
}
/** A failing gate that an approval for the head commit turns into a pass, saying who approved. */
function approvable(g, s, approvals) {
    if (approvals.length)
        return { ...g, status: 'pass', reason: `${g.reason}; approved by ${approvalWords(approvals)}`, approvedBy: [...approvals] };
    return {
        ...g,
        reason: `${g.reason}; needs an approval (the label ${s.deletionApprovalLabel}, or an approving review, by someone with write access)`,
        approvalLabel: s.deletionApprovalLabel,
    };
}
function approvalWords(approvals) {
    return approvals
        .map((a) => `@${a.by} (${a.via === 'label' ? 'label' : 'review'} on ${a.commit.slice(0, 7)}${a.carried ? ', kept: this commit deletes and costs no more' : ''})`)
        .join(', ');
}
function loosenedWords(loosened) {
    const shown = loosened.slice(0, 5).map((l) => `${l.setting} ${l.from} → ${l.to}`);
    const more = loosened.length > 5 ? ` and ${loosened.length - 5} more` : '';
    return `the pull request loosens ${loosened.length === 1 ? 'a setting' : `${loosened.length} settings`} the base commit decides: ${shown.join('; ')}${more}`;
}
function usd(n) {
    return `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

;// CONCATENATED MODULE: ./src/action/gate-inputs.ts

const BYTE_UNITS = {
    '': 1,
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    tb: 1e12,
    kib: 2 ** 10,
    mib: 2 ** 20,
    gib: 2 ** 30,
    tib: 2 ** 40,
};
/** "10737418240", "10 GiB", "500MB": bytes, or undefined when it is not a size. */
function parseBytes(text) {
    const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
    const unit = m ? BYTE_UNITS[m[2].toLowerCase()] : undefined;
    if (!m || unit === undefined)
        return undefined;
    const n = Math.round(Number(m[1]) * unit);
    return Number.isSafeInteger(n) ? n : undefined;
}
function readGateInputs(text, problems, bool) {
    const out = {};
    const amount = (name, what) => {
        const v = text(name);
        if (!v)
            return undefined;
        const n = Number(v.replace(/^\$/, '').replace(/%$/, ''));
        if (!Number.isFinite(n) || n < 0) {
            problems.push(`input '${name}' is '${v}'; use ${what}`);
            return undefined;
        }
        return n;
    };
    const usd = amount('max-monthly-increase-usd', 'a number of US dollars, e.g. 50');
    if (usd !== undefined)
        out.maxMonthlyIncreaseUsd = usd;
    const percent = amount('max-monthly-increase-percent', 'a percentage, e.g. 10');
    if (percent !== undefined)
        out.maxMonthlyIncreasePercent = percent;
    const bytesText = text('max-deleted-bytes');
    if (bytesText) {
        const bytes = parseBytes(bytesText);
        if (bytes === undefined)
            problems.push(`input 'max-deleted-bytes' is '${bytesText}'; use a size in bytes, or with a unit such as 10GiB or 500MB`);
        else
            out.maxDeletedBytes = bytes;
    }
    if (text('require-production-immutability'))
        out.requireProductionImmutability = bool('require-production-immutability');
    const label = text('deletion-approval-label');
    if (label)
        out.deletionApprovalLabel = label;
    return out;
}
/** The settings the gates run with: inputs over .lifeguard.yml over the defaults. */
function gateSettings(inputs, file, failOn, onError) {
    const pick = (input, fromFile) => (input !== undefined ? input : fromFile);
    const settings = {
        failOn,
        deletionApprovalLabel: pick(inputs.deletionApprovalLabel, file['deletion-approval-label']) ?? DEFAULT_DELETION_LABEL,
        onError,
    };
    const usd = pick(inputs.maxMonthlyIncreaseUsd, file['max-monthly-increase-usd']);
    if (usd !== undefined)
        settings.maxMonthlyIncreaseUsd = usd;
    const percent = pick(inputs.maxMonthlyIncreasePercent, file['max-monthly-increase-percent']);
    if (percent !== undefined)
        settings.maxMonthlyIncreasePercent = percent;
    const bytes = pick(inputs.maxDeletedBytes, file['max-deleted-bytes']);
    if (bytes !== undefined)
        settings.maxDeletedBytes = bytes;
    const immutability = pick(inputs.requireProductionImmutability, file['require-production-immutability']);
    if (immutability !== undefined)
        settings.requireProductionImmutability = immutability;
    return settings;
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * The action's inputs, read once into a typed value and checked together, so a workflow with three
 * mistakes hears about all three in one run. Pure: it reads through the getter it is given
 * (core.getInput in the action, a table in tests).
 */




const FAIL_ON_VALUES = ['error', 'warning', 'never'];
/** `comment` posts a report saved by an earlier run (the workflow_run half of the fork split). */
const COMMANDS = ['check', 'plan', 'apply', 'comment', 'track'];
const COMMENT_MODES = ['update', 'hide-and-new', 'off'];
const COMMENT_ON = ['always', 'changes', 'failures'];
const ON_ERROR = ['fail', 'warn'];
const ON_DRIFT = ['stop', 'overwrite'];
const PRICES = ['bundled', 'live'];
/** The cost projection's horizon when `cost-months` is not given (as `lifeguard cost`). */
const DEFAULT_COST_MONTHS = 12;
/** Review comments with suggestions per run when `max-suggestions` is not given; the input's ceiling. */
const DEFAULT_MAX_SUGGESTIONS = 10;
const MAX_SUGGESTIONS_INPUT = 100;
/** Entries listed per bucket for the deletion projection when `max-objects` is not given. */
const DEFAULT_MAX_OBJECTS = 10_000;
class InputError extends Error {
    name = 'InputError';
}
/** `eventName` picks the default command: plan on pull requests, check otherwise. */
function readInputs(get, eventName = '') {
    const problems = [];
    const text = (name) => get(name).trim();
    const oneOf = (name, values, fallback) => {
        const v = text(name);
        if (!v)
            return fallback;
        if (values.includes(v))
            return v;
        problems.push(`input '${name}' is '${v}'; use one of ${values.join(', ')}`);
        return fallback;
    };
    const bool = (name) => {
        const v = text(name);
        if (/^(true|True|TRUE)$/.test(v))
            return true;
        if (v && !/^(false|False|FALSE)$/.test(v))
            problems.push(`input '${name}' is '${v}'; use true or false`);
        return false;
    };
    const command = text('command') || (/^pull_request/.test(eventName) ? 'plan' : 'check');
    if (!COMMANDS.includes(command)) {
        problems.push(`input 'command' is '${command}'; this version of lifeguard offers: ${COMMANDS.join(', ')}`);
    }
    const format = text('format') || 'stylish';
    if (!src_report/* FORMAT_NAMES */.B.includes(format))
        problems.push(`input 'format' is '${format}'; use one of ${src_report/* FORMAT_NAMES */.B.join(', ')}`);
    const failOn = oneOf('fail-on', FAIL_ON_VALUES, undefined);
    const comment = oneOf('comment', COMMENT_MODES, 'update');
    const commentOn = oneOf('comment-on', COMMENT_ON, 'changes');
    const onError = oneOf('on-error', ON_ERROR, 'fail');
    const onDrift = oneOf('on-drift', ON_DRIFT, 'stop');
    const deleteAll = bool('delete-all');
    const dryRun = bool('dry-run');
    const driftIssue = bool('drift-issue');
    const depthText = text('history-depth');
    const historyDepth = depthText ? Number(depthText) : sync/* DEFAULT_HISTORY_DEPTH */.jw;
    if (!Number.isSafeInteger(historyDepth) || historyDepth < 1 || historyDepth > 10_000)
        problems.push(`input 'history-depth' is '${depthText}'; use a whole number of commits from 1 to 10000`);
    const gates = readGateInputs(text, problems, bool);
    const maxObjectsText = text('max-objects');
    const maxObjects = maxObjectsText ? Number(maxObjectsText) : DEFAULT_MAX_OBJECTS;
    if (!Number.isSafeInteger(maxObjects) || maxObjects < 0)
        problems.push(`input 'max-objects' is '${maxObjectsText}'; use a whole number of entries (0 skips the listing)`);
    const maxSuggestionsText = text('max-suggestions');
    const maxSuggestions = maxSuggestionsText ? Number(maxSuggestionsText) : DEFAULT_MAX_SUGGESTIONS;
    if (!Number.isSafeInteger(maxSuggestions) || maxSuggestions < 0 || maxSuggestions > MAX_SUGGESTIONS_INPUT)
        problems.push(`input 'max-suggestions' is '${maxSuggestionsText}'; use a whole number from 0 (none) to ${MAX_SUGGESTIONS_INPUT}`);
    const prices = oneOf('prices', PRICES, 'bundled');
    const monthsText = text('cost-months');
    const costMonths = monthsText ? Number(monthsText) : DEFAULT_COST_MONTHS;
    if (!Number.isSafeInteger(costMonths) || costMonths < 1 || costMonths > 120)
        problems.push(`input 'cost-months' is '${monthsText}'; use a whole number of months from 1 to 120`);
    const deadlineText = text('deadline');
    const deadlineMs = deadlineText ? (0,deadline/* parseDuration */.E9)(deadlineText) : deadline/* DEFAULT_DEADLINE_MS */.u8;
    if (deadlineMs === undefined || deadlineMs <= 0)
        problems.push(`input 'deadline' is '${deadlineText}'; use a duration such as 90s, 10m or 1h`);
    const targetList = get('targets')
        .split(/[\s,]+/)
        .filter(Boolean);
    if (targetList.includes('all') && targetList.length > 1)
        problems.push(`input 'targets' mixes 'all' with target names; give one or the other`);
    if (problems.length)
        throw new InputError(problems.join('; ') + '.');
    return {
        command: command,
        // One path per line or several on a line separated by spaces, as other actions take lists.
        paths: get('paths').split(/\s+/).filter(Boolean),
        format,
        failOn,
        sarifFile: text('sarif-file') || undefined,
        config: text('config') || undefined,
        githubToken: text('github-token') || undefined,
        comment,
        commentOn,
        commentKey: text('comment-key') || undefined,
        gates,
        onError,
        targets: targetList.length === 0 ? undefined : targetList[0] === 'all' ? 'all' : targetList,
        onDrift,
        deleteAll,
        dryRun,
        historyDepth,
        driftIssue,
        maxObjects,
        reportJson: text('report-json') || undefined,
        prices,
        costMonths,
        baselines: text('baselines') || undefined,
        deadlineMs: deadlineMs ?? deadline/* DEFAULT_DEADLINE_MS */.u8,
        maxSuggestions,
    };
}
/** Whether findings of these counts fail the step under `failOn`. */
function failsGate(failOn, counts) {
    if (failOn === 'never')
        return false;
    return counts.errors > 0 || (failOn === 'warning' && counts.warnings > 0);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/text/markdown-cut.ts
/**
 * Markdown cut short to fit a budget (the comment's 65,536 characters, the summary's byte budget)
 * without breaking what follows: cut at a paragraph break when one is near, never inside a
 * surrogate pair, and every code fence and `<details>` block left open is closed. Blocks are
 * counted by the lines lifeguard writes (`<details…>` and `</details>` and fences start their own
 * line; untrusted text never starts one, its line breaks are escaped), so text quoted inside a code
 * span cannot unbalance the count. Pure.
 */
/** `head` (already short enough) with its open fence and `<details>` blocks closed. */
function closeOpenBlocks(head) {
    let fenced = false;
    let open = 0;
    for (const line of head.split('\n')) {
        if (/^```/.test(line))
            fenced = !fenced;
        else if (!fenced && /^<details[\s>]/.test(line))
            open++;
        else if (!fenced && /^<\/details>/.test(line))
            open = Math.max(0, open - 1);
    }
    return head + (fenced ? '\n```' : '') + '\n</details>'.repeat(open);
}
/** The longest head of `text` within `room` (measured by `size`), cut at a paragraph break when one is in the second half. */
function cutAtParagraph(text, room, size = (s) => s.length) {
    let head = text.slice(0, room);
    while (head.length && size(head) > room)
        head = head.slice(0, Math.max(0, head.length - Math.ceil((size(head) - room) / 4) - 1));
    if (/[\uD800-\uDBFF]$/.test(head))
        head = head.slice(0, -1);
    const cut = head.lastIndexOf('\n\n');
    return cut > head.length / 2 ? head.slice(0, cut) : head;
}

// EXTERNAL MODULE: ./src/report/github.ts
var github = __webpack_require__(7611);
// EXTERNAL MODULE: ./src/report/locations.ts
var locations = __webpack_require__(5126);
// EXTERNAL MODULE: ./src/report/markdown.ts
var report_markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/action/publish.ts
/**
 * The action's output channels: annotations (capped by GitHub), the job summary (within a byte
 * budget), the SARIF file, the JSON report and the step outputs. Each is written from the pure
 * formatters; only the writing happens here.
 */










/** Annotations for the first findings, one error slot kept for core.setFailed. */
function annotate(report, ctx) {
    const restAt = ctx.sarifFile ? `the job summary and in ${ctx.sarifFile}` : 'the job summary of this run';
    const text = (0,github/* formatGithub */.vX)(report, { cwd: ctx.cwd, root: ctx.root, reserved: { error: 1 }, restAt });
    // The formatter's last line is a plain summary for the log; the commands before it are the annotations.
    process.stdout.write(text);
}
async function writeSarif(report, ctx, file) {
    const target = (0,external_node_path_.resolve)(ctx.cwd, file);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
    await (0,promises_.writeFile)(target, (0,sarif/* formatSarif */.zK)(report, { cwd: ctx.cwd, root: ctx.root }));
    return target;
}
/** Every finding in the job summary, cut with a notice past the budget; the verdict goes first. */
async function writeSummary(report, ctx, verdict, notes) {
    // Notes quote paths and error text from the checkout (a pull request's file names): shown, never rendered.
    const head = [`**${verdict}**`, ...notes.map((n) => `> ${(0,inert_markdown/* inertText */.UJ)(n)}`)].join('\n\n') + '\n';
    const restAt = ctx.sarifFile ? `the SARIF file \`${ctx.sarifFile}\` and in the log of this step` : 'the log of this step';
    const body = (0,report_markdown/* formatMarkdown */.jI)(report, {
        maxBytes: report_markdown/* SUMMARY_BUDGET_BYTES */.Xb - Buffer.byteLength(head) - 2,
        restAt,
        linkPosition: blobLinker(ctx),
    });
    // The verdict sits under the report's heading, before the counts and tables.
    const cut = body.indexOf('\n\n') + 2;
    await core/* summary */.z.addRaw(body.slice(0, cut) + head + '\n' + body.slice(cut)).write();
}
/**
 * Markdown cut to the summary budget at a paragraph break, with a visible notice: GitHub refuses a
 * step summary over 1 MiB and drops one just under it (actions/runner#4337).
 */
function fitSummary(markdown, restAt, maxBytes = report_markdown/* SUMMARY_BUDGET_BYTES */.Xb) {
    if (Buffer.byteLength(markdown) <= maxBytes)
        return markdown;
    const notice = `\n\n> [!WARNING]\n> **The summary stops here:** a job summary holds at most 1 MiB, so this one is kept under ${Math.floor(maxBytes / 1024)} KiB. Everything is in ${restAt}.\n`;
    // Room for the closing fence and </details> lines closeOpenBlocks may add.
    const room = maxBytes - Buffer.byteLength(notice) - 400;
    return closeOpenBlocks(cutAtParagraph(markdown, room, Buffer.byteLength)) + notice;
}
/** Links to the file at the commit under test, when the runner tells us which. */
function blobLinker(ctx) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = ctx.env;
    if (!server || !repo || !sha)
        return undefined;
    return (file, line) => {
        const rel = (0,locations/* rootRelative */.Zg)(file, ctx);
        return rel === undefined ? undefined : `${server}/${repo}/blob/${sha}/${rel.split('/').map(encodeURIComponent).join('/')}#L${line}`;
    };
}
/** Every output is set on every run (empty when it does not apply), so workflows can rely on them. */
function setOutputs(o) {
    core/* setOutput */.uH('verdict', o.verdict);
    core/* setOutput */.uH('errors', o.errors);
    core/* setOutput */.uH('warnings', o.warnings);
    core/* setOutput */.uH('monthly-delta-usd', o.monthlyDeltaUsd === undefined ? '' : o.monthlyDeltaUsd.toFixed(2));
    core/* setOutput */.uH('deleted-bytes', o.deletedBytes === undefined ? '' : String(o.deletedBytes));
    core/* setOutput */.uH('report-json', o.reportJson ?? '');
    core/* setOutput */.uH('sarif-file', o.sarifFile ?? '');
    core/* setOutput */.uH('applied', o.applied === undefined ? '' : String(o.applied));
}
/** The machine-readable report of the run: the input file, or lifeguard-report.json in RUNNER_TEMP. */
async function writeReportJson(report, cwd, file, runnerTemp) {
    const target = file ? (0,external_node_path_.resolve)(cwd, file) : runnerTemp ? (0,external_node_path_.join)(runnerTemp, 'lifeguard-report.json') : undefined;
    if (!target)
        return undefined;
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
    await (0,promises_.writeFile)(target, JSON.stringify(report, null, 2) + '\n');
    return file ?? target;
}
function countLine(report) {
    const { errors, warnings, files } = report.summary;
    return `${(0,messages/* plural */.L)(errors, 'error')} and ${(0,messages/* plural */.L)(warnings, 'warning')} in ${(0,messages/* plural */.L)(files, 'file')}`;
}

;// CONCATENATED MODULE: ./src/action/check.ts
/**
 * `command: check`: lint the `paths` with the CLI's pipeline, then publish the report in the log,
 * as annotations, in the job summary, as SARIF and JSON, and in the outputs. Every failure (bad
 * .lifeguard.yml, unreadable path, findings over `fail-on`) ends in one core.setFailed.
 */















async function checkCommand(inputs, run) {
    const { cwd } = run;
    // sarifFile is set once the file is written: the notices name only files that exist.
    const ctx = { cwd, root: run.root, env: run.env };
    const failures = [];
    const pr = pullRequestOf(run.eventName, run.payload);
    const client = pr && inputs.githubToken && run.repo ? (0,github_client/* makeClient */.yu)(inputs.githubToken, run.apiUrl) : undefined;
    const loaded = await (0,config_config/* loadConfig */.Z9)(inputs.config, new workspace_workspace/* Workspace */.a(cwd, run.root));
    let report;
    let failOn = inputs.failOn ?? 'error';
    let ioNotes = [];
    if (!loaded.ok) {
        report = configProblemsReport(loaded);
        failures.push(configFailure(loaded));
    }
    else {
        // On a pull request the base commit's settings decide. What the head loosens is reported here as
        // a warning; the settings gate that asks for an approval is plan's (and the fork split's
        // privileged half's), which this lint-only check must not pre-empt.
        let config = loaded.config;
        let loosened = [];
        if (pr) {
            const trust = await pullRequestTrust({
                head: { config, ...(loaded.doc ? { doc: loaded.doc } : {}) },
                baseSha: pr.baseSha,
                root: run.root,
                cwd,
                ...(inputs.config ? { configFile: inputs.config } : {}),
                ...(client ? { client } : {}),
                ...(run.repo ? { repo: run.repo } : {}),
            });
            config = trust.config;
            loosened = trust.loosened.diagnostics.map((d) => ({ ...d, severity: 'warning' }));
            failures.push(...trust.failures);
        }
        failOn = inputs.failOn ?? config.gates['fail-on'] ?? 'error';
        const result = await (0,check/* runCheck */.k)(inputs.paths.length ? inputs.paths : ['.'], config, cwd, { fixes: Boolean(inputs.sarifFile) });
        report = loosened.length ? (0,resolve/* buildReport */.FK)(result.report.files, [...result.report.diagnostics, ...loosened]) : result.report;
        ioNotes = result.ioErrors.map((e) => `${e.path}: ${e.message}`);
        if (result.ioErrors.length) {
            failures.push(`the check is incomplete: ${(0,messages/* plural */.L)(result.ioErrors.length, 'path')} could not be read (${ioNotes.join('; ')})`);
        }
        const format = src_report/* FORMATTERS */.o[inputs.format];
        // The log holds the whole report; `github` would only repeat the annotations below.
        if (inputs.format !== 'github') {
            core/* startGroup */.Oh(`lifeguard check: ${countLine(report)}`);
            (0,runner_log/* logBlock */.Mk)(format(report, result.sources, { color: false, cwd, root: ctx.root }));
            core/* endGroup */.N4();
        }
    }
    let sarifWritten = false;
    if (inputs.sarifFile) {
        try {
            await writeSarif(report, ctx, inputs.sarifFile);
            sarifWritten = true;
            ctx.sarifFile = inputs.sarifFile;
        }
        catch (err) {
            failures.push(`cannot write the SARIF file ${inputs.sarifFile}: ${err.message}`);
        }
    }
    if (loaded.ok && failsGate(failOn, report.summary))
        failures.push(`${countLine(report)} (fail-on: ${failOn})`);
    const verdict = `${failures.length ? 'Failed' : 'Passed'} (fail-on: ${failOn}).`;
    let reportJson;
    try {
        reportJson = await writeReportJson({
            version: 1,
            command: 'check',
            ...(pr?.headSha ? { pullRequest: { number: pr.number, headSha: pr.headSha, fromFork: pr.fromFork } } : {}),
            verdict: failures.length ? 'fail' : 'pass',
            failures,
            findings: report,
        }, cwd, inputs.reportJson, run.runnerTemp);
    }
    catch (err) {
        failures.push(`cannot write the JSON report: ${err.message}`);
    }
    setOutputs({
        verdict: failures.length ? 'fail' : 'pass',
        errors: report.summary.errors,
        warnings: report.summary.warnings,
        ...(reportJson ? { reportJson } : {}),
        ...(sarifWritten ? { sarifFile: inputs.sarifFile } : {}),
    });
    // On a pull request, annotations go on the files it changes (the rest are in the summary and SARIF).
    const changed = pr && client ? await changedFiles(client, run, pr.number) : undefined;
    const annotated = changed
        ? report.diagnostics.filter((d) => changed.has((0,external_node_path_.relative)(run.root, (0,external_node_path_.resolve)(cwd, d.file)).split(external_node_path_.sep).join('/')))
        : report.diagnostics;
    annotate(annotated.length === report.diagnostics.length ? report : (0,resolve/* buildReport */.FK)(report.files, annotated), ctx);
    const elsewhere = report.diagnostics.length - annotated.length;
    if (elsewhere)
        core/* notice */.lm(`lifeguard: ${(0,messages/* plural */.L)(elsewhere, 'finding')} in files this pull request does not change ${elsewhere === 1 ? 'is' : 'are'} not annotated; the job summary lists ${elsewhere === 1 ? 'it' : 'them'}.`);
    try {
        await writeSummary(report, ctx, verdict, [...ioNotes.map((n) => `Could not read ${n}.`), ...(loaded.ok ? [] : failures)]);
    }
    catch (err) {
        // No summary file (a run outside GitHub): the log and annotations still carry the report.
        core/* warning */.$e(`lifeguard: the job summary was not written: ${err.message}`);
    }
    if (failures.length)
        core/* setFailed */.C1(`lifeguard: ${failures.join('; ')}.`);
    else
        core/* info */.pq(`lifeguard: passed with ${countLine(report)} (fail-on: ${failOn}).`);
}
/** The pull request's changed files (pull-requests: read), or undefined (then every finding is annotated). */
async function changedFiles(client, run, number) {
    try {
        const paths = changedPaths(await listChangedFiles(client, run.repo, number));
        if (paths)
            return new Set(paths);
        core/* notice */.lm(`lifeguard: GitHub lists only the first ${MAX_LISTED_FILES.toLocaleString('en-US')} changed files of pull request #${number}, so findings in every file are annotated.`);
        return undefined;
    }
    catch (err) {
        core/* notice */.lm(`lifeguard: the changed files of pull request #${number} could not be listed (${(0,github_client/* describeGitHubError */.dZ)(err)}), so findings in every file are annotated; give the job permissions: pull-requests: read.`);
        return undefined;
    }
}
/** A broken .lifeguard.yml, reported like findings (with positions). */
function configProblemsReport(loaded) {
    const docs = new Map(loaded.doc ? [[loaded.doc.file, loaded.doc]] : []);
    return (0,resolve/* buildReport */.FK)(loaded.doc ? [{ file: loaded.doc.file, kind: 'unreadable' }] : [], (0,resolve/* resolveFindings */.zp)(loaded.findings, docs));
}
function configFailure(loaded) {
    return loaded.ioError ?? `the configuration file has ${(0,messages/* plural */.L)(loaded.findings.length, 'problem')}; nothing was checked`;
}

;// CONCATENATED MODULE: ./src/github/commit-pulls.ts
async function mergedPullsOf(client, repo, sha) {
    const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha, per_page: 100 });
    return data.filter((p) => p.merged_at).map((p) => p.number);
}

;// CONCATENATED MODULE: ./src/github/sticky-comment.ts
/**
 * One lifeguard comment per pull request and comment key, found by a hidden marker and updated in
 * place (or hidden and posted anew), never duplicated, always under GitHub's 65,536-character
 * limit. Only comments written by the identity lifeguard posts as are candidates: anyone can write
 * the marker into a comment of their own, and such a comment is never edited or hidden (ADR 0132).
 */


/** Every lifeguard marker starts so; the key follows (commentMarker). */
const COMMENT_MARKER = '<!-- lifeguard:sticky-comment';
/** The key of the markers lifeguard wrote before comment keys existed. */
const DEFAULT_COMMENT_KEY = 'default';
/** GITHUB_TOKEN's comments are written by this app account; GET /user refuses such tokens. */
const ACTIONS_BOT = 'github-actions[bot]';
/** The hidden marker of one key. The key is percent-encoded so it cannot end the HTML comment. */
function commentMarker(key) {
    const encoded = encodeURIComponent(key).replace(/[-!'()*~.]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    return `${COMMENT_MARKER} key=${encoded} -->`;
}
/** The default key: one comment per workflow and job, so two jobs (or workflows) never share one. */
function defaultCommentKey(env) {
    const parts = [env.GITHUB_WORKFLOW, env.GITHUB_JOB].filter((p) => !!p);
    return parts.length ? parts.join('/') : DEFAULT_COMMENT_KEY;
}
/** Who lifeguard's comments are written by: the token's user, or github-actions[bot] for GITHUB_TOKEN. */
async function commentIdentity(client) {
    try {
        return (await client.rest.users.getAuthenticated()).data.login;
    }
    catch (err) {
        // An installation token (GITHUB_TOKEN) cannot read /user: GitHub answers 403 (or 401/404).
        const status = (0,github_client/* httpStatus */.nG)(err);
        if (status === 401 || status === 403 || status === 404)
            return ACTIONS_BOT;
        throw err;
    }
}
/** GitHub rejects bodies over 65,536 characters; keep room for the marker and the notice. */
const MAX_COMMENT_CHARS = 64_000;
/**
 * The body within GitHub's limit. When it must be cut, the notice says where the rest is only if
 * the caller names a place that holds it (`restAt`, e.g. "the job summary of this run"); there is
 * no claim of a file that was not written.
 */
function fitComment(body, restAt, marker = commentMarker(DEFAULT_COMMENT_KEY)) {
    const whole = `${body}\n${marker}\n`;
    if (whole.length <= MAX_COMMENT_CHARS)
        return { body: whole, truncated: false };
    const notice = `The comment was cut to fit GitHub's size limit of 65,536 characters${restAt ? `; ${restAt} has everything` : ''}.`;
    const tail = `\n\n> [!WARNING]\n> ${notice}\n`;
    // Room for the closing fence and </details> lines that closeOpenBlocks may add.
    const room = MAX_COMMENT_CHARS - tail.length - marker.length - 2 - 400;
    const head = closeOpenBlocks(cutAtParagraph(body, room));
    return { body: `${head}${tail}\n${marker}\n`, truncated: true };
}
/** The legacy marker, without a key: taken as the default key's. */
const LEGACY_MARKER = '<!-- lifeguard:sticky-comment -->';
/** The newest comment by `author` carrying the marker of `key`. */
async function findStickyComment(client, repo, issueNumber, author, key) {
    const comments = await client.paginate(client.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
    const marker = commentMarker(key);
    const ours = comments.filter((c) => {
        if (c.user?.login?.toLowerCase() !== author.toLowerCase())
            return false;
        const body = c.body ?? '';
        return body.includes(marker) || (key === DEFAULT_COMMENT_KEY && body.includes(LEGACY_MARKER));
    });
    return ours.at(-1);
}
async function upsertStickyComment(client, repo, issueNumber, markdown, 
/**
 * onlyIfExists: bring an earlier comment up to date, but start no new one (nothing to say now).
 * key: which of several lifeguard comments (comment-key); author: who lifeguard posts as (default:
 * asked of the API); restAt: where a cut comment's rest can be read.
 */
options = {}) {
    const key = options.key ?? DEFAULT_COMMENT_KEY;
    const marker = commentMarker(key);
    const { body, truncated } = fitComment(markdown, options.restAt, marker);
    const author = options.author ?? (await commentIdentity(client));
    const existing = await findStickyComment(client, repo, issueNumber, author, key);
    if (!existing && options.onlyIfExists)
        return { action: 'skipped', truncated };
    // The same report again is no news: neither an edit nor a new comment.
    if (existing?.body === body)
        return { action: 'unchanged', id: existing.id, url: existing.html_url, truncated };
    if (existing && (options.mode ?? 'update') === 'update') {
        const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
        return { action: 'updated', id: data.id, url: data.html_url, truncated };
    }
    if (existing) {
        await client.graphql('mutation($id: ID!) { minimizeComment(input: {subjectId: $id, classifier: OUTDATED}) { minimizedComment { isMinimized } } }', { id: existing.node_id });
        // The hidden comment keeps the marker out of later searches.
        await client.rest.issues.updateComment({
            ...repo,
            comment_id: existing.id,
            body: (existing.body ?? '').replace(marker, '<!-- lifeguard:outdated -->').replace(LEGACY_MARKER, '<!-- lifeguard:outdated -->'),
        });
    }
    const { data } = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
    return { action: existing ? 'recreated' : 'created', id: data.id, url: data.html_url, truncated };
}

;// CONCATENATED MODULE: ./src/report/apply-outcome.ts
/**
 * The apply outcome as a block of a pull request's lifeguard comment: after the merge, per target
 * the pull request changed, whether its rules were applied and verified, at which commit, or why
 * not. The block sits at the top of the comment between markers, so a later run (one that applied
 * what a cancelled run did not) replaces it rather than adding another. Pure.
 */

const OUTCOME_START = '<!-- lifeguard:apply-outcome -->';
const OUTCOME_END = '<!-- /lifeguard:apply-outcome -->';
const apply_outcome_ICON = {
    applied: '✅',
    unchanged: '➖',
    refused: '❌',
    failed: '❌',
    'would apply': '⏳',
};
function renderApplyOutcome(lines, ctx) {
    const bad = lines.some((l) => l.status === 'refused' || l.status === 'failed');
    const commit = `\`${ctx.head.slice(0, 7)}\``;
    const out = [
        OUTCOME_START,
        `### After the merge: ${bad ? '❌ not everything was applied' : '✅ applied and verified'}`,
        '',
        `lifeguard apply on ${(0,inert_markdown/* inertText */.UJ)(ctx.branch)} at ${commit}${ctx.runUrl ? ` ([run](${ctx.runUrl}))` : ''}:`,
        '',
        '| Target | Bucket | Outcome |',
        '|---|---|---|',
    ];
    for (const l of lines)
        out.push(`| ${(0,inert_markdown/* inertText */.UJ)(l.target)} | ${(0,inert_markdown/* codeSpan */.SS)(l.bucket, true)} | ${apply_outcome_ICON[l.status]} ${outcomeWords(l, commit)} |`);
    out.push(OUTCOME_END, '');
    return out.join('\n');
}
function outcomeWords(l, commit) {
    switch (l.status) {
        case 'applied':
            return `applied and verified at ${commit}`;
        case 'unchanged':
            return `already had these rules at ${commit}`;
        case 'would apply':
            return `not applied yet: ${(0,inert_markdown/* inertText */.UJ)(l.message)}`;
        default:
            return `${l.status}, nothing written: ${(0,inert_markdown/* inertText */.UJ)(l.message)}`;
    }
}
/** The comment with the block at its top, replacing an earlier block. */
function withApplyOutcome(body, block) {
    return block + '\n' + withoutApplyOutcome(body).replace(/^\n+/, '');
}
function withoutApplyOutcome(body) {
    const start = body.indexOf(OUTCOME_START);
    const end = body.indexOf(OUTCOME_END);
    if (start < 0 || end < start)
        return body;
    return body.slice(0, start) + body.slice(end + OUTCOME_END.length).replace(/^\n/, '');
}

;// CONCATENATED MODULE: ./src/action/apply-outcome.ts
/**
 * After apply: the pull requests whose rules the run applied (or refused) hear about it in their
 * lifeguard comment. A target's pull request is the one that introduced the rules at the applied
 * commit (found in the branch's history by the drift guard, else the applied commit's own), so a
 * pull request whose run was cancelled while pending learns that a later run applied its rules.
 * Posting is best effort: the apply has happened, and a comment that cannot be written is a warning.
 */






/** Posts the outcomes; returns one line per pull request for the log. */
async function postApplyOutcomes(r) {
    const acted = r.results.filter((t) => statusOf(t) !== 'unchanged');
    if (!acted.length)
        return [];
    if (!r.inputs.githubToken || !r.run.repo)
        return ['the merged pull requests were not told the outcome: no github-token'];
    const client = (0,github_client/* makeClient */.yu)(r.inputs.githubToken, r.run.apiUrl);
    const repo = r.run.repo;
    const byCommit = new Map();
    for (const t of acted) {
        const sync = t.decision.action === 'put' || t.decision.action === 'delete' || t.decision.action === 'refuse' ? t.decision.sync : undefined;
        const commit = sync && (sync.state === 'lagging' || sync.state === 'drifted') && sync.desiredSince ? sync.desiredSince.sha : r.head;
        byCommit.set(commit, [...(byCommit.get(commit) ?? []), t]);
    }
    const byPull = new Map();
    const log = [];
    for (const [commit, targets] of byCommit) {
        try {
            for (const n of await mergedPullsOf(client, repo, commit))
                byPull.set(n, [...(byPull.get(n) ?? []), ...targets]);
        }
        catch (err) {
            log.push(`the pull request of ${commit.slice(0, 7)} could not be found (${(0,github_client/* describeGitHubError */.dZ)(err)}); its comment was not updated`);
        }
    }
    for (const [number, targets] of byPull) {
        const block = renderApplyOutcome(targets.map(lineOf), {
            head: r.head,
            branch: r.branch,
            ...(r.run.runUrl ? { runUrl: r.run.runUrl } : {}),
        });
        try {
            const author = await commentIdentity(client);
            const existing = await pullRequestComment(client, repo, number, author, r.inputs.commentKey);
            const restAt = r.run.runUrl ? `the job summary of the apply run (${r.run.runUrl})` : undefined;
            if (existing) {
                // The comment keeps its own marker (its comment-key), so the pull request's next run still finds it.
                const text = existing.body ?? '';
                const marker = [...text.matchAll(MARKER)].at(-1)?.[0] ?? commentMarker(DEFAULT_COMMENT_KEY);
                const body = withApplyOutcome(text.replace(`\n${marker}\n`, '').replace(marker, ''), block);
                await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: fitComment(body, restAt, marker).body });
            }
            else {
                await client.rest.issues.createComment({
                    ...repo,
                    issue_number: number,
                    body: fitComment(block, restAt, commentMarker(r.inputs.commentKey ?? DEFAULT_COMMENT_KEY)).body,
                });
            }
            log.push(`pull request #${number}: the comment shows the apply outcome of ${targets.map((t) => t.target.name).join(', ')}`);
        }
        catch (err) {
            const hint = (0,github_client/* httpStatus */.nG)(err) === 403 ? '; give the job permissions: pull-requests: write' : '';
            core/* warning */.$e(`lifeguard: the outcome was not posted on pull request #${number} (${(0,github_client/* describeGitHubError */.dZ)(err)})${hint}`);
        }
    }
    return log;
}
/** Lifeguard's markers, whatever their comment-key (sticky-comment.ts writes them). */
const MARKER = new RegExp(`${COMMENT_MARKER.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: key=[^ ]*)? -->`, 'g');
/**
 * The pull request's lifeguard comment: of the comment-key given to the apply step, else the newest
 * lifeguard comment by the identity lifeguard posts as, whatever its key (the pull-request workflow's
 * default key names its own workflow and job, which the apply workflow cannot know).
 */
async function pullRequestComment(client, repo, number, author, key) {
    if (key)
        return findStickyComment(client, repo, number, author, key);
    const comments = await client.paginate(client.rest.issues.listComments, { ...repo, issue_number: number, per_page: 100 });
    return comments
        .filter((c) => c.user?.login?.toLowerCase() === author.toLowerCase() && [...(c.body ?? '').matchAll(MARKER)].length > 0)
        .at(-1);
}
function lineOf(t) {
    const status = statusOf(t);
    const message = t.execution?.message ?? ('reason' in t.decision ? t.decision.reason : '');
    return { target: t.target.name, bucket: t.target.bucket, status, message };
}

;// CONCATENATED MODULE: ./src/action/apply.ts
/**
 * `command: apply` on the default branch: reconcile. Every target's rules at the run's commit are
 * compared with its bucket, and each that differs is applied, so a run that was cancelled while
 * pending, or failed, is repaired by the next (ADR 0140). The drift guard searches the branch's
 * history: a bucket holding an earlier commit's rules is lagging and applied, one holding rules no
 * commit had drifted and stops (unless on-drift: overwrite). `targets` narrows the run to some
 * targets. Only from the default branch, whatever the event (apply-ref.ts). With `dry-run`, nothing
 * is written: the job summary shows what would be, and what it deletes (the plan job a reviewer
 * reads before approving the protected environment). After a real apply, the pull requests that
 * introduced the applied rules get the outcome in their lifeguard comment (apply-outcome.ts).
 */















class ApplyRefusal extends Error {
    name = 'ApplyRefusal';
}
async function applyCommand(inputs, run) {
    const place = await applyPlace(inputs, run);
    if (!place.ok)
        throw new ApplyRefusal(place.reason);
    const push = pushOf(run.eventName, run.payload);
    const loaded = await (0,config_config/* loadConfig */.Z9)(inputs.config, new workspace_workspace/* Workspace */.a(run.cwd, run.root));
    if (!loaded.ok) {
        annotate(configProblemsReport(loaded), { cwd: run.cwd, root: run.root, env: run.env });
        throw new ApplyRefusal(`${configFailure(loaded)}; nothing was applied`);
    }
    const config = loaded.config;
    const head = run.sha ?? push?.after ?? 'HEAD';
    const at = `${head === 'HEAD' ? 'HEAD' : head.slice(0, 7)} of ${place.ref.replace(/^refs\/heads\//, '')}`;
    const trigger = push?.before && push.after ? `push ${push.before.slice(0, 7)}..${push.after.slice(0, 7)}` : run.eventName || 'manual run';
    let names;
    let scope;
    if (Array.isArray(inputs.targets)) {
        names = inputs.targets;
        scope = `${inputs.dryRun ? 'Dry run: what applying' : 'Applying'} the rules at ${at} would do to the targets named in the input (${trigger}): ${names.join(', ')}.`;
    }
    else {
        // Rules Terraform or CloudFormation own are applied by them: reconciling leaves those targets out (naming one refuses it).
        const owned = config.targets.filter((t) => (0,apply/* rulesOwner */.js)(t) !== undefined).map((t) => t.name);
        names = config.targets.filter((t) => (0,apply/* rulesOwner */.js)(t) === undefined).map((t) => t.name);
        scope = `${inputs.dryRun ? 'Dry run: reconciling' : 'Reconciling'} every target with its bucket at ${at} (${trigger}): ${(0,messages/* plural */.L)(names.length, 'target')}. A bucket that already has the rules is left alone; one behind the branch is brought up to date.${owned.length ? ` Left out, their rules owned by Terraform or CloudFormation: ${owned.join(', ')}.` : ''}`;
    }
    const notices = [];
    if (names.length) {
        const live = await probeLiveAccess(run.env);
        if (live.kind !== 'found')
            throw new ApplyRefusal(`apply needs AWS credentials with write access: ${live.reason}; nothing was applied`);
    }
    const results = await runApply({
        config,
        ...(loaded.doc ? { configDoc: loaded.doc } : {}),
        cwd: run.cwd,
        env: run.env,
        names,
        history: { root: run.root, head, depth: inputs.historyDepth },
        onDrift: inputs.onDrift,
        overwriteHint: 'the input on-drift: overwrite',
        deleteAll: inputs.deleteAll,
        now: () => new Date(),
        ...(inputs.dryRun ? { dryRun: { maxObjects: inputs.maxObjects, horizonMonths: inputs.costMonths } } : {}),
    });
    for (const t of results)
        (0,runner_log/* logBlock */.Mk)(`lifeguard: target ${t.target.name}: ${statusOf(t)}${t.execution ? `: ${t.execution.message}` : t.decision.action === 'refuse' || t.decision.action === 'none' ? `: ${t.decision.reason}` : ''}`);
    const diagnostics = results.flatMap((t) => t.plan.diagnostics);
    const bad = results.filter((t) => statusOf(t) === 'refused' || statusOf(t) === 'failed');
    const applied = results.filter((t) => statusOf(t) === 'applied').length;
    const display = (p) => (0,config_config/* workspaceOf */.B3)(config).display(p);
    const reportJson = await writeReportJson({
        version: 1,
        command: 'apply',
        commit: head,
        dryRun: inputs.dryRun,
        verdict: bad.length ? 'fail' : 'pass',
        targets: results.map((t) => ({
            target: t.target.name,
            bucket: t.target.bucket,
            status: statusOf(t),
            message: t.execution?.message ?? ('reason' in t.decision ? t.decision.reason : undefined),
            verified: t.execution?.verified ?? false,
            backup: t.execution?.backup
                ? { ...(t.execution.backup.path ? { path: display(t.execution.backup.path) } : {}), restore: t.execution.backup.restore }
                : undefined,
            ...(t.decision.action !== 'none' && t.decision.sync ? { sync: t.decision.sync } : {}),
            before: t.before,
            ...(t.toWrite !== undefined ? { toWrite: t.toWrite } : {}),
            after: t.after,
            ...(t.deletion ? { deleted: t.deletion.deleted } : {}),
            changes: t.plan.diff?.sentences ?? [],
            diagnostics: t.plan.diagnostics,
        })),
    }, run.cwd, inputs.reportJson, run.runnerTemp);
    setOutputs({
        verdict: bad.length ? 'fail' : 'pass',
        errors: diagnostics.filter((d) => d.severity === 'error').length,
        warnings: diagnostics.filter((d) => d.severity === 'warning').length,
        applied,
        ...(reportJson ? { reportJson } : {}),
    });
    try {
        await core/* summary */.z
            .addRaw(fitSummary(renderApplySummary(results, { scope, display, notices, dryRun: inputs.dryRun }), reportJson ? `the JSON report (${reportJson})` : 'the log of this step'))
            .write();
    }
    catch (err) {
        core/* warning */.$e(`lifeguard: the job summary was not written: ${err.message}`);
    }
    if (!inputs.dryRun && inputs.comment !== 'off') {
        for (const line of await postApplyOutcomes({ inputs, run, results, head, branch: place.ref.replace(/^refs\/heads\//, '') }))
            core/* info */.pq(`lifeguard: ${line}`);
    }
    if (bad.length) {
        core/* setFailed */.C1(`lifeguard: ${bad.map((t) => `${t.target.name} ${statusOf(t)}: ${t.execution?.message ?? ('reason' in t.decision ? t.decision.reason : '')}`).join('; ')}.`);
    }
    else if (inputs.dryRun) {
        core/* info */.pq(`lifeguard: dry run: ${(0,messages/* plural */.L)(results.filter((t) => statusOf(t) === 'would apply').length, 'target')} would be applied; nothing was written.`);
    }
    else {
        core/* info */.pq(`lifeguard: ${(0,messages/* plural */.L)(applied, 'target')} applied and verified.`);
    }
}

// EXTERNAL MODULE: ./src/plan/plan.ts + 1 modules
var plan_plan = __webpack_require__(233);
// EXTERNAL MODULE: ./src/config/apply-severities.ts
var apply_severities = __webpack_require__(4196);
;// CONCATENATED MODULE: ./src/pipeline/inventory-evidence.ts
/**
 * Whether a target's S3 Inventory report may serve as evidence: its manifest must describe the
 * target's bucket (`sourceBucket`; another bucket is an error and the report is not used), its age
 * is said in the comment and is a warning past `gates.inventory-max-age-days` (default 7), and a
 * report the pull request itself changes cannot judge that pull request's costs. Only the manifest
 * is read here.
 */








/** undefined when the target names no local inventory. */
async function inventoryEvidence(c) {
    const path = c.target.inventory;
    if (!path || /^s3:\/\//i.test(path))
        return undefined;
    const abs = (0,external_node_path_.resolve)(c.config.dir, path);
    if (c.changed?.some((f) => within((0,external_node_path_.resolve)(c.root, f), abs))) {
        return { diagnostics: [], usable: false, reason: `the pull request changes the inventory ${path} that would judge it` };
    }
    let manifestPath;
    try {
        const { localSource } = await __webpack_require__.e(/* import() */ 209).then(__webpack_require__.bind(__webpack_require__, 4209));
        manifestPath = localSource(path, c.config.dir).manifestPath;
    }
    catch (err) {
        return { diagnostics: [], usable: false, reason: err.message };
    }
    const file = (0,config_config/* workspaceOf */.B3)(c.config).display(manifestPath);
    const read = await (0,load_read/* readSource */.o)(manifestPath, file);
    if (!read.ok)
        return { diagnostics: [], usable: false, reason: `${file}: ${read.problem.message}` };
    const data = read.doc.data;
    const findings = [];
    let usable = true;
    let reason;
    if (typeof data?.sourceBucket === 'string' && data.sourceBucket !== c.target.bucket) {
        usable = false;
        reason = `the inventory ${file} is of bucket ${data.sourceBucket}, not ${c.target.bucket}`;
        findings.push({
            ruleId: file_rules/* INVENTORY_BUCKET */.KP.id,
            severity: file_rules/* INVENTORY_BUCKET */.KP.defaultSeverity,
            file,
            pointer: '/sourceBucket',
            message: `target ${c.target.name}: the inventory is of bucket ${data.sourceBucket}, not ${c.target.bucket}; it is not used`,
        });
    }
    const created = Number(data?.creationTimestamp);
    let asOf;
    let ageDays;
    if (Number.isFinite(created) && created > 0) {
        asOf = new Date(created).toISOString().slice(0, 10);
        ageDays = Math.floor((c.now.getTime() - created) / timing/* DAY_MS */.sO);
        const max = c.config.gates['inventory-max-age-days'] ?? DEFAULT_INVENTORY_MAX_AGE_DAYS;
        if (ageDays > max) {
            findings.push({
                ruleId: file_rules/* INVENTORY_STALE */.Dp.id,
                severity: file_rules/* INVENTORY_STALE */.Dp.defaultSeverity,
                file,
                pointer: '/creationTimestamp',
                message: `target ${c.target.name}: the inventory is ${ageDays} days old (${asOf}), older than ${max} days; its objects may no longer be the bucket's`,
            });
        }
    }
    const docs = new Map([[file, read.doc]]);
    return {
        diagnostics: (0,resolve/* resolveFindings */.zp)((0,apply_severities/* applySeverities */.m)(findings, c.config.rules), docs),
        usable,
        ...(reason ? { reason } : {}),
        ...(asOf ? { asOf } : {}),
        ...(ageDays !== undefined ? { ageDays } : {}),
    };
}
function within(file, dir) {
    return file === dir || file.startsWith(dir.endsWith(external_node_path_.sep) ? dir : dir + external_node_path_.sep);
}

;// CONCATENATED MODULE: ./src/pipeline/pr-cost.ts
/**
 * The cost side of a pull request, for each target whose S3 Inventory report is configured: the
 * cost engine projects the live rules and the proposed ones over the inventory, and the result is
 * cut to what the comment and the gates need (monthly cost now and after, month 1 and month N,
 * savings, data deleted within the horizon that the live rules keep, what is not known, where the
 * prices come from). Asking for live prices and getting the bundled snapshot is a Price List
 * error: the figures are still shown, but the target's gate fails unless on-error: warn.
 */


/** undefined when the target has no inventory (no projection was asked for). */
async function projectTargetCost(p, config, options) {
    const inventory = p.target.inventory;
    if (!inventory)
        return undefined;
    if (!p.proposed || !p.state)
        return { unknowns: ['no cost projection: the live rules could not be read'] };
    const region = p.target.region ?? (options.env.AWS_REGION || options.env.AWS_DEFAULT_REGION);
    if (!region)
        return {
            unknowns: [],
            failure: 'no cost projection: the target names no region (and AWS_REGION is not set), so there are no prices to use',
        };
    const out = { unknowns: [] };
    try {
        const catalog = await catalogFor(region, options);
        if (options.prices === 'live' && catalog.info.source !== 'live') {
            out.failure = `Price List API: live prices were asked for but not available (${catalog.info.notices.join(' ') || 'no reason given'}); the figures use the bundled snapshot`;
        }
        const { projectTarget } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(340)]).then(__webpack_require__.bind(__webpack_require__, 9340));
        let baseline;
        const projection = await projectTarget({
            ...(options.baselines ? { onBaseline: (b) => (baseline = b) } : {}),
            proposedData: p.proposed.configuration,
            ...(p.state.lifecycle ? { currentData: p.state.lifecycle } : {}),
            inventory: /^s3:\/\//i.test(inventory) ? inventory : (0,external_node_path_.resolve)(config.dir, inventory),
            endpoint: p.target.endpoint,
            forcePathStyle: p.target.forcePathStyle,
            // From the base commit's settings for an existing target (trust/settings.ts): the pull request does not pick it.
            ...(p.target.intelligentTieringAccess === undefined ? {} : { itAccessedShare: p.target.intelligentTieringAccess }),
            region,
            catalog,
            months: options.months,
            cwd: options.cwd,
        });
        if (options.baselines && baseline)
            await writeBaseline(options, p.target.name, baseline);
        out.cost = costSummary(projection.report, catalog);
        out.deleted = projection.deletedEarlier;
        out.unknowns.push(...projection.report.unknowns.filter((u) => u.kind !== 'prices').map((u) => u.message));
    }
    catch (err) {
        out.failure = `the cost projection failed: ${(0,plan_plan/* failureText */.kY)(err)}`;
    }
    return out;
}
function costSummary(r, catalog) {
    const first = r.monthly[0];
    const last = r.monthly.at(-1);
    const month = (m) => ({ currentUsd: m?.current.totalUsd ?? 0, proposedUsd: m?.proposed.totalUsd ?? 0 });
    return {
        months: r.months,
        first: month(first),
        last: month(last),
        savingsUsd: r.totals.savingsUsd,
        prices: { source: catalog.info.source === 'live' ? 'AWS Price List API' : 'bundled price snapshot', date: r.prices.date },
        notices: r.unknowns.filter((u) => u.kind === 'prices').map((u) => u.message),
        monthly: r.monthly.map((m) => ({ currentUsd: m.current.totalUsd, proposedUsd: m.proposed.totalUsd })),
        assumptions: r.assumptions.map((a) => a.message),
    };
}
async function writeBaseline(options, target, baseline) {
    const { mkdir, writeFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
    const { baselineFile } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7370));
    const dir = (0,external_node_path_.resolve)(options.cwd, options.baselines);
    await mkdir(dir, { recursive: true });
    await writeFile(baselineFile(dir, target), `${JSON.stringify(baseline)}\n`);
}
function catalogFor(region, options) {
    let c = options.catalogs.get(region);
    if (!c) {
        c = Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2210)).then((m) => m.loadPriceCatalog(options.prices, region));
        options.catalogs.set(region, c);
    }
    return c;
}

// EXTERNAL MODULE: ./src/load/source-files.ts
var source_files = __webpack_require__(9745);
// EXTERNAL MODULE: ./src/quarantine/record.ts + 1 modules
var record = __webpack_require__(1994);
;// CONCATENATED MODULE: ./src/pipeline/targets.ts
/**
 * Which targets a change touches: a target is touched when its lifecycle file, its policy, its
 * Terraform module or CloudFormation template, its registry manifest or its quarantine file (whose
 * batches become its rules) changed, and every
 * target is touched when the configuration file itself changed. Paths are compared relative to the
 * repository root, with forward slashes.
 */



function touchedTargets(config, changedFiles, repoRoot) {
    // A change made through a symbolic link is listed by git under the link's target: compare real paths too.
    const changed = new Set(changedFiles.flatMap((f) => withReal(config, repoRoot, (0,external_node_path_.resolve)(repoRoot, f), normalize(f))));
    const configFile = config.file ? normalize((0,external_node_path_.relative)(repoRoot, (0,external_node_path_.resolve)(repoRoot, config.file))) : undefined;
    const all = configFile !== undefined && changed.has(configFile);
    const out = [];
    for (const target of config.targets) {
        const own = [target.source.lifecycle, target.source.policy, target.registry, (0,record/* quarantinePath */.Q2)(target, config)]
            .filter((p) => !!p)
            .flatMap((p) => withReal(config, repoRoot, (0,external_node_path_.resolve)(config.dir, p)));
        const because = [...new Set(own.filter((p) => changed.has(p))), ...iacChanges(target, config, repoRoot, changed)];
        if (all)
            because.push(configFile);
        if (because.length)
            out.push({ target, because });
    }
    return out;
}
/** Changed files that belong to no target (still linted when they look like lifecycle files). */
function untargetedFiles(config, changedFiles, repoRoot) {
    const owned = new Set(config.targets.flatMap((t) => [t.source.lifecycle, t.source.policy, t.registry, (0,record/* quarantinePath */.Q2)(t, config)]
        .filter((p) => !!p)
        .flatMap((p) => withReal(config, repoRoot, (0,external_node_path_.resolve)(config.dir, p)))));
    return changedFiles.map(normalize).filter((f) => !withReal(config, repoRoot, (0,external_node_path_.resolve)(repoRoot, f), f).some((p) => owned.has(p)));
}
/** The path relative to the root as written, and where it really leads when that differs (workspace.ts). */
function withReal(config, repoRoot, absolute, logical = normalize((0,external_node_path_.relative)(repoRoot, absolute))) {
    const real = config.workspace?.repoPath(absolute);
    return real !== undefined && real !== logical ? [logical, real] : [logical];
}
/**
 * Changed files behind a Terraform or CloudFormation source: the template or plan itself; for a
 * Terraform file or module folder also every file of the module that Terraform reads (variables
 * and locals live there; load/source-files.ts). They are still checked as files too
 * (untargetedFiles keeps them).
 */
function iacChanges(target, config, repoRoot, changed) {
    const given = target.source.terraform ?? target.source.cloudformation;
    if (given === undefined)
        return [];
    const own = normalize((0,external_node_path_.relative)(repoRoot, (0,external_node_path_.resolve)(config.dir, given)));
    if (target.source.cloudformation !== undefined || (own.endsWith('.json') && !(0,source_files/* isTerraformFile */.L5)(own)))
        return changed.has(own) ? [own] : [];
    const folder = (0,source_files/* isTerraformFile */.L5)(own) ? own.slice(0, own.lastIndexOf('/') + 1) : `${own.replace(/\/$/, '')}/`;
    return [...changed].filter((f) => f === own || (f.startsWith(folder) && !f.slice(folder.length).includes('/') && (0,source_files/* isTerraformModuleFile */.n$)(f.slice(folder.length))));
}
function normalize(p) {
    return p.split('\\').join('/').replace(/^\.\//, '');
}

;// CONCATENATED MODULE: ./src/pipeline/pull-request.ts
/**
 * A pull request, checked: lint every target its changed files touch (and any other changed file
 * that is a lifecycle configuration or policy), plan those targets against their live buckets when
 * the run can read them, project what the change deletes, and turn it all into gate verdicts and
 * the report the comment and the job summary are rendered from. GitHub is not touched here: the
 * changed files and labels come in, the report goes out.
 */














async function runPullRequest(input) {
    const { config, cwd, root } = input;
    const touched = input.changed
        ? touchedTargets(config, input.changed, root).map((t) => t.target)
        : input.targets
            ? (0,plan/* selectTargets */.Dv)(config, input.targets).map((t) => t.target)
            : config.targets;
    const scope = (input.paths.length ? input.paths : ['.']).map((p) => (0,external_node_path_.resolve)(cwd, p));
    const implicit = input.changed
        ? untargetedFiles(config, input.changed, root)
            .map((f) => (0,external_node_path_.resolve)(root, f))
            .filter((f) => scope.some((s) => f === s || f.startsWith(s.endsWith(external_node_path_.sep) ? s : s + external_node_path_.sep)))
        : [];
    const explicit = input.changed || input.targets ? touched.flatMap((t) => sourcesOf(t, config)) : input.paths.length ? [...input.paths] : ['.'];
    // Fixes: for the suggested changes and the SARIF file.
    const checked = await (0,check/* runCheck */.k)(explicit, config, cwd, { implicit, fixes: true });
    const failures = [...input.failures, ...checked.ioErrors.map((e) => `could not read ${e.path}: ${e.message}`)];
    const notices = [...input.notices];
    if (input.live.kind !== 'found' && touched.length) {
        notices.push(`Lint only: ${input.live.reason}, so the live bucket${touched.length === 1 ? ' was' : 's were'} not read for ${touched.map((t) => t.name).join(', ')}. ` +
            'Rule changes against the live rules, bucket-state rules and the data a change deletes were not evaluated, so the verdict is incomplete. ' +
            'Give this job a read-only AWS role to plan against the buckets (see examples/workflows/).');
    }
    const prepared = new Map();
    if (input.live.kind === 'found') {
        for (const target of touched) {
            const index = config.targets.indexOf(target);
            prepared.set(target, await (0,plan_plan/* prepareTarget */.zb)(target, index, config, {
                cwd,
                env: input.env,
                listLimit: input.maxObjects,
                now: input.now,
                configDoc: input.configDoc,
            }));
        }
    }
    const evidence = new Map();
    for (const target of touched)
        evidence.set(target, await inventoryEvidence({ target, config, cwd, root, now: input.now, ...(input.changed ? { changed: input.changed } : {}) }));
    const inventoryDiags = [...evidence.values()].flatMap((e) => e?.diagnostics ?? []);
    const all = dedupe([
        ...checked.report.diagnostics,
        ...[...prepared.values()].flatMap((p) => p.plan.diagnostics),
        ...inventoryDiags,
        ...(input.loosened?.diagnostics ?? []),
    ]);
    const costOptions = { ...input.cost, cwd, env: input.env, catalogs: new Map() };
    const owned = new Set();
    const targets = [];
    const outcomes = [];
    for (const target of touched) {
        const p = prepared.get(target);
        const inventory = evidence.get(target);
        const files = new Set(sourcesOf(target, config).map((f) => (0,config_config/* workspaceOf */.B3)(config).display(f)));
        const planDiags = new Set([...(p?.plan.diagnostics ?? []), ...(inventory?.diagnostics ?? [])].map(keyOf));
        // A Terraform source may be a module folder: its files' findings are the target's too.
        const diagnostics = all.filter((d) => d.ruleId !== file_rules/* SETTINGS_LOOSENED */.mW.id &&
            (files.has(d.file) || [...files].some((f) => d.file.startsWith(`${f}/`)) || planDiags.has(keyOf(d))));
        diagnostics.forEach((d) => owned.add(d));
        const { section, outcome, listed } = describeTarget(target, p, diagnostics, input);
        let projected;
        if (inventory?.asOf)
            section.unknowns.push(`the S3 Inventory report is of ${inventory.asOf} (${(0,messages/* plural */.L)(inventory.ageDays ?? 0, 'day')} old)`);
        if (p && target.inventory) {
            if (inventory && !inventory.usable)
                outcome.costMissing = inventory.reason;
            else
                projected = await addCost(p, config, costOptions, section, outcome);
        }
        else if (target.inventory)
            outcome.costMissing = outcome.liveMissing ?? 'the live rules were not read';
        settleDeletion(section, outcome, listed, projected, input);
        targets.push(section);
        outcomes.push(outcome);
    }
    const other = all.filter((d) => !owned.has(d));
    const counted = other.filter((d) => d.ruleId !== file_rules/* SETTINGS_LOOSENED */.mW.id);
    const checks = {
        failures,
        ...(counted.length ? { otherFindings: countOf(counted) } : {}),
        ...(input.loosened?.settings.length ? { loosened: input.loosened.settings } : {}),
        ...(input.approvals ? { approvals: input.approvals } : {}),
        ...(input.live.kind === 'broken' ? { failClosed: input.live.reason } : {}),
    };
    const verdict = evaluateGates(outcomes, input.settings, checks);
    const deleted = outcomes.filter((o) => o.deletedBytes !== undefined);
    const costed = outcomes.filter((o) => o.cost);
    return {
        report: { verdict, targets, otherDiagnostics: other, notices },
        check: (0,resolve/* buildReport */.FK)(checked.report.files, all),
        sources: checked.sources,
        plans: [...prepared.values()].map((p) => p.plan),
        outcomes,
        checks,
        totals: {
            ...(costed.length ? { monthlyDeltaUsd: costed.reduce((n, o) => n + o.cost.proposedUsd - o.cost.currentUsd, 0) } : {}),
            ...(deleted.length ? { deletedBytes: deleted.reduce((n, o) => n + o.deletedBytes, 0) } : {}),
        },
    };
}
/** The verdict again, after something later in the run failed (posting the comment) or approvals were settled. */
function reevaluate(run, settings, more) {
    run.checks.failures.push(...(more.failures ?? []));
    if (more.approvals)
        run.checks.approvals = more.approvals;
    return evaluateGates(run.outcomes, settings, run.checks);
}
function describeTarget(target, p, diagnostics, input) {
    const counts = countOf(diagnostics);
    const section = {
        name: target.name,
        bucket: target.bucket,
        source: p?.plan.source ?? target.source.lifecycle ?? target.source.policy ?? target.source.terraform ?? target.source.cloudformation ?? '',
        unknowns: [],
        diagnostics,
    };
    const outcome = { name: target.name, ...counts };
    if (input.live.kind !== 'found') {
        section.liveSkipped = input.live.kind === 'none' ? 'no AWS credentials in this run' : input.live.reason;
        outcome.liveMissing = input.live.reason;
    }
    if (!p || !p.state) {
        outcome.liveMissing ??= p?.plan.failure ? 'the bucket could not be read' : 'the proposed rules could not be read';
        if ((0,production_without_object_lock/* immutabilityReason */.z)(target))
            outcome.immutabilityUnknown = true;
    }
    if (!p)
        return { section, outcome };
    const plan = p.plan;
    // A source that does not parse is already an error finding; anything else is a failure to check.
    if (plan.failure && (p.proposed || counts.errors === 0))
        outcome.failure = section.failure = plan.failure;
    if (plan.diff)
        section.diff = plan.diff;
    if (plan.immutabilityMissing)
        outcome.immutabilityMissing = true;
    section.unknowns.push(...plan.notices);
    if (p.listing && p.proposed && p.state) {
        const listed = deletedEarlier(p.listing.listing, p.listing.tagsOf, p.state.lifecycle, p.proposed.configuration, input.now, p.state.versioning !== 'Never', input.cost.months);
        if (listed.undetermined) {
            section.unknowns.push(`${(0,messages/* plural */.L)(listed.undetermined, 'listed object')} may be selected by tag-filtered rules whose tags were not read; they are not counted as deleted`);
        }
        return { section, outcome, listed };
    }
    if (p.proposed && p.state)
        outcome.deletionMissing = input.maxObjects === 0 ? 'the bucket was not listed (max-objects: 0)' : 'the bucket could not be listed';
    return { section, outcome };
}
/**
 * The deletion figure of a target: the live listing is the evidence; an inventory (whole bucket)
 * can add to it, never lower it. A listing cut at max-objects is a lower bound: enough to fail the
 * gate, not to pass it, unless an inventory covers the rest.
 */
function settleDeletion(section, outcome, listed, inventory, input) {
    const months = input.cost.months;
    const fromInventory = inventory ? { ...inventory, topPrefixes: [], horizonMonths: months, basis: 'inventory' } : undefined;
    if (listed && fromInventory && fromInventory.bytes > listed.deleted.bytes) {
        section.deleted = fromInventory;
        section.unknowns.push(`the S3 Inventory report shows more data deleted earlier than the listing (${(0,messages/* plural */.L)(listed.deleted.objects, 'object')} listed); its figure is used`);
    }
    else if (listed)
        section.deleted = listed.deleted;
    else if (fromInventory) {
        section.deleted = fromInventory;
        if (outcome.deletionMissing)
            section.unknowns.push(`${outcome.deletionMissing}: the figure comes from the S3 Inventory report alone`);
    }
    if (!section.deleted)
        return;
    const partial = listed?.partial && section.deleted.basis === 'listing';
    const limit = input.settings.maxDeletedBytes;
    if (partial && (limit === undefined || section.deleted.bytes <= limit)) {
        outcome.deletionMissing = `the listing stopped at ${(0,messages/* plural */.L)(section.deleted.listed ?? 0, 'entry', 'entries')} (max-objects) and found ${section.deleted.bytes} bytes; the rest of the bucket is not known (configure an inventory, or raise max-objects)`;
        return;
    }
    delete outcome.deletionMissing;
    outcome.deletedBytes = section.deleted.bytes;
}
/** The projection of a target with a usable inventory: cost, and its measure of the data deleted earlier. */
async function addCost(p, config, options, section, outcome) {
    const projected = await projectTargetCost(p, config, options);
    if (!projected)
        return undefined;
    section.unknowns.push(...projected.unknowns);
    if (projected.failure)
        outcome.failure = section.failure = [outcome.failure, projected.failure].filter(Boolean).join('; ');
    if (projected.cost) {
        section.cost = projected.cost;
        outcome.cost = projected.cost.first;
    }
    else
        outcome.costMissing = projected.failure ?? projected.unknowns[0] ?? 'the cost projection failed';
    return projected.deleted;
}
/** The files a target is made of, absolute. */
function sourcesOf(target, config) {
    return [target.source.lifecycle, target.source.policy, target.source.terraform, target.source.cloudformation]
        .filter((p) => !!p)
        .map((p) => (0,external_node_path_.resolve)(config.dir, p));
}
function countOf(diags) {
    return { errors: diags.filter((d) => d.severity === 'error').length, warnings: diags.filter((d) => d.severity === 'warning').length };
}
function keyOf(d) {
    return `${d.ruleId}\u0000${d.file}\u0000${d.line}\u0000${d.column}\u0000${d.message}`;
}
/**
 * Lint findings come from the check and again from the plan of the same file: keep one of each.
 * The plan's may say more after the same words (registry-protection adds what the bucket listing
 * holds): then the shorter one, at the same place, by the same rule and as severe, is the same
 * finding. The severity is part of the place, so folding never turns an error into a warning.
 */
function dedupe(diags) {
    const seen = new Map();
    for (const d of diags)
        if (!seen.has(keyOf(d)))
            seen.set(keyOf(d), d);
    const byPlace = new Map();
    for (const d of seen.values()) {
        const place = `${d.ruleId}\u0000${d.severity}\u0000${d.file}\u0000${d.line}\u0000${d.column}`;
        const group = byPlace.get(place);
        if (group)
            group.push(d);
        else
            byPlace.set(place, [d]);
    }
    const kept = [];
    for (const group of byPlace.values()) {
        // Sorted, every message that starts with another comes right after it (or after one that does).
        group.sort((a, b) => (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
        group.forEach((d, i) => {
            const next = group[i + 1];
            if (!next || !next.message.startsWith(d.message))
                kept.push(d);
        });
    }
    return kept.sort(resolve/* compareDiagnostics */.oV);
}
/** Repository-relative path of a diagnostic's file (they are relative to the working directory). */
function repoPath(file, cwd, root) {
    return (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(cwd, file)).split(external_node_path_.sep).join('/');
}

// EXTERNAL MODULE: ./src/load/discover.ts
var discover = __webpack_require__(3533);
// EXTERNAL MODULE: ./src/quarantine/manifest.ts
var quarantine_manifest = __webpack_require__(3135);
;// CONCATENATED MODULE: ./src/trust/materialize.ts
/**
 * The files of one commit that lifeguard judges, copied as data into a fresh folder: the commit's
 * .lifeguard.yml, each target's lifecycle file, policy, Terraform module or CloudFormation
 * template, registry manifest and quarantine file, and any other files asked for (a pull request's
 * changed files that check judges: JSON, YAML and .tf, a Terraform file with its module). Nothing
 * is checked out and nothing is run: every file is read through git or the contents API
 * (file-at.ts), must stay inside the repository, and is bounded in size and number. Used by the
 * privileged half of the fork split, which must judge a fork's files without running its code, and
 * to measure an older commit an approval was given on.
 */











/** Files copied per commit at most: a pull request touching more is judged on these and says so. */
const MAX_MATERIALIZED_FILES = 300;
async function materializeCommit(r) {
    const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `lifeguard-${r.commit.slice(0, 7)}-`));
    const out = { root, written: [], problems: [] };
    // Problems that come from a bound (a file over the size limit, the count reached), not from a read that failed.
    const bounded = new Set();
    const copy = async (path) => {
        if (out.written.includes(path))
            return undefined;
        if (out.written.length >= MAX_MATERIALIZED_FILES) {
            const problem = `more than ${MAX_MATERIALIZED_FILES} files: ${path} and later ones were not read`;
            out.problems.push(problem);
            bounded.add(problem);
            return undefined;
        }
        const read = await (0,file_at/* readFileAt */._T)(r.files, r.commit, path);
        if (read.kind === 'failed')
            out.problems.push(read.reason);
        if (read.kind === 'failed' && read.tooLarge)
            bounded.add(read.reason);
        if (read.kind !== 'found')
            return undefined;
        await materialize_write(root, path, read.text);
        out.written.push(path);
        return read.text;
    };
    // A folder is listed once, however many targets and changed files share it.
    const listings = new Map();
    const list = (path) => {
        if (!listings.has(path))
            listings.set(path, (0,file_at/* listFolderAt */.K)(r.files, r.commit, path));
        return listings.get(path);
    };
    const copyIac = (path, kind) => copySource(r, out, bounded, kind, path, list);
    const text = await copy(r.configPath);
    if (text === undefined && !out.problems.length)
        out.configAbsent = true;
    if (text !== undefined) {
        const parsed = (0,load_document/* parseText */.r4)(r.configPath, text);
        const dir = (0,external_node_path_.join)(root, ...external_node_path_.posix.dirname(r.configPath).split('/'));
        const loaded = parsed.ok ? (0,config_config/* parseConfig */.o4)(parsed.doc, dir) : undefined;
        // Every path the file names must stay inside the copies, as loadConfig demands of a checkout: a
        // fork's file naming /home/runner/… or ../../ would otherwise be read on the privileged runner.
        const workspace = new workspace_workspace/* Workspace */.a(dir, root);
        const outside = loaded?.ok ? (0,config_config/* confinementFindings */.H1)(loaded.config, workspace, r.configPath) : [];
        if (outside.length)
            out.failure = `${r.configPath} at ${r.commit.slice(0, 7)}: ${outside[0].message}`;
        else if (loaded?.ok) {
            out.config = { ...loaded.config, workspace };
            out.doc = parsed.ok ? parsed.doc : undefined;
            for (const { path, iac } of targetFiles(loaded.config, root)) {
                if (iac) {
                    await copyIac(path, iac);
                    continue;
                }
                const text = await copy(path);
                // A quarantine file's batches list their keys in manifest files beside it (quarantine/manifest.ts).
                if (text !== undefined && path.endsWith('.json'))
                    for (const m of manifestsOf(text, path))
                        await copy(m);
            }
        }
        else
            out.failure = `${r.configPath} at ${r.commit.slice(0, 7)} is not a valid lifeguard configuration`;
    }
    // The changed files check judges on a same-repository pull request (load/discover.ts); a Terraform
    // file is evaluated in its folder's scope there, so its module comes with it. No target names
    // them: what a bound keeps out (a file over the size limit, past the cap) is skipped with a word,
    // as a same-repository check skips a large file that is no lifecycle configuration; a target's
    // own files that cannot be copied, and any read that failed, stay problems.
    const targetProblems = out.problems.length;
    for (const path of r.extra ?? []) {
        if (!insideRepo(path) || !(0,discover/* isDataFile */.v)(path))
            continue;
        if ((0,source_files/* isTerraformFile */.L5)(path))
            await copyIac(path, 'terraform');
        else
            await copy(path);
    }
    // A changed file's read that failed stays a problem: it is evidence the run lacks.
    const ofChanged = out.problems.splice(targetProblems);
    out.problems.push(...ofChanged.filter((p) => !bounded.has(p)));
    out.skipped = ofChanged.filter((p) => bounded.has(p));
    return out;
}
/**
 * Copies the files a Terraform or CloudFormation source is read from (load/source-files.ts), all of
 * them or none: a module missing one of its files (a tfvars file over the size limit, the count
 * reached) would be evaluated with other values than the commit's and judged on a guess, while a
 * missing module fails its target ("no such file or folder") and the problem says why.
 */
async function copySource(r, out, bounded, kind, path, list) {
    const found = await (0,source_files/* iacSourceFiles */.Il)(path, kind, list);
    if (found.kind === 'failed')
        out.problems.push(found.reason);
    if (found.kind === 'failed' && found.tooLarge)
        bounded.add(found.reason);
    if (found.kind !== 'found')
        return; // absent: the target reports the missing source; a changed file was deleted
    // A folder without module files is still a folder: the target then says no .tf file in it declares the resource.
    if (!found.files.length)
        await (0,promises_.mkdir)((0,external_node_path_.join)(out.root, ...path.split('/')), { recursive: true });
    const wanted = found.files.filter((f) => !out.written.includes(f));
    if (out.written.length + wanted.length > MAX_MATERIALIZED_FILES) {
        const problem = `more than ${MAX_MATERIALIZED_FILES} files: ${path} (${wanted.length} files) and later ones were not read`;
        out.problems.push(problem);
        bounded.add(problem);
        return;
    }
    // Written one by one (memory holds one file at a time), and taken back if a later one fails.
    const done = [];
    for (const f of wanted) {
        const read = await (0,file_at/* readFileAt */._T)(r.files, r.commit, f);
        if (read.kind !== 'found') {
            await Promise.all(done.map((d) => (0,promises_.rm)((0,external_node_path_.join)(out.root, ...d.split('/')), { force: true })));
            const reason = read.kind === 'failed' ? read.reason : `${f} at ${r.commit.slice(0, 12)} could not be read`;
            const problem = found.files.length > 1 ? `${reason}, so the module ${path} was not read (all its files or none)` : reason;
            out.problems.push(problem);
            if (read.kind === 'failed' && read.tooLarge)
                bounded.add(problem);
            return;
        }
        await materialize_write(out.root, f, read.text);
        done.push(f);
    }
    out.written.push(...done);
}
async function materialize_write(root, path, text) {
    const target = (0,external_node_path_.join)(root, ...path.split('/'));
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
    await (0,promises_.writeFile)(target, text);
}
/**
 * Repository-relative paths of every target's sources and quarantine file, with the kind of an IaC
 * source; paths leaving the repository are dropped.
 */
function targetFiles(config, root) {
    const paths = [];
    for (const t of config.targets) {
        for (const p of [t.source.lifecycle, t.source.policy])
            if (p)
                paths.push({ path: (0,external_node_path_.resolve)(config.dir, p) });
        if (t.source.terraform !== undefined)
            paths.push({ path: (0,external_node_path_.resolve)(config.dir, t.source.terraform), iac: 'terraform' });
        if (t.source.cloudformation !== undefined)
            paths.push({ path: (0,external_node_path_.resolve)(config.dir, t.source.cloudformation), iac: 'cloudformation' });
        // The registry manifest decides what the rules must not expire: judged from the commit as the
        // same-repository flow judges it from the checkout (its path is the base's, or a loosening).
        if (t.registry !== undefined)
            paths.push({ path: (0,external_node_path_.resolve)(config.dir, t.registry) });
        paths.push({ path: (0,record/* quarantinePath */.Q2)(t, config) });
    }
    // A module at the repository's root is the folder '.'.
    return paths
        .map((p) => ({ ...p, path: (0,external_node_path_.relative)(root, p.path).split(external_node_path_.sep).join('/') || (p.iac ? '.' : '') }))
        .filter((p) => insideRepo(p.path));
}
/** Repository-relative manifest paths a quarantine file names, confined to its folder. */
function manifestsOf(text, path) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return [];
    }
    const batches = data?.kind === 'QuarantineBatches' ? data.batches : undefined;
    if (!Array.isArray(batches))
        return [];
    const dir = external_node_path_.posix.dirname(path);
    return batches
        .map((b) => b?.manifest)
        .filter((m) => typeof m === 'string' && (0,quarantine_manifest/* manifestPath */.ji)('/' + path, m) !== undefined)
        .map((m) => external_node_path_.posix.join(dir, m));
}
function insideRepo(path) {
    return path !== '' && !path.startsWith('/') && !path.split('/').includes('..');
}

;// CONCATENATED MODULE: ./src/gate/approval.ts
/**
 * Which approvals count, and for which commit. An approval is a person's decision about one state
 * of the pull request, so it is bound to the head commit it was given on: a review to its
 * `commit_id`, a label to the head that was current when it was added (the latest push before it,
 * from the head branch's activity). Only people with write access or more, or listed in the base
 * settings' `approvers:`, can approve; everything else is listed as ignored, with the reason. Pure:
 * the GitHub edge (src/github/approvals.ts) gathers the evidence.
 */
function approvalsOf(e) {
    const out = { approvals: [], ignored: [] };
    labelApproval(e, out);
    reviewApprovals(e, out);
    out.approvals.sort((a, b) => byTime(a.at, b.at));
    return out;
}
/** The approvals given on `commit`. */
function approvalsAt(all, commit) {
    return all.filter((a) => a.commit === commit);
}
/** Logins whose authority the evidence needs (label actors and reviewers who approved). */
function actorsOf(e) {
    const names = [
        ...e.labelEvents.filter((l) => l.event === 'labeled' && l.label === e.label).map((l) => l.actor),
        ...e.reviews.filter((r) => r.state === 'APPROVED').map((r) => r.user),
    ];
    return [...new Set(names.map((n) => n.toLowerCase()))];
}
function labelApproval(e, out) {
    let held;
    const events = e.labelEvents.filter((l) => l.label === e.label).sort((a, b) => byTime(a.at, b.at));
    for (const ev of events) {
        if (ev.event === 'unlabeled') {
            held = undefined;
            continue;
        }
        const authority = authorityOf(e, ev.actor);
        if (!authority.ok) {
            out.ignored.push({ by: ev.actor, via: 'label', at: ev.at, reason: authority.why });
            continue;
        }
        const commit = commitAt(e.pushes, ev.at);
        if (!commit.sha) {
            out.ignored.push({ by: ev.actor, via: 'label', at: ev.at, reason: commit.why });
            continue;
        }
        held = { by: ev.actor, via: 'label', commit: commit.sha, at: ev.at, authority: authority.why };
    }
    // A label removed since (or never on the pull request now) approves nothing.
    if (held && e.currentLabels.includes(e.label))
        out.approvals.push(held);
}
function reviewApprovals(e, out) {
    const latest = new Map();
    for (const r of [...e.reviews].sort((a, b) => byTime(a.at, b.at))) {
        // A comment-only review changes nothing; a later approval, change request or dismissal does.
        if (r.state === 'COMMENTED' || r.state === 'PENDING')
            continue;
        latest.set(r.user.toLowerCase(), r);
    }
    for (const r of latest.values()) {
        if (r.state !== 'APPROVED')
            continue;
        const authority = authorityOf(e, r.user);
        if (!authority.ok)
            out.ignored.push({ by: r.user, via: 'review', at: r.at, reason: authority.why });
        else
            out.approvals.push({ by: r.user, via: 'review', commit: r.commit, at: r.at, authority: authority.why });
    }
}
function authorityOf(e, login) {
    return e.authority.get(login.toLowerCase()) ?? { ok: false, why: 'their access could not be checked' };
}
/**
 * The head commit when something happened at `at`: the latest push strictly before it. A push in
 * the same second counts as after (the stricter side).
 */
function commitAt(pushes, at) {
    if (!pushes)
        return { why: "the head branch's pushes could not be read, so it is not known which commit the label was added to" };
    let found;
    for (const p of pushes)
        if (Date.parse(p.at) < Date.parse(at) && (!found || Date.parse(p.at) >= Date.parse(found.at)))
            found = p;
    return found ? { sha: found.after, why: '' } : { why: 'added before the first recorded push of the head branch' };
}
function byTime(a, b) {
    return Date.parse(a) - Date.parse(b);
}

;// CONCATENATED MODULE: ./src/github/approvals.ts


/** Pages of repository activity read at most (100 entries each). */
const MAX_ACTIVITY_PAGES = 5;
async function gatherApprovalEvidence(r) {
    const notes = [];
    const events = await r.client.paginate(r.client.rest.issues.listEvents, { ...r.repo, issue_number: r.number, per_page: 100 });
    const labelEvents = [];
    for (const e of events) {
        if ((e.event === 'labeled' || e.event === 'unlabeled') && e.label?.name && e.actor?.login && e.created_at) {
            labelEvents.push({ event: e.event, actor: e.actor.login, label: e.label.name, at: e.created_at });
        }
    }
    const reviewList = await r.client.paginate(r.client.rest.pulls.listReviews, { ...r.repo, pull_number: r.number, per_page: 100 });
    const reviews = reviewList.flatMap((v) => v.user?.login && v.commit_id && v.submitted_at ? [{ user: v.user.login, state: v.state, commit: v.commit_id, at: v.submitted_at }] : []);
    const pushes = await headPushes(r, notes);
    const base = { label: r.label, labelEvents, reviews };
    const authority = new Map();
    for (const login of actorsOf(base))
        authority.set(login, await approvals_authorityOf(r, login));
    return { evidence: { ...base, currentLabels: r.currentLabels, ...(pushes ? { pushes } : {}), authority }, notes };
}
async function headPushes(r, notes) {
    const [owner, repo] = (r.headRepo ?? '').split('/');
    if (!owner || !repo || !r.headRef) {
        notes.push('the head branch of the pull request is not known, so labels approve nothing (an approving review of the head commit still does)');
        return undefined;
    }
    try {
        const pushes = [];
        let page = 0;
        for await (const res of r.client.paginate.iterator(r.client.rest.repos.listActivities, {
            owner,
            repo,
            ref: `refs/heads/${r.headRef}`,
            per_page: 100,
        })) {
            for (const a of res.data)
                if (a.after && !/^0+$/.test(a.after) && a.timestamp)
                    pushes.push({ after: a.after, at: a.timestamp });
            if (++page >= MAX_ACTIVITY_PAGES)
                break;
        }
        return pushes;
    }
    catch (err) {
        notes.push(`the pushes to ${r.headRepo}:${r.headRef} could not be read (${(0,github_client/* describeGitHubError */.dZ)(err)}), so labels approve nothing (an approving review of the head commit still does)`);
        return undefined;
    }
}
async function approvals_authorityOf(r, login) {
    const lower = login.toLowerCase();
    for (const entry of r.approvers) {
        const name = entry.replace(/^@/, '');
        if (!name.includes('/')) {
            if (name.toLowerCase() === lower)
                return { ok: true, why: `listed in approvers (${entry})` };
            continue;
        }
        const [org, team] = name.split('/');
        try {
            const { data } = await r.client.rest.teams.getMembershipForUserInOrg({ org: org, team_slug: team, username: login });
            if (data.state === 'active')
                return { ok: true, why: `listed in approvers (${entry})` };
        }
        catch (err) {
            // 404: not a member. Anything else: unknown, so it does not count (a token without members: read says 403).
            if ((0,github_client/* httpStatus */.nG)(err) !== 404)
                return { ok: false, why: `membership of ${entry} could not be checked (${(0,github_client/* describeGitHubError */.dZ)(err)})` };
        }
    }
    try {
        const { data } = await r.client.rest.repos.getCollaboratorPermissionLevel({ ...r.repo, username: login });
        const role = data.role_name ?? data.permission;
        if (data.permission === 'admin' || data.permission === 'write')
            return { ok: true, why: `${role} access` };
        return { ok: false, why: role === 'none' ? 'no access to the repository' : `${role} access only, not write` };
    }
    catch (err) {
        if ((0,github_client/* httpStatus */.nG)(err) === 404)
            return { ok: false, why: 'not a collaborator of the repository' };
        return { ok: false, why: `their access could not be checked (${(0,github_client/* describeGitHubError */.dZ)(err)})` };
    }
}

;// CONCATENATED MODULE: ./src/action/approvals.ts
/**
 * Approvals for the run: only when a gate needs one (a deletion over the limit, a loosened
 * setting). Approvals given on the head commit count. Otherwise the newest approved older commit is
 * judged again, now, against the same buckets: when the head deletes no more (per target) and costs
 * no more, and loosens nothing that commit did not, its approvals are kept; a push that deletes or
 * costs more needs a new approval. The verdict is then evaluated again, and the comment says who
 * approved what at which commit.
 */






async function settleApprovals(r) {
    const needed = r.result.report.verdict.gates.some((g) => g.status === 'fail' && g.approvalLabel);
    if (!needed)
        return;
    const summary = { head: r.pr.headSha, counted: [], stale: [], ignored: [], notes: [] };
    let all;
    try {
        const gathered = await gatherApprovalEvidence({
            client: r.client,
            repo: r.repo,
            number: r.pr.number,
            ...(r.pr.headRef ? { headRef: r.pr.headRef } : {}),
            ...(r.pr.headRepo ? { headRepo: r.pr.headRepo } : {}),
            label: r.settings.deletionApprovalLabel,
            currentLabels: r.labels,
            approvers: r.config.approvers ?? [],
        });
        summary.notes.push(...gathered.notes);
        const decided = approvalsOf(gathered.evidence);
        summary.ignored = decided.ignored;
        all = decided.approvals;
    }
    catch (err) {
        summary.notes.push(`the approvals could not be read (${(0,github_client/* describeGitHubError */.dZ)(err)}); none counts`);
        r.result.report.approvals = summary;
        return;
    }
    const atHead = approvalsAt(all, r.pr.headSha);
    const older = all.filter((a) => a.commit !== r.pr.headSha);
    if (atHead.length)
        summary.counted = atHead;
    else if (older.length) {
        const commit = older.at(-1).commit;
        const onIt = approvalsAt(older, commit);
        const why = await carriesOver(r, commit);
        if (why === undefined)
            summary.counted = onIt.map((a) => ({ ...a, carried: true }));
        else
            summary.stale = onIt.map((a) => ({ ...a, why }));
        for (const a of older.filter((x) => x.commit !== commit))
            summary.stale.push({ ...a, why: 'a newer commit was approved since' });
    }
    r.result.report.verdict = reevaluate(r.result, r.settings, { approvals: summary.counted });
    r.result.report.approvals = summary;
    core/* info */.pq(`lifeguard: ${summary.counted.length} approval(s) count for ${r.pr.headSha.slice(0, 7)}; ${summary.stale.length} on older commits do not; ${summary.ignored.length} ignored.`);
}
/** undefined when the head deletes, costs and loosens no more than `commit`; else why not. */
async function carriesOver(r, commit) {
    if (!r.judgeCommit)
        return 'the commit it was given on could not be judged again here';
    const then = await r.judgeCommit(commit);
    if (typeof then === 'string')
        return `the commit it was given on could not be judged again (${then})`;
    for (const now of r.result.outcomes) {
        const was = then.outcomes.find((o) => o.name === now.name);
        if (now.deletedBytes !== undefined && now.deletedBytes > 0) {
            if (was?.deletedBytes === undefined)
                return `${now.name}: what that commit deleted is not known`;
            if (now.deletedBytes > was.deletedBytes)
                return `${now.name}: this commit deletes ${(0,units/* formatBytes */.z)(now.deletedBytes)}, that one ${(0,units/* formatBytes */.z)(was.deletedBytes)}`;
        }
        if (now.cost) {
            const delta = now.cost.proposedUsd - now.cost.currentUsd;
            const before = was?.cost ? was.cost.proposedUsd - was.cost.currentUsd : undefined;
            if (before === undefined || delta > before + 0.005)
                return `${now.name}: this commit costs more a month than that one`;
        }
    }
    const loosenedThen = new Set((then.checks.loosened ?? []).map((l) => `${l.setting}\u0000${l.to}`));
    const more = (r.result.checks.loosened ?? []).find((l) => !loosenedThen.has(`${l.setting}\u0000${l.to}`));
    if (more)
        return `this commit loosens ${more.setting} (${more.from} → ${more.to}), that one did not`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/action/judge.ts
/**
 * Judging one state of a pull request, shared by the pull_request run (files from the checkout) and
 * the privileged half of the fork split (files copied as data from the fork's commit): the trust
 * context (base settings, loosened settings), the gate settings, the pipeline, then the approvals.
 */





async function judgePullRequest(r) {
    const { inputs, run, pr } = r;
    let config = r.head.config;
    let loosened;
    let settingsSource;
    const failures = [...r.failures];
    if (pr) {
        const trust = await pullRequestTrust({
            head: r.head,
            baseSha: pr.baseSha,
            root: r.run.root,
            cwd: r.run.cwd,
            ...(inputs.config ? { configFile: inputs.config } : {}),
            ...(r.client ? { client: r.client } : {}),
            ...(run.repo ? { repo: run.repo } : {}),
        });
        config = trust.config;
        loosened = trust.loosened;
        settingsSource = trust.source;
        failures.push(...trust.failures);
    }
    if (r.evidenceDir)
        config = withEvidenceFrom(config, r.evidenceDir);
    const settings = {
        ...gateSettings(inputs.gates, config.gates, inputs.failOn ?? config.gates['fail-on'] ?? 'error', inputs.onError),
        allowIncomplete: config.gates['allow-incomplete'] === true,
    };
    const result = await runPullRequest({
        config,
        ...(r.head.doc ? { configDoc: r.head.doc } : {}),
        cwd: r.cwd,
        root: r.root,
        env: run.env,
        ...(r.changed ? { changed: r.changed } : {}),
        ...(!pr && Array.isArray(inputs.targets) ? { targets: inputs.targets } : {}),
        paths: inputs.paths,
        live: r.live,
        settings,
        ...(loosened ? { loosened } : {}),
        failures,
        notices: r.notices,
        maxObjects: inputs.maxObjects,
        now: new Date(),
        cost: { prices: inputs.prices, months: inputs.costMonths, ...(inputs.baselines ? { baselines: inputs.baselines } : {}) },
    });
    if (settingsSource)
        result.report.settingsSource = settingsSource;
    if (pr && r.client && run.repo && pr.headSha && !r.skipApprovals) {
        await settleApprovals({
            client: r.client,
            repo: run.repo,
            pr: { ...pr, headSha: pr.headSha },
            labels: r.labels,
            config,
            settings,
            result,
            ...(r.judgeCommit ? { judgeCommit: r.judgeCommit } : {}),
        });
    }
    return { result, settings, config };
}
/**
 * Copies of a commit's files stand in for the checkout, but evidence about existing targets (their
 * S3 Inventory reports) is the trusted checkout's: a local inventory path is read there (the copies
 * never include inventories), and one that is not there makes the cost gate not evaluated.
 */
function withEvidenceFrom(config, dir) {
    const targets = config.targets.map((t) => !t.inventory || /^s3:\/\//i.test(t.inventory) || (0,external_node_path_.isAbsolute)(t.inventory) ? t : { ...t, inventory: (0,external_node_path_.resolve)(dir, t.inventory) });
    return { ...config, targets };
}

;// CONCATENATED MODULE: ./src/action/commit-judge.ts
/**
 * Judging a commit of a pull request from copies of its files (src/trust/materialize.ts): for the
 * privileged half of the fork split (the fork's head), and to measure an older head an approval was
 * given on. The copies are data in a fresh folder; evidence about existing targets stays the
 * trusted checkout's.
 */



/**
 * The folder of copies, or why there is none. A commit without .lifeguard.yml gives copies without
 * a config (the defaults apply, as in a checkout); one whose file cannot be read or used gives why.
 */
async function copiesOf(source, sha) {
    const m = await materializeCommit({
        files: {
            ...(source.root ? { root: source.root } : {}),
            ...(source.client ? { client: source.client } : {}),
            ...(source.repo ? { repo: source.repo } : {}),
        },
        commit: sha,
        configPath: source.configPath,
        ...(source.extra ? { extra: source.extra } : {}),
    });
    if (m.failure)
        return m.failure;
    if (!m.config && !m.configAbsent)
        return m.problems[0] ?? `${source.configPath} at ${sha.slice(0, 7)} could not be read`;
    return m;
}
function cwdOf(m, configPath) {
    return (0,external_node_path_.join)(m.root, ...external_node_path_.posix
        .dirname(configPath)
        .split('/')
        .filter((p) => p !== '.'));
}
/** A judge of older commits, for approvals given on an earlier head. */
function commitJudge(base, source) {
    return async (sha) => {
        const m = await copiesOf(source, sha);
        if (typeof m === 'string')
            return m;
        if (!m.config)
            return `${source.configPath} is not in commit ${sha.slice(0, 7)}`;
        if (m.problems.length)
            return m.problems[0];
        const judged = await judgePullRequest({
            ...base,
            ...(base.pr ? { pr: { ...base.pr, headSha: sha } } : {}),
            cwd: cwdOf(m, source.configPath),
            root: m.root,
            head: { config: m.config, ...(m.doc ? { doc: m.doc } : {}) },
            failures: [],
            notices: [],
            skipApprovals: true,
        });
        return judged.result;
    };
}

// EXTERNAL MODULE: ./src/plan/types.ts
var types = __webpack_require__(9898);
// EXTERNAL MODULE: ./src/report/plan-text.ts
var plan_text = __webpack_require__(8495);
// EXTERNAL MODULE: ./src/diff/describe.ts
var describe = __webpack_require__(3722);
// EXTERNAL MODULE: ./src/cost/report/cost-chart.ts
var cost_chart = __webpack_require__(8538);
;// CONCATENATED MODULE: ./src/report/pr-overview.ts

/** Characters a comment may take: GitHub's 65,536 less room for the hidden marker and a notice. */
const COMMENT_BUDGET = 62_000;
const STATE_WORDS = { fail: '❌ fail', 'not-evaluated': '⏸️ not evaluated', pass: '✅ pass' };
const ORDER = { fail: 0, 'not-evaluated': 1, pass: 2 };
/** A target's own verdict: failed if any of its gates failed or it could not be checked at all. */
function targetState(t, gates) {
    if (t.failure || gates.some((g) => g.status === 'fail'))
        return 'fail';
    if (gates.some((g) => g.status === 'not-evaluated'))
        return 'not-evaluated';
    return 'pass';
}
/** The targets with their gates, failing first, then not evaluated, then passing; the report's order within each. */
function orderedTargets(targets, gates) {
    const entries = targets.map((t) => {
        const own = gates.filter((g) => g.target === t.name);
        return { target: t, gates: own, state: targetState(t, own) };
    });
    return entries
        .map((e, i) => ({ e, i }))
        .sort((a, b) => ORDER[a.e.state] - ORDER[b.e.state] || a.i - b.i)
        .map((x) => x.e);
}
/** One overview row; `inert` makes text from files and buckets harmless in a table cell. */
function overviewRow(e, inert) {
    const t = e.target;
    return `| ${inert(t.name)} | ${STATE_WORDS[e.state]} | ${ruleChanges(t)} | ${costChange(t)} | ${dataDeleted(t)} |`;
}
const OVERVIEW_HEAD = ['| Target | Verdict | Rule changes | Monthly cost change | Data deleted |', '|---|---|---|---:|---:|'];
function ruleChanges(t) {
    if (t.failure)
        return 'not checked';
    if (!t.diff)
        return 'not compared';
    if (t.diff.equal)
        return 'none';
    const n = (k) => t.diff.changes.filter((c) => c.kind === k).length;
    const parts = [
        [n('added'), 'added'],
        [n('changed') + t.diff.settings.length, 'changed'],
        [n('removed'), 'removed'],
    ];
    return parts
        .filter(([c]) => c > 0)
        .map(([c, w]) => `${c} ${w}`)
        .join(', ');
}
function costChange(t) {
    if (!t.cost)
        return '—';
    const d = t.cost.first.proposedUsd - t.cost.first.currentUsd;
    return `${d > 0 ? '+' : d < 0 ? '−' : ''}${usd(Math.abs(d))}`;
}
function dataDeleted(t) {
    if (!t.deleted)
        return '—';
    return t.deleted.objects === 0 ? 'nothing' : `⚠️ ${(0,units/* formatBytes */.z)(t.deleted.bytes)}`;
}
/**
 * Fits the overview and the folded details into `room` characters (Infinity: everything). Rows of
 * failing and unevaluated targets are always in; passing rows follow while they fit, then details
 * in the same order.
 */
function budgetTargets(entries, room, inert, detailsOf) {
    const size = (lines) => lines.reduce((n, l) => n + l.length + 1, 0);
    // Kept back for the lines that count what was left out.
    let left = room - 400;
    const overview = [...OVERVIEW_HEAD];
    const rows = entries.map((e) => overviewRow(e, inert));
    let rowsLeftOut = 0;
    entries.forEach((e, i) => {
        const row = rows[i];
        if (e.state !== 'pass' || row.length + 1 <= left - size(overview))
            overview.push(row);
        else
            rowsLeftOut++;
    });
    left -= size(overview);
    if (rowsLeftOut)
        overview.push('', `…and ${rowsLeftOut} more passing target${rowsLeftOut === 1 ? '' : 's'}.`);
    const details = [];
    const omitted = [];
    for (const e of entries) {
        const fold = pr_overview_folded(e, inert, detailsOf(e));
        const need = size(fold) + 1;
        if (omitted.length === 0 && need <= left) {
            details.push(fold);
            left -= need;
        }
        else
            omitted.push(e);
    }
    return { overview, details, omitted };
}
function pr_overview_folded(e, inert, body) {
    const open = e.state === 'pass' ? '' : ' open';
    return [`<details${open}><summary>${STATE_WORDS[e.state]} · ${inert(e.target.name)}</summary>`, '', ...body, '', '</details>'];
}
/** The line that says where the details left out are. */
function omittedLine(omitted, runUrl) {
    const n = omitted.length;
    const failing = omitted.filter((e) => e.state !== 'pass').length;
    const which = failing ? ` (${failing} of them failing or not evaluated)` : '';
    const where = runUrl ? `the [job summary](${runUrl}) of this run` : 'the job summary of this run';
    return `The details of ${n} more target${n === 1 ? '' : 's'}${which} did not fit in this comment: ${where} has every target in full (and a SARIF file, when the workflow writes one, every finding).`;
}

;// CONCATENATED MODULE: ./src/report/pr-comment.ts
/**
 * The sticky pull-request comment (and the job summary, with every finding): verdict first, then per
 * target what changes, what it costs, what it deletes, and the findings, details folded. With more
 * than one target, an overview table comes first and the whole stays within a budget (pr-overview.ts).
 * Pure.
 */





const STATUS_ICON = { pass: '✅', fail: '❌', 'not-evaluated': '⏸️' };
const RESULT_WORDS = { pass: '✅ pass', fail: '❌ fail', incomplete: '⏸️ incomplete' };
function renderPullRequestComment(report, options = {}) {
    const max = options.maxFindingsPerTarget ?? 20;
    const out = [];
    const v = report.verdict;
    const allowed = v.result === 'incomplete' && v.pass ? ' (allowed by the base settings: allow-incomplete)' : '';
    out.push(`## lifeguard: ${RESULT_WORDS[v.result]}${allowed}`);
    out.push('');
    out.push(v.result === 'pass' ? passLine(report) : `**${escapeMd(v.headline.replace(/^(fail|incomplete): /, ''))}**`);
    for (const n of report.notices)
        out.push('', `> [!NOTE]\n> ${escapeMd(n)}`);
    const labels = [...new Set(v.gates.filter((g) => g.status === 'fail' && g.approvalLabel).map((g) => g.approvalLabel))];
    if (labels.length) {
        out.push('', `To approve, someone with write access adds the label ${labels.map((l) => (0,inert_markdown/* codeSpan */.SS)(l)).join(', ')} to this pull request after its latest push, or approves it in a review of this commit.`);
    }
    const approvals = report.approvals ? approvalLines(report.approvals) : [];
    if (approvals.length)
        out.push('', ...approvals);
    const runGates = v.gates.filter((g) => g.target === undefined);
    if (runGates.length)
        out.push('', ...gatesTable(runGates));
    const single = report.targets.length <= 1;
    if (single)
        for (const t of report.targets)
            out.push('', ...renderTarget(t, v.gates.filter((g) => g.target === t.name), max));
    const rest = [];
    if (report.otherDiagnostics.length) {
        rest.push('', '### Other files', '', ...findingsTable(report.otherDiagnostics, max));
    }
    const prices = report.targets.find((t) => t.cost)?.cost?.prices;
    const foot = [];
    if (prices)
        foot.push(`Prices: ${prices.source}, ${prices.date}.`);
    if (report.settingsSource)
        foot.push(`Settings: ${escapeMd(report.settingsSource)}.`);
    if (report.runUrl)
        foot.push(`Every finding: [job summary](${report.runUrl}).`);
    if (foot.length)
        rest.push('', `<sub>${foot.join(' ')}</sub>`);
    if (!single) {
        // Many targets: the overview first, failing targets first, details folded, within the budget.
        const room = (options.maxChars ?? COMMENT_BUDGET) - (out.join('\n').length + rest.join('\n').length + 2);
        const entries = orderedTargets(report.targets, v.gates);
        const fit = budgetTargets(entries, room, escapeCell, (e) => renderTarget(e.target, e.gates, max));
        out.push('', ...fit.overview);
        for (const d of fit.details)
            out.push('', ...d);
        if (fit.omitted.length)
            out.push('', `> [!NOTE]\n> ${omittedLine(fit.omitted, report.runUrl)}`);
    }
    return [...out, ...rest].join('\n') + '\n';
}
function passLine(report) {
    const total = report.targets.length;
    if (total === 0)
        return 'No lifecycle target is touched by this pull request.';
    // A target not compared with its bucket changed in the pull request: never counted as unchanged.
    const compared = report.targets.filter((t) => t.diff);
    const changed = compared.filter((t) => !t.diff.equal).length;
    const parts = [];
    if (compared.length)
        parts.push(`${changed} of ${compared.length} target${compared.length === 1 ? '' : 's'} compared with ${compared.length === 1 ? 'its bucket' : 'their buckets'} ${changed === 1 ? 'changes' : 'change'}`);
    const unread = total - compared.length;
    if (unread)
        parts.push(`${unread} touched target${unread === 1 ? ' was' : 's were'} checked without ${unread === 1 ? 'its bucket' : 'their buckets'}`);
    return `${parts.join('; ')}; every gate passes.`;
}
function renderTarget(t, gates, max) {
    const out = [`### ${escapeMd(t.name)} · ${(0,inert_markdown/* codeSpan */.SS)(t.bucket)}`, '', `Rules from ${(0,inert_markdown/* codeSpan */.SS)(t.source)}.`];
    if (t.failure)
        out.push('', `❌ Could not be checked: ${escapeMd(t.failure)}`);
    if (gates.length)
        out.push('', ...gatesTable(gates));
    if (t.diff) {
        if (t.diff.equal)
            out.push('', 'No change to the live rules.');
        else {
            out.push('', '| Change | Rule | Details |', '|---|---|---|');
            for (const c of t.diff.changes) {
                const details = c.kind === 'changed'
                    ? c.details.join('; ')
                    : c.kind === 'added'
                        ? (0,describe/* describeRule */.IO)(c.after)
                        : `deleted (was: ${(0,describe/* describeRule */.IO)(c.before)})`;
                out.push(`| ${c.kind} | ${(0,inert_markdown/* codeSpan */.SS)(c.name, true)} | ${escapeCell(details)} |`);
            }
            for (const s of t.diff.settings)
                out.push(`| changed | (configuration) | ${escapeCell(s)} |`);
        }
    }
    else if (t.liveSkipped)
        out.push('', `Live rules not compared: ${escapeMd(t.liveSkipped)}.`);
    if (t.cost) {
        const c = t.cost;
        out.push('', '| Monthly cost | Now | After | Change |', '|---|---:|---:|---:|', `| month 1 | ${usd(c.first.currentUsd)} | ${usd(c.first.proposedUsd)} | ${signed(c.first.proposedUsd - c.first.currentUsd)} |`, `| month ${c.months} | ${usd(c.last.currentUsd)} | ${usd(c.last.proposedUsd)} | ${signed(c.last.proposedUsd - c.last.currentUsd)} |`, '', `Over ${c.months} months the change ${c.savingsUsd >= 0 ? `saves **${usd(c.savingsUsd)}**` : `costs **${usd(-c.savingsUsd)}** more`}.`);
        for (const n of c.notices)
            out.push(`> ${escapeMd(n)}`);
        if (c.monthly)
            out.push('', ...(0,cost_chart/* costChartMermaid */.p)(c.monthly));
        for (const a of c.assumptions ?? [])
            out.push('', `<sub>${escapeMd(a)}</sub>`);
    }
    if (t.deleted && t.deleted.objects === 0)
        out.push('', deletionSentence(t.deleted, 'nothing'));
    if (t.deleted && t.deleted.objects > 0) {
        const d = t.deleted;
        out.push('', `⚠️ ${deletionSentence(d, `**${d.objects.toLocaleString('en-US')} object${d.objects === 1 ? '' : 's'} (${(0,units/* formatBytes */.z)(d.bytes)})**`)}`);
        out.push('', `That is ${byteDaysWords(d.byteDays)} of data gone sooner.`);
        if (d.topPrefixes.length) {
            out.push('', '<details><summary>Where</summary>', '', '| Prefix | Objects | Size |', '|---|---:|---:|');
            for (const p of d.topPrefixes)
                out.push(`| ${(0,inert_markdown/* codeSpan */.SS)(p.prefix, true)} | ${p.objects.toLocaleString('en-US')} | ${(0,units/* formatBytes */.z)(p.bytes)} |`);
            out.push('', '</details>');
        }
    }
    if (t.unknowns.length)
        out.push('', '<details><summary>Not known</summary>', '', ...t.unknowns.map((u) => `- ${escapeMd(u)}`), '', '</details>');
    if (t.diagnostics.length) {
        const e = t.diagnostics.filter((d) => d.severity === 'error').length;
        const w = t.diagnostics.length - e;
        out.push('', `<details${e ? ' open' : ''}><summary>Findings: ${e} error${e === 1 ? '' : 's'}, ${w} other</summary>`, '', ...findingsTable(t.diagnostics, max), '', '</details>');
    }
    return out;
}
/** What the change deletes, with how far the figure reaches and where it comes from. */
function deletionSentence(d, what) {
    const basis = d.basis === 'inventory'
        ? 'projected over the S3 Inventory'
        : `from a listing of ${d.listed?.toLocaleString('en-US') ?? 0} object${d.listed === 1 ? '' : 's'}${d.partial ? ', stopped at max-objects: a lower bound' : ''}`;
    return `Within ${d.horizonMonths} months the change deletes ${what} earlier than the current rules would (${basis}).`;
}
/** "4.2 GiB-days": bytes × days earlier, in the unit that reads best. */
function byteDaysWords(byteDays) {
    return `${(0,units/* formatBytes */.z)(byteDays)}-days`;
}
function approvalLines(a) {
    const commit = (sha) => `\`${sha.slice(0, 7)}\``;
    const via = (x) => (x.via === 'label' ? 'label' : 'review');
    const lines = [
        ...a.counted.map((x) => `- ${escapeMd(`@${x.by}`)}: ${via(x)} on ${commit(x.commit)} (${escapeMd(x.authority)})${x.carried ? `, kept for ${commit(a.head)}: it deletes and costs no more` : ''}`),
    ];
    for (const x of a.stale)
        lines.push(`- ${escapeMd(`@${x.by}`)}: ${via(x)} on ${commit(x.commit)}, not ${commit(a.head)}: ${escapeMd(x.why)}`);
    for (const x of a.ignored)
        lines.push(`- ${escapeMd(`@${x.by}`)}: ${via(x)} ignored: ${escapeMd(x.reason)}`);
    for (const n of a.notes)
        lines.push(`- ${escapeMd(n)}`);
    return lines.length ? [`**Approvals** for ${commit(a.head)}:`, '', ...lines] : [];
}
function gatesTable(gates) {
    return ['| Gate | Result |', '|---|---|', ...gates.map((g) => `| ${g.gate} | ${iconOf(g)} ${escapeCell(g.reason)} |`)];
}
function iconOf(g) {
    if (g.status === 'pass' && g.approvedBy?.length)
        return '☑️';
    if (g.status === 'pass' && g.warned)
        return '⚠️';
    return STATUS_ICON[g.status];
}
function findingsTable(diags, max) {
    const rows = ['| | Where | Rule | Message |', '|---|---|---|---|'];
    for (const d of diags.slice(0, max)) {
        const icon = d.severity === 'error' ? '❌' : d.severity === 'warning' ? '⚠️' : 'ℹ️';
        rows.push(`| ${icon} | ${(0,inert_markdown/* codeSpan */.SS)(`${d.file}:${d.line}`, true)} | [${d.ruleId}](${d.docsUrl}) | ${escapeCell(d.message)} |`);
    }
    if (diags.length > max)
        rows.push('', `…and ${diags.length - max} more in the job summary.`);
    return rows;
}
function signed(n) {
    return `${n > 0 ? '+' : n < 0 ? '−' : ''}${usd(Math.abs(n))}`;
}
/** Text from files and from the bucket, inert (report/inert-markdown.ts); cells keep their pipes escaped. */
const escapeMd = inert_markdown/* inertText */.UJ;
const escapeCell = inert_markdown/* inertText */.UJ;

// EXTERNAL MODULE: ./src/report/plan-words.ts
var plan_words = __webpack_require__(3659);
;// CONCATENATED MODULE: ./src/report/pr-summary.ts



const code = (s) => (0,inert_markdown/* codeSpan */.SS)(s);
function renderPullRequestSummary(report, plans, extras = {}) {
    // The summary is the full record: no "and N more" in the findings tables.
    const out = [
        renderPullRequestComment({ ...report, runUrl: undefined }, { maxFindingsPerTarget: Number.POSITIVE_INFINITY, maxChars: Number.POSITIVE_INFINITY }).trimEnd(),
    ];
    const detailed = plans.filter((p) => p.bucketState || p.expiry);
    if (detailed.length) {
        out.push('', '### Plan details');
        for (const p of detailed)
            out.push('', ...planDetails(p));
    }
    // lifeguard's own sentence (the comment's link, or GitHub's refusal): links stay links.
    if (extras.commentLine)
        out.push('', `<sub>${extras.commentLine.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))}</sub>`);
    return out.join('\n') + '\n';
}
function planDetails(p) {
    const out = [`#### ${pr_summary_escape(p.target)} · ${code(p.bucket)}`, ''];
    if (p.bucketState)
        out.push(`Bucket: ${pr_summary_escape((0,plan_words/* describeBucket */.Ug)(p.bucketState))}.`, '');
    if (p.expiry) {
        out.push(`What the proposed rules expire, ${pr_summary_escape((0,plan_words/* listingLine */.Z2)(p.expiry))}:`, '');
        for (const e of p.expiry.rules)
            out.push(`- ${(0,inert_markdown/* inertSentence */._z)((quote) => (0,plan_words/* describeExpiry */.Ts)(e, quote))}`);
        out.push(`- ${(0,inert_markdown/* inertSentence */._z)((quote) => (0,plan_words/* describeKept */.gt)(p.expiry, quote))}`);
        if (p.expiry.undetermined)
            out.push(`- ${p.expiry.undetermined} more depend on tags that were not read`);
    }
    return out;
}
const pr_summary_escape = inert_markdown/* inertText */.UJ;

;// CONCATENATED MODULE: ./src/github/diff-hunks.ts
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;
function hunkLines(patch) {
    const added = new Set();
    const text = new Map();
    let line = 0;
    let inHunk = false;
    for (const raw of patch.split('\n')) {
        const h = HUNK.exec(raw);
        if (h) {
            line = Number(h[1]);
            inHunk = true;
            continue;
        }
        if (!inHunk || raw.startsWith('\\'))
            continue;
        if (raw.startsWith('-'))
            continue;
        if (raw.startsWith('+'))
            added.add(line);
        text.set(line, raw.slice(1));
        line++;
    }
    return { added, text };
}

;// CONCATENATED MODULE: ./src/github/review-comments.ts
async function listReviewCommentBodies(client, repo, pullNumber) {
    const comments = await client.paginate(client.rest.pulls.listReviewComments, { ...repo, pull_number: pullNumber, per_page: 100 });
    return comments.map((c) => c.body);
}
async function createReviewComment(client, repo, pullNumber, commit, c) {
    await client.rest.pulls.createReviewComment({
        ...repo,
        pull_number: pullNumber,
        commit_id: commit,
        path: c.path,
        body: c.body,
        side: 'RIGHT',
        line: c.line,
        ...(c.startLine !== undefined && c.startLine < c.line ? { start_line: c.startLine, start_side: 'RIGHT' } : {}),
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/fix/span.ts
var span = __webpack_require__(5759);
;// CONCATENATED MODULE: ./src/report/suggestions.ts
/**
 * Fixes as review comments with GitHub `suggestion` blocks (one click to commit): the lines an
 * edit touches, as they are with the edit made. A fix becomes a suggestion only when every line it
 * replaces lies inside the pull request's diff, at least one of them is a line the pull request
 * changed, and the file's lines are those of the diff (the checkout is the head's). Pure; the text
 * from files stays inert: descriptions are escaped, and the block's fence is longer than any run
 * of backticks in it (ADR 0181).
 */



/** Lines one suggestion may replace: a longer one is unreadable in review. */
const MAX_SUGGESTION_LINES = 30;
const SUGGESTION_MARKER = 'lifeguard-suggestion:';
function suggestionsFor(input) {
    const out = [];
    const seen = new Set();
    for (const d of input.diagnostics) {
        for (const fix of d.fixes ?? []) {
            const s = suggestion(d, fix, input);
            if (!s || seen.has(s.key))
                continue;
            seen.add(s.key);
            out.push(s);
        }
    }
    return out;
}
function suggestion(d, fix, input) {
    const files = new Set(fix.edits.map((e) => e.file));
    if (files.size !== 1 || fix.edits.length === 0)
        return undefined;
    const text = input.sources.get(d.file);
    const path = input.repoPath(d.file);
    const hunks = input.hunks.get(path);
    if (text === undefined || !hunks || fix.edits[0].file !== d.file)
        return undefined;
    const lines = text.split('\n');
    const first = fix.edits[0];
    const last = fix.edits.at(-1);
    // An insertion at the start of a line is shown as an addition to the line before it, and an
    // edit that ends at the start of a line does not touch that line.
    const startLine = first.start === first.end && first.startColumn === 1 && first.startLine > 1 ? first.startLine - 1 : first.startLine;
    const endLine = Math.max(startLine, last.endColumn === 1 && last.endLine > startLine ? last.endLine - 1 : last.endLine);
    if (endLine - startLine + 1 > MAX_SUGGESTION_LINES || endLine > lines.length)
        return undefined;
    let changed = false;
    for (let n = startLine; n <= endLine; n++) {
        if (hunks.text.get(n) !== lines[n - 1].replace(/\r$/, ''))
            return undefined;
        changed ||= hunks.added.has(n);
    }
    if (!changed)
        return undefined;
    const from = lineOffset(lines, startLine);
    const to = Math.min(text.length, lineOffset(lines, endLine + 1));
    if (fix.edits.some((e) => e.start < from || e.end > to))
        return undefined;
    const replaced = (0,span/* applySpans */.C)(text.slice(from, to), fix.edits.map((e) => ({ ...e, start: e.start - from, end: e.end - from }))).replace(/\r?\n$/, '');
    const key = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([path, startLine, endLine, d.ruleId, replaced]))
        .digest('hex')
        .slice(0, 16);
    return { path, startLine, line: endLine, key, body: render(d, fix, replaced, key) };
}
function lineOffset(lines, line) {
    let offset = 0;
    for (let n = 1; n < line; n++)
        offset += lines[n - 1].length + 1;
    return offset;
}
function render(d, fix, replacement, key) {
    const longest = Math.max(2, ...(replacement.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    const kind = fix.kind === 'safe' ? 'Safe fix' : 'Suggested change (it changes what the rules do)';
    return [
        `<!-- ${SUGGESTION_MARKER} ${key} -->`,
        `**lifeguard** [\`${d.ruleId}\`](${d.docsUrl}): ${kind}: ${(0,inert_markdown/* inertText */.UJ)(fix.description)}.`,
        '',
        `${fence}suggestion`,
        replacement,
        fence,
    ].join('\n');
}
/** The markers of suggestions already on the pull request. */
function postedKeys(bodies) {
    const keys = new Set();
    const re = new RegExp(`<!-- ${SUGGESTION_MARKER} ([0-9a-f]{16}) -->`, 'g');
    for (const b of bodies)
        for (const m of b.matchAll(re))
            keys.add(m[1]);
    return keys;
}

;// CONCATENATED MODULE: ./src/action/suggestions.ts
/**
 * The fixes of a pull-request run as review comments with `suggestion` blocks: only on lines the
 * pull request changed, at most `max-suggestions` per run, and never twice (a hidden marker per fix
 * and place, read back from the pull request's review comments). Suggestions are advice: a
 * failure to post them is a warning, never a change of the verdict (ADR 0181).
 */







/** Posts what is new; returns a line for the job summary (undefined: nothing to say). */
async function postSuggestions(r) {
    if (r.max === 0 || !r.pr.headSha)
        return undefined;
    const hunks = new Map([...r.patches].map(([path, patch]) => [path, hunkLines(patch)]));
    const all = suggestionsFor({ diagnostics: r.check.diagnostics, sources: r.sources, hunks, repoPath: (f) => repoPath(f, r.cwd, r.root) });
    if (all.length === 0)
        return undefined;
    try {
        const posted = postedKeys(await listReviewCommentBodies(r.client, r.repo, r.pr.number));
        const fresh = all.filter((s) => !posted.has(s.key));
        const now = fresh.slice(0, r.max);
        for (const s of now)
            await createReviewComment(r.client, r.repo, r.pr.number, r.pr.headSha, s);
        const left = fresh.length - now.length;
        const line = `Suggested ${(0,messages/* plural */.L)(now.length, 'fix', 'fixes')} as review comments${all.length > fresh.length ? ` (${all.length - fresh.length} already on the pull request)` : ''}${left ? `; ${left} more not posted (max-suggestions: ${r.max}): run \`lifeguard check --fix\`` : ''}.`;
        core/* info */.pq(`lifeguard: ${line}`);
        return line;
    }
    catch (err) {
        const reason = (0,github_client/* describeGitHubError */.dZ)(err);
        const line = (0,github_client/* httpStatus */.nG)(err) === 403
            ? `No suggestions: GitHub refused the review comments (${reason}). Give the job \`permissions: pull-requests: write\`.`
            : `The suggestions could not be posted (${reason}).`;
        core/* warning */.$e(`lifeguard: ${line}`);
        return line;
    }
}

;// CONCATENATED MODULE: ./src/action/pr-publish.ts
/**
 * Everything a pull-request run leaves behind: the sticky comment (unless off, a fork, or nothing
 * worth saying), the log, annotations on the changed files only, the job summary, SARIF, the JSON
 * report and the outputs, and the exit status. A comment that cannot be posted for want of
 * permission is a notice (the summary has it all); any other GitHub error fails the gate.
 */














/** Returns the final verdict (after anything that failed while publishing). */
async function publishPullRequest(p) {
    const { inputs, run, pr, result } = p;
    // sarifFile is set once the file is written: the notices name only files that exist.
    const ctx = { cwd: run.cwd, root: run.root, env: run.env };
    let verdict = result.report.verdict;
    const markdown = renderPullRequestComment({ ...result.report, ...(run.runUrl ? { runUrl: run.runUrl } : {}) });
    const wanted = wantsComment(inputs.commentOn, result, verdict);
    logReport(inputs, result, ctx);
    const failures = [];
    let sarifWritten = false;
    if (inputs.sarifFile) {
        try {
            await writeSarif(result.check, ctx, inputs.sarifFile);
            sarifWritten = true;
            ctx.sarifFile = inputs.sarifFile;
        }
        catch (err) {
            failures.push(`cannot write the SARIF file ${inputs.sarifFile}: ${err.message}`);
        }
    }
    let commentLine;
    if (!pr)
        commentLine = undefined;
    else if (inputs.comment === 'off')
        commentLine = 'No comment: the input comment is off.';
    else if (pr.fromFork)
        commentLine = 'No comment: the pull request comes from a fork (read-only token).';
    else if (p.client && run.repo) {
        try {
            const posted = await upsertStickyComment(p.client, run.repo, pr.number, markdown, {
                mode: inputs.comment,
                onlyIfExists: !wanted,
                key: inputs.commentKey ?? defaultCommentKey(run.env),
                restAt: `the job summary of this run${run.runUrl ? ` (${run.runUrl})` : ''}`,
            });
            commentLine = commentWords(posted, inputs.commentOn);
            core/* info */.pq(`lifeguard: ${commentLine}`);
        }
        catch (err) {
            const reason = (0,github_client/* describeGitHubError */.dZ)(err);
            if ((0,github_client/* httpStatus */.nG)(err) === 403) {
                commentLine = `No comment: GitHub refused it (${reason}). Give the job \`permissions: pull-requests: write\`.`;
                core/* notice */.lm(`lifeguard: ${commentLine} The report is in the job summary.`);
            }
            else {
                commentLine = `The comment could not be posted (${reason}).`;
                verdict = reevaluate(result, p.settings, { failures: [`GitHub: the comment could not be posted (${reason})`] });
            }
        }
    }
    // Suggestions need a token that may write: not on a fork's run.
    if (pr && !pr.fromFork && p.client && run.repo && p.patches?.size) {
        const line = await postSuggestions({
            client: p.client,
            repo: run.repo,
            pr,
            check: result.check,
            sources: result.sources,
            patches: p.patches,
            max: inputs.maxSuggestions,
            cwd: run.cwd,
            root: run.root,
        });
        if (line)
            commentLine = commentLine ? `${commentLine} ${line}` : line;
    }
    const changed = p.changed ? new Set(p.changed) : undefined;
    const inChanged = result.check.diagnostics.filter((d) => !changed || changed.has(repoPath(d.file, run.cwd, run.root)));
    annotate((0,resolve/* buildReport */.FK)(result.check.files, inChanged), ctx);
    const elsewhere = result.check.diagnostics.length - inChanged.length;
    if (elsewhere)
        core/* notice */.lm(`lifeguard: ${(0,messages/* plural */.L)(elsewhere, 'finding')} in files this pull request does not change ${elsewhere === 1 ? 'is' : 'are'} not annotated; the job summary lists ${elsewhere === 1 ? 'it' : 'them'}.`);
    const report = { ...result.report, verdict };
    let reportJson;
    try {
        reportJson = await writeReportJson({
            version: 1,
            command: 'plan',
            ...(pr ? { pullRequest: { number: pr.number, headSha: pr.headSha, fromFork: pr.fromFork } } : {}),
            verdict: verdict.result,
            passes: verdict.pass,
            totals: result.totals,
            comment: { markdown, wanted },
            report,
            plans: result.plans,
            findings: result.check,
        }, run.cwd, inputs.reportJson, run.runnerTemp);
    }
    catch (err) {
        failures.push(`cannot write the JSON report: ${err.message}`);
    }
    const pass = verdict.pass && failures.length === 0;
    setOutputs({
        verdict: failures.length ? 'fail' : verdict.result,
        errors: result.check.summary.errors,
        warnings: result.check.summary.warnings,
        ...result.totals,
        ...(reportJson ? { reportJson } : {}),
        ...(sarifWritten ? { sarifFile: inputs.sarifFile } : {}),
    });
    // Only what was written: the JSON report when it was, the SARIF file when it was, else the log.
    const restAt = [reportJson ? `the JSON report (${reportJson})` : '', sarifWritten ? `the SARIF file ${inputs.sarifFile}` : '']
        .filter(Boolean)
        .join(' and ') || 'the log of this step';
    try {
        await core/* summary */.z
            .addRaw(fitSummary(renderPullRequestSummary(report, result.plans, commentLine ? { commentLine } : {}), restAt))
            .write();
    }
    catch (err) {
        core/* warning */.$e(`lifeguard: the job summary was not written: ${err.message}`);
    }
    for (const g of verdict.gates.filter((g) => g.warned))
        core/* warning */.$e(`lifeguard: ${g.target ? `${g.target}: ` : ''}${g.reason} (on-error: warn)`);
    if (!pass)
        core/* setFailed */.C1(`lifeguard: ${[verdict.pass ? '' : verdict.headline.replace(/^fail: /, ''), ...failures].filter(Boolean).join('; ')}.`);
    else if (verdict.result === 'incomplete')
        core/* warning */.$e(`lifeguard: ${verdict.headline} (passes: the base settings say allow-incomplete: true).`);
    else
        core/* info */.pq(`lifeguard: pass (${(0,messages/* plural */.L)(result.report.targets.length, 'target')} checked).`);
    return pass ? verdict : { ...verdict, pass: false, result: verdict.result === 'pass' ? 'fail' : verdict.result };
}
/** Whether this run has something to say in a comment; an earlier comment is updated regardless. */
function wantsComment(on, result, verdict) {
    if (on === 'always')
        return true;
    const failing = verdict.gates.some((g) => g.status !== 'pass' || g.warned);
    if (on === 'failures')
        return failing;
    // A touched target that could not be compared with its bucket counts as a change: its file did.
    // Infos alone (a style note on an unchanged rule) are not worth a comment.
    const findings = result.check.diagnostics.some((d) => d.severity !== 'info');
    return failing || findings || result.report.targets.some((t) => !t.diff || !t.diff.equal);
}
function commentWords(r, on) {
    const where = r.url ? ` ${r.url}` : '';
    switch (r.action) {
        case 'created':
            return `Posted the pull-request comment${where}.`;
        case 'updated':
            return `Updated the pull-request comment${where}.`;
        case 'recreated':
            return `Hid the earlier comment and posted a new one${where}.`;
        case 'unchanged':
            return `The pull-request comment${where} already says this.`;
        case 'skipped':
            return `No comment: nothing to report (comment-on: ${on}).`;
    }
}
function logReport(inputs, result, ctx) {
    if (result.plans.length) {
        core/* startGroup */.Oh(`lifeguard plan: ${(0,messages/* plural */.L)(result.plans.length, 'target')}`);
        (0,runner_log/* logBlock */.Mk)((0,plan_text/* formatPlanText */.G9)({ version: 1, targets: result.plans, summary: (0,types/* summarize */.e)(result.plans) }));
        core/* endGroup */.N4();
    }
    if (inputs.format !== 'github') {
        core/* startGroup */.Oh(`lifeguard findings: ${(0,messages/* plural */.L)(result.check.summary.errors, 'error')}, ${(0,messages/* plural */.L)(result.check.summary.warnings, 'warning')}`);
        (0,runner_log/* logBlock */.Mk)(src_report/* FORMATTERS */.o[inputs.format](result.check, result.sources, { color: false, cwd: ctx.cwd, root: ctx.root }));
        core/* endGroup */.N4();
    }
    for (const n of result.report.notices)
        core/* notice */.lm(`lifeguard: ${n}`);
}

;// CONCATENATED MODULE: ./src/generated/saved-report-validator.js
// Generated by scripts/gen-validators.mjs from schemas/saved-report.schema.json. Do not edit.
// @ts-nocheck

const validateSavedReport = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://lifeguard.dev/schemas/saved-report.schema.json","title":"What the privileged half of the fork split reads from a saved lifeguard report","description":"The report a pull_request run saved as an artifact is untrusted: only these fields are read, and only to find the pull request and the commit it ran on. Everything else in the report is ignored; the verdict is judged again.","type":"object","properties":{"version":{"const":1},"command":{"enum":["plan","check"]},"pullRequest":{"type":"object","properties":{"number":{"type":"integer","minimum":1,"maximum":1000000000},"headSha":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"}},"required":["number","headSha"]},"verdict":{"enum":["pass","fail","incomplete"]}},"required":["version","command","pullRequest"]};
const pattern4 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://lifeguard.dev/schemas/saved-report.schema.json" */;
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
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.command === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.pullRequest === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pullRequest"},message:"must have required property '"+"pullRequest"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.version !== undefined){
if(1 !== data.version){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.command !== undefined){
let data1 = data.command;
if(!((data1 === "plan") || (data1 === "check"))){
const err4 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/enum",keyword:"enum",params:{allowedValues: schema31.properties.command.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.pullRequest !== undefined){
let data2 = data.pullRequest;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.number === undefined){
const err5 = {instancePath:instancePath+"/pullRequest",schemaPath:"#/properties/pullRequest/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.headSha === undefined){
const err6 = {instancePath:instancePath+"/pullRequest",schemaPath:"#/properties/pullRequest/required",keyword:"required",params:{missingProperty: "headSha"},message:"must have required property '"+"headSha"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.number !== undefined){
let data3 = data2.number;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/pullRequest/number",schemaPath:"#/properties/pullRequest/properties/number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1000000000 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/pullRequest/number",schemaPath:"#/properties/pullRequest/properties/number/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/pullRequest/number",schemaPath:"#/properties/pullRequest/properties/number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data2.headSha !== undefined){
let data4 = data2.headSha;
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err10 = {instancePath:instancePath+"/pullRequest/headSha",schemaPath:"#/properties/pullRequest/properties/headSha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\""};
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
const err11 = {instancePath:instancePath+"/pullRequest/headSha",schemaPath:"#/properties/pullRequest/properties/headSha/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err12 = {instancePath:instancePath+"/pullRequest",schemaPath:"#/properties/pullRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.verdict !== undefined){
let data5 = data.verdict;
if(!(((data5 === "pass") || (data5 === "fail")) || (data5 === "incomplete"))){
const err13 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema31.properties.verdict.enum},message:"must be equal to one of the allowed values"};
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
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"version":true,"command":true,"pullRequest":true,"verdict":true},"dynamicProps":false,"dynamicItems":false};

const schemaDocument = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://lifeguard.dev/schemas/saved-report.schema.json","title":"What the privileged half of the fork split reads from a saved lifeguard report","description":"The report a pull_request run saved as an artifact is untrusted: only these fields are read, and only to find the pull request and the commit it ran on. Everything else in the report is ignored; the verdict is judged again.","type":"object","properties":{"version":{"const":1},"command":{"enum":["plan","check"]},"pullRequest":{"type":"object","properties":{"number":{"type":"integer","minimum":1,"maximum":1000000000},"headSha":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"}},"required":["number","headSha"]},"verdict":{"enum":["pass","fail","incomplete"]}},"required":["version","command","pullRequest"]};

;// CONCATENATED MODULE: ./src/action/saved-report.ts
/**
 * The report a pull_request run saved as an artifact, read by the privileged half of the fork split
 * as untrusted input: bounded in size, valid JSON, and checked against its schema
 * (schemas/saved-report.schema.json). Only the pull request's number and the commit the run checked
 * are taken from it; its verdict, findings and comment are never used.
 */



/** A report of a large pull request is a few MiB; anything much larger is not lifeguard's. */
const MAX_SAVED_REPORT_BYTES = 32 * 1024 * 1024;
async function readSavedReport(path) {
    let text;
    try {
        const file = await (0,promises_.open)(path, 'r');
        try {
            const st = await file.stat();
            const size = st.size;
            if (!st.isFile())
                throw new InputError(`the saved report ${path} is not a file`);
            if (size > MAX_SAVED_REPORT_BYTES)
                throw new InputError(`the saved report ${path} is ${Math.round(size / 1024 / 1024)} MiB, over the ${MAX_SAVED_REPORT_BYTES / 1024 / 1024} MiB a lifeguard report can be`);
            text = await file.readFile('utf8');
        }
        finally {
            await file.close();
        }
    }
    catch (err) {
        if (err instanceof InputError)
            throw err;
        throw new InputError(`cannot read the saved report ${path}: ${err.message}`);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new InputError(`the saved report ${path} is not JSON (${err.message.split('\n')[0]})`);
    }
    if (!validateSavedReport(data)) {
        const e = validateSavedReport.errors?.[0];
        throw new InputError(`${path} is not a report of lifeguard's run on a pull request: ${e ? `${e.instancePath || '(top level)'} ${e.message}` : 'schema mismatch'}`);
    }
    const pr = data.pullRequest;
    return { number: pr.number, headSha: pr.headSha };
}

;// CONCATENATED MODULE: ./src/action/comment.ts
/**
 * `command: comment`: the privileged half of the fork split, on a `workflow_run` event. A fork's
 * `pull_request` run has no secrets and a read-only token, so it cannot read the buckets or comment;
 * this half runs the base repository's workflow with credentials and a writable token, and judges
 * the pull request itself: its files are read as data at the head commit (contents API, never
 * checked out, never run), the settings are the base commit's, the plan runs against the live
 * buckets, and approvals are checked as on any pull request. It posts the sticky comment and a
 * commit status `lifeguard` on the head commit, and never a verdict better than the conclusion of
 * the run that triggered it. The report that run saved is untrusted: only the pull request's number
 * and head commit are read from it (schema, size limit), and both must match what GitHub says.
 */

















class CommentRefusal extends Error {
    name = 'CommentRefusal';
}
/** The commit status the privileged half sets on the head commit (make it the required check). */
const STATUS_CONTEXT = 'lifeguard';
async function commentCommand(inputs, run) {
    if (!inputs.reportJson)
        throw new InputError('command comment needs the input report-json: the report file a pull_request run saved (its output report-json)');
    if (!inputs.githubToken || !run.repo)
        throw new InputError('command comment needs github-token and GITHUB_REPOSITORY');
    const wr = workflowRunOf(run);
    if (!wr)
        throw new CommentRefusal(`command comment runs on workflow_run events of a pull_request run (this is a ${run.eventName || 'manual'} event); it judges the pull request that run checked`);
    const saved = await readSavedReport(inputs.reportJson);
    if (saved.headSha !== wr.headSha) {
        throw new CommentRefusal(`the saved report is of commit ${saved.headSha.slice(0, 12)}, but the workflow run checked ${wr.headSha.slice(0, 12)}; not judging (the report was forged or mixed up)`);
    }
    const client = (0,github_client/* makeClient */.yu)(inputs.githubToken, run.apiUrl);
    const pr = await pullRequest(client, run.repo, saved.number, wr.headSha);
    const failures = [];
    const notices = [];
    let changed;
    try {
        const files = await listChangedFiles(client, run.repo, pr.number);
        changed = changedPaths(files);
        if (!changed)
            notices.push(`${INCOMPLETE_LIST}, so every target was checked.`);
    }
    catch (err) {
        failures.push(`GitHub: the changed files of pull request #${pr.number} could not be listed (${(0,github_client/* describeGitHubError */.dZ)(err)}); every target was checked instead`);
    }
    const headRepo = repoRef(pr.headRepo) ?? run.repo;
    const configPath = configRepoPath(run.cwd, run.root, inputs.config);
    // Git first when the checkout holds the head commit (a workflow may fetch refs/pull/N/head, objects
    // only, nothing checked out): the same data, without one API call per file against the token's rate limit.
    const source = { root: run.root, client, repo: headRepo, configPath, ...(changed ? { extra: changed } : {}) };
    const copies = await copiesOf(source, wr.headSha);
    let head;
    let cwd;
    let root;
    if (typeof copies === 'string') {
        // A head whose .lifeguard.yml cannot be read or used names no targets the run could judge: that
        // is missing evidence, never a pass (the base's targets would go unjudged).
        root = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'lifeguard-empty-'));
        cwd = root;
        head = { config: (0,config_config/* defaults */.NT)(cwd) };
        failures.push(`the head commit's ${configPath} could not be used, so the pull request was not judged: ${copies}`);
    }
    else if (!copies.config) {
        // No .lifeguard.yml at the head: the defaults, as for a same-repository pull request; the base's
        // targets it drops are loosenings the settings gate asks approval for (trust/settings.ts).
        root = copies.root;
        cwd = cwdOf(copies, configPath);
        head = { config: (0,config_config/* defaults */.NT)(cwd) };
        notices.push(`The head commit has no ${configPath}: judged with the defaults.`);
    }
    else {
        root = copies.root;
        cwd = cwdOf(copies, configPath);
        head = { config: copies.config, ...(copies.doc ? { doc: copies.doc } : {}) };
        // A file that could not be copied (a failed read, past the file cap) is evidence the run lacks:
        // a quarantine file's batches, a changed file's findings. Missing evidence fails.
        failures.push(...copies.problems.map((p) => `not judged: ${p}`));
        notices.push(...(copies.skipped ?? []).map((p) => `Not checked: ${p}.`));
    }
    notices.push(`Judged by the privileged half of the fork split: the pull request's files at ${wr.headSha.slice(0, 7)} were read as data, nothing from it was run.`);
    const live = head.config.targets.length
        ? await probeLiveAccess(run.env)
        : { kind: 'none', reason: 'no targets in .lifeguard.yml' };
    const evidenceDir = (0,external_node_path_.resolve)(run.cwd, inputs.config ?? '.', inputs.config ? '..' : '.');
    const base = { inputs, run, pr, client, ...(changed ? { changed } : {}), labels: pr.labels, live, evidenceDir };
    const judged = await judgePullRequest({ ...base, cwd, root, head, failures, notices, judgeCommit: commitJudge(base, source) });
    if (wr.conclusion !== 'success') {
        judged.result.report.verdict = reevaluate(judged.result, judged.settings, {
            failures: [
                `the pull_request run${wr.id ? ` ${wr.id}` : ''} that triggered this one concluded ${wr.conclusion}, and this verdict can be no better`,
            ],
        });
    }
    const verdict = await publishPullRequest({
        inputs,
        run: { ...run, cwd, root },
        pr,
        client,
        result: judged.result,
        settings: judged.settings,
        ...(changed ? { changed } : {}),
    });
    try {
        await client.rest.repos.createCommitStatus({
            ...run.repo,
            sha: wr.headSha,
            state: verdict.pass ? 'success' : 'failure',
            context: STATUS_CONTEXT,
            description: verdict.headline.slice(0, 140),
            ...(run.runUrl ? { target_url: run.runUrl } : {}),
        });
    }
    catch (err) {
        core/* setFailed */.C1(`lifeguard: the commit status could not be set on ${wr.headSha.slice(0, 12)} (${(0,github_client/* describeGitHubError */.dZ)(err)}); give the job permissions: statuses: write`);
    }
}
function workflowRunOf(run) {
    if (run.eventName !== 'workflow_run' || !(0,values/* isObj */.sA)(run.payload) || !(0,values/* isObj */.sA)(run.payload.workflow_run))
        return undefined;
    const w = run.payload.workflow_run;
    if (typeof w.head_sha !== 'string')
        return undefined;
    return {
        headSha: w.head_sha,
        conclusion: typeof w.conclusion === 'string' ? w.conclusion : 'unknown',
        event: typeof w.event === 'string' ? w.event : '',
        ...(typeof w.id === 'number' ? { id: w.id } : {}),
    };
}
/** The pull request as GitHub has it now; its head must be the commit the run checked. */
async function pullRequest(client, repo, number, expectedHead) {
    let data;
    try {
        data = (await client.rest.pulls.get({ ...repo, pull_number: number })).data;
    }
    catch (err) {
        throw new CommentRefusal(`pull request #${number} of the saved report could not be read (${(0,github_client/* describeGitHubError */.dZ)(err)})`);
    }
    const pr = pullRequestOf('pull_request', { pull_request: data });
    if (!pr?.headSha)
        throw new CommentRefusal(`pull request #${number} could not be read (no head commit)`);
    if (pr.headSha !== expectedHead) {
        throw new CommentRefusal(`the saved report names pull request #${number}, whose head is ${pr.headSha.slice(0, 12)}, but the workflow run checked ${expectedHead.slice(0, 12)}; not commenting (a newer push may be on its way, or the report was forged)`);
    }
    // The current labels, from the API (the pull request's own list may be cut short).
    const labels = await listLabels(client, repo, number).catch(() => pr.labels);
    // This half writes with its own token, whatever the head repository is.
    return { ...pr, headSha: pr.headSha, labels, fromFork: false };
}
function repoRef(fullName) {
    const [owner, repo] = (fullName ?? '').split('/');
    return owner && repo ? { owner, repo } : undefined;
}

;// CONCATENATED MODULE: ./src/action/context.ts
/**
 * What the runner tells the action about the run, read once from the environment: the event and its
 * payload (GITHUB_EVENT_PATH), the repository, the API and web URLs, the workspace. Plain values,
 * so the flows can be run with a hand-made context.
 */

class ContextError extends Error {
    name = 'ContextError';
}
function readContext(env, cwd = process.cwd()) {
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch (err) {
            throw new ContextError(`cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${err.message}`);
        }
    }
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const context = {
        eventName,
        payload,
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        serverUrl,
        cwd,
        root: env.GITHUB_WORKSPACE || cwd,
        env,
    };
    if (owner && repo)
        context.repo = { owner, repo };
    if (owner && repo && env.GITHUB_RUN_ID)
        context.runUrl = `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`;
    if (env.GITHUB_SHA)
        context.sha = env.GITHUB_SHA;
    if (env.RUNNER_TEMP)
        context.runnerTemp = env.RUNNER_TEMP;
    return context;
}

;// CONCATENATED MODULE: ./src/github/drift-issue.ts

async function findDriftIssue(client, repo, marker, author) {
    const issues = await client.paginate(client.rest.issues.listForRepo, { ...repo, state: 'open', per_page: 100 });
    return issues
        .filter((i) => !i.pull_request && i.user?.login === author && (i.body ?? '').includes(marker))
        .sort((a, b) => a.number - b.number)[0];
}
/** `open`: the issue's title and body while something is out of sync; undefined: close it with `closing`. */
async function syncDriftIssue(client, repo, marker, open, closing) {
    const existing = await findDriftIssue(client, repo, marker, await commentIdentity(client));
    if (!open) {
        if (!existing)
            return { action: 'none' };
        await client.rest.issues.createComment({ ...repo, issue_number: existing.number, body: closing });
        await client.rest.issues.update({ ...repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
        return { action: 'closed', number: existing.number, url: existing.html_url };
    }
    if (existing) {
        if (existing.body === open.body && existing.title === open.title)
            return { action: 'unchanged', number: existing.number, url: existing.html_url };
        const { data } = await client.rest.issues.update({ ...repo, issue_number: existing.number, title: open.title, body: open.body });
        return { action: 'updated', number: data.number, url: data.html_url };
    }
    const { data } = await client.rest.issues.create({ ...repo, title: open.title, body: open.body });
    return { action: 'opened', number: data.number, url: data.html_url };
}

// EXTERNAL MODULE: ./src/pipeline/drift.ts
var pipeline_drift = __webpack_require__(6313);
// EXTERNAL MODULE: ./src/model/sync-state.ts
var sync_state = __webpack_require__(1630);
;// CONCATENATED MODULE: ./src/report/drift-report.ts
/**
 * The drift check in words: a job-summary section and the body of the one issue that lists the
 * targets out of sync with the default branch, with what to do about each. Pure.
 */


const DRIFT_ISSUE_MARKER = '<!-- lifeguard:drift-issue -->';
const drift_report_ICON = { 'in-sync': '✅', lagging: '⏳', drifted: '❌', unknown: '❔' };
function driftHeadline(d) {
    const parts = [
        d.drifted.length && `${d.drifted.length} drifted`,
        d.lagging.length && `${d.lagging.length} lagging`,
        d.unknown.length && `${d.unknown.length} not known`,
    ].filter(Boolean);
    return parts.length
        ? `${parts.join(', ')} of ${d.targets.length} target${d.targets.length === 1 ? '' : 's'}`
        : `every target in sync (${d.targets.length})`;
}
function renderDriftSummary(d, ctx) {
    const out = [
        `## lifeguard drift check: ${d.drifted.length || d.unknown.length ? '❌' : d.lagging.length ? '⏳' : '✅'} ${(0,inert_markdown/* inertText */.UJ)(driftHeadline(d))}`,
        '',
    ];
    out.push(`The live rules of each bucket against the rules of ${(0,inert_markdown/* inertText */.UJ)(ctx.branch)} at \`${d.head.slice(0, 7)}\` and their history.`, '');
    if (d.targets.length)
        out.push(...table(d.targets), '');
    out.push(...advice(d));
    return out.join('\n') + '\n';
}
function driftIssueTitle(d, ctx) {
    const n = d.drifted.length + d.lagging.length + d.unknown.length;
    return `lifeguard: ${n} bucket${n === 1 ? '' : 's'} out of sync with ${ctx.branch}`;
}
function renderDriftIssue(d, ctx) {
    const out = [
        `lifeguard's drift check found buckets whose lifecycle rules are not the rules of ${(0,inert_markdown/* inertText */.UJ)(ctx.branch)} at \`${d.head.slice(0, 7)}\`${ctx.runUrl ? ` ([run](${ctx.runUrl}))` : ''}. This issue is kept up to date by the check and closed when every bucket matches again.`,
        '',
        ...table(d.targets.filter((t) => t.sync.state !== 'in-sync')),
        '',
        ...advice(d),
        '',
        DRIFT_ISSUE_MARKER,
    ];
    return out.join('\n') + '\n';
}
function driftClosedComment(d, ctx) {
    return `Every bucket matches ${(0,inert_markdown/* inertText */.UJ)(ctx.branch)} at \`${d.head.slice(0, 7)}\` again (${d.targets.length} target${d.targets.length === 1 ? '' : 's'} checked${ctx.runUrl ? `, [run](${ctx.runUrl})` : ''}). Closing.`;
}
function table(targets) {
    const out = ['| Target | Bucket | State | Details |', '|---|---|---|---|'];
    for (const t of targets)
        out.push(`| ${(0,inert_markdown/* inertText */.UJ)(t.target)} | ${(0,inert_markdown/* codeSpan */.SS)(t.bucket, true)} | ${drift_report_ICON[t.sync.state]} ${t.sync.state} | ${(0,inert_markdown/* inertText */.UJ)(details(t))} |`);
    return out;
}
function details(t) {
    const s = t.sync;
    if (s.state === 'lagging')
        return `holds the rules of ${(0,sync_state/* commitWords */.x)(s.since)}; the apply of the later commits did not happen`;
    return s.state === 'in-sync' ? '' : (0,sync_state/* describeSync */.X)(s);
}
function advice(d) {
    const out = [];
    if (d.lagging.length)
        out.push(`- **Lagging** (${d.lagging.map((n) => (0,inert_markdown/* inertText */.UJ)(n)).join(', ')}): an apply was skipped, cancelled or failed. Run the apply workflow (workflow_dispatch): it reconciles every target with the branch.`);
    if (d.drifted.length) {
        out.push(`- **Drifted** (${d.drifted.map((n) => (0,inert_markdown/* inertText */.UJ)(n)).join(', ')}): the rules were changed outside git. Either put the branch's rules back (run the apply workflow with \`on-drift: overwrite\`), or, if the change was right, commit it through a pull request.`);
    }
    if (d.unknown.length)
        out.push(`- **Not known** (${d.unknown.map((n) => (0,inert_markdown/* inertText */.UJ)(n)).join(', ')}): the history could not be searched; see the details.`);
    return out;
}

;// CONCATENATED MODULE: ./src/action/drift.ts
/**
 * The action's drift check, part of `command: plan` outside pull requests (a schedule, a manual
 * run): where every planned bucket stands against the default branch's history, as outputs
 * (`drift`, `drifted-targets`, `lagging-targets`), a job-summary section, optionally one issue
 * (opened, updated, closed once everything matches again), and a distinct exit status (3) when the
 * gates passed but a target is out of sync (docs/action.md, ADR 0141).
 */





async function checkDrift(inputs, run, config, plans) {
    const drift = await (0,pipeline_drift/* detectDrift */.D9)(config, plans, { root: run.root, head: run.sha ?? 'HEAD', depth: inputs.historyDepth });
    const ctx = context(run);
    core/* setOutput */.uH('drift', drift.drifted.length || drift.unknown.length ? 'drifted' : drift.lagging.length ? 'lagging' : 'none');
    core/* setOutput */.uH('drifted-targets', [...drift.drifted, ...drift.unknown].join(','));
    core/* setOutput */.uH('lagging-targets', drift.lagging.join(','));
    try {
        await core/* summary */.z.addRaw(renderDriftSummary(drift, ctx)).write();
    }
    catch (err) {
        core/* warning */.$e(`lifeguard: the drift section of the job summary was not written: ${err.message}`);
    }
    for (const t of drift.targets.filter((x) => x.sync.state !== 'in-sync'))
        core/* info */.pq(`lifeguard: target ${t.target}: ${t.sync.state}`);
    // Targets the check was meant to judge but could not (no AWS access, a bucket that could not be read).
    const asked = Array.isArray(inputs.targets) ? inputs.targets : config.targets.map((t) => t.name);
    const unjudged = asked.filter((name) => !drift.targets.some((t) => t.target === name));
    if (inputs.driftIssue)
        await keepIssue(inputs, run, drift, ctx, unjudged);
    return drift;
}
/** After the gates: a run whose gates passed but whose buckets are out of sync ends with status 3. */
function settleDriftExit(drift, gatesPassed) {
    if (!(0,pipeline_drift/* outOfSync */.VQ)(drift))
        return;
    const line = `lifeguard: drift: ${driftHeadline(drift)} (${[...drift.drifted, ...drift.lagging, ...drift.unknown].join(', ')}); see the job summary`;
    if (!gatesPassed) {
        core/* warning */.$e(line);
        return;
    }
    core/* error */.z3(line);
    process.exitCode = pipeline_drift/* DRIFT_EXIT_STATUS */.my;
}
async function keepIssue(inputs, run, drift, ctx, unjudged) {
    if (!inputs.githubToken || !run.repo) {
        core/* warning */.$e('lifeguard: drift-issue is set, but there is no github-token: no issue was opened or closed');
        return;
    }
    const open = (0,pipeline_drift/* outOfSync */.VQ)(drift) ? { title: driftIssueTitle(drift, ctx), body: renderDriftIssue(drift, ctx) } : undefined;
    // A check that could not judge every target is no evidence that the buckets match: an open issue stays open.
    if (!open && unjudged.length) {
        core/* warning */.$e(`lifeguard: ${unjudged.length} target${unjudged.length === 1 ? ' was' : 's were'} not checked (${unjudged.join(', ')}): the drift issue, if open, was left open`);
        return;
    }
    const client = (0,github_client/* makeClient */.yu)(inputs.githubToken, run.apiUrl);
    try {
        const r = await syncDriftIssue(client, run.repo, DRIFT_ISSUE_MARKER, open, driftClosedComment(drift, ctx));
        core/* setOutput */.uH('drift-issue', r.number === undefined ? '' : String(r.number));
        if (r.action !== 'none')
            core/* info */.pq(`lifeguard: drift issue #${r.number} ${r.action}${r.url ? ` (${r.url})` : ''}`);
    }
    catch (err) {
        const hint = (0,github_client/* httpStatus */.nG)(err) === 403 ? '; give the job permissions: issues: write' : '';
        core/* warning */.$e(`lifeguard: the drift issue could not be ${open ? 'opened or updated' : 'closed'} (${(0,github_client/* describeGitHubError */.dZ)(err)})${hint}`);
    }
}
function context(run) {
    const payload = run.payload;
    const fromPayload = typeof payload?.repository?.default_branch === 'string' ? payload.repository.default_branch : undefined;
    const branch = fromPayload ?? (run.env.GITHUB_REF ?? '').replace(/^refs\/heads\//, '');
    return { branch: branch || 'the default branch', ...(run.runUrl ? { runUrl: run.runUrl } : {}) };
}

;// CONCATENATED MODULE: ./src/action/pull-request.ts
/**
 * `command: plan`. On a pull request: ask GitHub what changed and how the pull request is labelled,
 * find out whether the run can read the live buckets, run the pull-request pipeline, then publish
 * (comment, summary, annotations, SARIF, outputs). Every GitHub error is a failure of the run (the
 * gate fails unless on-error: warn) and the check falls back to the stricter side: all targets.
 * On any other event (a schedule looking for drift, a manual run): the same for every target, or
 * those named in `targets`, without a comment.
 */















async function planCommand(inputs, run, pr) {
    const loaded = await (0,config_config/* loadConfig */.Z9)(inputs.config, new workspace_workspace/* Workspace */.a(run.cwd, run.root));
    if (!loaded.ok) {
        // Nothing can be judged without the configuration: report its problems and fail.
        const report = configProblemsReport(loaded);
        const failure = configFailure(loaded);
        setOutputs({ verdict: 'fail', errors: report.summary.errors, warnings: report.summary.warnings });
        annotate(report, { cwd: run.cwd, root: run.root, env: run.env });
        await writeSummary(report, { cwd: run.cwd, root: run.root, env: run.env }, 'Failed.', [failure]).catch(() => undefined);
        core/* setFailed */.C1(`lifeguard: ${failure}.`);
        return;
    }
    const config = loaded.config;
    const failures = [];
    const notices = [];
    const client = pr && inputs.githubToken && run.repo ? (0,github_client/* makeClient */.yu)(inputs.githubToken, run.apiUrl) : undefined;
    if (pr && !client)
        notices.push('No github-token (or no GITHUB_REPOSITORY): the changed files could not be listed, so every target was checked, and no comment was posted.');
    const patches = new Map();
    const changed = pr && client ? await pull_request_changedFiles(client, run, pr, failures, notices, patches) : undefined;
    const labels = pr ? (client ? await currentLabels(client, run, pr, failures) : pr.labels) : [];
    if (pr?.fromFork) {
        notices.push('This pull request comes from a fork, whose token cannot write to this repository: the report is in this job summary instead of a comment. To comment on fork pull requests, see the pull_request + workflow_run example in examples/workflows/.');
    }
    const live = config.targets.length
        ? await probeLiveAccess(run.env)
        : { kind: 'none', reason: 'no targets in .lifeguard.yml' };
    if (live.kind === 'found')
        core/* info */.pq(`lifeguard: AWS credentials found${live.source ? ` (${live.source})` : ''}; planning against the live buckets.`);
    const base = {
        inputs,
        run,
        ...(pr ? { pr } : {}),
        ...(client ? { client } : {}),
        ...(changed ? { changed } : {}),
        labels,
        live,
        evidenceDir: (0,external_node_path_.resolve)(run.cwd, inputs.config ?? '.', inputs.config ? '..' : '.'),
    };
    const configPath = configRepoPath(run.cwd, run.root, inputs.config);
    const headRepo = pr?.headRepo?.split('/');
    const judged = await judgePullRequest({
        ...base,
        cwd: run.cwd,
        root: run.root,
        head: { config, ...(loaded.doc ? { doc: loaded.doc } : {}) },
        failures,
        notices,
        ...(pr && client
            ? {
                judgeCommit: commitJudge(base, {
                    root: run.root,
                    client,
                    ...(headRepo?.length === 2 ? { repo: { owner: headRepo[0], repo: headRepo[1] } } : run.repo ? { repo: run.repo } : {}),
                    configPath,
                }),
            }
            : {}),
    });
    // Outside a pull request (a schedule, a manual run): where each bucket stands against the branch's history.
    const drift = pr ? undefined : await checkDrift(inputs, run, judged.config, judged.result.plans);
    const verdict = await publishPullRequest({ inputs, run, pr, client, result: judged.result, settings: judged.settings, changed, patches });
    if (drift)
        settleDriftExit(drift, verdict.pass);
}
async function pull_request_changedFiles(client, run, pr, failures, notices, patches) {
    try {
        const files = await listChangedFiles(client, run.repo, pr.number);
        for (const f of files)
            if (f.patch)
                patches.set(f.filename, f.patch);
        const paths = changedPaths(files);
        if (!paths) {
            notices.push(`${INCOMPLETE_LIST}, so every target was checked.`);
            return undefined;
        }
        core/* info */.pq(`lifeguard: ${(0,messages/* plural */.L)(files.length, 'file')} changed in pull request #${pr.number}.`);
        return paths;
    }
    catch (err) {
        failures.push(`GitHub: the changed files of pull request #${pr.number} could not be listed (${(0,github_client/* describeGitHubError */.dZ)(err)}); every target was checked instead`);
        return undefined;
    }
}
async function currentLabels(client, run, pr, failures) {
    try {
        return await listLabels(client, run.repo, pr.number);
    }
    catch (err) {
        failures.push(`GitHub: the labels of pull request #${pr.number} could not be read (${(0,github_client/* describeGitHubError */.dZ)(err)})`);
        return pr.labels;
    }
}

// EXTERNAL MODULE: ./src/cost/track/baseline.ts
var baseline = __webpack_require__(7370);
// EXTERNAL MODULE: ./src/cost/track/format.ts
var format = __webpack_require__(3366);
// EXTERNAL MODULE: ./src/cost/prices/load.ts
var load = __webpack_require__(2210);
;// CONCATENATED MODULE: ./src/action/track.ts
/**
 * `command: track`, for a scheduled workflow: for every target of .lifeguard.yml with an inventory,
 * its S3 Inventory report of today against the tracking baseline a plan run saved (`baselines`
 * folder, <target>.json), posted to the job summary. Tracking informs, it does not gate: the step
 * fails only when nothing could be tracked at all.
 */









async function trackCommand(inputs, run) {
    if (!inputs.baselines)
        throw new Error("command 'track' needs the input 'baselines': the folder a plan run wrote the targets' baselines to");
    const loaded = await (0,config_config/* loadConfig */.Z9)(inputs.config, new workspace_workspace/* Workspace */.a(run.cwd, run.root));
    if (!loaded.ok)
        throw new Error(`the configuration has problems; run command 'check' for them`);
    const { runTrack } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(340), __webpack_require__.e(219)]).then(__webpack_require__.bind(__webpack_require__, 2600));
    const sections = [];
    let tracked = 0;
    const problems = [];
    for (const t of loaded.config.targets) {
        if (!t.inventory)
            continue;
        const file = (0,baseline.baselineFile)((0,external_node_path_.resolve)(run.cwd, inputs.baselines), t.name);
        if (!(0,external_node_fs_.existsSync)(file)) {
            problems.push(`${t.name}: no baseline at ${file}`);
            continue;
        }
        try {
            const report = await runTrack({
                baseline: { kind: 'file', path: file },
                inventory: {
                    path: /^s3:\/\//i.test(t.inventory) ? t.inventory : (0,external_node_path_.resolve)(loaded.config.dir, t.inventory),
                    endpoint: t.endpoint,
                    forcePathStyle: t.forcePathStyle,
                },
                catalog: (region) => (0,load.loadPriceCatalog)(inputs.prices, region),
                region: t.region,
                cwd: run.cwd,
            });
            sections.push(`### ${t.name.replace(/[<>|`]/g, '_')} · \`${t.bucket}\`\n\n${(0,format/* formatTrack */.P)(report, 'markdown')}`);
            tracked++;
        }
        catch (err) {
            problems.push(`${t.name}: ${err.message}`);
        }
    }
    for (const p of problems)
        core/* warning */.$e(`lifeguard track: ${p}`);
    const body = [
        `## lifeguard: tracking`,
        '',
        ...sections,
        ...(problems.length ? ['', '**Not tracked**', '', ...problems.map((p) => `- ${p.replace(/[<>]/g, '_')}`)] : []),
    ].join('\n');
    await core/* summary */.z.addRaw(fitSummary(body, 'the step log (run lifeguard cost --track for each target)')).write();
    core/* setOutput */.uH('verdict', tracked ? 'pass' : 'fail');
    if (!tracked)
        core/* setFailed */.C1(`lifeguard: nothing could be tracked (${problems.join('; ') || 'no target has an inventory'})`);
}

;// CONCATENATED MODULE: ./src/action/main.ts
/**
 * The GitHub Action: read the run's context and the inputs once, then hand over to the command's
 * flow (check, plan, apply, comment). Every failure ends in one core.setFailed with one sentence,
 * never in a stack trace and never in a green step.
 */








/** Time the flow gets after the deadline to publish the failures it caused. */
const DEADLINE_GRACE_MS = 10_000;


async function main_run(env = process.env) {
    try {
        const context = readContext(env);
        const inputs = readInputs((name) => core/* getInput */.V4(name), context.eventName);
        if (inputs.githubToken)
            core/* setSecret */.Pq(inputs.githubToken);
        (0,deadline/* startRunDeadline */.AN)(inputs.deadlineMs);
        // Calls in flight fail at the deadline and the flow reports them; past a grace, the step ends here.
        (0,deadline/* onDeadline */.sN)(() => {
            setTimeout(() => {
                core/* setOutput */.uH('verdict', 'fail');
                core/* setFailed */.C1(`lifeguard: stopped: ${(0,deadline/* deadlineWords */.mR)()} passed and the run had not finished; what was still waiting was not done.`);
                process.exit(1);
            }, DEADLINE_GRACE_MS).unref();
        });
        switch (inputs.command) {
            case 'check':
                return await checkCommand(inputs, context);
            case 'plan':
                return await planCommand(inputs, context, pullRequestOf(context.eventName, context.payload));
            case 'apply':
                return await applyCommand(inputs, context);
            case 'comment':
                return await commentCommand(inputs, context);
            case 'track':
                return await trackCommand(inputs, context);
        }
    }
    catch (err) {
        if (process.env.LIFEGUARD_DEBUG)
            core/* debug */.Yz(err?.stack ?? String(err));
        // Whatever stopped the run, a workflow reading the verdict must not see a pass.
        core/* setOutput */.uH('verdict', 'fail');
        core/* setFailed */.C1(`lifeguard: ${err?.message ?? String(err)}`);
    }
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ abandonedRequests),
/* harmony export */   dZ: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.d),
/* harmony export */   nG: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.n),
/* harmony export */   yu: () => (/* binding */ makeClient)
/* harmony export */ });
/* unused harmony exports GITHUB_REQUEST_TIMEOUT_MS, GITHUB_RETRIES */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2413);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);
/* harmony import */ var _net_deadline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7879);
/**
 * The GitHub API edge. Everything that talks to GitHub goes through an Octokit made here, so tests
 * can point it at a local server (`baseUrl`) and the action at GITHUB_API_URL. Every request has a
 * timeout and carries the run's deadline; rate limits are honoured as Octokit's throttling plugin
 * does (wait for `retry-after` or the reset, then retry), and a server error or a dropped
 * connection on a request that is safe to repeat is retried with backoff, all within the deadline
 * (ADR 0134).
 */

// Read by modules that must not load Octokit (the CLI's history reader): they import errors.ts.


/** One request, connection included; GitHub answers in well under a second. */
const GITHUB_REQUEST_TIMEOUT_MS = 30_000;
/** A call made after the run's deadline, to publish the failed verdict. */
const LATE_REQUEST_TIMEOUT_MS = 4_000;
/** Retries after a rate limit, a 5xx or a dropped connection. */
const GITHUB_RETRIES = 2;
/** A secondary rate limit without retry-after: GitHub's documentation says to wait at least a minute. */
const SECONDARY_WAIT_MS = 60_000;
function makeClient(token, baseUrl) {
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, baseUrl ? { baseUrl } : {});
    const api = baseUrl ?? 'https://api.github.com';
    octokit.hook.wrap('request', async (request, options) => {
        for (let attempt = 0;; attempt++) {
            // Past the deadline only the verdict is still published (comment, labels read for it): each such
            // call gets a short timeout of its own, and the entry point's hard stop bounds them all.
            const late = (0,_net_deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .deadlinePassed */ .Hx)();
            const signals = [AbortSignal.timeout(late ? LATE_REQUEST_TIMEOUT_MS : GITHUB_REQUEST_TIMEOUT_MS)];
            const run = (0,_net_deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .runSignal */ .KF)();
            if (run && !late)
                signals.push(run);
            const signal = AbortSignal.any(signals);
            try {
                // Raced rather than passed to fetch: the fetch @actions/github configures does not see a
                // signal given here, so a call that never answers is left behind (and ends with the process).
                return await raced(Promise.resolve(request(options)), signal);
            }
            catch (err) {
                const wait = attempt < GITHUB_RETRIES ? retryAfterMs(err, String(options.method)) : undefined;
                // No retry that would outlast the run: the caller fails now, with the reason.
                if (wait === undefined || wait >= (0,_net_deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .remainingMs */ .XW)())
                    throw withReason(err, api);
                await new Promise((ok) => setTimeout(ok, wait));
            }
        }
    });
    return octokit;
}
let abandoned = 0;
/** Requests given up on (timeout, deadline) whose connections may still be open: the entry point exits. */
function abandonedRequests() {
    return abandoned;
}
/** The request's result, or a rejection when `signal` aborts first (the request is then left behind). */
function raced(pending, signal) {
    return new Promise((resolve, reject) => {
        const stop = () => {
            abandoned++;
            reject(Object.assign(new Error('aborted'), { name: 'AbortError', cause: signal.reason }));
        };
        // The request is always awaited, so a late rejection is never an unhandled one.
        pending.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
        if (signal.aborted)
            stop();
        else
            signal.addEventListener('abort', stop, { once: true });
    });
}
/** How long to wait before trying again, or undefined when the request must not be repeated. */
function retryAfterMs(err, method) {
    const e = err;
    if (aborted(err))
        return undefined;
    const headers = e.response?.headers ?? {};
    const message = e.response?.data?.message ?? '';
    if (e.status === 403 || e.status === 429) {
        const after = Number(headers['retry-after']);
        if (Number.isFinite(after) && after >= 0)
            return after * 1000;
        if (/secondary rate limit/i.test(message))
            return SECONDARY_WAIT_MS;
        if (headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset'])
            return Math.max(0, Number(headers['x-ratelimit-reset']) * 1000 - Date.now()) + 1000;
        return undefined;
    }
    // A POST that got no answer may have landed (a second comment): only safe requests are repeated.
    const safe = method !== 'POST';
    const noAnswer = e.status === undefined || (e.status === 500 && e.cause !== undefined);
    if (safe && (noAnswer || (e.status !== undefined && e.status >= 500)))
        return 1000;
    return undefined;
}
/** The request was stopped by its timeout or by the run's deadline. */
function aborted(err) {
    const cause = err.cause;
    const name = err.name;
    return [cause?.name, name].some((n) => n === 'TimeoutError' || n === 'AbortError' || n === 'DeadlineError');
}
/** A timeout or the deadline in one sentence naming the API; other errors as they are. */
function withReason(err, api) {
    if (!aborted(err))
        return err;
    const message = (0,_net_deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .deadlinePassed */ .Hx)()
        ? `stopped at ${(0,_net_deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .deadlineWords */ .mR)()} while waiting for the GitHub API at ${api}`
        : `the GitHub API at ${api} did not answer within ${GITHUB_REQUEST_TIMEOUT_MS / 1000} s`;
    return Object.assign(new Error(message), { name: 'GitHubTimeout' });
}


/***/ })

};
