/** A problem with an input file, already phrased for the user (file:line:column where known). */
export class InputError extends Error {
  override name = 'InputError';
}
