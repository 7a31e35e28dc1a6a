/**
 * The one bundle the CLI and the action share (scripts/build.mjs, docs/adr/0158): the stubs
 * dist/cli/index.js and dist/action/index.js import it and start their side. Each side is its own
 * chunk, loaded only by its stub; what both use sits in shared chunks, built once.
 */
export async function cli(): Promise<void> {
  await import('./cli.js');
}

export async function action(): Promise<void> {
  await import('./action.js');
}
