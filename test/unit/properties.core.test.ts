import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, type Analysis, type Span } from '../../server/src/core';
import { hostileText, PROPERTY_RUNS } from '../helpers/properties';

function spanLayers(analysis: Analysis): Record<string, Span[]> {
  return {
    quotes: analysis.quotes,
    mentions: analysis.mentions,
    dates: analysis.dates,
    boilerplate: analysis.boilerplate,
    findings: analysis.findings,
    paragraphs: analysis.structure.paragraphs,
  };
}

/** Layers whose spans must be sorted and must not overlap (quotes may nest, findings may overlap). */
const DISJOINT_LAYERS = ['mentions', 'dates', 'boilerplate', 'paragraphs'];

test('analyze never throws and every span lies inside the text', () => {
  fc.assert(
    fc.property(hostileText, (text) => {
      const analysis = analyze(text);
      for (const [layer, spans] of Object.entries(spanLayers(analysis))) {
        for (const span of spans) {
          assert.ok(0 <= span.start && span.start <= span.end && span.end <= analysis.text.length, `${layer} span ${span.start}-${span.end} outside text`);
        }
      }
      for (const quote of analysis.quotes) {
        assert.ok(quote.speaker === null || (quote.speaker >= 0 && quote.speaker < analysis.speakers.length));
        assert.equal(analysis.text.slice(quote.start, quote.end), quote.text);
      }
    }),
    { numRuns: PROPERTY_RUNS },
  );
});

test('spans of one class are sorted and do not overlap', () => {
  fc.assert(
    fc.property(hostileText, (text) => {
      const layers = spanLayers(analyze(text));
      for (const layer of DISJOINT_LAYERS) {
        const spans = layers[layer];
        for (let i = 1; i < spans.length; i++) {
          assert.ok(spans[i - 1].end <= spans[i].start, `${layer} spans ${i - 1} and ${i} overlap or are unsorted`);
        }
      }
      const quotes = layers.quotes;
      for (let i = 1; i < quotes.length; i++) {
        assert.ok(quotes[i - 1].start <= quotes[i].start, 'quotes are sorted by start');
      }
    }),
    { numRuns: PROPERTY_RUNS },
  );
});

/** Maps an offset in the CRLF text to the LF text (each "\r\n" before it shrinks by one). */
function crlfToLfMapper(text: string): (offset: number) => number {
  const carriageReturns: number[] = [];
  for (let i = text.indexOf('\r\n'); i >= 0; i = text.indexOf('\r\n', i + 2)) {
    carriageReturns.push(i);
  }
  return (offset) => offset - carriageReturns.filter((position) => position < offset).length;
}

test('analysis is stable under CRLF → LF, with offsets mapped', () => {
  const lineText = fc
    .array(fc.constantFrom('“We are ready,” Rutte said.', 'On Tuesday the minister said "no".', 'Photo: A. Person', 'Read also: more', '© 2026 Ledger', 'He said: “Yes.”', ''), { maxLength: 12 })
    .map((lines) => lines.join('\n'));
  fc.assert(
    fc.property(lineText, (lf) => {
      const crlf = lf.replaceAll('\n', '\r\n');
      const toLf = crlfToLfMapper(crlf);
      const a = analyze(crlf);
      const b = analyze(lf);
      const mapped = (spans: Span[]): string => spans.map((s) => `${toLf(s.start)}-${toLf(s.end)}`).join(' ');
      const plain = (spans: Span[]): string => spans.map((s) => `${s.start}-${s.end}`).join(' ');
      assert.equal(mapped(a.quotes), plain(b.quotes), 'quotes');
      assert.equal(mapped(a.dates), plain(b.dates), 'dates');
      assert.equal(mapped(a.mentions), plain(b.mentions), 'mentions');
      assert.deepEqual(a.speakers.map((s) => s.name), b.speakers.map((s) => s.name), 'speakers');
    }),
    { numRuns: Math.max(100, PROPERTY_RUNS / 10) },
  );
});

test('megabytes of quote marks and one huge line are analysed without throwing or hanging', { timeout: 60_000 }, () => {
  for (const text of ['"'.repeat(1_000_000), '“'.repeat(300_000) + '”'.repeat(300_000), ('word "x ').repeat(200_000), 'a'.repeat(2_000_000)]) {
    const analysis = analyze(text);
    assert.ok(analysis.quotes.length >= 0);
  }
});
