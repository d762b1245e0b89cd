import { z } from 'zod';

/** A string that is an absolute http(s) URL: for configuration and for front matter links. */
export const httpUrl = z
  .string()
  .refine(
    (s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol),
    'must be an http(s) URL',
  );
