/**
 * The one seam between the cost command and the price catalog: the catalog (and, for live prices,
 * the Price List client inside it) is loaded only when a command needs prices.
 */
import type { PriceCatalog } from './types.js';

export type PriceSource = 'bundled' | 'live';

export async function loadPriceCatalog(source: PriceSource, region: string): Promise<PriceCatalog> {
  const { loadPriceCatalog: load } = await import('./catalog.js');
  return load({ source, region });
}
