import { seedHash } from './seed-hash';

/**
 * The seed for the attempt after "start over": derived, so the machine that asks stays pure. Apart
 * from display-order.ts, so the progress machine (in the first load) does not carry the shuffle.
 */
export function nextOrderSeed(seed: string | undefined): string {
  return seedHash(`${seed ?? ''}:again`).toString(36);
}
