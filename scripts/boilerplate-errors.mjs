// node scripts/boilerplate-errors.mjs PRED.jsonl [--show CLASS] [--limit N] [--doc ID]
// Error analysis of the boilerplate stage on ../shared/data/boilerplate/dev: every gold line we get wrong, as
// "body called furniture" (with the kind we gave it) or "furniture called body", classified by where the line
// stands relative to the page's main text block and by its shape. Prints counts per class; with --show, examples
// of one class; with --doc, every line of one page with gold and predicted labels.
// PRED from: node dist/cli.js analyze ../shared/data/boilerplate/dev/texts --jsonl > PRED.jsonl
// The pages are a dev set (no train split): read the classes to find general causes, never to fit one page.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(process.env.BYLINE_SHARED ?? resolve(root, '..', 'shared'), 'data', 'boilerplate', 'dev');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const predPath = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!predPath || !existsSync(join(data, 'gold.jsonl'))) {
  console.error('usage: node scripts/boilerplate-errors.mjs PRED.jsonl [--show CLASS] [--limit N] [--doc ID]');
  console.error(`(needs the boilerplate dev set at ${data}; PRED from: node dist/cli.js analyze ${data}/texts --jsonl)`);
  process.exit(2);
}
const show = option('--show', null);
const limit = Number(option('--limit', '20'));
const onlyDoc = option('--doc', null);

const readJsonl = (path) => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const gold = readJsonl(join(data, 'gold.jsonl'));
const predicted = new Map(readJsonl(predPath).map((doc) => [doc.id, doc]));

/** Predicted kind of a line (the scorer's rule: ≥ 50% of its non-space code points covered), or null for body. */
function predictedKinds(cps, lines, spans) {
  const kinds = new Array(cps.length).fill(null);
  for (const span of spans) {
    for (let i = span.start; i < Math.min(span.end, cps.length); i++) {
      kinds[i] = span.kind ?? 'boilerplate';
    }
  }
  return lines.map((line) => {
    let visible = 0;
    const covered = new Map();
    for (let i = line.start; i < line.end; i++) {
      if (!/\s/u.test(cps[i])) {
        visible++;
        if (kinds[i]) {
          covered.set(kinds[i], (covered.get(kinds[i]) ?? 0) + 1);
        }
      }
    }
    const total = [...covered.values()].reduce((a, b) => a + b, 0);
    if (!visible || total * 2 < visible) {
      return null;
    }
    return [...covered.entries()].sort((a, b) => b[1] - a[1])[0][0];
  });
}

/** Shape of a line: what kind of text it is, from its words and punctuation alone. */
function shape(text) {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (/^(?:[-*•·▪◦]|\d{1,2}[.)])\s/u.test(text)) {
    return 'list-item';
  }
  if (/[.!?]["”’)]*$/.test(text) && words >= 6) {
    return words >= 18 ? 'long-sentence' : 'short-sentence';
  }
  if (/:$/.test(text)) {
    return 'lead-in';
  }
  if (words <= 3) {
    return 'label';
  }
  return /[.!?]["”’)]*$/.test(text) ? 'short-sentence' : 'fragment';
}

const counts = new Map();
const examples = new Map();
let bodyLines = 0;
let furnitureLines = 0;
for (const doc of gold) {
  if (onlyDoc && doc.id !== onlyDoc) {
    continue;
  }
  const cps = [...readFileSync(join(data, 'texts', `${doc.id}.txt`), 'utf8')];
  const kinds = predictedKinds(cps, doc.lines, predicted.get(doc.id)?.boilerplate ?? []);
  const calledBody = doc.lines.map((_, k) => kinds[k] === null);
  const firstBody = calledBody.indexOf(true);
  const lastBody = calledBody.lastIndexOf(true);
  const goldBody = doc.lines.map((line) => line.label === 'body');
  const goldFirst = goldBody.indexOf(true);
  const goldLast = goldBody.lastIndexOf(true);
  doc.lines.forEach((line, k) => {
    const text = cps.slice(line.start, line.end).join('');
    const isBody = line.label === 'body';
    if (onlyDoc) {
      const mark = isBody === calledBody[k] ? '  ' : isBody ? 'B!' : 'F!';
      console.log(`${String(line.line).padStart(4)} ${mark} ${(kinds[k] ?? 'body').padEnd(13)} ${text.slice(0, 110)}`);
      return;
    }
    if (isBody) {
      bodyLines++;
    } else {
      furnitureLines++;
    }
    if (isBody === calledBody[k]) {
      return;
    }
    // Where the line stands: inside the text block we kept, or before/after it (relative to the gold body too).
    const where = firstBody < 0 ? 'no-body-found' : k < firstBody ? 'before-block' : k > lastBody ? 'after-block' : 'in-block';
    const goldWhere = k < goldFirst ? 'gold-before' : k > goldLast ? 'gold-after' : 'gold-inside';
    const name = isBody ? `body→${kinds[k]} ${where} ${shape(text)}` : `furniture→body ${where} ${goldWhere} ${shape(text)}`;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (!examples.has(name)) {
      examples.set(name, []);
    }
    examples.get(name).push(`${doc.id.slice(0, 8)}:${line.line} ${text.slice(0, 140)}`);
  });
}
if (onlyDoc) {
  process.exit(0);
}
const rows = [...counts.entries()].sort((a, b) => b[1] - a[1]);
const lost = rows.filter(([name]) => name.startsWith('body→')).reduce((a, [, n]) => a + n, 0);
const kept = rows.filter(([name]) => name.startsWith('furniture→')).reduce((a, [, n]) => a + n, 0);
console.log(`gold body lines ${bodyLines}, furniture lines ${furnitureLines}`);
console.log(`body called furniture ${lost}, furniture called body ${kept}`);
for (const [name, n] of rows) {
  if (!show || name.includes(show)) {
    console.log(`${String(n).padStart(5)}  ${name}`);
    if (show) {
      for (const example of examples.get(name).slice(0, limit)) {
        console.log(`         ${example}`);
      }
    }
  }
}
