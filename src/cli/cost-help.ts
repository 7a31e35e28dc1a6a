/** `lifeguard cost --help`. */
export const COST_HELP = `Usage: lifeguard cost --proposed FILE [--current FILE | --live] --inventory PATH --region R [options]

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
