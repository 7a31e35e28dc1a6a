/** How much tagging `lifeguard orphans --quarantine` does at once (no imports: the CLI reads these before loading the sweep). */

/** Objects tagged at once when nothing else is asked for (each costs three requests: HeadObject, GetObjectTagging, PutObjectTagging). */
export const TAG_CONCURRENCY = 16;
/** The most `--concurrency` allows: S3 takes 3,500 writes a second per prefix; lifeguard stays far below. */
export const MAX_TAG_CONCURRENCY = 128;
