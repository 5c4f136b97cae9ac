// Language server speed: on a generated 1 MB article — full semantic tokens, hover, and the latency from a
// one-character edit to fresh tokens (didChange + semanticTokens/full/delta), against re-analysing the whole
// document; then the server's RSS with 10,000 generated workspace files indexed. Spawns dist/server.js --stdio.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from '../lib/benchCorpus.mjs';
import { cpuMs, startServer } from '../lib/benchServer.mjs';

const require = createRequire(import.meta.url);
const { analyze } = require(join(root, 'dist', 'core.js'));
const FILES = Number(process.env.BYLINE_BENCH_FILES ?? 10_000);

// ---- invented article text --------------------------------------------------------------------------------------
const first = ['Ada', 'Bruno', 'Carla', 'Dmitri', 'Esther', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Keiko', 'Lars', 'Mira', 'Nils', 'Olga', 'Pavel'];
const last = ['Aldana', 'Brask', 'Corvin', 'Dunmore', 'Eskel', 'Falk', 'Gorran', 'Hollis', 'Ivers', 'Jessop', 'Kettle', 'Lindqvist', 'Morrow', 'Nyland', 'Orsk', 'Pellew'];
const roles = ['the harbour master', 'a council spokesperson', 'the transport minister', 'a local shopkeeper', 'the union secretary'];
const days = ['Monday', 'Tuesday', 'last week', 'on 4 May 2025', 'yesterday', 'in March', 'next year'];
let seed = 7;
const random = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
const pick = (list) => list[random(list.length)];
const person = (i) => `${first[i % first.length]} ${last[Math.floor(i / first.length) % last.length]}${i >= 256 ? ` ${String.fromCharCode(65 + (i % 26))}.` : ''}`;

function paragraph(people) {
  const name = pick(people);
  const surname = name.split(' ')[1];
  switch (random(4)) {
    case 0:
      return `"We will not accept a plan that ignores the harbour workers," said ${name}, ${pick(roles)}. "The vote ${pick(days)} changes nothing."`;
    case 1:
      return `${name} told reporters ${pick(days)} that the council had "no credible alternative" and that repairs would cost more each year.`;
    case 2:
      return `Residents gathered outside the hall ${pick(days)}. “It feels like nobody listens,” ${surname} said, adding that she would write to the ministry.`;
    default:
      return `The committee met again ${pick(days)} to discuss the budget, which has grown by a third since the first estimate.`;
  }
}

function article(title, people, bytes) {
  let text = `${title}\n\nBy ${pick(people)} | The Estuary Gazette\nPublished: 12 May 2025\n\n`;
  while (text.length < bytes) {
    text += paragraph(people) + '\n\n';
  }
  return text + 'Share this article\n© 2025 The Estuary Gazette\n';
}

const now = () => performance.now();
let onRefresh = () => undefined;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(1)} ms`;
function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

const work = mkdtempSync(join(tmpdir(), 'byline-lsp-bench-'));
try {
  // ---- 1 MB document ----
  const people = Array.from({ length: 40 }, (_, i) => person(i * 7));
  const big = article('Harbour council splits over the estuary barrier', people, 1_000_000);
  const bigDir = join(work, 'big');
  mkdirSync(bigDir);
  const server = startServer(bigDir, { settings: { maxIndexedFiles: 50_000 }, onRefresh: () => onRefresh() });
  await server.ready;
  const uri = pathToFileURL(join(bigDir, 'big.txt')).href;
  const { connection } = server;
  let version = 1;
  let text = big;
  // A large document opens with a quick reduced analysis; the full one follows in the worker and the server then
  // asks for a token refresh. The workspace index asks for refreshes too, so the full analysis is the first refresh
  // after which the document has more tokens than its reduced analysis gave. The figures below are taken on it.
  const nextRefresh = () => new Promise((resolve) => {
    onRefresh = resolve;
  });
  let refreshed = nextRefresh();
  let started = now();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
  const reduced = await connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
  const firstTokens = now() - started;
  let tokens = reduced;
  const giveUp = started + 600_000;
  while (tokens.data.length <= reduced.data.length && now() < giveUp) {
    await refreshed;
    refreshed = nextRefresh();
    tokens = await connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
  }
  const firstFull = now() - started;
  const fullTokens = [];
  let cpu = cpuMs(server.child.pid);
  for (let i = 0; i < 5; i++) {
    started = now();
    tokens = await connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
    fullTokens.push(now() - started);
  }
  const fullTokensCpu = (cpuMs(server.child.pid) - cpu) / 5;
  const lineCount = text.split('\n').length;
  const hovers = [];
  const hoverCpuStart = cpuMs(server.child.pid);
  for (let i = 0; i < 50; i++) {
    const line = 6 + 2 * random(Math.floor((lineCount - 10) / 2));
    started = now();
    await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 3 } });
    hovers.push(now() - started);
  }
  const hoverCpu = (cpuMs(server.child.pid) - hoverCpuStart) / hovers.length;
  // One-character edits, each after the server settled the previous one (its full analysis done in the worker),
  // as when an annotator fixes something and pauses; then a burst of typing at one place without pauses.
  let resultId = tokens.resultId;
  const editAt = async (line, character) => {
    let offset = 0;
    for (let l = 0; l < line; l++) offset = text.indexOf('\n', offset) + 1;
    text = text.slice(0, offset + character) + 'x' + text.slice(offset + character);
    const t = now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }],
    });
    const delta = await connection.sendRequest('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: resultId });
    resultId = delta.resultId;
    return now() - t;
  };
  const edits = [];
  cpu = cpuMs(server.child.pid);
  let editCpuTotal = 0;
  for (let i = 0; i < 3; i++) {
    const settled = new Promise((resolve) => (onRefresh = resolve));
    const before = cpuMs(server.child.pid);
    edits.push(await editAt(20 + 2 * random(Math.floor((lineCount - 40) / 2)), 5));
    editCpuTotal += cpuMs(server.child.pid) - before;
    await settled;
    await connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }).then((r) => (resultId = r.resultId));
  }
  const burst = [];
  const burstLine = 20 + 2 * random(Math.floor((lineCount - 40) / 2));
  const burstCpuStart = cpuMs(server.child.pid);
  for (let i = 0; i < 20; i++) {
    burst.push(await editAt(burstLine, 5 + i));
  }
  const burstCpu = (cpuMs(server.child.pid) - burstCpuStart) / burst.length;
  const editCpu = editCpuTotal / edits.length;
  const analyses = [1, 2, 3].map(() => {
    const t = now();
    analyze(text);
    return now() - t;
  });
  await server.stop();
  const edit = median(edits);
  const full = median(analyses);
  console.log(`1 MB article (${(Buffer.byteLength(big) / 1e6).toFixed(2)} MB, ${tokens.data.length / 5} tokens):`);
  console.log(`  first semantic tokens (reduced analysis): ${ms(firstTokens)}; full analysis in the worker after ${ms(firstFull)}`);
  console.log(`  full semantic tokens (analysed):        ${ms(median(fullTokens))} median of 5, server main-thread CPU ${ms(fullTokensCpu)} each (target < 150 ms)`);
  console.log(`  hover:                                  ${ms(median(hovers))} median of 50, server main-thread CPU ${ms(hoverCpu)} each (target < 5 ms)`);
  console.log(`  one-character edit → fresh tokens:      ${ms(edit)} median of 3, server main-thread CPU ${ms(editCpu)} each (target < 30 ms)`);
  console.log(`  typing burst, 20 characters, each:      ${ms(median(burst))} median, server main-thread CPU ${ms(burstCpu)} each`);
  console.log(`  re-analysing the whole document:        ${ms(full)} median of 3 (in-process analyze())`);
  console.log(`  ratio edit-to-tokens / full re-analysis: ${(edit / full).toFixed(3)} (${(full / edit).toFixed(0)}× faster)`);
  console.log(`  machine load average: ${loadavg().map((x) => x.toFixed(1)).join(' ')} (wall times grow with it)`);

  // ---- workspace of 10,000 files ----
  const wsDir = join(work, 'workspace');
  const crowd = Array.from({ length: 3000 }, (_, i) => person(i));
  for (let i = 0; i < FILES; i++) {
    const dir = join(wsDir, `d${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(dir, { recursive: true });
    const cast = [pick(crowd), pick(crowd), pick(crowd)];
    writeFileSync(join(dir, `a${i}.txt`), article(`Story ${i} about the estuary`, cast, 900 + random(1200)));
  }
  const indexed = startServer(wsDir, { settings: { maxIndexedFiles: 50_000 } });
  started = now();
  const status = await indexed.ready;
  const seconds = (now() - started) / 1000;
  const symbols = await indexed.connection.sendRequest('workspace/symbol', { query: 'aldana' });
  started = now();
  const speakers = await indexed.connection.sendRequest('byline/workspaceSpeakers', {});
  const viewMs = now() - started;
  const rss = rssMb(indexed.child.pid);
  await indexed.stop();
  console.log(`workspace index: ${status.indexedFiles} files indexed in ${seconds.toFixed(1)} s, ${speakers.speakers.length} speakers`);
  console.log(`  server RSS: ${rss.toFixed(0)} MB (target < 250 MB)`);
  console.log(`  workspace symbols "aldana": ${symbols.length} results; speakers view: ${ms(viewMs)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
