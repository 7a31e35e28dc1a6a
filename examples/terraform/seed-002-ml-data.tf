# Seed 002's checkpoint rules, as the seed prints them (section 43.3.6, "S3 Lifecycle Policy").
# The same rules in the S3 API's JSON: ../seed-002-terraform-ml-data.json.
# s3_lifecycle.tf

resource "aws_s3_bucket_lifecycle_configuration" "ml_data" {
  bucket = aws_s3_bucket.ml_data.id

  # Checkpoints - aggressive cleanup
  rule {
    id     = "checkpoint-cleanup"
    status = "Enabled"

    filter {
      prefix = "checkpoints/"
    }

    transition {
      days          = 7
      storage_class = "STANDARD_IA"
    }

    transition {
      days          = 30
      storage_class = "GLACIER"
    }

    expiration {
      days = 90
    }
  }

  # Training datasets - keep longer
  rule {
    id     = "dataset-lifecycle"
    status = "Enabled"

    filter {
      prefix = "datasets/"
    }

    transition {
      days          = 30
      storage_class = "STANDARD_IA"
    }

    transition {
      days          = 180
      storage_class = "GLACIER"
    }
  }

  # Model artifacts - preserve
  rule {
    id     = "model-lifecycle"
    status = "Enabled"

    filter {
      prefix = "models/"
    }

    transition {
      days          = 90
      storage_class = "STANDARD_IA"
    }

    # No expiration - models are valuable
  }

  # Logs - delete aggressively
  rule {
    id     = "logs-cleanup"
    status = "Enabled"

    filter {
      prefix = "logs/"
    }

    expiration {
      days = 14
    }
  }
}
