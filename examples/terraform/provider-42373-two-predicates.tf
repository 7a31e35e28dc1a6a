# A configuration AWS rejects, from hashicorp/terraform-provider-aws#42373 (provider 5.96.0; also
# #38551): a filter with two predicates outside `and`. The provider (>= 5.86) sends both members of
# Filter, and S3 answers MalformedXML: a Filter takes one predicate, or several inside And.

resource "aws_s3_bucket_lifecycle_configuration" "lifecycle_rules" {
  bucket = aws_s3_bucket.exports.id

  rule {
    id     = "expire-large-objects"
    status = "Enabled"

    filter {
      prefix                   = "exports/"
      object_size_greater_than = 131072
    }

    expiration {
      days = 14
    }
  }
}
