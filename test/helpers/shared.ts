import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The team's shared data folder beside the project (../shared), or $BYLINE_SHARED. */
export const SHARED_DIR = process.env.BYLINE_SHARED ?? resolve(__dirname, '..', '..', '..', 'shared');

export const SHARED_MISSING_MESSAGE = `../shared is missing (looked in ${SHARED_DIR}); tests on the seeds are skipped`;

export function sharedAvailable(): boolean {
  return existsSync(join(SHARED_DIR, 'seeds'));
}

/** Seed file names (e.g. "000_19e0c233b109b6a5.txt"), or [] when ../shared is missing. */
export function seedNames(): string[] {
  return sharedAvailable() ? readdirSync(join(SHARED_DIR, 'seeds')).filter((name) => name.endsWith('.txt')).sort() : [];
}

/** A seed's text by its name or its 3-digit prefix ("003"). */
export function seedText(nameOrPrefix: string): string {
  const name = seedNames().find((candidate) => candidate === nameOrPrefix || candidate.startsWith(nameOrPrefix + '_'));
  if (!name) {
    throw new Error(`no seed ${nameOrPrefix} in ${SHARED_DIR}/seeds`);
  }
  return readFileSync(join(SHARED_DIR, 'seeds', name), 'utf8');
}

/** Options for node:test: skip (with the reason printed) when ../shared is not there. */
export function needsShared(): { skip: string | false } {
  return { skip: sharedAvailable() ? false : SHARED_MISSING_MESSAGE };
}
