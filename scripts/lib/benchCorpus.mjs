// The texts the speed figures are measured on, shared by `npm run bench` and scripts/compare-builds.mjs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const sharedDir = process.env.BYLINE_SHARED ?? resolve(root, '..', 'shared');
const SHARED_TEXTS = ['data/polnear/dev/texts', 'data/timex/dev/texts', 'data/boilerplate/dev/texts'];

const readTexts = (dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));

/** ≥ 1,000 news articles: the ../shared dev texts when present, otherwise articles generated from our samples/. */
export function loadCorpus() {
  const dirs = SHARED_TEXTS.map((d) => join(sharedDir, d)).filter(existsSync);
  const texts = dirs.flatMap(readTexts);
  if (texts.length >= 1000) {
    return { texts, source: `${texts.length} articles from ../shared/data` };
  }
  const samples = readTexts(join(root, 'samples'));
  const generated = Array.from({ length: 1000 }, (_, i) => samples[i % samples.length].replaceAll('Port Wren', `Port ${i}`));
  return { texts: generated, source: `1000 articles generated from samples/ (../shared missing)` };
}

export const megabytes = (texts) => texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1e6;

/** One 1 MB file made of the corpus's articles one after another. */
export function bigArticle(texts) {
  let big = '';
  for (let i = 0; big.length < 1_000_000; i++) big += texts[i % texts.length] + '\n\n';
  return big.slice(0, 1_000_000);
}
