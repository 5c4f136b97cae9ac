// Responsiveness of the language server while long work runs in its worker pool: how long a hover waits while the
// server exports a 3 MB folder (three 1 MB articles among 30 short ones, to JSONL, CoNLL and brat) and while it
// indexes a hostile folder (a 10 MB article, 300,000 nested quotes), against the same hovers on the idle server
// measured in the same run. The unit tests check only that hovers are answered meanwhile; the waits are here.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from '../lib/benchServer.mjs';

const TARGET_MS = 200;
const OPEN_TEXT = 'Ferry strike\n\n“We will not sail,” said union leader Mira Holt on Tuesday. Fares rose by half.\n';
const HOVER_AT = { line: 2, character: OPEN_TEXT.split('\n')[2].indexOf('Mira') + 1 };

/** An invented article of about `bytes`: one quote, speaker and date per paragraph. */
function longArticle(bytes, title) {
  const names = ['Ilse Varga', 'Tomas Reed', 'Mira Holt', 'Oskar Lind'];
  let text = `${title}\n\n`;
  for (let i = 0; text.length < bytes; i++) {
    text += `“The pier ${i} will reopen in spring,” said ${names[i % names.length]}, the harbour engineer, on Tuesday ${(i % 28) + 1} May.\n\n`;
  }
  return text;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Hovers every 100 ms while `busy()` holds (at least `minimum`), each one's wait in ms. */
async function hoverWaits(connection, uri, busy, minimum = 1) {
  const waits = [];
  while (waits.length < minimum || busy()) {
    const sent = performance.now();
    await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: HOVER_AT });
    waits.push(performance.now() - sent);
    await new Promise((done) => setTimeout(done, 100));
  }
  return waits;
}

/** Starts the server on `folder` and opens a short article there. */
async function serverWithOpenArticle(folder) {
  writeFileSync(join(folder, 'open.txt'), OPEN_TEXT);
  const server = startServer(folder);
  const uri = pathToFileURL(join(folder, 'open.txt')).href;
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'byline-article', version: 1, text: OPEN_TEXT } });
  return { server, uri };
}

const report = (what, waits, idle) =>
  console.log(
    `  ${what.padEnd(40)} ${String(waits.length).padStart(4)} hovers, median ${median(waits).toFixed(1)} ms, longest ${Math.max(...waits).toFixed(0)} ms` +
      (idle ? ` (${(Math.max(...waits) / Math.max(...idle)).toFixed(1)}× the idle longest)` : ''),
  );

const work = mkdtempSync(join(tmpdir(), 'byline-bench-responsiveness-'));
try {
  // ---- export ----
  const corpus = join(work, 'corpus');
  mkdirSync(corpus);
  for (let i = 0; i < 30; i++) {
    writeFileSync(join(corpus, `story-${String(i).padStart(2, '0')}.txt`), `Bakery ${i} wins prize\n\n“Flour is everything,” said owner Tomas Reed on Sunday ${i + 1} May.\n`);
    if (i % 10 === 4) {
      writeFileSync(join(corpus, `story-${String(i).padStart(2, '0')}-long.txt`), longArticle(1_000_000, `Pier ${i} overrun again`));
    }
  }
  const exporting = await serverWithOpenArticle(corpus);
  await exporting.server.ready;
  const idle = await hoverWaits(exporting.server.connection, exporting.uri, () => false, 30);
  let running = true;
  const started = performance.now();
  const exported = exporting.server.connection
    .sendRequest('byline/export', { formats: ['jsonl', 'conll', 'brat'], destination: join(work, 'exported') })
    .finally(() => (running = false));
  const duringExport = await hoverWaits(exporting.server.connection, exporting.uri, () => running);
  const result = await exported;
  const exportSeconds = (performance.now() - started) / 1000;
  await exporting.server.stop();

  // ---- index ----
  const hostile = join(work, 'hostile');
  mkdirSync(hostile);
  writeFileSync(join(hostile, 'huge.txt'), longArticle(10_000_000, 'Harbour works overrun again'));
  writeFileSync(join(hostile, 'nested.txt'), '“'.repeat(300_000) + '”'.repeat(300_000));
  let indexing = true;
  const indexed = await serverWithOpenArticle(hostile);
  indexed.server.ready.then(() => (indexing = false));
  const indexStarted = performance.now();
  const duringIndex = await hoverWaits(indexed.server.connection, indexed.uri, () => indexing);
  const indexSeconds = (performance.now() - indexStarted) / 1000;
  await indexed.server.stop();

  console.log('hover on a short open article (the wait from request to answer):');
  report('idle server', idle);
  report(`while exporting (${result.documents} documents, ${exportSeconds.toFixed(1)} s)`, duringExport, idle);
  report(`while indexing (${indexSeconds.toFixed(1)} s)`, duringIndex, idle);
  const longest = Math.max(...duringExport, ...duringIndex);
  console.log(`  target: every hover < ${TARGET_MS} ms — ${longest < TARGET_MS ? 'met' : 'NOT met'} (longest ${longest.toFixed(0)} ms)`);
  console.log(`  machine load average: ${loadavg().map((x) => x.toFixed(1)).join(' ')} (wall times grow with it)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
