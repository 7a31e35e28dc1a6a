/** Help texts and the usage-error type shared by every command. */

export class UsageError extends Error {
  override name = 'UsageError';
}

export const MAIN_HELP = `lifeguard: a policy-as-code gate for Amazon S3 lifecycle rules

Usage: lifeguard <command> [options]

Commands:
  check [PATH...]   lint lifecycle configurations and retention policies
  cost              project what a rule change does to the bill and to the data kept

Options:
  -h, --help        show help (also: lifeguard <command> --help)
  -v, --version     print the version

Exit status: 0 no error findings, 1 error findings, 2 usage or I/O error.
Docs: https://github.com/lifeguard-dev/lifeguard#readme
`;

export const CHECK_HELP = `Usage: lifeguard check [PATH...] [options]

Lints S3 lifecycle configurations (.json, .yaml, .yml; the S3 API shape or the full
PutBucketLifecycleConfiguration request) and retention policies. A PATH is a file or a
folder; folders are searched for configurations by content, not by name. Default: .

Options:
  -f, --format NAME   stylish (default), json, sarif, github, markdown
  -o, --output FILE   write the report to FILE instead of standard output
  -c, --config FILE   configuration file (default: .lifeguard.yml if present)
      --no-color      never colour the output (also: NO_COLOR=1)
  -h, --help          show this help

Exit status: 0 no error findings, 1 at least one error finding, 2 usage or I/O error.
`;
