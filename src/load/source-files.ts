/**
 * Which files a Terraform or CloudFormation source is read from, for the callers that must copy
 * them out of a commit before the source readers can read them: the privileged half of the fork
 * split (trust/materialize.ts) and drift history (history/versions.ts). One place, so that both
 * copy what the readers read (iac/resource.ts, iac/terraform/module-scope.ts):
 *
 * - a CloudFormation template or a Terraform plan JSON: that file alone;
 * - a .tf or .tf.json file: with the rest of its module, since it is evaluated in its folder's
 *   scope (variables, locals and tfvars come from the folder's other files);
 * - a Terraform module folder: its own module files; not its sub-folders, each another module.
 *
 * No I/O here: the caller lists folders (git or GitHub's contents API at a commit). Kept free of
 * imports so that neither caller loads the Terraform reader (ADR 0161) to learn a file's name.
 */

/**
 * The files of a folder that Terraform reads as its module, and module-scope.ts with it: every .tf
 * and .tf.json file, then terraform.tfvars, terraform.tfvars.json and *.auto.tfvars[.json]. Other
 * .tfvars files are read only when named on the command line (-var-file), which lifeguard never
 * sees. `name` is a file name, without its folder; case matters, as for Terraform.
 */
export function isTerraformModuleFile(name: string): boolean {
  return /\.tf(\.json)?$/.test(name) || /^terraform\.tfvars(\.json)?$/.test(name) || /\.auto\.tfvars(\.json)?$/.test(name);
}

/** A Terraform configuration file, evaluated in its folder's scope: .tf (HCL) or .tf.json. */
export function isTerraformFile(path: string): boolean {
  return /\.tf(\.json)?$/.test(path);
}

/** Module files copied per source at most (each is also bounded in size where it is read). */
export const MAX_MODULE_FILES = 200;

/** What a path is, as the caller's lister says: a folder with its regular files (repository-relative), a file, nothing. */
export type Listing =
  | { kind: 'folder'; files: readonly string[] }
  | { kind: 'file' }
  | { kind: 'absent' }
  | { kind: 'failed'; reason: string; tooLarge?: true };

/** The repository-relative files a source needs; absent: nothing is there (no rules, or a missing file the reader reports). */
export type SourceFiles = { kind: 'found'; files: string[] } | { kind: 'absent' } | { kind: 'failed'; reason: string; tooLarge?: true };

/**
 * The files the source at `path` (repository-relative, confined by the caller) is read from.
 * `list` tells what a path is and lists a folder's files.
 */
export async function iacSourceFiles(
  path: string,
  kind: 'terraform' | 'cloudformation',
  list: (path: string) => Promise<Listing>,
): Promise<SourceFiles> {
  if (kind === 'terraform' && isTerraformFile(path)) {
    const slash = path.lastIndexOf('/');
    const folder = slash < 0 ? '' : path.slice(0, slash);
    const listed = await list(folder);
    if (listed.kind === 'failed') return listed;
    if (listed.kind !== 'folder' || !listed.files.includes(path)) return { kind: 'absent' };
    return moduleOf(folder, listed.files);
  }
  const listed = await list(path);
  if (listed.kind === 'failed' || listed.kind === 'absent') return listed;
  if (listed.kind === 'file') return { kind: 'found', files: [path] };
  if (kind === 'cloudformation') return { kind: 'failed', reason: `${path} is a folder, not a CloudFormation template` };
  return moduleOf(path, listed.files);
}

function moduleOf(folder: string, files: readonly string[]): SourceFiles {
  const module = files.filter((f) => isTerraformModuleFile(f.slice(f.lastIndexOf('/') + 1)));
  if (module.length > MAX_MODULE_FILES)
    return {
      kind: 'failed',
      reason: `${folder || 'the repository root'} has more than ${MAX_MODULE_FILES} Terraform files, more than lifeguard reads of one module`,
      tooLarge: true,
    };
  return { kind: 'found', files: module };
}
