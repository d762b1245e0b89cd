import type { Nodes } from 'mdast';
import { isProfileLink, linkKind } from './link-kind.js';
import type { FoundLink } from './markdown-text.js';
import type { Address } from './meetup.js';

/** This machine's addresses: a note's `http://localhost:8080` is no address anyone else can open. */
const LOCAL_HOST = /^https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?![\w.-])/i;
/** A URL written in a code block, up to a space, a quote or a bracket around it. */
const URL_IN_CODE = /https?:\/\/[^\s"'`<>()[\]{}]+/g;
/** A code block's URL is an address when its host is a name with a dot (`git.example`, not `db`). */
const NAMED_HOST = /^https?:\/\/[\w-]+\.[\w.-]/;
/**
 * How many addresses a passage keeps, and how much of a label: a reply shows three at most, each
 * label cut to 80 characters, so a passage listing twenty links keeps no more than it can show.
 */
const ADDRESSES_KEPT = 3;
const LABEL_CHARS = 80;
/** Characters a label does not show: controls and format marks (a right-to-left override). */
const UNSHOWN = /[\p{Cc}\p{Cf}]/gu;
/** Sentence punctuation right after a URL in a code block's comment ends it. */
const TRAILING = /[.,;:!?]+$/;

/**
 * Appends the links that are neither slides, a recording, a profile nor this machine's to
 * `addresses`, each URL once (see {@link addAddress}).
 */
export function addLinkAddresses(addresses: Address[], links: readonly FoundLink[]): void {
  for (const link of links) {
    if (linkKind(link.label, link.text, link.url) === undefined) addLinkAddress(addresses, link);
  }
}

/**
 * Appends `link` as an address unless it is a profile or this machine's; the caller has found
 * it is no slides or recording. Its text labels it unless it is the URL itself.
 */
export function addLinkAddress(addresses: Address[], { url, text }: FoundLink): void {
  if (isProfileLink(url) || LOCAL_HOST.test(url)) return;
  addAddress(addresses, text === url || text === '' ? { url } : { url, label: text });
}

/**
 * Appends the addresses in the code blocks of `node` (one under a bullet too): `git clone
 * https://…`. Not this machine's, nor a host without a dot; a profile is none either.
 */
export function addCodeAddresses(addresses: Address[], node: Nodes): void {
  if (node.type === 'code') {
    for (const [found] of node.value.matchAll(URL_IN_CODE)) {
      const url = found.replace(TRAILING, '');
      if (NAMED_HOST.test(url) && !LOCAL_HOST.test(url) && !isProfileLink(url))
        addAddress(addresses, { url });
    }
    return;
  }
  // Only blocks hold code blocks: a paragraph's inline code is no block.
  if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote')
    for (const child of node.children) addCodeAddresses(addresses, child);
}

/** Appends `address` unless its URL is there already (the first one's label is kept). */
function addAddress(addresses: Address[], address: Address): void {
  if (addresses.length >= ADDRESSES_KEPT || addresses.some((a) => a.url === address.url)) return;
  const label = address.label?.replace(UNSHOWN, '').trim();
  addresses.push(
    label
      ? { url: address.url, label: Array.from(label).slice(0, LABEL_CHARS).join('') }
      : { url: address.url },
  );
}
