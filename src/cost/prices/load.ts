/**
 * The one seam between the cost command and the price catalog (built on its own branch). Until the
 * catalog is merged this says so; the merge replaces the body with the real loader.
 */
import type { PriceCatalog } from './types.js';

export type PriceSource = 'bundled' | 'live';

export async function loadPriceCatalog(source: PriceSource, region: string): Promise<PriceCatalog> {
  void region;
  throw new Error(`the ${source} price catalog is not available yet in this build`);
}
