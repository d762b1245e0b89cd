/**
 * Words that say nothing about what is asked. Dropped from the question only (the index keeps
 * them), so "What is vSphere with Kubernetes?" searches for vsphere and kubernetes.
 */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  `a about after again all also am an and any are as at be been before being but by can could
  did do does doing during each for from get got had has have having he her here him his how i if
  in into is it its just me more most my no not now of on only or other our out over please she
  should so some such tell than that the their them then there these they this those through to
  too under until up very was we were what when where which while who whom why will with would
  you your know anyone someone something thing things talk talks meetup say said mentioned`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** Question words in Japanese that the tokenizer keeps as kanji or katakana terms. */
export const JAPANESE_STOPWORDS: ReadonlySet<string> = new Set(['何', '誰', '教']);
