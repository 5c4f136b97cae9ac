// node scripts/attribution-errors.mjs PRED.jsonl [--split train|dev] [--show CLASS] [--limit N]
// Error analysis of speaker attribution on PolNeAR (../shared/data/polnear/dev): every quoted gold entry that our
// quotes overlap and that has a gold source, classified by the error classes of issue 12 (counts per class; with
// --show, examples of one class). The quotes themselves (false positives and negatives): scripts/quote-errors.mjs.
// Study errors on the train split only; read the dev split's counts only as a held-out measure.
import { articleText, openPolnear, overlaps } from './lib/polnear.mjs';

const { split, show, limit, gold, predicted } = openPolnear('node scripts/attribution-errors.mjs PRED.jsonl [--split train|dev] [--show CLASS] [--limit N]');

const PLURAL = /^(they|we|them|us)$/i;
const PERSONAL = /^(he|she|i|him|her|his)$/i;
const RELATIVE = /^(who|which|that|whom)$/i;
const WRITING = /\b(tweet|wr[io]te|written|writes|e-?mail|post|text|statement|blog|message|letter|op-ed|column|essay|memo|facebook|release)/i;
const TIME = /\b(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|month|year|summer|winter|spring|fall|autumn|morning|evening|night|\d{4})\b/i;
const ADDRESSEE = /\b(told|tells|telling|to|with|asked|asks)\s*$/i;

/** The error class of one wrong attribution, tried in the order of specificity. */
function classify(text, goldEntry, speaker) {
  const source = goldEntry.source;
  const cue = goldEntry.cue;
  const said = speaker ? text.slice(speaker.start, speaker.end) : '';
  if (!speaker) {
    return `no speaker: ${goldClass(text, goldEntry)}`;
  }
  const before = text.slice(Math.max(0, speaker.start - 30), speaker.start);
  if (ADDRESSEE.test(before) && (!cue || speaker.start > cue.start)) {
    return 'object of told/wrote to';
  }
  if (TIME.test(said) || /^(who|which|that)$/i.test(said) || /^\p{Lu}\p{Ll}+(an|ic|ish)$/u.test(said)) {
    return 'non-person mention';
  }
  return goldClass(text, goldEntry, speaker);
}

/** The class of an attribution by its gold source and cue. */
function goldClass(text, goldEntry, speaker = null) {
  const { source, cue } = goldEntry;
  if (RELATIVE.test(source.text.trim())) {
    return 'relative pronoun source';
  }
  if (PLURAL.test(source.text.trim())) {
    return 'plural pronoun';
  }
  if (PERSONAL.test(source.text.trim())) {
    return 'pronoun agreement/previous speaker';
  }
  if (cue && WRITING.test(cue.text)) {
    return 'writing/posting verb';
  }
  if (cue && cue.start < source.start && source.start - cue.end < 4) {
    return 'inverted subject';
  }
  if (!/\p{Lu}/u.test(source.text[0] ?? '') || /^(the|a|an|one|another)\b/i.test(source.text)) {
    return 'descriptive subject';
  }
  if (cue && source.end < cue.start && /,/.test(text.slice(source.end, cue.start))) {
    return 'apposition';
  }
  if (/^\p{Ll}/u.test(text.slice(Math.max(0, source.start - 25), source.start).trim().split(/\s+/).pop() ?? '')) {
    return 'role premodifier';
  }
  if (text.lastIndexOf('\n', goldEntry.start) < 0 || text.slice(text.lastIndexOf('\n', goldEntry.start) + 1, goldEntry.start).length < 2) {
    return 'headline/paragraph start';
  }
  if (speaker && speaker.start > goldEntry.start && speaker.end < goldEntry.end) {
    return 'reported speech nesting';
  }
  return 'other';
}

const counts = new Map();
const shown = [];
let total = 0;
let correct = 0;
for (const doc of gold) {
  const text = articleText(doc.id);
  const quotes = predicted.get(doc.id)?.quotes ?? [];
  const quoted = doc.quotes.filter((entry) => entry.quoted);
  const pieces = (entry) => entry.fragments ?? [entry];
  for (const entry of quoted) {
    if (!entry.source) {
      continue;
    }
    const match = quotes.find((quote) => pieces(entry).some((piece) => overlaps(piece, quote)));
    if (!match) {
      continue;
    }
    total++;
    const speaker = match.speaker && match.speaker.end > match.speaker.start ? match.speaker : null;
    const sources = entry.source.fragments ?? [entry.source];
    if (speaker && sources.some((piece) => overlaps(piece, speaker))) {
      correct++;
      continue;
    }
    const kind = classify(text, entry, speaker);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    if (kind === show && shown.length < limit) {
      const from = Math.max(0, Math.min(entry.start, entry.source.start, speaker?.start ?? Infinity) - 120);
      const to = Math.min(text.length, Math.max(entry.source.end, entry.cue?.end ?? 0, speaker?.end ?? 0) + 40, from + 900);
      const marked = [...text.slice(from, to)].map((ch, k) => {
        const at = from + k;
        let out = ch === '\n' ? '⏎' : ch;
        if (at === entry.source.start) out = `{G:${out}`;
        if (speaker && at === speaker.start) out = `<P:${out}`;
        if (at + 1 === entry.source.end) out += '}';
        if (speaker && at + 1 === speaker.end) out += '>';
        return out;
      }).join('');
      shown.push(`${doc.id} (${speaker ? speaker.name : 'none'})\n   …${marked}…`);
    }
  }
}
console.log(`${split}: ${correct}/${total} strict (${(correct / total).toFixed(3)}); errors by class:`);
for (const [kind, count] of [...counts].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${kind.padEnd(36)} ${count}`);
}
for (const example of shown) {
  console.log(`\n${example}`);
}
