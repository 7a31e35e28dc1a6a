/** The S3 Inventory columns the columnar readers (Parquet, ORC) take, in the order they hand them on. */
export const COLUMNS = [
  'key',
  'size',
  'last_modified_date',
  'storage_class',
  'is_latest',
  'is_delete_marker',
  'object_lock_retain_until_date',
  'object_lock_legal_hold_status',
] as const;
