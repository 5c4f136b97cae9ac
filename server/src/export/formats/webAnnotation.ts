import { createHash } from 'node:crypto';
import type { CodePointSpan, CorpusRecord, Provenance } from '../record';
import { perDocumentFormat, type ExportFormat } from './format';

/** The Web Annotation context, referenced by IRI (JSON-LD processors resolve it; we never fetch it). */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Code points of context kept in a TextQuoteSelector's prefix and suffix. */
const CONTEXT = 32;

interface TextualBody {
  type: 'TextualBody';
  purpose: string;
  value: string;
}

/**
 * The document as an IRI: an RFC 6920 "ni" URI of the exported text's SHA-256, so annotations name the exact
 * text they point into without carrying a local file path.
 */
export function documentIri(record: CorpusRecord): string {
  const digest = createHash('sha256').update(record.text, 'utf8').digest('base64url');
  return `ni:///sha-256;${digest}`;
}

/** A W3C AnnotationPage holding every annotation of one document (TextQuote + TextPosition selectors). */
export function toAnnotationPage(record: CorpusRecord): Record<string, unknown> {
  const chars = Array.from(record.text);
  const source = documentIri(record);
  const slice = (start: number, end: number): string => chars.slice(Math.max(0, start), Math.max(0, end)).join('');
  const target = (span: CodePointSpan): Record<string, unknown> => ({
    source,
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: slice(span.start, span.end),
        prefix: slice(span.start - CONTEXT, span.start),
        suffix: slice(span.end, span.end + CONTEXT),
      },
      { type: 'TextPositionSelector', start: span.start, end: span.end },
    ],
  });
  const tag = (value: string): TextualBody => ({ type: 'TextualBody', purpose: 'classifying', value });
  const body = (purpose: string, value: string): TextualBody => ({ type: 'TextualBody', purpose, value });
  const items: Record<string, unknown>[] = [];
  const add = (localId: string, span: CodePointSpan, bodies: TextualBody[], provenance: Provenance, creator?: string, created?: string): void => {
    if (span.end <= span.start) {
      return; // an empty selection selects nothing
    }
    items.push({
      id: `${source}#${localId}`,
      type: 'Annotation',
      motivation: provenance === 'manual' ? 'classifying' : 'tagging',
      body: bodies,
      target: target(span),
      ...(provenance === 'automatic'
        ? { creator: { type: 'Software', name: 'Byline' } }
        : { creator: { type: 'Person', ...(creator ? { name: creator } : {}) } }),
      ...(created ? { created } : {}),
      generator: { type: 'Software', name: 'Byline' },
    });
  };
  const speakerNames = new Map(record.speakers.map((speaker) => [speaker.id, speaker.name]));
  for (const quote of record.quotes) {
    const speaker = quote.speaker ? speakerNames.get(quote.speaker) : undefined;
    add(quote.id, quote, [tag('Quote'), body('describing', `kind: ${quote.kind}`), ...(speaker ? [body('identifying', speaker)] : [])], quote.provenance, quote.creator, quote.created);
  }
  for (const speaker of record.speakers) {
    speaker.mentions.forEach((mention, index) => {
      add(`${speaker.id}.m${index + 1}`, mention, [tag('Speaker'), body('identifying', speaker.name)], speaker.provenance);
    });
  }
  for (const date of record.dates) {
    add(date.id, date, [tag('Date'), body('describing', date.value)], date.provenance, date.creator, date.created);
  }
  for (const block of record.boilerplate) {
    add(block.id, block, [tag('Boilerplate'), body('describing', block.kind)], block.provenance, block.creator, block.created);
  }
  for (const claim of record.claims) {
    const { verdict, note, claimant, claimType } = claim.attributes;
    add(
      claim.id,
      claim,
      [
        tag(claim.label),
        ...(claimant ? [body('identifying', claimant)] : []),
        ...(claimType ? [body('tagging', claimType)] : []),
        ...(verdict ? [body('assessing', verdict)] : []),
        ...(note ? [body('commenting', note)] : []),
      ],
      claim.provenance,
      claim.creator,
      claim.created,
    );
  }
  return { '@context': ANNO_CONTEXT, id: `${source}#annotations`, type: 'AnnotationPage', items };
}

export function webAnnotationFormat(): ExportFormat {
  return perDocumentFormat('webanno', (record) => [{ file: 'web-annotation.jsonl', content: JSON.stringify(toAnnotationPage(record)) + '\n', mode: 'append' }]);
}
