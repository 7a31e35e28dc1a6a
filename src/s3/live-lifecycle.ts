/**
 * The bucket's lifecycle configuration as it is now (`--live`), in the S3 API's JSON shape. The
 * AWS SDK is loaded only here. A bucket without a configuration has no rules.
 */
import { InputError } from '../cost/inventory/errors.js';
import { compileConfiguration, type CompiledConfig } from '../cost/rules/compile.js';

export async function liveConfiguration(o: {
  bucket: string;
  region: string;
  endpoint?: string;
  forcePathStyle?: boolean;
}): Promise<CompiledConfig & { data: unknown }> {
  const { S3Client, GetBucketLifecycleConfigurationCommand } = await import('@aws-sdk/client-s3');
  const client = new S3Client({ region: o.region, endpoint: o.endpoint, forcePathStyle: o.forcePathStyle });
  try {
    const out = await client.send(new GetBucketLifecycleConfigurationCommand({ Bucket: o.bucket }));
    // The SDK hands Dates back as Date objects; the canonical model keeps the API's ISO strings.
    const data = JSON.parse(
      JSON.stringify({ Rules: out.Rules ?? [], TransitionDefaultMinimumObjectSize: out.TransitionDefaultMinimumObjectSize }),
    );
    const config = compileConfiguration(data);
    // What the bucket reports is what S3 applies; when it reports nothing, buckets configured before
    // September 2024 behave as varies_by_storage_class.
    return out.TransitionDefaultMinimumObjectSize
      ? { ...config, data }
      : { ...config, data, minimumObjectSize: 'varies_by_storage_class', minimumObjectSizeSource: 'default' };
  } catch (err) {
    const e = err as { name?: string; message?: string };
    if (e.name === 'NoSuchLifecycleConfiguration') return { ...compileConfiguration({ Rules: [] }), data: { Rules: [] } };
    throw new InputError(`cannot read the lifecycle configuration of s3://${o.bucket}: ${e.name ?? 'Error'}: ${e.message ?? String(err)}`);
  } finally {
    client.destroy();
  }
}
