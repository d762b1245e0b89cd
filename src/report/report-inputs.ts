import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { GLOSSARY_FILE } from '../content/problems.js';
import { EMPTY_GLOSSARY, type Glossary, parseGlossary } from '../search/glossary.js';

/**
 * The organizers' glossary from the notes folder, for grouping questions as the engine reads
 * them; none (or an unreadable one) groups by the general dictionary alone.
 */
export async function readGlossary(contentDir: string): Promise<Glossary> {
  const text = await readFile(path.join(contentDir, GLOSSARY_FILE), 'utf8').catch(() => undefined);
  return text === undefined ? EMPTY_GLOSSARY : parseGlossary(GLOSSARY_FILE, text).glossary;
}
