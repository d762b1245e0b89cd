import type { Address, Passage, Talk } from '../content/meetup.js';
import { ADDRESSES_PER_RESULT } from './answer.js';

/**
 * The addresses a result shows when the question asks for one: those its shown passages give,
 * else, for the first result (the talk the question chose), those of its talk's heading and
 * sections' headings; never one of the talk's slide or video links (shown already), each URL
 * once, at most {@link ADDRESSES_PER_RESULT}.
 */
export function resultAddresses(
  shown: readonly Passage[],
  talk: Talk,
  first: boolean,
): readonly Address[] {
  const slides = new Set(talk.links.map((l) => l.url));
  const given = shown.flatMap((p) => p.addresses ?? []).filter((a) => !slides.has(a.url));
  const candidates = given.length === 0 && first ? (talk.addresses ?? []) : given;
  const seen = new Set(slides);
  const addresses: Address[] = [];
  for (const address of candidates) {
    if (addresses.length === ADDRESSES_PER_RESULT) break;
    if (seen.has(address.url)) continue;
    seen.add(address.url);
    addresses.push(address);
  }
  return addresses;
}
