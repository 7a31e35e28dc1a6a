/** Help texts and the usage-error type shared by every command. */

export class UsageError extends Error {
  override name = 'UsageError';
}

export const MAIN_HELP = `lifeguard: a policy-as-code gate for Amazon S3 lifecycle rules

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

export const CHECK_HELP = `Usage: lifeguard check [PATH...] [options]

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

export const PLAN_HELP = `Usage: lifeguard plan [options]

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

export const APPLY_HELP = `Usage: lifeguard apply [options]

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

export const COMPILE_HELP = `Usage: lifeguard compile POLICY... [--out DIR] [options]

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

export const ORPHANS_HELP = `Usage: lifeguard orphans --target NAME [options]

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
