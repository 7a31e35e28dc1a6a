export const id = 581;
export const ids = [581];
export const modules = {

/***/ 5581:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4666);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1604);
/* harmony import */ var _net_deadline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7879);
/* harmony import */ var _pipeline_check_workers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2388);




/** Time the command gets after the deadline to report the calls that failed at it. */
const DEADLINE_GRACE_MS = 5_000;
if ((0,_pipeline_check_workers_js__WEBPACK_IMPORTED_MODULE_3__/* .isCheckWorker */ .v$)()) {
    // This bundle also runs as a worker thread of `check` on large folders (pipeline/check-workers.ts).
    await (0,_pipeline_check_workers_js__WEBPACK_IMPORTED_MODULE_3__/* .serveCheckWorker */ .O1)();
}
else {
    await runCli();
}
async function runCli() {
    // A closed pipe (`lifeguard check | head`) is the reader's choice, not a failure to report.
    process.stdout.on('error', (err) => {
        if (err.code === 'EPIPE')
            process.exit(process.exitCode ?? 0);
    });
    // Last line of defence: whatever escapes main() is still one sentence and exit status 2.
    process.on('uncaughtException', (err) => {
        process.stderr.write(`lifeguard: internal error: ${err.message.split('\n')[0]}\n`);
        if (process.env.LIFEGUARD_DEBUG)
            process.stderr.write(`${err.stack ?? ''}\n`);
        process.exit(2);
    });
    // Every call in flight fails at the deadline and the command reports it; should anything still hold
    // the process a little later (a call that ignores its signal), the run ends here, not hours on.
    (0,_net_deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .onDeadline */ .sN)(() => {
        setTimeout(() => {
            process.stderr.write(`lifeguard: stopped: ${(0,_net_deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .deadlineWords */ .mR)()} passed and the run had not finished; what was still waiting was not done.\n`);
            process.exit(2);
        }, DEADLINE_GRACE_MS).unref();
    });
    process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), (0,_cli_io_js__WEBPACK_IMPORTED_MODULE_1__/* .processIo */ .Wr)());
    // Idle keep-alive sockets of a client aborted at the deadline must not hold the exit either.
    if ((0,_net_deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .deadlinePassed */ .Hx)())
        process.exit();
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wr: () => (/* binding */ processIo),
/* harmony export */   ck: () => (/* binding */ printConfigProblems),
/* harmony export */   zh: () => (/* binding */ writeOutput)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _load_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7338);
/* harmony import */ var _github_runner_log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1514);
/* harmony import */ var _text_log_safe_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5795);
/* harmony import */ var _findings_resolve_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(490);
/** The CLI's window on the process, passed in so commands can be run from tests. */






function processIo() {
    const color = !!process.stdout.isTTY && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
    return {
        cwd: process.cwd(),
        color: process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== '0' : color,
        env: process.env,
        // Under GitHub Actions no file-derived text may act as a workflow command (ADR 0130).
        stdout: (t) => void process.stdout.write((0,_github_runner_log_js__WEBPACK_IMPORTED_MODULE_3__/* .forStdout */ .rK)(t, process.env)),
        stderr: (t) => void process.stderr.write((0,_github_runner_log_js__WEBPACK_IMPORTED_MODULE_3__/* .forStderr */ .y8)(t, process.env)),
        stderrIsTerminal: !!process.stderr.isTTY,
        workflowCommands: (t) => void process.stdout.write(t),
        ...(process.stdin.isTTY && process.stderr.isTTY ? { confirm: askOnTerminal } : {}),
        // LIFEGUARD_THREADS=1 keeps check on one thread.
        ...(process.argv[1] && process.env.LIFEGUARD_THREADS !== '1' ? { script: process.argv[1] } : {}),
    };
}
/** A report to `output` (relative to the working directory) or to standard output; false if it cannot be written. */
async function writeOutput(io, output, text) {
    if (!output) {
        io.stdout(text);
        return true;
    }
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, output);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target, text);
        return true;
    }
    catch (err) {
        io.stderr(`lifeguard: cannot write ${output}: ${(0,_load_read_js__WEBPACK_IMPORTED_MODULE_2__/* .describeIoError */ .Q)(err)}\n`);
        return false;
    }
}
/** Only the word "yes" confirms, as in terraform apply: a stray Enter or "y" changes nothing. */
async function askOnTerminal(question) {
    const { createInterface } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6848, 23));
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    try {
        return (await rl.question(question)).trim().toLowerCase() === 'yes';
    }
    finally {
        rl.close();
    }
}
/** A bad .lifeguard.yml is a usage error: one line per problem, file:line:column, exit 2. */
function printConfigProblems(result, io) {
    if (result.ioError) {
        io.stderr(`lifeguard: ${(0,_text_log_safe_js__WEBPACK_IMPORTED_MODULE_4__/* .showControls */ .mz)(result.ioError)}\n`);
        return 2;
    }
    const docs = new Map(result.doc ? [[result.doc.file, result.doc]] : []);
    for (const d of (0,_findings_resolve_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveFindings */ .zp)(result.findings, docs)) {
        io.stderr(`lifeguard: ${(0,_text_log_safe_js__WEBPACK_IMPORTED_MODULE_4__/* .showControls */ .mz)(d.file)}:${d.line}:${d.column}: ${(0,_text_log_safe_js__WEBPACK_IMPORTED_MODULE_4__/* .showControls */ .mz)(d.message)}\n`);
    }
    return 2;
}


/***/ }),

/***/ 4666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: usageMessage

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/apply/apply.ts + 3 modules
var apply = __webpack_require__(5374);
// EXTERNAL MODULE: ./src/config/config.ts + 2 modules
var config_config = __webpack_require__(2332);
// EXTERNAL MODULE: ./src/lint/messages.ts
var messages = __webpack_require__(8193);
// EXTERNAL MODULE: ./src/pipeline/plan.ts
var plan = __webpack_require__(5455);
// EXTERNAL MODULE: ./src/text/log-safe.ts
var log_safe = __webpack_require__(5795);
// EXTERNAL MODULE: ./src/report/plan-text.ts
var plan_text = __webpack_require__(8495);
// EXTERNAL MODULE: ./src/net/deadline.ts
var deadline = __webpack_require__(7879);
;// CONCATENATED MODULE: ./src/cli/usage.ts
/** Help texts and the usage-error type shared by every command. */
class UsageError extends Error {
    name = 'UsageError';
}
const MAIN_HELP = `lifeguard: a policy-as-code gate for Amazon S3 lifecycle rules

Usage: lifeguard <command> [options]

Commands:
  check [PATH...]   lint lifecycle configurations and retention policies
  plan              show what each target's rules would change in its bucket
  apply             put each target's rules on its bucket, verified, with a backup
  compile POLICY... compile retention policies into S3 lifecycle configurations
  orphans           find objects the model registry no longer references; quarantine them
  cost              project what a rule change does to the bill and to the data kept

Options:
  -h, --help        show help (also: lifeguard <command> --help)
  -v, --version     print the version

Exit status: 0 no error findings, 1 error findings, 2 usage or I/O error.
Docs: https://github.com/lifeguard-dev/lifeguard#readme
`;
const CHECK_HELP = `Usage: lifeguard check [PATH...] [options]

Lints S3 lifecycle configurations (.json, .yaml, .yml; the S3 API shape or the full
PutBucketLifecycleConfiguration request), retention policies, and the lifecycle rules of
Terraform files (.tf, .tf.json), Terraform plan JSON and CloudFormation or CDK templates. A PATH
is a file or a folder; folders are searched by content, not by name. Default: .

Options:
  -f, --format NAME   stylish (default), json, sarif, github, markdown
  -o, --output FILE   write the report to FILE instead of standard output
  -c, --config FILE   configuration file (default: .lifeguard.yml if present)
      --no-color      never colour the output (also: NO_COLOR=1)
      --fix           apply the safe fixes to the JSON and YAML files, check again until
                      nothing changes, then report what is left
      --fix-dry-run   print the fixes as a unified diff; write nothing
      --fix-type T    safe (default) or suggestion: also apply the fixes that change what
                      the rules do (with --fix or --fix-dry-run)
  -h, --help          show this help

A fix is never written when the file would then not parse or would have more errors.
Exit status: 0 no error findings, 1 at least one error finding, 2 usage or I/O error
(--fix-dry-run: 0, or 2).
`;
const PLAN_HELP = `Usage: lifeguard plan [options]

For each target of .lifeguard.yml: lints its rules, reads the bucket (lifecycle configuration,
versioning, MFA delete, Object Lock), says in plain words what applying would change, checks the
rules against the bucket's state, and lists which objects each rule would expire. Changes nothing.
Needs read access to the buckets (docs/plan-apply.md lists the IAM actions).

Options:
  -c, --config FILE     configuration file (default: .lifeguard.yml)
  -t, --target NAME     plan only this target (repeatable; default: every target)
  -f, --format NAME     stylish (default), json, markdown
  -o, --output FILE     write the plan to FILE instead of standard output
      --max-objects N   list at most N objects per bucket for the expiry projection
                        (default 10000; 0 skips the listing)
      --drift           also say where each bucket stands against the git history of its
                        rules: in sync, lagging (it holds an earlier commit's rules) or drifted
                        (rules no commit had: changed outside git); exit 3 when one is not in sync
      --history-depth N with --drift: commits searched per target (default 50)
      --no-color        never colour the output (also: NO_COLOR=1)
      --deadline TIME   stop at this overall limit, e.g. 90s or 10m (default 15 min):
                        calls still waiting fail, each saying what was not done
  -h, --help            show this help

Exit status: 0 planned without error findings, 1 error findings or a target that could not be
planned, 2 usage or configuration error, 3 (with --drift, and no 1 or 2) a target drifted or lagging.
`;
const APPLY_HELP = `Usage: lifeguard apply [options]

For each target of .lifeguard.yml: plans it, then puts its rules on the bucket
(PutBucketLifecycleConfiguration, with TransitionDefaultMinimumObjectSize stated), reads them back
and verifies them. The previous configuration is saved under .lifeguard/backups/ with the command
that restores it. Targets with error findings are refused; targets already up to date are left
alone. Asks before changing anything unless --yes; without a terminal, --yes is required.

Options:
  -c, --config FILE         configuration file (default: .lifeguard.yml)
  -t, --target NAME         apply only this target (repeatable; default: every target)
  -y, --yes                 apply without asking
      --base FILE           the target's file as it was before this change (drift guard)
      --base-ref REF        read that base from git: git show REF:<the target's file>
      --history-depth N     without a base, in a git checkout: the live rules must be the
                            target's rules at one of the last N commits that changed them
                            (default 50; an earlier commit's rules: lagging, applied)
      --on-drift MODE       stop (default): refuse when the live rules differ from the base, or
                            match no commit's; overwrite: replace them anyway
      --delete-all          allow a target whose file has no rules to delete the bucket's
                            whole lifecycle configuration (DeleteBucketLifecycle)
      --deadline TIME       stop at this overall limit, e.g. 90s or 10m (default 15 min):
                            calls still waiting fail, each saying what was not done
  -h, --help                show this help

Exit status: 0 every target applied or already up to date, 1 a target refused, failed or not
confirmed, 2 usage or configuration error (or changes pending without --yes and no terminal).
`;
const COMPILE_HELP = `Usage: lifeguard compile POLICY... [--out DIR] [options]

Compiles retention policies (kind: RetentionPolicy) into S3 lifecycle configurations, in the
shape of the PutBucketLifecycleConfiguration request (Bucket, TransitionDefaultMinimumObjectSize,
LifecycleConfiguration), ready for 'aws s3api put-bucket-lifecycle-configuration --cli-input-json'.
The output is deterministic: the same policy gives the same bytes on every machine.

--emit terraform writes an aws_s3_bucket_lifecycle_configuration resource instead (formatted as
terraform fmt would), --emit cloudformation a template with one AWS::S3::Bucket; both send the
same rules (docs/formats/).

Without --out, prints the configuration of the one POLICY. With --out, writes one file per
bucket, DIR/<bucket>.lifecycle.json (.lifecycle.tf, .template.yaml). Findings (warnings, or the errors that stop compilation)
go to standard error with file:line:column in the policy; nothing is written when there is an
error.

Options:
  -o, --out DIR       write DIR/<bucket>.lifecycle.json for each policy
      --emit FORMAT   json (default), terraform or cloudformation
  -c, --config FILE   configuration file for rule severities (default: .lifeguard.yml if present)
      --no-color      never colour the findings (also: NO_COLOR=1)
  -h, --help          show this help

Exit status: 0 compiled (warnings allowed), 1 at least one error finding, 2 usage or I/O error.
`;
const ORPHANS_HELP = `Usage: lifeguard orphans --target NAME [options]

Lists the objects under the target's artifact prefixes (artifactPrefixes in .lifeguard.yml, or
the top-level folders of the registry's entries) that the registry manifest does not reference,
that no protect entry of the target's policy covers, and that are older than --min-age-days:
count, bytes, monthly cost and the prefixes that hold the most. A dry run unless asked to act.

--quarantine tags them lifeguard-quarantine=<today> (keeping their other tags) and records them
in the target's quarantine file, the keys in a manifest file beside it (also an S3 Batch
Operations manifest); the target's rules then gain a rule that expires them after N days, which
lifeguard plan shows and lifeguard apply writes after review. Nothing is deleted by this command.
An interrupted --quarantine is continued by the next one, tagging nothing twice. --release
untags quarantined objects the registry references again.
Details: docs/orphans.md.

Options:
  -t, --target NAME           the target to sweep (required)
      --min-age-days N        leave objects younger than N days alone (default 7)
      --inventory PATH        read the objects from an S3 Inventory report (folder or manifest.json)
      --live                  list the bucket instead (the default when the target names no inventory)
      --quarantine            tag the orphans and record the batch
      --expire-after-days N   days between tagging and deletion (default: the target's
                              quarantine.expireAfterDays, else 7)
      --concurrency N         objects tagged at once (default 16, at most 128)
      --release               untag quarantined objects that are referenced again
      --prices SOURCE         bundled (default) or live (AWS Price List API)
      --region R              region for prices (default: the target's)
  -f, --format NAME           stylish (default), json, markdown
  -o, --output FILE           write the report to FILE
  -c, --config FILE           configuration file (default: .lifeguard.yml)
      --no-color              never colour the output (also: NO_COLOR=1)
      --deadline TIME         stop at this overall limit, e.g. 90s or 10m (default 15 min):
                              calls still waiting fail, each saying what was not done
  -h, --help                  show this help

Exit status: 0 done, nothing to act on; 1 a refusal, a failed S3 call, an error finding, or a
quarantined object referenced again; 2 usage, configuration or I/O error.
`;

;// CONCATENATED MODULE: ./src/cli/deadline.ts
/** `--deadline DURATION` of the commands that talk to the network: parsed, and the run's clock started. */


function startDeadline(value) {
    if (value === undefined)
        return (0,deadline/* startRunDeadline */.AN)(deadline/* DEFAULT_DEADLINE_MS */.u8);
    const ms = (0,deadline/* parseDuration */.E9)(value);
    if (ms === undefined || ms <= 0)
        throw new UsageError(`--deadline takes a duration such as 90s, 10m or 1h, not '${value}'`);
    (0,deadline/* startRunDeadline */.AN)(ms);
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/model/sync-state.ts
var sync_state = __webpack_require__(1630);
// EXTERNAL MODULE: ./src/report/plan-words.ts
var plan_words = __webpack_require__(3659);
// EXTERNAL MODULE: ./src/report/inert-markdown.ts
var inert_markdown = __webpack_require__(9058);
;// CONCATENATED MODULE: ./src/report/plan-markdown.ts




const code = (s) => (0,inert_markdown/* codeSpan */.SS)(s);
function formatPlanMarkdown(report) {
    const out = ['## lifeguard plan', '', plan_markdown_escape((0,plan_text/* summaryLine */.dC)(report))];
    for (const t of report.targets)
        out.push('', ...target(t));
    return out.join('\n') + '\n';
}
function target(t) {
    const out = [`### ${plan_markdown_escape(t.target)} · ${code(t.bucket)}`, ''];
    if (t.source)
        out.push(`Rules from ${code(t.source)}.`, '');
    if (t.failure)
        out.push(`**Could not be planned:** ${plan_markdown_escape(t.failure)}`, '');
    if (t.bucketState)
        out.push(`Bucket: ${plan_markdown_escape((0,plan_words/* describeBucket */.Ug)(t.bucketState))}.`, '');
    if (t.sync)
        out.push(`${t.sync.state === 'in-sync' ? '✅' : '⚠️'} Against the branch's history: ${plan_markdown_escape((0,sync_state/* describeSync */.X)(t.sync))}.`, '');
    if (t.diff) {
        if (t.diff.equal)
            out.push('**No change**: the bucket already has these rules.');
        else
            out.push(`**Changes**${t.live === null ? ' (the bucket has no lifecycle configuration yet)' : ''}:`, '', ...t.diff.sentences.map((s) => `- ${plan_markdown_escape(s)}`));
        out.push('');
    }
    if (t.expiry) {
        out.push(`Expiry, ${plan_markdown_escape((0,plan_words/* listingLine */.Z2)(t.expiry))}:`, '');
        for (const e of t.expiry.rules)
            out.push(`- ${(0,inert_markdown/* inertSentence */._z)((quote) => (0,plan_words/* describeExpiry */.Ts)(e, quote))}`);
        out.push(`- ${(0,inert_markdown/* inertSentence */._z)((quote) => (0,plan_words/* describeKept */.gt)(t.expiry, quote))}`, '');
    }
    if (t.diagnostics.length) {
        out.push('| | Finding | Where | Rule |', '|---|---|---|---|');
        for (const d of t.diagnostics) {
            const icon = d.severity === 'error' ? '❌' : d.severity === 'warning' ? '⚠️' : 'ℹ️';
            out.push(`| ${icon} | ${cell(d.message)} | ${(0,inert_markdown/* codeSpan */.SS)(`${d.file}:${d.line}:${d.column}`, true)} | [${d.ruleId}](${d.docsUrl}) |`);
        }
        out.push('');
    }
    for (const n of t.notices)
        out.push(`> ${plan_markdown_escape(n)}`);
    return out;
}
/** Plans quote file and bucket content: inert prose and cells (report/inert-markdown.ts). */
const plan_markdown_escape = inert_markdown/* inertText */.UJ;
const cell = inert_markdown/* inertText */.UJ;

// EXTERNAL MODULE: ./src/s3/listing.ts
var listing = __webpack_require__(9134);
// EXTERNAL MODULE: ./src/history/git-log.ts
var git_log = __webpack_require__(4891);
// EXTERNAL MODULE: ./src/history/sync.ts + 1 modules
var sync = __webpack_require__(7608);
// EXTERNAL MODULE: ./src/pipeline/drift.ts
var pipeline_drift = __webpack_require__(6313);
;// CONCATENATED MODULE: ./src/cli/plan-command.ts
/** `lifeguard plan`: what applying each target's rules would change in its bucket, and what it would expire. */












const PLAN_FORMATS = {
    stylish: (r, color) => (0,plan_text/* formatPlanText */.G9)(r, { color }),
    json: (r) => JSON.stringify(r, null, 2) + '\n',
    markdown: (r) => formatPlanMarkdown(r),
};
async function planCommand(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        strict: true,
        options: {
            config: { type: 'string', short: 'c' },
            target: { type: 'string', short: 't', multiple: true },
            format: { type: 'string', short: 'f' },
            output: { type: 'string', short: 'o' },
            'max-objects': { type: 'string' },
            drift: { type: 'boolean' },
            'history-depth': { type: 'string' },
            'no-color': { type: 'boolean' },
            deadline: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        io.stdout(PLAN_HELP);
        return 0;
    }
    startDeadline(values.deadline);
    const format = values.format ?? 'stylish';
    const formatter = PLAN_FORMATS[format];
    if (!formatter)
        throw new UsageError(`unknown format '${format}'; use one of ${Object.keys(PLAN_FORMATS).join(', ')}`);
    const listLimit = countOption(values['max-objects'], '--max-objects', listing/* DEFAULT_LIST_LIMIT */.Nj);
    if (values['history-depth'] !== undefined && !values.drift)
        throw new UsageError('--history-depth goes with --drift');
    const depth = historyDepthOption(values['history-depth']);
    const loaded = await (0,config_config/* loadConfig */.Z9)(values.config, io.cwd);
    if (!loaded.ok)
        return (0,cli_io/* printConfigProblems */.ck)(loaded, io);
    let report;
    try {
        report = await (0,plan/* runPlan */.Fo)(loaded.config, values.target ?? [], {
            cwd: io.cwd,
            env: io.env,
            listLimit,
            now: new Date(),
            configDoc: loaded.doc,
        });
    }
    catch (err) {
        if (err instanceof plan/* TargetSelectionError */.Gq)
            throw new UsageError(err.message);
        throw err;
    }
    let drift;
    if (values.drift) {
        const root = (await (0,git_log/* gitTopLevel */.oB)(loaded.config.dir)) ?? loaded.config.dir;
        drift = await (0,pipeline_drift/* detectDrift */.D9)(loaded.config, report.targets, { root, head: 'HEAD', depth });
    }
    const text = formatter(report, io.color && !values['no-color'] && !values.output);
    if (!(await (0,cli_io/* writeOutput */.zh)(io, values.output, text)))
        return 2;
    if (report.summary.failed > 0 || report.summary.errors > 0)
        return 1;
    return drift && (0,pipeline_drift/* outOfSync */.VQ)(drift) ? pipeline_drift/* DRIFT_EXIT_STATUS */.my : 0;
}
/** Commits the drift guard searches per target: at least one (none would judge nothing), as in the action. */
function historyDepthOption(value) {
    const depth = countOption(value, '--history-depth', sync/* DEFAULT_HISTORY_DEPTH */.jw);
    if (depth < 1)
        throw new UsageError('--history-depth must be at least 1');
    return depth;
}
function countOption(value, flag, fallback) {
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value))
        throw new UsageError(`${flag} takes a whole number, not '${value}'`);
    return Number(value);
}

;// CONCATENATED MODULE: ./src/cli/apply-command.ts
/**
 * `lifeguard apply`: plan every target, show what will change, ask (or take --yes), then write,
 * read back and verify each target independently, keeping a backup of what was there.
 */














async function applyCommand(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        strict: true,
        options: {
            config: { type: 'string', short: 'c' },
            target: { type: 'string', short: 't', multiple: true },
            yes: { type: 'boolean', short: 'y' },
            'on-drift': { type: 'string' },
            base: { type: 'string' },
            'base-ref': { type: 'string' },
            'delete-all': { type: 'boolean' },
            'history-depth': { type: 'string' },
            deadline: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        io.stdout(APPLY_HELP);
        return 0;
    }
    startDeadline(values.deadline);
    const onDrift = values['on-drift'] ?? 'stop';
    if (onDrift !== 'stop' && onDrift !== 'overwrite')
        throw new UsageError(`--on-drift takes stop or overwrite, not '${onDrift}'`);
    if (values.base !== undefined && values['base-ref'] !== undefined)
        throw new UsageError('give --base or --base-ref, not both');
    const base = values.base !== undefined
        ? { file: (0,external_node_path_.resolve)(io.cwd, values.base), label: values.base }
        : values['base-ref'] !== undefined
            ? { ref: values['base-ref'] }
            : undefined;
    const depth = historyDepthOption(values['history-depth']);
    const loaded = await (0,config_config/* loadConfig */.Z9)(values.config, io.cwd);
    if (!loaded.ok)
        return (0,cli_io/* printConfigProblems */.ck)(loaded, io);
    const config = loaded.config;
    let prepared;
    try {
        if (base && 'file' in base && (values.target?.length ?? config.targets.length) !== 1) {
            throw new UsageError("--base FILE is the base of one target's file; name that target with --target (or use --base-ref)");
        }
        prepared = await (0,plan/* prepareTargets */.g4)(config, values.target ?? [], {
            cwd: io.cwd,
            env: io.env,
            listLimit: 0,
            now: new Date(),
            configDoc: loaded.doc,
        });
    }
    catch (err) {
        if (err instanceof plan/* TargetSelectionError */.Gq)
            throw new UsageError(err.message);
        throw err;
    }
    // Without a base, the drift guard searches the history of the git checkout holding .lifeguard.yml.
    const top = base ? undefined : await (0,git_log/* gitTopLevel */.oB)(config.dir);
    const root = top && (await (0,git_log/* resolveCommit */.WL)(top, 'HEAD')) ? top : undefined;
    const history = root ? await sync/* History */.BZ.open({ root, head: 'HEAD', depth }, config) : undefined;
    const options = {
        onDrift,
        base,
        ...(history ? { history } : {}),
        deleteAll: !!values['delete-all'],
        dir: config.dir,
        now: () => new Date(),
        display: (p) => (0,config_config/* workspaceOf */.B3)(config).display(p),
    };
    const decisions = [];
    try {
        for (const p of prepared) {
            const d = await (0,apply/* decide */.LD)(p, options);
            decisions.push(d);
            io.stdout(describeDecision(p, d));
        }
    }
    finally {
        await history?.close();
    }
    const pending = prepared.filter((_, i) => decisions[i].action === 'put' || decisions[i].action === 'delete');
    const outcomes = decisions.map((d) => d.action === 'none' ? 'unchanged' : d.action === 'refuse' ? 'refused' : 'not confirmed');
    let confirmed = pending.length > 0 && !!values.yes;
    if (pending.length > 0 && !values.yes) {
        const question = `\nApply these changes to ${(0,messages/* plural */.L)(pending.length, 'bucket')}? Only 'yes' is accepted: `;
        if (!io.confirm) {
            io.stderr(`lifeguard: not applying: ${(0,messages/* plural */.L)(pending.length, 'bucket')} would change and there is no terminal to confirm on; review the plan above and pass --yes.\n`);
            io.stdout(summary(outcomes));
            return 2;
        }
        confirmed = await io.confirm(question);
        if (!confirmed)
            io.stdout('Not confirmed: nothing was changed.\n');
    }
    if (confirmed) {
        io.stdout('\n');
        for (const [i, p] of prepared.entries()) {
            const d = decisions[i];
            if (d.action !== 'put' && d.action !== 'delete')
                continue;
            const r = await (0,apply/* execute */.g7)(p, d.action, options);
            outcomes[i] = r.ok ? 'applied' : 'failed';
            const lines = [`target ${p.target.name}: ${r.ok ? '' : 'FAILED: '}${r.message}`];
            if (r.backup?.path)
                lines.push(`  previous configuration saved to ${options.display(r.backup.path)}`);
            if (r.backup)
                lines.push(`  to restore it: ${r.backup.restore}`);
            io.stdout(lines.map(log_safe/* showControls */.mz).join('\n') + '\n');
        }
    }
    io.stdout(summary(outcomes));
    return outcomes.some((o) => o === 'failed' || o === 'refused' || o === 'not confirmed') ? 1 : 0;
}
function describeDecision(p, d) {
    const t = p.plan;
    const out = [`target ${t.target}: bucket ${t.bucket}${t.source ? ` from ${t.source}` : ''}`];
    for (const diag of t.diagnostics)
        out.push(`  ${diag.file}:${diag.line}:${diag.column}  ${diag.severity}  ${diag.message}  ${diag.ruleId}`);
    if (d.action === 'refuse') {
        out.push(`  refused: ${d.reason}`);
        if (d.drift)
            out.push(...d.drift.sentences.map((s) => `    ${s}`));
    }
    else if (d.action === 'none') {
        out.push(`  nothing to do: ${d.reason}`);
    }
    else if (d.action === 'delete') {
        out.push(`  will delete the bucket's lifecycle configuration (${(0,messages/* plural */.L)(t.live?.Rules.length ?? 0, 'rule')}) (--delete-all)`);
    }
    else if (t.diff) {
        out.push(...(0,plan_text/* changeLines */.Ow)(t.diff, t.live === null).map((l) => `  ${l}`));
    }
    for (const n of d.notes)
        out.push(`  ${n}`);
    // The lines quote file content (rule IDs, file names): one visible line each.
    return out.map(log_safe/* showControls */.mz).join('\n') + '\n';
}
function summary(outcomes) {
    const order = ['applied', 'unchanged', 'refused', 'failed', 'not confirmed'];
    const parts = order.map((o) => [o, outcomes.filter((x) => x === o).length]).filter(([o, n]) => n > 0 || o === 'applied');
    return `\napply: ${parts.map(([o, n]) => `${n} ${o}`).join(', ')}.\n`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/load/read.ts
var load_read = __webpack_require__(7338);
// EXTERNAL MODULE: ./src/pipeline/check.ts
var check = __webpack_require__(4994);
// EXTERNAL MODULE: ./src/report/index.ts + 1 modules
var report = __webpack_require__(8549);
;// CONCATENATED MODULE: ./src/fix/diff.ts
/**
 * A unified diff of two versions of a file, for `--fix-dry-run`: the changed lines with three lines
 * of context, as `diff -u` and `git diff` print them. Lines are matched by a longest common
 * subsequence of the part between the unchanged head and tail (fixes change a few lines).
 */
const CONTEXT = 3;
const MAX_LCS_CELLS = 4_000_000;
function unifiedDiff(file, before, after) {
    if (before === after)
        return '';
    const a = splitLines(before);
    const b = splitLines(after);
    const ops = lineOps(a, b);
    const name = file.startsWith('/') ? file : `/${file}`;
    let out = `--- a${name}\n+++ b${name}\n`;
    for (const hunk of hunks(ops))
        out += hunk;
    return out;
}
function splitLines(text) {
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    return lines;
}
function lineOps(a, b) {
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head])
        head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail])
        tail++;
    const x = a.slice(head, a.length - tail);
    const y = b.slice(head, b.length - tail);
    // A change too large to match line by line is shown as the old lines, then the new.
    if (x.length * y.length > MAX_LCS_CELLS)
        return [
            ...a.slice(0, head).map((line) => ({ kind: ' ', line })),
            ...x.map((line) => ({ kind: '-', line })),
            ...y.map((line) => ({ kind: '+', line })),
            ...a.slice(a.length - tail).map((line) => ({ kind: ' ', line })),
        ];
    // LCS table over the changed middle only.
    const dp = Array.from({ length: x.length + 1 }, () => new Array(y.length + 1).fill(0));
    for (let i = x.length - 1; i >= 0; i--)
        for (let j = y.length - 1; j >= 0; j--)
            dp[i][j] = x[i] === y[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    const mid = [];
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
        if (i < x.length && j < y.length && x[i] === y[j]) {
            mid.push({ kind: ' ', line: x[i++] });
            j++;
        }
        else if (i < x.length && (j >= y.length || dp[i + 1][j] >= dp[i][j + 1]))
            mid.push({ kind: '-', line: x[i++] });
        else
            mid.push({ kind: '+', line: y[j++] });
    }
    return [
        ...a.slice(0, head).map((line) => ({ kind: ' ', line })),
        ...mid,
        ...a.slice(a.length - tail).map((line) => ({ kind: ' ', line })),
    ];
}
function* hunks(ops) {
    const changed = ops.map((o, k) => (o.kind !== ' ' ? k : -1)).filter((k) => k >= 0);
    let k = 0;
    while (k < changed.length) {
        const from = Math.max(0, changed[k] - CONTEXT);
        let to = changed[k];
        while (k + 1 < changed.length && changed[k + 1] - to <= 2 * CONTEXT)
            to = changed[++k];
        to = Math.min(ops.length - 1, to + CONTEXT);
        k++;
        // Line numbers of the hunk's first line in each version.
        let aLine = 1;
        let bLine = 1;
        for (let n = 0; n < from; n++) {
            if (ops[n].kind !== '+')
                aLine++;
            if (ops[n].kind !== '-')
                bLine++;
        }
        const body = ops.slice(from, to + 1);
        const aCount = body.filter((o) => o.kind !== '+').length;
        const bCount = body.filter((o) => o.kind !== '-').length;
        yield (`@@ -${aCount ? aLine : aLine - 1},${aCount} +${bCount ? bLine : bLine - 1},${bCount} @@\n` +
            body.map((o) => `${o.kind}${o.line}\n`).join(''));
    }
}

// EXTERNAL MODULE: ./src/fix/span.ts
var span = __webpack_require__(5759);
;// CONCATENATED MODULE: ./src/fix/apply.ts
/**
 * Applying fixes to one file's text, as ESLint does: in file order, a fix whose edits overlap an
 * earlier chosen one waits for the next pass (the re-check offers it again on the new text).
 */

function applyFixes(text, fixes) {
    const chosen = [];
    const ordered = [...fixes].sort((a, b) => a.edits[0].start - b.edits[0].start);
    for (const fix of ordered) {
        if (fix.edits.some((e) => e.end > text.length))
            continue;
        if (chosen.some((c) => c.edits.some((a) => fix.edits.some((b) => (0,span/* overlaps */.$)(a, b)))))
            continue;
        chosen.push(fix);
    }
    return {
        text: (0,span/* applySpans */.C)(text, chosen.flatMap((f) => f.edits)),
        applied: chosen,
    };
}

// EXTERNAL MODULE: ./src/load/detect.ts
var detect = __webpack_require__(9);
// EXTERNAL MODULE: ./src/load/discover.ts
var discover = __webpack_require__(3533);
// EXTERNAL MODULE: ./src/load/document.ts + 2 modules
var load_document = __webpack_require__(4651);
// EXTERNAL MODULE: ./src/lint/engine.ts + 4 modules
var engine = __webpack_require__(5193);
// EXTERNAL MODULE: ./src/workspace/workspace.ts
var workspace = __webpack_require__(8568);
;// CONCATENATED MODULE: ./src/pipeline/fix.ts
/**
 * `check --fix`: for each lifecycle configuration found, apply the fixes of the wanted kinds, check
 * again, and repeat until nothing changes (at most MAX_FIX_PASSES), as ESLint does. A pass whose
 * result does not parse, or has more errors of some rule than before, is not kept: its fixes are
 * then tried one at a time, and only those that pass the same test stay. Files are written only
 * when `write` is set; Terraform and CloudFormation sources are left alone (ADR 0180).
 */








/** Passes per file; each pass applies every fix that does not overlap another. */
const MAX_FIX_PASSES = 10;
async function runFix(paths, config, cwd, options) {
    const ws = config.workspace ?? new workspace/* Workspace */.a(cwd);
    const found = await (0,discover/* discover */.k)(paths, ws, undefined);
    const files = [];
    const ioErrors = [...found.ioErrors];
    for (const c of found.candidates) {
        if (/\.tf$/i.test(c.path))
            continue;
        const read = await (0,load_read/* readSource */.o)(c.path, c.display);
        if (!read.ok || (0,detect/* detectKind */.i_)(read.doc.data) !== 'lifecycle')
            continue;
        const fixed = fixText(read.doc, config, options.types);
        if (fixed.after === fixed.before && fixed.refused.length === 0)
            continue;
        if (options.write && fixed.after !== fixed.before) {
            try {
                // The loader reads past a byte-order mark; the file keeps it.
                const bom = (await (0,promises_.readFile)(c.path, 'utf8')).startsWith('\uFEFF') ? '\uFEFF' : '';
                await (0,promises_.writeFile)(c.path, bom + fixed.after);
            }
            catch (err) {
                ioErrors.push({ path: c.display, message: `cannot write the fixed file: ${err.message}` });
                continue;
            }
        }
        files.push(fixed);
    }
    return { files, ioErrors };
}
/** The fix loop on one file's text: pure. */
function fixText(doc, config, types) {
    const before = doc.text;
    const applied = [];
    let refused = [];
    let current = doc;
    let findings = lint(current, config);
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        const fixes = findings.flatMap((f) => f.fixes ?? []).filter((f) => types.has(f.kind));
        if (fixes.length === 0)
            break;
        const all = applyFixes(current.text, fixes);
        let next = accept(current, findings, all.text, config);
        let taken = all.applied;
        if (!next) {
            // One at a time, each on the text the ones before it left.
            taken = [];
            let at = current;
            let atFindings = findings;
            for (const fix of fixes) {
                const one = applyFixes(at.text, [fix]);
                const tried = one.applied.length ? accept(at, atFindings, one.text, config) : undefined;
                if (!tried) {
                    refused.push(fix);
                    continue;
                }
                taken.push(fix);
                at = tried.doc;
                atFindings = tried.findings;
            }
            next = taken.length ? { doc: at, findings: atFindings } : undefined;
        }
        if (!next || next.doc.text === current.text)
            break;
        applied.push(...taken);
        current = next.doc;
        findings = next.findings;
    }
    // A refused fix offered again on the final text is still refused; one no longer offered was made moot.
    const still = new Set(findings.flatMap((f) => f.fixes ?? []).map((f) => f.description));
    refused = refused.filter((f) => still.has(f.description));
    return { file: doc.file, before, after: current.text, applied, refused };
}
function lint(doc, config) {
    return (0,engine/* lintLifecycleDocument */.du)(doc, { severities: config.rules, fixes: true }).filter((f) => config.rules[f.ruleId] !== 'off');
}
/** The new text's document and findings, if it parses, is still a lifecycle configuration and no rule has more errors. */
function accept(old, oldFindings, text, config) {
    const parsed = (0,load_document/* parseText */.r4)(old.file, text, old.format);
    if (!parsed.ok || (0,detect/* detectKind */.i_)(parsed.doc.data) !== 'lifecycle')
        return undefined;
    const findings = lint(parsed.doc, config);
    const before = errorCounts(oldFindings);
    for (const [rule, n] of errorCounts(findings))
        if (n > (before.get(rule) ?? 0))
            return undefined;
    return { doc: parsed.doc, findings };
}
function errorCounts(findings) {
    const counts = new Map();
    for (const f of findings)
        if (f.severity === 'error')
            counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    return counts;
}

;// CONCATENATED MODULE: ./src/cli/check-fix.ts





const FIX_TYPES = ['safe', 'suggestion'];
function fixMode(values) {
    const type = values['fix-type'];
    if (type !== undefined && !FIX_TYPES.includes(type))
        throw new UsageError(`unknown fix type '${type}'; use safe or suggestion`);
    if (!values.fix && !values['fix-dry-run']) {
        if (type !== undefined)
            throw new UsageError('--fix-type needs --fix or --fix-dry-run');
        return undefined;
    }
    if (values.fix && values['fix-dry-run'])
        throw new UsageError('give --fix or --fix-dry-run, not both');
    if (values['fix-dry-run'] && (values.format !== undefined || values.output !== undefined))
        throw new UsageError('--fix-dry-run prints a diff; it takes no --format or --output');
    // Suggestions change what the rules do: only when asked, and then with the safe fixes.
    return { dryRun: !!values['fix-dry-run'], types: new Set(type === 'suggestion' ? ['safe', 'suggestion'] : ['safe']) };
}
/** Returns 0, or 2 when a file could not be read or written. */
async function fixFiles(paths, config, io, mode) {
    const run = await runFix(paths, config, io.cwd, { types: mode.types, write: !mode.dryRun });
    let fixes = 0;
    for (const f of run.files) {
        fixes += f.applied.length;
        if (mode.dryRun)
            io.stdout(unifiedDiff(f.file, f.before, f.after).split('\n').map(log_safe/* showControls */.mz).join('\n'));
        for (const r of f.refused)
            io.stderr(`lifeguard: ${(0,log_safe/* showControls */.mz)(f.file)}: not fixed: ${(0,log_safe/* showControls */.mz)(r.description)} (the result would not parse or would gain an error).\n`);
    }
    const changed = run.files.filter((f) => f.after !== f.before).length;
    const verb = mode.dryRun ? 'would change' : 'changed';
    io.stderr(`lifeguard: ${(0,messages/* plural */.L)(fixes, 'fix', 'fixes')} ${verb} ${(0,messages/* plural */.L)(changed, 'file')}${mode.dryRun ? ' (dry run: nothing written)' : ''}.\n`);
    for (const e of run.ioErrors)
        io.stderr(`lifeguard: ${(0,log_safe/* showControls */.mz)(e.path)}: ${(0,log_safe/* showControls */.mz)(e.message)}\n`);
    return run.ioErrors.length ? 2 : 0;
}

;// CONCATENATED MODULE: ./src/cli/check-command.ts
/** `lifeguard check`: parse flags, run the check pipeline, print, and return the exit status. */












const EXIT = { ok: 0, findings: 1, failure: 2 };
async function checkCommand(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        strict: true,
        options: {
            format: { type: 'string', short: 'f' },
            output: { type: 'string', short: 'o' },
            config: { type: 'string', short: 'c' },
            'no-color': { type: 'boolean' },
            fix: { type: 'boolean' },
            'fix-dry-run': { type: 'boolean' },
            'fix-type': { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        io.stdout(CHECK_HELP);
        return EXIT.ok;
    }
    const format = values.format ?? 'stylish';
    const formatter = report/* FORMATTERS */.o[format];
    if (!formatter)
        throw new UsageError(`unknown format '${format}'; use one of ${report/* FORMAT_NAMES */.B.join(', ')}`);
    if (values.output === '')
        throw new UsageError('--output needs a file name');
    if (positionals.some((p) => p === ''))
        throw new UsageError('an empty PATH was given');
    const loaded = await (0,config_config/* loadConfig */.Z9)(values.config, io.cwd);
    if (!loaded.ok)
        return (0,cli_io/* printConfigProblems */.ck)(loaded, io);
    const paths = positionals.length ? positionals : ['.'];
    const fixing = fixMode(values);
    if (fixing) {
        const status = await fixFiles(paths, loaded.config, io, fixing);
        // A dry run only shows; --fix goes on to report what is left.
        if (fixing.dryRun || status !== EXIT.ok)
            return status;
    }
    // Only the machine-readable reports show fixes; making them costs a pass over each file.
    const result = await (0,check/* runCheck */.k)(paths, loaded.config, io.cwd, { workerScript: io.script, fixes: format === 'json' || format === 'sarif' });
    const failed = result.ioErrors.length > 0;
    // Nothing was read (every PATH missing or unreadable): a report would only say "no problems".
    const printed = !failed || result.report.diagnostics.length > 0 || result.report.files.some((f) => f.kind !== 'unreadable');
    if (printed) {
        const text = formatter(result.report, result.sources, {
            color: io.color && !values['no-color'] && !values.output,
            cwd: io.cwd,
            // In GitHub Actions, annotations and SARIF want paths from the repository root.
            root: io.env.GITHUB_WORKSPACE || io.cwd,
        });
        if (values.output) {
            const target = (0,external_node_path_.resolve)(io.cwd, values.output);
            try {
                await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
                await (0,promises_.writeFile)(target, text);
            }
            catch (err) {
                io.stderr(`lifeguard: cannot write ${values.output}: ${(0,load_read/* describeIoError */.Q)(err)}\n`);
                return EXIT.failure;
            }
        }
        else if (format === 'github') {
            // The one format whose lines are commands; every value in them is escaped (report/github.ts).
            (io.workflowCommands ?? io.stdout)(text);
        }
        else {
            io.stdout(text);
        }
    }
    // After the report, so they are the last thing a reader sees.
    for (const e of result.ioErrors)
        io.stderr(`lifeguard: ${(0,log_safe/* showControls */.mz)(e.path)}: ${(0,log_safe/* showControls */.mz)(e.message)}\n`);
    if (failed) {
        // Under a report that may look clean, say plainly that it does not cover everything.
        if (printed)
            io.stderr(`lifeguard: the check is incomplete: ${(0,messages/* plural */.L)(result.ioErrors.length, 'path')} could not be read.\n`);
        return EXIT.failure;
    }
    return result.report.summary.errors > 0 ? EXIT.findings : EXIT.ok;
}

// EXTERNAL MODULE: ./src/config/apply-severities.ts
var apply_severities = __webpack_require__(4196);
// EXTERNAL MODULE: ./src/lint/file-rules.ts
var file_rules = __webpack_require__(73);
// EXTERNAL MODULE: ./src/policy/check-policy.ts + 2 modules
var check_policy = __webpack_require__(2871);
// EXTERNAL MODULE: ./src/policy/compile.ts
var compile = __webpack_require__(1835);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/iac/emit/cloudformation.ts
/**
 * A compiled lifecycle request as a CloudFormation template with one AWS::S3::Bucket
 * (`lifeguard compile --emit cloudformation`), the inverse of ../cloudformation/template.ts: the
 * filter's predicates become Prefix, TagFilters and the size properties (strings, as the resource
 * schema types them), Days become TransitionInDays / NoncurrentDays become TransitionInDays.
 */

function logicalId(bucket) {
    const words = bucket.split(/[^A-Za-z0-9]+/).filter(Boolean);
    const id = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
    return `${/^[A-Za-z]/.test(id) ? id : `B${id}`}Bucket`;
}
function emitCloudFormation(request, source) {
    const template = {
        AWSTemplateFormatVersion: '2010-09-09',
        Description: `Lifecycle rules of bucket ${request.Bucket}, compiled by lifeguard from ${source}.`,
        Resources: {
            [logicalId(request.Bucket)]: {
                Type: 'AWS::S3::Bucket',
                Properties: {
                    BucketName: request.Bucket,
                    LifecycleConfiguration: {
                        TransitionDefaultMinimumObjectSize: request.TransitionDefaultMinimumObjectSize,
                        Rules: request.LifecycleConfiguration.Rules.map(rule),
                    },
                },
            },
        },
    };
    // YAML 1.1 is what CloudFormation reads: strings such as 2010-09-09 or yes are quoted, not taken for dates or booleans.
    return (0,dist/* stringify */.As)(template, { version: '1.1', lineWidth: 0, defaultStringType: 'PLAIN', sortMapEntries: false });
}
function rule(r) {
    const out = { Id: r.ID, Status: r.Status };
    const f = (r.Filter ?? {});
    const and = (f.And ?? f);
    const tags = (Array.isArray(and.Tags) ? and.Tags : f.Tag ? [f.Tag] : []);
    if (typeof and.Prefix === 'string' && and.Prefix !== '')
        out.Prefix = and.Prefix;
    if (tags.length)
        out.TagFilters = tags.map((t) => ({ Key: t.Key, Value: t.Value }));
    if (typeof and.ObjectSizeGreaterThan === 'number')
        out.ObjectSizeGreaterThan = String(and.ObjectSizeGreaterThan);
    if (typeof and.ObjectSizeLessThan === 'number')
        out.ObjectSizeLessThan = String(and.ObjectSizeLessThan);
    const e = r.Expiration;
    if (e?.Days !== undefined)
        out.ExpirationInDays = e.Days;
    if (e?.Date !== undefined)
        out.ExpirationDate = e.Date;
    if (e?.ExpiredObjectDeleteMarker !== undefined)
        out.ExpiredObjectDeleteMarker = e.ExpiredObjectDeleteMarker;
    if (r.Transitions?.length) {
        out.Transitions = r.Transitions.map((t) => t.Date !== undefined
            ? { StorageClass: t.StorageClass, TransitionDate: t.Date }
            : { StorageClass: t.StorageClass, TransitionInDays: t.Days ?? 0 });
    }
    if (r.NoncurrentVersionExpiration) {
        const n = r.NoncurrentVersionExpiration;
        out.NoncurrentVersionExpiration = {
            NoncurrentDays: n.NoncurrentDays,
            ...(n.NewerNoncurrentVersions !== undefined ? { NewerNoncurrentVersions: n.NewerNoncurrentVersions } : {}),
        };
    }
    if (r.NoncurrentVersionTransitions?.length) {
        out.NoncurrentVersionTransitions = r.NoncurrentVersionTransitions.map((t) => ({
            StorageClass: t.StorageClass,
            TransitionInDays: t.NoncurrentDays ?? 0,
            ...(t.NewerNoncurrentVersions !== undefined ? { NewerNoncurrentVersions: t.NewerNoncurrentVersions } : {}),
        }));
    }
    if (r.AbortIncompleteMultipartUpload)
        out.AbortIncompleteMultipartUpload = { DaysAfterInitiation: r.AbortIncompleteMultipartUpload.DaysAfterInitiation };
    return out;
}

;// CONCATENATED MODULE: ./src/iac/emit/hcl-writer.ts
function quote(s) {
    const body = s
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r')
        .replace(/\t/g, '\\t')
        // HCL's escapes for a literal `${` and `%{`; a function, since `$$` in a replacement string is one `$`.
        .replace(/\$\{/g, () => '$${')
        .replace(/%\{/g, () => '%%{');
    return `"${body}"`;
}
/** A map key: bare when it is an identifier, quoted otherwise. */
function key(k) {
    return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : quote(k);
}
function scalar(v) {
    return typeof v === 'string' ? quote(v) : String(v);
}
function renderBlock(block, indent = '') {
    const head = [block.type, ...(block.labels ?? []).map(quote)].join(' ');
    const attrs = block.attributes.filter((a) => a[1] !== undefined);
    if (attrs.length === 0 && block.blocks.length === 0)
        return `${indent}${head} {}\n`;
    const inner = `${indent}  `;
    const parts = [];
    const oneLine = attrs.filter(([, v]) => typeof v !== 'object');
    const width = Math.max(0, ...oneLine.map(([n]) => n.length));
    if (oneLine.length)
        parts.push(oneLine.map(([n, v]) => `${inner}${n.padEnd(width)} = ${scalar(v)}\n`).join(''));
    // Maps (tags) go after the one-line attributes, each its own group.
    for (const [n, v] of attrs.filter(([, v]) => typeof v === 'object')) {
        const entries = Object.entries(v);
        const w = Math.max(0, ...entries.map(([k]) => key(k).length));
        parts.push(`${inner}${n} = {\n${entries.map(([k, x]) => `${inner}  ${key(k).padEnd(w)} = ${quote(x)}\n`).join('')}${inner}}\n`);
    }
    for (const b of block.blocks)
        parts.push(renderBlock(b, inner));
    return `${indent}${head} {\n${parts.join('\n')}${indent}}\n`;
}

;// CONCATENATED MODULE: ./src/iac/emit/terraform.ts

function resourceName(bucket) {
    const name = bucket.replace(/[^A-Za-z0-9_]/g, '_');
    return /^[A-Za-z_]/.test(name) ? name : `bucket_${name}`;
}
function emitTerraform(request, source) {
    const resource = {
        type: 'resource',
        labels: ['aws_s3_bucket_lifecycle_configuration', resourceName(request.Bucket)],
        attributes: [
            ['bucket', request.Bucket],
            ['transition_default_minimum_object_size', request.TransitionDefaultMinimumObjectSize],
        ],
        blocks: request.LifecycleConfiguration.Rules.map(terraform_rule),
    };
    return `# Compiled by lifeguard from ${source}; edit the policy and compile again rather than this file.\n${renderBlock(resource)}`;
}
function terraform_rule(r) {
    const blocks = [];
    const block = (type, attributes, nested = []) => ({ type, attributes, blocks: nested });
    if (r.Filter)
        blocks.push(filter(r.Filter));
    const e = r.Expiration;
    if (e)
        blocks.push(block('expiration', [
            ['date', e.Date],
            ['days', e.Days],
            ['expired_object_delete_marker', e.ExpiredObjectDeleteMarker],
        ]));
    for (const t of r.Transitions ?? [])
        blocks.push(block('transition', [
            ['date', t.Date],
            ['days', t.Date === undefined ? (t.Days ?? 0) : undefined],
            ['storage_class', t.StorageClass],
        ]));
    const nve = r.NoncurrentVersionExpiration;
    if (nve)
        blocks.push(block('noncurrent_version_expiration', [
            ['newer_noncurrent_versions', nve.NewerNoncurrentVersions],
            ['noncurrent_days', nve.NoncurrentDays],
        ]));
    for (const t of r.NoncurrentVersionTransitions ?? []) {
        blocks.push(block('noncurrent_version_transition', [
            ['newer_noncurrent_versions', t.NewerNoncurrentVersions],
            ['noncurrent_days', t.NoncurrentDays ?? 0],
            ['storage_class', t.StorageClass],
        ]));
    }
    const abort = r.AbortIncompleteMultipartUpload;
    if (abort)
        blocks.push(block('abort_incomplete_multipart_upload', [['days_after_initiation', abort.DaysAfterInitiation]]));
    return {
        type: 'rule',
        attributes: [
            ['id', r.ID],
            ['status', r.Status],
            ['prefix', r.Prefix],
        ],
        blocks,
    };
}
function filter(f) {
    const and = f.And;
    if (and) {
        const tags = Array.isArray(and.Tags)
            ? Object.fromEntries(and.Tags.map((t) => [t.Key, t.Value]))
            : undefined;
        return {
            type: 'filter',
            attributes: [],
            blocks: [
                {
                    type: 'and',
                    attributes: [
                        ['prefix', and.Prefix],
                        ['object_size_greater_than', and.ObjectSizeGreaterThan],
                        ['object_size_less_than', and.ObjectSizeLessThan],
                        ['tags', tags],
                    ],
                    blocks: [],
                },
            ],
        };
    }
    const tag = f.Tag;
    return {
        type: 'filter',
        attributes: [
            // An empty prefix is `filter {}`: the provider sends Prefix "" for both.
            ['prefix', f.Prefix === '' ? undefined : f.Prefix],
            ['object_size_greater_than', f.ObjectSizeGreaterThan],
            ['object_size_less_than', f.ObjectSizeLessThan],
        ],
        blocks: tag
            ? [
                {
                    type: 'tag',
                    attributes: [
                        ['key', tag.Key],
                        ['value', tag.Value],
                    ],
                    blocks: [],
                },
            ]
            : [],
    };
}

// EXTERNAL MODULE: ./src/policy/rules/registry.ts + 5 modules
var registry = __webpack_require__(5881);
// EXTERNAL MODULE: ./src/findings/resolve.ts + 1 modules
var resolve = __webpack_require__(490);
;// CONCATENATED MODULE: ./src/pipeline/compile.ts
/**
 * `compile` end to end, shared by the CLI and tests: read each policy with positions, run the
 * policy check (schema, rules, compile, lint of the output), and render one request per bucket.
 * Reads files; writing them is the command's business.
 */












const EMIT_FORMATS = ['json', 'terraform', 'cloudformation'];
function emit(request, format, source) {
    if (format === 'terraform')
        return { text: emitTerraform(request, source), fileName: `${request.Bucket}.lifecycle.tf` };
    if (format === 'cloudformation')
        return { text: emitCloudFormation(request, source), fileName: `${request.Bucket}.template.yaml` };
    return { text: (0,compile/* renderRequest */.iP)(request), fileName: `${request.Bucket}.lifecycle.json` };
}
async function runCompile(paths, config, cwd = process.cwd(), format = 'json') {
    const findings = [];
    const ioErrors = [];
    const docs = new Map();
    const sources = new Map();
    const files = [];
    const outputs = [];
    const buckets = new Map();
    for (const given of paths) {
        const display = (config.workspace ?? new workspace/* Workspace */.a(cwd)).display((0,external_node_path_.resolve)(cwd, given));
        const read = await (0,load_read/* readSource */.o)((0,external_node_path_.resolve)(cwd, given), display);
        if (!read.ok) {
            if (read.kind === 'io')
                ioErrors.push({ path: given, message: read.problem.message });
            else
                findings.push((0,file_rules/* fileProblemFinding */.Vd)(read.problem, display));
            files.push({ file: display, kind: 'unreadable' });
            continue;
        }
        const doc = read.doc;
        docs.set(doc.file, doc);
        sources.set(doc.file, doc.text);
        if ((0,detect/* detectKind */.i_)(doc.data) !== 'policy') {
            findings.push({
                ruleId: file_rules/* PARSE_ERROR */.to.id,
                severity: 'error',
                message: 'not a retention policy (apiVersion: lifeguard/v1, kind: RetentionPolicy); lifeguard compile reads policies only.',
                file: doc.file,
                pointer: '',
            });
            files.push({ file: doc.file, kind: 'unreadable' });
            continue;
        }
        files.push({ file: doc.file, kind: 'policy' });
        const checked = (0,check_policy/* checkPolicy */.h)(doc.file, doc.data, { severities: config.rules });
        findings.push(...checked.findings);
        if (!checked.compilation)
            continue;
        const request = checked.compilation.request;
        const earlier = buckets.get(request.Bucket);
        if (earlier !== undefined) {
            // A bucket has exactly one lifecycle configuration; a second PUT would replace the first (6.6).
            findings.push({
                ruleId: registry/* POLICY_COMPILE */.ZA.id,
                severity: 'error',
                message: `bucket ${request.Bucket} is also compiled from ${earlier}; a bucket holds one lifecycle configuration and each PUT replaces the last, so put its stages in one policy.`,
                file: doc.file,
                pointer: '/bucket/name',
            });
            continue;
        }
        buckets.set(request.Bucket, doc.file);
        outputs.push({
            bucket: request.Bucket,
            policyFile: doc.file,
            rules: request.LifecycleConfiguration.Rules.length,
            ...emit(request, format, doc.file),
        });
    }
    const kept = (0,apply_severities/* applySeverities */.m)(findings, config.rules);
    const report = (0,resolve/* buildReport */.FK)(files, (0,resolve/* resolveFindings */.zp)(kept, docs));
    return { report, sources, ioErrors, outputs: report.summary.errors || ioErrors.length ? [] : outputs };
}

// EXTERNAL MODULE: ./src/report/stylish.ts
var stylish = __webpack_require__(1552);
;// CONCATENATED MODULE: ./src/cli/compile-command.ts
/** `lifeguard compile`: parse flags, run the compile pipeline, print or write, return the exit status. */








async function compileCommand(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        strict: true,
        options: {
            out: { type: 'string', short: 'o' },
            emit: { type: 'string' },
            config: { type: 'string', short: 'c' },
            'no-color': { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        io.stdout(COMPILE_HELP);
        return 0;
    }
    if (positionals.length === 0)
        throw new UsageError('name the retention policy to compile');
    const emit = (values.emit ?? 'json');
    if (!EMIT_FORMATS.includes(emit))
        throw new UsageError(`--emit takes ${EMIT_FORMATS.join(', ')}, not "${values.emit}"`);
    if (positionals.length > 1 && !values.out)
        throw new UsageError('several policies need --out DIR (one file per bucket)');
    const loaded = await (0,config_config/* loadConfig */.Z9)(values.config, io.cwd);
    if (!loaded.ok)
        return (0,cli_io/* printConfigProblems */.ck)(loaded, io);
    const result = await runCompile(positionals, loaded.config, io.cwd, emit);
    for (const e of result.ioErrors)
        io.stderr(`lifeguard: ${e.path}: ${e.message}\n`);
    if (result.report.diagnostics.length) {
        io.stderr((0,stylish/* formatStylish */.S)(result.report, result.sources, { color: io.color && !values['no-color'] }));
    }
    if (result.ioErrors.length)
        return 2;
    if (result.report.summary.errors > 0)
        return 1;
    if (!values.out) {
        io.stdout(result.outputs[0].text);
        return 0;
    }
    const dir = (0,external_node_path_.resolve)(io.cwd, values.out);
    try {
        await (0,promises_.mkdir)(dir, { recursive: true });
        for (const o of result.outputs) {
            await (0,promises_.writeFile)((0,external_node_path_.join)(dir, o.fileName), o.text);
            io.stdout(`${(0,external_node_path_.join)(values.out, o.fileName)}: ${o.rules} rules from ${o.policyFile}\n`);
        }
    }
    catch (err) {
        io.stderr(`lifeguard: cannot write to ${values.out}: ${err.code ?? err.message}\n`);
        return 2;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/cost-help.ts
/** `lifeguard cost --help`. */
const COST_HELP = `Usage: lifeguard cost --proposed FILE [--current FILE | --live] --inventory PATH --region R [options]

Projects the monthly cost of a bucket under its current and its proposed lifecycle rules, from
what is really in it (an S3 Inventory report, a listing, or a cohort table), month by month, with
transition requests, minimum-duration charges and small-object effects, and the data each deletes.
Semantics: docs/cost-model.md.

Objects (exactly one):
      --inventory PATH     S3 Inventory report: manifest.json, or a folder holding one (CSV, CSV.gz, Parquet, ORC);
                           or s3://BUCKET/PREFIX (the newest report under it) or s3://…/manifest.json
      --cohorts FILE       the cohort table built in Athena (see --cohort-sql), as CSV
      --listing s3://B[/P] list the bucket instead (ListObjectsV2; with --versions ListObjectVersions)

Rules:
      --proposed FILE      the lifecycle configuration to project (required)
      --current FILE       the configuration in force (default: none)
      --live               read the configuration in force from the bucket (--bucket NAME)

Options:
      --region R           the bucket's region, for prices (required)
      --months N           months to project, 1 to 120 (default 12); a month is 730 hours
      --as-of DATE         start of the projection (default: the inventory's date, else now)
      --growth MODE        none (default) or observed: continue each group's uploads of the last 30 days
      --prices SOURCE      bundled (default) or live (AWS Price List API)
  -f, --format NAME        stylish (default), json, markdown, html (one page with the charts, for a CI artifact)
      --it-access SHARE    share of Intelligent-Tiering objects read at least every 30 days, 0 to 1 or a
                           percentage (default 0: not read, so they move to Infrequent and Archive Instant Access)
      --threads N          worker threads for inventories of several CSV files (default: the machine's cores)
      --baseline-out FILE  also write the tracking baseline of this projection (for --track later)
  -o, --output FILE        write the report to FILE
      --versions           the bucket is versioned: list versions (--listing) or read version columns (--cohort-sql)
      --bucket NAME        the bucket, for --live
      --endpoint URL       S3 endpoint (S3-compatible servers), with --path-style for path-style addressing
      --cohort-sql athena  print the SQL that builds the cohort table from an S3 Inventory table in
                           Athena (--table NAME, default inventory; --where CONDITION, e.g. dt = '…';
                           --inventory-format csv (default), parquet or orc: only CSV URL-encodes keys)
      --deadline TIME      stop at this overall limit, e.g. 90s or 10m (default 15 min):
                           calls still waiting fail, each saying what was not done
  -h, --help               show this help

Tracking (what the rules did, against what was projected):
      --track              compare a later inventory (--inventory PATH) with the projection, from
      --baseline FILE      a saved baseline (--baseline-out, or the action's plan with baselines:), or
      --baseline-inventory PATH  the inventory of the day the rules were merged, with --proposed FILE
                           Shows projected vs actual bytes and dollars by storage class and by rule, and
                           names the prefixes with uploads outside the projection or deletions outside lifecycle.

Exit status: 0 projected, 2 usage or input error.
`;

// EXTERNAL MODULE: ./src/cost/inventory/errors.ts
var errors = __webpack_require__(903);
// EXTERNAL MODULE: ./src/cost/report/format.ts + 2 modules
var report_format = __webpack_require__(1060);
// EXTERNAL MODULE: ./src/cost/prices/load.ts
var load = __webpack_require__(2210);
;// CONCATENATED MODULE: ./src/cli/cost-output.ts
/**
 * What the cost command and its --track mode share: where a report goes, how bad input ends, the
 * progress line, and the price catalog as a dependency tests can replace.
 */



/** The report to --output FILE or standard output; status 0. */
async function cost_output_emit(io, output, text) {
    if (output)
        await writeOutput(io, output, text);
    else
        io.stdout(text);
    return 0;
}
/** Bad input is one sentence and status 2; anything else is the CLI's internal error. */
function inputFailure(io, err) {
    if (!(err instanceof errors/* InputError */.d))
        throw err;
    io.stderr(`lifeguard: ${err.message}\n`);
    return 2;
}
/**
 * Progress on standard error: on a terminal one line rewritten in place; elsewhere (a CI log) only
 * a listing's last line, once, so the log says how much was listed.
 */
function progressLine(io) {
    let last = '';
    let shown = false;
    return {
        line(text) {
            last = text;
            if (!io.stderrIsTerminal)
                return;
            io.stderr(`\r\x1b[2K${text}`);
            shown = true;
        },
        end(keepLast) {
            if (io.stderrIsTerminal && shown)
                io.stderr(keepLast ? '\n' : '\r\x1b[2K');
            else if (keepLast && last)
                io.stderr(`${last}\n`);
        },
    };
}
/** Writes a report (relative to the working directory); a failure is one sentence. */
async function writeOutput(io, file, text) {
    try {
        await (0,promises_.writeFile)((0,external_node_path_.resolve)(io.cwd, file), text);
    }
    catch (err) {
        throw new errors/* InputError */.d(`cannot write ${file}: ${err.code ?? err.message}`);
    }
}

// EXTERNAL MODULE: ./src/cost/track/format.ts
var track_format = __webpack_require__(3366);
;// CONCATENATED MODULE: ./src/cli/cost-track.ts




async function costTrack(v, io, deps) {
    const str = (k) => (typeof v[k] === 'string' ? v[k] : undefined);
    const later = str('inventory');
    if (!later)
        throw new UsageError('--track needs the later inventory: --inventory PATH');
    const saved = str('baseline');
    const again = str('baseline-inventory');
    if (!!saved === !!again)
        throw new UsageError('--track needs --baseline FILE, or --proposed FILE with --baseline-inventory PATH (the inventory of the day the rules were merged)');
    if (again && !str('proposed'))
        throw new UsageError('--baseline-inventory needs --proposed FILE: the rules that were merged');
    const format = (str('format') ?? 'stylish');
    if (!track_format/* TRACK_FORMATS */.J.includes(format))
        throw new UsageError(`unknown format '${format}' for --track; use one of ${track_format/* TRACK_FORMATS */.J.join(', ')}`);
    const prices = str('prices') ?? 'bundled';
    if (prices !== 'bundled' && prices !== 'live')
        throw new UsageError(`--prices must be bundled or live, not '${prices}'`);
    let asOfMs;
    if (str('as-of') !== undefined) {
        const t = str('as-of');
        asOfMs = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(t) ? `${t}T00:00:00Z` : t);
        if (!Number.isFinite(asOfMs))
            throw new UsageError(`--as-of must be a date (YYYY-MM-DD) or an ISO 8601 time, not '${t}'`);
    }
    if (again && !str('region'))
        throw new UsageError("--region is required (the bucket's region, for prices)");
    const catalog = async (region) => {
        try {
            const c = await deps.loadCatalog(prices, region);
            c.region(region);
            return c;
        }
        catch (err) {
            throw new errors/* InputError */.d(err.message);
        }
    };
    const progress = progressLine(io);
    try {
        const { runTrack } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(340), __webpack_require__.e(370), __webpack_require__.e(600)]).then(__webpack_require__.bind(__webpack_require__, 2600));
        const location = { endpoint: str('endpoint'), forcePathStyle: v['path-style'] === true };
        const request = {
            baseline: saved
                ? { kind: 'file', path: saved }
                : {
                    kind: 'recompute',
                    request: {
                        proposed: { kind: 'file', path: str('proposed') },
                        current: str('current') ? { kind: 'file', path: str('current') } : { kind: 'none' },
                        objects: { kind: 'inventory', path: again, ...location },
                        region: str('region'),
                        catalog: await catalog(str('region')),
                        growth: (str('growth') ?? 'none'),
                        cwd: io.cwd,
                    },
                },
            inventory: { path: later, ...location },
            catalog,
            region: str('region'),
            asOfMs,
            cwd: io.cwd,
            progress: progress.line,
        };
        const report = await runTrack(request);
        progress.end(false);
        return await cost_output_emit(io, str('output'), (0,track_format/* formatTrack */.P)(report, format));
    }
    catch (err) {
        return inputFailure(io, err);
    }
}

;// CONCATENATED MODULE: ./src/cli/cost-command.ts
/** `lifeguard cost`: project what a rule change does to the bill and to the data kept. */









const DEFAULT_DEPS = { loadCatalog: load.loadPriceCatalog };
async function costCommand(args, io, deps = DEFAULT_DEPS) {
    const { values: v } = (0,external_node_util_.parseArgs)({
        args,
        strict: true,
        options: {
            proposed: { type: 'string' },
            current: { type: 'string' },
            live: { type: 'boolean' },
            inventory: { type: 'string' },
            cohorts: { type: 'string' },
            listing: { type: 'string' },
            versions: { type: 'boolean' },
            bucket: { type: 'string' },
            endpoint: { type: 'string' },
            'path-style': { type: 'boolean' },
            region: { type: 'string' },
            months: { type: 'string' },
            'as-of': { type: 'string' },
            growth: { type: 'string' },
            prices: { type: 'string' },
            format: { type: 'string', short: 'f' },
            output: { type: 'string', short: 'o' },
            'cohort-sql': { type: 'string' },
            table: { type: 'string' },
            where: { type: 'string' },
            'inventory-format': { type: 'string' },
            threads: { type: 'string' },
            'it-access': { type: 'string' },
            track: { type: 'boolean' },
            baseline: { type: 'string' },
            'baseline-inventory': { type: 'string' },
            'baseline-out': { type: 'string' },
            deadline: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (v.help) {
        io.stdout(COST_HELP);
        return 0;
    }
    startDeadline(v.deadline);
    if (v.track)
        return costTrack(v, io, deps);
    if (!v.proposed)
        throw new UsageError('--proposed FILE is required');
    if (v.current && v.live)
        throw new UsageError('give --current FILE or --live, not both');
    const sources = [v.inventory, v.cohorts, v.listing].filter((x) => x !== undefined).length;
    if (v['cohort-sql'] === undefined && sources !== 1)
        throw new UsageError('give exactly one of --inventory PATH, --cohorts FILE or --listing s3://BUCKET[/PREFIX]');
    const months = v.months === undefined ? 12 : Number(v.months);
    if (!Number.isInteger(months) || months < 1 || months > 120)
        throw new UsageError(`--months must be a whole number from 1 to 120, not '${v.months}'`);
    const growth = v.growth ?? 'none';
    if (growth !== 'none' && growth !== 'observed')
        throw new UsageError(`--growth must be none or observed, not '${growth}'`);
    const prices = v.prices ?? 'bundled';
    if (prices !== 'bundled' && prices !== 'live')
        throw new UsageError(`--prices must be bundled or live, not '${prices}'`);
    const format = (v.format ?? 'stylish');
    if (!report_format/* COST_FORMATS */.nI.includes(format))
        throw new UsageError(`unknown format '${format}'; use one of ${report_format/* COST_FORMATS */.nI.join(', ')}`);
    let asOfMs;
    if (v['as-of'] !== undefined) {
        asOfMs = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(v['as-of']) ? `${v['as-of']}T00:00:00Z` : v['as-of']);
        if (!Number.isFinite(asOfMs))
            throw new UsageError(`--as-of must be a date (YYYY-MM-DD) or an ISO 8601 time, not '${v['as-of']}'`);
    }
    const threads = v.threads === undefined ? undefined : Number(v.threads);
    if (threads !== undefined && (!Number.isInteger(threads) || threads < 1 || threads > 64))
        throw new UsageError(`--threads must be a whole number from 1 to 64, not '${v.threads}'`);
    const itAccess = v['it-access'] === undefined ? 0 : parseShare(v['it-access']);
    if (itAccess === undefined)
        throw new UsageError(`--it-access must be a share from 0 to 1 or a percentage (0.25, 25%), not '${v['it-access']}'`);
    const listing = v.listing === undefined ? undefined : /^s3:\/\/([^/]+)\/?(.*)$/.exec(v.listing);
    if (v.listing !== undefined && !listing)
        throw new UsageError(`--listing must be s3://BUCKET[/PREFIX], not '${v.listing}'`);
    try {
        if (v['cohort-sql'] !== undefined)
            return await printSql(v['cohort-sql'], v, io);
        if (!v.region)
            throw new UsageError("--region is required (the bucket's region, for prices)");
        const bucket = v.bucket ?? listing?.[1];
        if (v.live && !bucket)
            throw new UsageError('--live needs the bucket: give --bucket NAME');
        let catalog;
        try {
            catalog = await deps.loadCatalog(prices, v.region);
            catalog.region(v.region); // an unknown region fails here, with the catalog's own sentence
        }
        catch (err) {
            throw new errors/* InputError */.d(err.message);
        }
        const { runCost } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(340), __webpack_require__.e(370)]).then(__webpack_require__.bind(__webpack_require__, 9340));
        const progress = progressLine(io);
        const request = {
            proposed: { kind: 'file', path: v.proposed },
            current: { kind: 'none' },
            objects: v.inventory
                ? { kind: 'inventory', path: v.inventory, endpoint: v.endpoint, forcePathStyle: v['path-style'] }
                : v.cohorts
                    ? { kind: 'cohorts', path: v.cohorts }
                    : {
                        kind: 'listing',
                        bucket: listing[1],
                        prefix: listing[2] || undefined,
                        versions: v.versions,
                        endpoint: v.endpoint,
                        forcePathStyle: v['path-style'],
                    },
            region: v.region,
            catalog,
            months,
            asOfMs,
            growth,
            threads,
            itAccessedShare: itAccess,
            cwd: io.cwd,
            progress: progress.line,
        };
        if (v.current)
            request.current = { kind: 'file', path: v.current };
        if (v.live) {
            const { liveConfiguration } = await __webpack_require__.e(/* import() */ 3).then(__webpack_require__.bind(__webpack_require__, 9003));
            const live = await liveConfiguration({ bucket: bucket, region: v.region, endpoint: v.endpoint, forcePathStyle: v['path-style'] });
            request.current = { kind: 'compiled', config: live, data: live.data };
        }
        let baseline;
        if (v['baseline-out'])
            request.onBaseline = (b) => (baseline = b);
        const { report } = await runCost(request);
        if (v['baseline-out'])
            await writeOutput(io, v['baseline-out'], `${JSON.stringify(baseline)}\n`);
        progress.end(request.objects.kind === 'listing');
        return await cost_output_emit(io, v.output, (0,report_format/* formatCost */.BD)(report, format));
    }
    catch (err) {
        return inputFailure(io, err);
    }
}
async function printSql(dialect, v, io) {
    if (dialect !== 'athena')
        throw new UsageError(`--cohort-sql knows only athena, not '${dialect}'`);
    const format = { csv: 'CSV', parquet: 'Parquet', orc: 'ORC' }[String(v['inventory-format'] ?? 'csv').toLowerCase()];
    if (!format)
        throw new UsageError(`--inventory-format must be csv, parquet or orc, not '${String(v['inventory-format'])}'`);
    const { readConfiguration } = await __webpack_require__.e(/* import() */ 154).then(__webpack_require__.bind(__webpack_require__, 5154));
    const { SelectorMatcher } = await __webpack_require__.e(/* import() */ 642).then(__webpack_require__.bind(__webpack_require__, 6642));
    const { cohortSql } = await __webpack_require__.e(/* import() */ 197).then(__webpack_require__.bind(__webpack_require__, 6197));
    const { EMPTY_CONFIG, maxNewerVersions } = await __webpack_require__.e(/* import() */ 0).then(__webpack_require__.bind(__webpack_require__, 0));
    const { resolve } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6760, 23));
    const proposed = await readConfiguration(resolve(io.cwd, String(v.proposed)), String(v.proposed));
    const current = typeof v.current === 'string' ? await readConfiguration(resolve(io.cwd, v.current), v.current) : EMPTY_CONFIG;
    const configs = [current, proposed];
    const sql = cohortSql(new SelectorMatcher(configs), {
        table: typeof v.table === 'string' ? v.table : 'inventory',
        versioned: !!v.versions,
        rankCap: maxNewerVersions(configs) + 1,
        where: typeof v.where === 'string' ? v.where : undefined,
        format,
    });
    if (typeof v.output === 'string')
        await writeOutput(io, v.output, sql);
    else
        io.stdout(sql);
    return 0;
}
/** "0.25" or "25%" → 0.25; undefined when not a share. */
function parseShare(text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
    if (!m)
        return undefined;
    const n = Number(m[1]) / (m[2] ? 100 : 1);
    return n >= 0 && n <= 1 ? n : undefined;
}

// EXTERNAL MODULE: ./src/lint/docs-url.ts
var docs_url = __webpack_require__(2130);
// EXTERNAL MODULE: ./src/quarantine/record.ts + 1 modules
var record = __webpack_require__(1994);
;// CONCATENATED MODULE: ./src/orphans/words.ts
/** Sentences shared by the orphans formatters. Pure. */


const count = (n, noun) => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
const tallyText = (t) => `${count(t.objects, 'object')} (${(0,report_format/* bytes */.ee)(t.bytes)})`;

/** Dollars, with amounts under a cent said so rather than in exponent form. */
function usd(n) {
    return n > 0 && n < 0.01 ? 'under $0.01' : (0,report_format/* usd */.dR)(n);
}
function heading(r) {
    const from = r.objects.source === 'live' ? 'live listing' : `inventory ${r.objects.path} of ${r.objects.asOf.slice(0, 10)}`;
    return `orphans of target ${r.target}: bucket ${r.bucket}, ${from}, ${r.now.slice(0, 10)}`;
}
function prefixesText(r) {
    const list = r.artifactPrefixes.prefixes.join(', ');
    return r.artifactPrefixes.derived ? `${list} (the top-level folders of the registry's entries; set artifactPrefixes to choose)` : list;
}
function registryText(r) {
    const n = r.registry.protectEntries;
    const protect = n ? `; ${n} protect ${n === 1 ? 'entry' : 'entries'} of the policy` : '';
    return `${r.registry.file}, ${count(r.registry.references, 'reference')}${protect}`;
}
/** The breakdown of what was found under the prefixes, as label/value rows. */
function breakdown(r) {
    const rows = [
        ['referenced by the registry', r.referenced],
        ['protected by the policy', r.protected],
        [`younger than ${count(r.minAgeDays, 'day')}`, r.young],
        ['already quarantined', r.quarantined],
    ];
    return rows.filter(([, t]) => t.objects > 0);
}
function orphansText(r) {
    const o = r.orphans;
    if (!o.objects)
        return 'orphans: none';
    const price = r.prices ? ` (${r.prices.region}, ${r.prices.source} prices of ${r.prices.date})` : '';
    const unpriced = o.unpriced ? `; ${count(o.unpriced, 'object')} in classes without a price, counted as $0` : '';
    return `orphans: ${count(o.objects, 'object')}, ${(0,report_format/* bytes */.ee)(o.bytes)}, ${usd(o.monthlyUsd)} a month${price}${unpriced}`;
}
function batchText(b) {
    const rules = b.rules.length ? `rule${b.rules.length === 1 ? '' : 's'} ${b.rules.join(', ')}` : 'no rule (nothing left in it)';
    const present = b.present === undefined ? '' : `; ${b.present.toLocaleString('en-US')} still there`;
    const again = b.referencedAgain ? `; ${count(b.referencedAgain, 'object')} referenced again` : '';
    return `${b.tag}: ${count(b.objects, 'object')} (${(0,report_format/* bytes */.ee)(b.bytes)}), expire on ${b.expireOn} by ${rules}${present}${again}`;
}
/** What happened, or what would, and what to do next. */
function actionLines(r, file) {
    const a = r.action;
    const out = [];
    if (a.refused)
        out.push(`quarantine refused: ${a.refused}`);
    if (a.mode.includes('release'))
        out.push(`released ${count(a.released, 'object')}: the ${record/* QUARANTINE_TAG */.QQ} tag removed, other tags kept`);
    if (a.resumed) {
        const n = a.resumed.untagged.length;
        out.push(`resumed the interrupted quarantine of batch ${a.resumed.tag}: ${count(a.resumed.alreadyTagged, 'object')} its journal lists recorded without tagging them again${n ? `; ${count(n, 'object')} referenced since then untagged, not recorded` : ''}`);
    }
    if (a.mode.includes('quarantine') && !a.refused) {
        if (a.tagged) {
            out.push(`tagged ${count(a.tagged, 'object')} ${record/* QUARANTINE_TAG */.QQ}=${a.tag} (other tags kept) and recorded them in ${a.quarantineFile ?? file}`, `next: review and commit ${a.quarantineFile ?? file}; lifeguard plan shows the rule that expires them on ${a.expireOn}, and lifeguard apply writes it. Nothing is deleted before that.`);
        }
        else
            out.push('nothing to tag');
    }
    if (a.mode === 'dry-run') {
        if (!r.orphans.objects)
            out.push('dry run: nothing changed.');
        else if (a.wouldRefuse)
            out.push(`dry run: nothing changed. --quarantine would refuse: ${a.wouldRefuse}.`);
        else
            out.push(`dry run: nothing changed. --quarantine tags these ${count(r.orphans.objects, 'object')} ${record/* QUARANTINE_TAG */.QQ}=${r.now.slice(0, 10)} and records them in ${file}, for a rule that expires them after review.`);
    }
    if (r.releasable.length)
        out.push(`${count(r.releasable.length, 'quarantined object')} referenced again: run with --release to untag ${r.releasable.length === 1 ? 'it' : 'them'} before the next apply`);
    for (const s of a.skipped)
        out.push(`not tagged: ${s.key}: ${s.reason}`);
    for (const f of a.failed)
        out.push(`failed: ${f.key}: ${f.reason}`);
    return out;
}

;// CONCATENATED MODULE: ./src/orphans/format.ts
/** `lifeguard orphans` reports: stylish (terminal), json (the OrphanReport), markdown. Pure. */


const ORPHAN_FORMATS = ['stylish', 'json', 'markdown'];
/** `file` is the quarantine file's display path, for sentences about it. */
function formatOrphans(r, format, file, color = false) {
    if (format === 'json')
        return `${JSON.stringify(r, null, 2)}\n`;
    return format === 'markdown' ? markdown(r, file) : format_stylish(r, file, color);
}
function format_stylish(r, file, color) {
    const paint = (code, s) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
    const out = [
        paint(1, heading(r)),
        `  artifact prefixes: ${prefixesText(r)}`,
        `  registry: ${registryText(r)}`,
        `  under the prefixes: ${tallyText(r.scanned)}`,
    ];
    for (const [label, t] of breakdown(r))
        out.push(`    ${label}: ${tallyText(t)}`);
    out.push(`  ${orphansText(r)}`);
    if (r.orphans.objects) {
        const width = Math.max(...r.orphans.topPrefixes.map((p) => p.prefix.length));
        for (const p of r.orphans.topPrefixes)
            out.push(`    ${p.prefix.padEnd(width)}  ${count(p.objects, 'object').padStart(14)}  ${(0,report_format/* bytes */.ee)(p.bytes).padStart(10)}  ${usd(p.monthlyUsd)}/month`);
        out.push(`    e.g. ${r.orphans.sample.slice(0, 5).join(', ')}${r.orphans.objects > 5 ? ', …' : ''}`);
    }
    if (r.batches.length) {
        out.push(`  quarantine batches (${file}):`);
        for (const b of r.batches)
            out.push(`    ${batchText(b)}`);
    }
    for (const l of actionLines(r, file))
        out.push(`  ${l.startsWith('failed') || l.startsWith('quarantine refused') ? paint(31, l) : l}`);
    for (const d of r.diagnostics) {
        const sev = d.severity === 'error' ? paint(31, 'error') : d.severity === 'warning' ? paint(33, 'warning') : 'info';
        out.push(`  ${d.file}:${d.line}:${d.column}  ${sev}  ${d.message}  ${paint(2, d.ruleId)}`);
    }
    for (const n of [...r.notices, ...(r.prices?.notes ?? [])])
        out.push(`  ${paint(2, `note: ${n}`)}`);
    return out.join('\n') + '\n';
}
const format_code = (s) => `\`${s.replace(/`/g, "'")}\``;
const esc = (s) => s.replace(/([\\`*_[\]<>|])/g, '\\$1');
function markdown(r, file) {
    const out = [`## ${esc(heading(r))}`, '', `Artifact prefixes: ${esc(prefixesText(r))}. Registry: ${esc(registryText(r))}.`, ''];
    out.push('| Under the prefixes | Objects | Bytes |', '|---|---:|---:|', `| all | ${r.scanned.objects.toLocaleString('en-US')} | ${(0,report_format/* bytes */.ee)(r.scanned.bytes)} |`);
    for (const [label, t] of breakdown(r))
        out.push(`| ${esc(label)} | ${t.objects.toLocaleString('en-US')} | ${(0,report_format/* bytes */.ee)(t.bytes)} |`);
    out.push(`| **orphans** | **${r.orphans.objects.toLocaleString('en-US')}** | **${(0,report_format/* bytes */.ee)(r.orphans.bytes)}** |`, '', `**${esc(orphansText(r))}**`, '');
    if (r.orphans.objects) {
        out.push('| Prefix | Objects | Bytes | Per month |', '|---|---:|---:|---:|');
        for (const p of r.orphans.topPrefixes)
            out.push(`| ${format_code(p.prefix)} | ${p.objects.toLocaleString('en-US')} | ${(0,report_format/* bytes */.ee)(p.bytes)} | ${usd(p.monthlyUsd)} |`);
        out.push('');
    }
    if (r.batches.length)
        out.push(`Quarantine batches (${format_code(file)}):`, '', ...r.batches.map((b) => `- ${esc(batchText(b))}`), '');
    for (const l of actionLines(r, file))
        out.push(`> ${esc(l)}`);
    if (r.diagnostics.length) {
        out.push('', '| | Finding | Where | Rule |', '|---|---|---|---|');
        for (const d of r.diagnostics) {
            const icon = d.severity === 'error' ? '❌' : d.severity === 'warning' ? '⚠️' : 'ℹ️';
            out.push(`| ${icon} | ${esc(d.message)} | ${format_code(`${d.file}:${d.line}:${d.column}`)} | [${d.ruleId}](${(0,docs_url/* docsUrl */.fs)(d.ruleId)}) |`);
        }
    }
    const notes = [...r.notices, ...(r.prices?.notes ?? [])];
    if (notes.length)
        out.push('', ...notes.map((n) => `- ${esc(n)}`));
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/orphans/limits.ts
var limits = __webpack_require__(59);
;// CONCATENATED MODULE: ./src/cli/orphans-command.ts
/** `lifeguard orphans`: objects the registry no longer references, what they cost, and a reviewed way to delete them. */










const DEFAULT_MIN_AGE_DAYS = 7;
async function orphansCommand(args, io) {
    const { values: v } = (0,external_node_util_.parseArgs)({
        args,
        strict: true,
        options: {
            config: { type: 'string', short: 'c' },
            target: { type: 'string', short: 't' },
            'min-age-days': { type: 'string' },
            inventory: { type: 'string' },
            live: { type: 'boolean' },
            quarantine: { type: 'boolean' },
            'expire-after-days': { type: 'string' },
            concurrency: { type: 'string' },
            release: { type: 'boolean' },
            prices: { type: 'string' },
            region: { type: 'string' },
            format: { type: 'string', short: 'f' },
            output: { type: 'string', short: 'o' },
            'no-color': { type: 'boolean' },
            deadline: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (v.help) {
        io.stdout(ORPHANS_HELP);
        return 0;
    }
    startDeadline(v.deadline);
    if (!v.target)
        throw new UsageError('--target NAME is required: orphans are swept one target at a time');
    if (v.inventory !== undefined && v.live)
        throw new UsageError('--inventory and --live are exclusive: give one source of objects');
    const format = (v.format ?? 'stylish');
    if (!ORPHAN_FORMATS.includes(format))
        throw new UsageError(`unknown format '${format}'; use one of ${ORPHAN_FORMATS.join(', ')}`);
    const prices = v.prices ?? 'bundled';
    if (prices !== 'bundled' && prices !== 'live')
        throw new UsageError(`--prices takes bundled or live, not '${prices}'`);
    const minAgeDays = countOption(v['min-age-days'], '--min-age-days', DEFAULT_MIN_AGE_DAYS);
    const expireAfterDays = v['expire-after-days'] === undefined ? undefined : countOption(v['expire-after-days'], '--expire-after-days', 0);
    if (expireAfterDays !== undefined && !v.quarantine)
        throw new UsageError('--expire-after-days goes with --quarantine');
    if (expireAfterDays === 0)
        throw new UsageError('--expire-after-days must be at least 1: quarantined objects get at least a day before deletion');
    const concurrency = countOption(v.concurrency, '--concurrency', limits/* TAG_CONCURRENCY */.j);
    if (concurrency < 1 || concurrency > limits/* MAX_TAG_CONCURRENCY */.e)
        throw new UsageError(`--concurrency takes 1 to ${limits/* MAX_TAG_CONCURRENCY */.e} objects at once, not ${concurrency}`);
    const loaded = await (0,config_config/* loadConfig */.Z9)(v.config, io.cwd);
    if (!loaded.ok)
        return (0,cli_io/* printConfigProblems */.ck)(loaded, io);
    const config = loaded.config;
    const target = config.targets.find((t) => t.name === v.target);
    const inventory = v.inventory ?? (v.live ? undefined : target?.inventory);
    let report;
    // The pipeline (inventory readers, S3 edge, prices) loads only when this command runs.
    const { runOrphans } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(137)]).then(__webpack_require__.bind(__webpack_require__, 6315));
    try {
        report = await runOrphans(config, {
            target: v.target,
            minAgeDays,
            inventory,
            quarantine: !!v.quarantine,
            release: !!v.release,
            expireAfterDays,
            concurrency,
            prices,
            region: v.region,
            cwd: io.cwd,
            env: io.env,
            now: new Date(),
            configDoc: loaded.doc,
        });
    }
    catch (err) {
        if (err instanceof plan/* TargetSelectionError */.Gq)
            throw new UsageError(err.message);
        // Input, S3 and price-region problems are the user's to fix: one sentence, exit 2 (by name: no eager imports).
        const name = err.name;
        if (['OrphansError', 'InputError', 'S3OperationError', 'UnknownRegionError'].includes(name)) {
            io.stderr(`lifeguard: ${err.message.replace(/\.$/, '')}.\n`);
            for (const d of name === 'OrphansError' ? err.diagnostics : [])
                io.stderr(`lifeguard: ${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}\n`);
            return 2;
        }
        throw err;
    }
    const file = target ? (0,config_config/* workspaceOf */.B3)(config).display((0,record/* quarantinePath */.Q2)(target, config)) : '';
    if (!(await (0,cli_io/* writeOutput */.zh)(io, v.output, formatOrphans(report, format, file, io.color && !v['no-color'] && !v.output))))
        return 2;
    return needsAttention(report) ? 1 : 0;
}
/** Exit 1: something to act on (a refusal, a failed call, an error finding, an object to release). */
function needsAttention(r) {
    return !!r.action.refused || r.action.failed.length > 0 || r.releasable.length > 0 || r.diagnostics.some((d) => d.severity === 'error');
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The CLI: pick the command, run it, map every failure to an exit status. Nothing escapes as a
 * stack trace: usage errors exit 2 with one sentence, anything unexpected exits 2 with its message.
 */








const COMMANDS = {
    check: checkCommand,
    plan: planCommand,
    apply: applyCommand,
    compile: compileCommand,
    orphans: orphansCommand,
    cost: costCommand,
};
async function main(argv, io) {
    const [name, ...rest] = argv;
    try {
        if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
            io.stdout(MAIN_HELP);
            return name === undefined ? 2 : 0;
        }
        if (name === '-v' || name === '--version') {
            io.stdout(`${version/* VERSION */.x}\n`);
            return 0;
        }
        const command = COMMANDS[name];
        if (!command)
            throw new UsageError(name.startsWith('-') ? `unknown option '${name}'; options come after the command` : `unknown command '${name}'`);
        return await command(rest, io);
    }
    catch (err) {
        const e = err;
        if (err instanceof UsageError || (typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS'))) {
            io.stderr(`lifeguard: ${usageMessage(e)}. Run 'lifeguard ${name && COMMANDS[name] ? name + ' ' : ''}--help' for usage.\n`);
            return 2;
        }
        io.stderr(`lifeguard: internal error: ${oneLine(e.message ?? String(err))} (set LIFEGUARD_DEBUG=1 for details)\n`);
        if (io.env.LIFEGUARD_DEBUG)
            io.stderr(`${e.stack ?? ''}\n`);
        return 2;
    }
}
/** node:util parseArgs messages, as one short sentence in our voice. */
function usageMessage(e) {
    const option = /'(?:-\w, )?(--?[\w-]+)(?: <value>)?'/.exec(e.message)?.[1];
    switch (e.code) {
        case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
            return `unknown option '${option ?? e.message}'`;
        case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
            return /argument missing/.test(e.message) ? `option '${option}' needs a value` : `option '${option}' takes no value`;
        case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
            return `unexpected argument: ${e.message}`;
        default:
            return oneLine(e.message).replace(/\.$/, '');
    }
}
function oneLine(text) {
    return text.split('\n')[0].trim();
}


/***/ }),

/***/ 59:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ MAX_TAG_CONCURRENCY),
/* harmony export */   j: () => (/* binding */ TAG_CONCURRENCY)
/* harmony export */ });
/** How much tagging `lifeguard orphans --quarantine` does at once (no imports: the CLI reads these before loading the sweep). */
/** Objects tagged at once when nothing else is asked for (each costs three requests: HeadObject, GetObjectTagging, PutObjectTagging). */
const TAG_CONCURRENCY = 16;
/** The most `--concurrency` allows: S3 takes 3,500 writes a second per prefix; lifeguard stays far below. */
const MAX_TAG_CONCURRENCY = 128;


/***/ })

};
