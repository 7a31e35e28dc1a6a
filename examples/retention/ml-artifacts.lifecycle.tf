# Compiled by lifeguard from examples/retention/ml-artifacts.yaml; edit the policy and compile again rather than this file.
resource "aws_s3_bucket_lifecycle_configuration" "ml_model_artifacts" {
  bucket                                 = "ml-model-artifacts"
  transition_default_minimum_object_size = "all_storage_classes_128K"

  rule {
    id     = "ml-artifacts.dev.expire"
    status = "Enabled"

    filter {
      prefix = "ml/dev/"
    }

    expiration {
      days = 14
    }
  }

  rule {
    id     = "ml-artifacts.dev.noncurrent"
    status = "Enabled"

    filter {
      prefix = "ml/dev/"
    }

    noncurrent_version_expiration {
      newer_noncurrent_versions = 5
      noncurrent_days           = 7
    }
  }

  rule {
    id     = "ml-artifacts.dev.failed-runs"
    status = "Enabled"

    filter {
      and {
        prefix = "ml/dev/"

        tags = {
          status = "failed"
        }
      }
    }

    expiration {
      days = 3
    }
  }

  rule {
    id     = "ml-artifacts.dev.delete-markers"
    status = "Enabled"

    filter {
      prefix = "ml/dev/"
    }

    expiration {
      expired_object_delete_marker = true
    }
  }

  rule {
    id     = "ml-artifacts.dev.abort-mpu"
    status = "Enabled"

    filter {
      prefix = "ml/dev/"
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }

  rule {
    id     = "ml-artifacts.staging.expire"
    status = "Enabled"

    filter {
      prefix = "ml/staging/"
    }

    expiration {
      days = 60
    }
  }

  rule {
    id     = "ml-artifacts.staging.noncurrent"
    status = "Enabled"

    filter {
      prefix = "ml/staging/"
    }

    noncurrent_version_expiration {
      newer_noncurrent_versions = 10
      noncurrent_days           = 30
    }
  }

  rule {
    id     = "ml-artifacts.staging.delete-markers"
    status = "Enabled"

    filter {
      prefix = "ml/staging/"
    }

    expiration {
      expired_object_delete_marker = true
    }
  }

  rule {
    id     = "ml-artifacts.staging.abort-mpu"
    status = "Enabled"

    filter {
      prefix = "ml/staging/"
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }

  rule {
    id     = "ml-artifacts.production.archive"
    status = "Enabled"

    filter {
      prefix = "ml/prod/"
    }

    transition {
      days          = 365
      storage_class = "DEEP_ARCHIVE"
    }
  }

  rule {
    id     = "ml-artifacts.production.abort-mpu"
    status = "Enabled"

    filter {
      prefix = "ml/prod/"
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }

  rule {
    id     = "ml-artifacts.checkpoints.expire"
    status = "Enabled"

    filter {
      prefix = "checkpoints/"
    }

    expiration {
      days = 180
    }

    transition {
      days          = 14
      storage_class = "STANDARD_IA"
    }

    transition {
      days          = 60
      storage_class = "GLACIER_IR"
    }
  }

  rule {
    id     = "ml-artifacts.checkpoints.delete-markers"
    status = "Enabled"

    filter {
      prefix = "checkpoints/"
    }

    expiration {
      expired_object_delete_marker = true
    }
  }

  rule {
    id     = "ml-artifacts.checkpoints.abort-mpu"
    status = "Enabled"

    filter {
      prefix = "checkpoints/"
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }

  rule {
    id     = "ml-artifacts.models.expire"
    status = "Enabled"

    filter {
      prefix = "models/"
    }

    expiration {
      days = 365
    }

    transition {
      days          = 30
      storage_class = "STANDARD_IA"
    }

    transition {
      days          = 90
      storage_class = "GLACIER_IR"
    }
  }

  rule {
    id     = "ml-artifacts.models.delete-markers"
    status = "Enabled"

    filter {
      prefix = "models/"
    }

    expiration {
      expired_object_delete_marker = true
    }
  }

  rule {
    id     = "ml-artifacts.models.abort-mpu"
    status = "Enabled"

    filter {
      prefix = "models/"
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}
