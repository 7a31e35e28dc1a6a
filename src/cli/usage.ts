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

export const COST_HELP = `Usage: lifeguard cost --proposed FILE [--current FILE | --live] --inventory PATH --region R [options]

Projects the monthly cost of a bucket under its current and its proposed lifecycle rules, from
what is really in it (an S3 Inventory report, a listing, or a cohort table), month by month, with
transition requests, minimum-duration charges and small-object effects, and the data each deletes.
Semantics: docs/cost-model.md.

Objects (exactly one):
      --inventory PATH     S3 Inventory report: manifest.json, or a folder holding one (CSV, CSV.gz, Parquet)
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
  -f, --format NAME        stylish (default), json, markdown
  -o, --output FILE        write the report to FILE
      --versions           the bucket is versioned: list versions (--listing) or read version columns (--cohort-sql)
      --bucket NAME        the bucket, for --live
      --endpoint URL       S3 endpoint (S3-compatible servers), with --path-style for path-style addressing
      --cohort-sql athena  print the SQL that builds the cohort table from an S3 Inventory table in
                           Athena (--table NAME, default inventory; --where CONDITION, e.g. dt = '…';
                           --inventory-format csv (default), parquet or orc: only CSV URL-encodes keys)
  -h, --help               show this help

Exit status: 0 projected, 2 usage or input error.
`;
