import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Ajv from 'ajv';
import { buildRecord } from '../../server/src/export/buildRecord';
import { CONLL_COLUMNS_LINE, CONLL_LAYERS, renderConll, toConllSentences } from '../../server/src/export/formats/conll';
import { toClaimReviews, toSpansLine } from '../../server/src/export/formats/simple';
import { toAnnotationPage, ANNO_CONTEXT } from '../../server/src/export/formats/webAnnotation';
import { DEFAULT_EXPORT_OPTIONS, type DocumentAnnotations, type ExportOptions } from '../../server/src/export/options';
import type { CorpusRecord } from '../../server/src/export/record';
import { codePointSlice, ferryAnalysis, find, readJson, SCHEMAS } from '../helpers/exportFixtures';

const ajv = new Ajv({ allErrors: true, strict: true });
const validateCorpus = ajv.compile(readJson(join(SCHEMAS, 'byline-corpus-2.schema.json')));

function claims(text: string): DocumentAnnotations {
  return {
    corrections: [{ action: 'add', layer: 'date', span: find(text, 'twice a day'), value: 'P1D' }],
    claims: [
      {
        span: find(text, 'the 💶 budget is too small'),
        label: 'check-worthy claim',
        attributes: { claimant: 'Critics', verdict: 'mostly false', note: 'budget rose 4%' },
        creator: 'Ana',
        created: '2026-03-04T10:00:00.000Z',
      },
      { span: find(text, 'We will start in May'), label: 'prediction', attributes: {} },
    ],
    orphans: 2,
  };
}

function record(options: Partial<ExportOptions> = {}): CorpusRecord {
  const analysis = ferryAnalysis();
  return buildRecord({ id: 'ferry', path: 'ferry-emoji-crlf.txt' }, analysis, { ...DEFAULT_EXPORT_OPTIONS, ...options }, claims(analysis.text));
}

/** Every {start,end,text} piece of a record must be the code-point slice of its text. */
function assertPiecesMatch(r: CorpusRecord): number {
  let checked = 0;
  const check = (piece: { start: number; end: number; text: string } | null): void => {
    if (piece) {
      assert.equal(codePointSlice(r.text, piece.start, piece.end), piece.text, `offsets ${piece.start}-${piece.end}`);
      checked++;
    }
  };
  r.quotes.forEach((quote) => [quote, quote.cue, quote.speakerMention].forEach(check));
  r.speakers.forEach((speaker) => speaker.mentions.forEach(check));
  [...r.dates, ...r.boilerplate, ...r.claims].forEach(check);
  return checked;
}

test('native record validates against byline-corpus-2 and keeps code-point offsets over emoji and CRLF', () => {
  const r = record();
  assert.ok(validateCorpus(r), ajv.errorsText(validateCorpus.errors));
  assert.ok(assertPiecesMatch(r) >= 10);
  // One astral character (the ship) precedes the first quote: its code-point offset is one less than UTF-16's.
  assert.equal(r.quotes[0].start, r.text.indexOf('We will') - 1);
  // The second quote crosses a CRLF, which counts as two code points.
  assert.equal(r.quotes[1].text, 'The ferry\r\nwill run twice a day.');
  assert.equal(r.quotes[1].end - r.quotes[1].start, 'The ferry\r\nwill run twice a day.'.length);
  assert.equal(r.sha256, r.source.sha256);
  assert.equal(r.metadata.title, 'Harbour council backs new ferry 🚢 route');
  assert.equal(r.stats.orphans, 2);
});

test('claims carry their attributes, corrections mark provenance, quotes link to their speaker', () => {
  const r = record();
  assert.deepEqual(
    r.claims.map((claim) => [claim.label, claim.provenance, claim.attributes.verdict ?? null]),
    [
      ['prediction', 'manual', null],
      ['check-worthy claim', 'manual', 'mostly false'],
    ],
  );
  assert.equal(r.claims[1].creator, 'Ana');
  assert.equal(r.speakers[0].name, 'Ilse Varga');
  assert.deepEqual(r.quotes.map((quote) => quote.speaker), ['s1', 's1']);
  assert.equal(r.quotes[0].speakerMention?.text, 'Mayor Ilse Varga');
  // A date correction overlapping an automatic date would make it "corrected"; none overlaps here.
  assert.deepEqual(r.dates.map((date) => date.provenance), ['automatic', 'automatic']);
});

test('leaving out automatic annotations keeps only manual and corrected ones', () => {
  const r = record({ automatic: false });
  assert.equal(r.quotes.length, 0);
  assert.equal(r.dates.length, 0);
  assert.equal(r.boilerplate.length, 0);
  assert.equal(r.claims.length, 2);
  assert.ok(validateCorpus(r), ajv.errorsText(validateCorpus.errors));
});

test('the label set limits the layers', () => {
  const r = record({ layers: new Set(['quote', 'claim'] as const) });
  assert.equal(r.quotes.length, 2);
  assert.equal(r.speakers.length, 0);
  assert.equal(r.quotes[0].speaker, null);
  assert.equal(r.dates.length, 0);
  assert.ok(validateCorpus(r), ajv.errorsText(validateCorpus.errors));
});

test('dropping boilerplate removes whole lines and offsets refer to the shortened text', () => {
  const full = record();
  const r = record({ dropBoilerplate: true });
  assert.ok(validateCorpus(r), ajv.errorsText(validateCorpus.errors));
  assert.ok(!r.text.includes('By Ana Pell'));
  assert.ok(!r.text.includes('Read more'));
  assert.ok(!r.text.includes('\r\n\r\n\r\n'), 'the removed line takes its line break with it');
  assert.equal(r.boilerplate.length, 0);
  assert.equal(r.removed.length, 2);
  assert.notEqual(r.sha256, r.source.sha256);
  assert.equal(r.source.sha256, full.source.sha256);
  assertPiecesMatch(r);
  assert.equal(r.quotes[0].text, full.quotes[0].text);
  assert.ok(r.quotes[0].start < full.quotes[0].start);
  // The removed ranges are source code points: cutting them out of the source gives the exported text.
  const source = Array.from(full.text);
  const kept = source.filter((_, index) => !r.removed.some((span) => span.start <= index && index < span.end)).join('');
  assert.equal(kept, r.text);
});

test('W3C Web Annotation page: JSON-LD context, TextQuote + TextPosition selectors that agree', () => {
  const r = record();
  const page = toAnnotationPage(r) as { '@context': string; type: string; items: Record<string, unknown>[] };
  const validatePage = ajv.compile(readJson(join(SCHEMAS, '..', 'test', 'fixtures', 'export', 'web-annotation-page.schema.json')));
  assert.ok(validatePage(page), ajv.errorsText(validatePage.errors));
  assert.equal(page['@context'], ANNO_CONTEXT);
  assert.equal(page.items.length, r.quotes.length + 1 + r.dates.length + r.boilerplate.length + r.claims.length);
  for (const item of page.items) {
    const target = item.target as { selector: [{ exact: string; prefix: string; suffix: string }, { start: number; end: number }] };
    const [quote, position] = target.selector;
    assert.equal(codePointSlice(r.text, position.start, position.end), quote.exact);
    assert.equal(codePointSlice(r.text, position.start - Array.from(quote.prefix).length, position.start), quote.prefix);
    assert.equal(codePointSlice(r.text, position.end, position.end + Array.from(quote.suffix).length), quote.suffix);
  }
  const claim = page.items.find((item) => (item.body as { value: string }[]).some((body) => body.value === 'mostly false'));
  assert.equal(claim?.motivation, 'classifying');
});

test('span JSONL has code-point offsets and the chosen labels', () => {
  const r = record();
  const line = toSpansLine(r, { claimLabels: true });
  const validateSpans = ajv.compile(readJson(join(SCHEMAS, '..', 'test', 'fixtures', 'export', 'spans.schema.json')));
  assert.ok(validateSpans(line), ajv.errorsText(validateSpans.errors));
  const labels = new Set(line.spans.map((span) => span.label));
  assert.deepEqual([...labels].sort(), ['Boilerplate', 'Check-worthy_claim', 'Date', 'Prediction', 'Quote', 'Speaker']);
  const budget = line.spans.find((span) => span.label === 'Check-worthy_claim');
  assert.equal(codePointSlice(line.text, budget!.start, budget!.end), 'the 💶 budget is too small');
  assert.ok(toSpansLine(r, { claimLabels: false }).spans.some((span) => span.label === 'Claim'));
});

test('span JSONL imports into doccano: its default "label" column holds [start, end, label] triples, the same spans', () => {
  const line = toSpansLine(record(), { claimLabels: false });
  assert.ok(line.spans.length > 3);
  assert.deepEqual(
    line.label,
    line.spans.map((span) => [span.start, span.end, span.label]),
  );
  assert.ok(line.label.every(([start, end]) => start < end), 'doccano refuses an empty span');
});

test('CoNLL: token, start, end, then one valid IOB2 column per layer, so nesting survives', () => {
  const r = record();
  const sentences = toConllSentences(r, { claimLabels: false });
  for (const sentence of sentences) {
    for (const layer of CONLL_LAYERS) {
      let previous = 'O';
      for (const token of sentence) {
        const tag = token.tags[layer];
        assert.equal(codePointSlice(r.text, token.start, token.end), token.token);
        assert.match(tag, /^(O|[BI]-[A-Za-z_-]+)$/u);
        if (tag.startsWith('I-')) {
          assert.ok(previous !== 'O' && previous.slice(2) === tag.slice(2), `${layer} ${token.token}: ${previous} → ${tag}`);
        }
        previous = tag;
      }
    }
  }
  const flat = sentences.flat();
  // The first quote opens with "We will start in May", a claim; "May" is a date inside the claim: each keeps its column.
  const we = flat.findIndex((token) => token.token === 'We');
  assert.deepEqual(
    flat.slice(we, we + 6).map((token) => `${token.token}/${token.tags.quote}/${token.tags.claim}/${token.tags.date}`),
    ['We/B-Quote/B-Claim/O', 'will/I-Quote/I-Claim/O', 'start/I-Quote/I-Claim/O', 'in/I-Quote/I-Claim/O', 'May/I-Quote/I-Claim/B-Date', ',/I-Quote/O/O'],
  );
  // one chunk per quote and line (the second quote crosses a line break), however many claims or dates lie inside
  const chunks = flat.filter((token) => token.tags.quote.startsWith('B-')).length;
  assert.equal(r.quotes.length, 2);
  assert.equal(chunks, 3);
  const cueTokens = flat.filter((token) => token.tags.cue !== 'O').map((token) => token.token);
  // both quotes share one "said"
  const cues = new Map(r.quotes.flatMap((quote) => (quote.cue ? [[quote.cue.start, quote.cue.text] as const] : [])));
  assert.deepEqual(cueTokens, [...cues.values()].flatMap((cue) => cue.split(/\s+/u)));
  const text = renderConll(r, { claimLabels: false });
  for (const line of text.split('\n')) {
    assert.ok(line === '' || line.startsWith('# ') || line.split('\t').length === 3 + CONLL_LAYERS.length, JSON.stringify(line));
  }
  assert.equal(CONLL_COLUMNS_LINE, '# global.columns = FORM START END QUOTE SPEAKER CUE DATE BOILERPLATE CLAIM\n');
});

test('ClaimReview only for claims with a verdict', () => {
  const reviews = toClaimReviews(record());
  assert.equal(reviews.length, 1);
  const review = reviews[0] as { '@type': string; claimReviewed: string; reviewRating: { alternateName: string }; itemReviewed: { author: { name: string } } };
  assert.equal(review['@type'], 'ClaimReview');
  assert.equal(review.claimReviewed, 'the 💶 budget is too small');
  assert.equal(review.reviewRating.alternateName, 'mostly false');
  assert.equal(review.itemReviewed.author.name, 'Critics');
});

test('a corrected span carries its corrector: creator in the record, W3C creator in the Web Annotation page', () => {
  const analysis = ferryAnalysis();
  const quote = analysis.quotes[0];
  const span = { start: quote.start, end: quote.end };
  const r = buildRecord({ id: 'ferry', path: 'ferry-emoji-crlf.txt' }, analysis, DEFAULT_EXPORT_OPTIONS, {
    corrections: [{ action: 'set-speaker', target: span, speaker: 'Ilse Varga' }],
    credits: [{ layer: 'quote', span, creator: 'Bo', created: '2026-03-05T09:00:00.000Z' }],
    claims: [],
    orphans: 0,
  });
  assert.ok(validateCorpus(r), ajv.errorsText(validateCorpus.errors));
  assert.deepEqual([r.quotes[0].provenance, r.quotes[0].creator, r.quotes[0].created], ['corrected', 'Bo', '2026-03-05T09:00:00.000Z']);
  assert.deepEqual([r.quotes[1].provenance, r.quotes[1].creator], ['automatic', undefined]);
  const page = toAnnotationPage(r) as { items: { id: string; creator: { type: string; name?: string } }[] };
  const item = page.items.find((candidate) => candidate.id.endsWith(`#${r.quotes[0].id}`));
  assert.deepEqual(item?.creator, { type: 'Person', name: 'Bo' });
});
