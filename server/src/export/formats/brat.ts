import { CodePointMap } from '../../protocol/offsets';
import type { ExportOptions } from '../options';
import type { CorpusRecord } from '../record';
import type { ExportFormat, OutputChunk, RenderedDocument } from './format';
import { labelledSpans, type LabelledSpan } from './labels';

/**
 * brat standoff (https://brat.nlplab.org/standoff.html), written by hand because no maintained JS library writes it.
 * Rules followed: tab-separated `T`/`R`/`A`/`#` lines; offsets in code points (brat counts Python str characters)
 * over the .txt exactly as written (a "\r\n" counts 2); a text-bound span never contains a line break (the .ann is
 * line-oriented), so a span over several lines becomes discontinuous fragments `start end;start end` and its text
 * column joins the fragments with one space, as brat does; free text (names, values, notes) goes to
 * AnnotatorNotes because attribute values cannot hold spaces.
 */

/** Characters Python's str.splitlines (and so brat's .ann reader) treats as line breaks. */
// eslint-disable-next-line no-control-regex -- the file/group/record separators are line breaks to Python
const LINE_BREAKS = /[\n\r\v\f\u001c\u001d\u001e\u0085\u2028\u2029]+/gu;

export const BRAT_ENTITY_TYPES = ['Quote', 'Speaker', 'Date', 'Boilerplate', 'Claim'] as const;
export const BRAT_RELATION = 'Said_by';

/** Fragments of a span that avoid line breaks and blank stretches, in code points. */
export function bratFragments(text: string, points: CodePointMap, span: { start: number; end: number }): [number, number][] {
  const from = points.fromCodePoint(span.start);
  const to = points.fromCodePoint(span.end);
  const fragments: [number, number][] = [];
  let pieceStart = from;
  const push = (start: number, end: number): void => {
    if (/\S/u.test(text.slice(start, end))) {
      fragments.push([points.toCodePoint(start), points.toCodePoint(end)]);
    }
  };
  const segment = text.slice(from, to);
  for (const match of segment.matchAll(LINE_BREAKS)) {
    push(pieceStart, from + match.index);
    pieceStart = from + match.index + match[0].length;
  }
  push(pieceStart, to);
  return fragments;
}

/** Attribute value safe in a .ann line and in annotation.conf's `Value:a|b` list. */
function attributeValue(value: string): string {
  return value.trim().replace(/[^\p{L}\p{N}_.-]+/gu, '_') || 'none';
}

/** Note text on one line: brat notes may not contain tabs or line breaks. */
function noteText(value: string): string {
  // eslint-disable-next-line no-control-regex -- see LINE_BREAKS
  return value.replace(/[\t\n\r\v\f\u001c-\u001e\u0085\u2028\u2029]+/gu, ' ').trim();
}

interface AttributeUse {
  values: Set<string>;
  /** Entity types the attribute applies to. */
  targets: Set<string>;
  binary: boolean;
}

/** What annotation.conf needs of one document: entity types and attribute uses (name, entity, value), first seen first. */
interface BratNotes {
  types: string[];
  attributes: [string, string, string | null][];
}

export class BratWriter implements ExportFormat {
  readonly name = 'brat' as const;
  private readonly entityTypes = new Set<string>(BRAT_ENTITY_TYPES);
  private readonly attributes = new Map<string, AttributeUse>();

  constructor(private readonly options: Pick<ExportOptions, 'claimLabels'>) {
    // Declared even when unused, so annotation.conf is the same for every corpus with the same data.
    this.useAttribute('Provenance', '<ENTITY>', 'automatic');
    this.useAttribute('Provenance', '<ENTITY>', 'corrected');
    this.useAttribute('Provenance', '<ENTITY>', 'manual');
  }

  private useAttribute(name: string, target: string, value: string | null): void {
    const use = this.attributes.get(name) ?? { values: new Set<string>(), targets: new Set<string>(), binary: value === null };
    use.targets.add(target);
    if (value !== null) {
      use.values.add(value);
    }
    this.attributes.set(name, use);
  }

  /** The .ann content of one record, with the types and attributes it uses. */
  private annotate(record: CorpusRecord): { ann: string; notes: BratNotes } {
    const types = new Set<string>();
    const uses = new Map<string, [string, string, string | null]>();
    const points = new CodePointMap(record.text);
    const lines: string[] = [];
    let attributeCount = 0;
    let noteCount = 0;
    let relationCount = 0;
    const ids = new Map<string, string>();
    const spanIds = new Map<string, string>();
    const attribute = (id: string, entity: string, name: string, value: string | null): void => {
      const clean = value === null ? null : attributeValue(value);
      const use: [string, string, string | null] = [name, entity, clean];
      uses.set(JSON.stringify(use), use);
      lines.push(`A${++attributeCount}\t${name} ${id}${clean === null ? '' : ` ${clean}`}`);
    };
    const note = (id: string, text: string): void => {
      const clean = noteText(text);
      if (clean) {
        lines.push(`#${++noteCount}\tAnnotatorNotes ${id}\t${clean}`);
      }
    };
    const entity = (span: LabelledSpan): string | null => {
      const fragments = bratFragments(record.text, points, span);
      if (fragments.length === 0) {
        return null;
      }
      const id = `T${ids.size + 1}`;
      ids.set(span.ref, id);
      spanIds.set(`${span.label}:${span.start}:${span.end}`, id);
      types.add(span.label);
      const offsets = fragments.map(([start, end]) => `${start} ${end}`).join(';');
      const text = fragments.map(([start, end]) => record.text.slice(points.fromCodePoint(start), points.fromCodePoint(end))).join(' ');
      lines.push(`${id}\t${span.label} ${offsets}\t${text}`);
      attribute(id, span.label, 'Provenance', span.provenance);
      return id;
    };
    const spans = labelledSpans(record, this.options);
    const byRef = new Map(spans.map((span) => [span.ref, span]));
    for (const span of spans) {
      entity(span);
    }
    for (const quote of record.quotes) {
      const id = ids.get(quote.id);
      if (!id) {
        continue;
      }
      attribute(id, 'Quote', 'QuoteKind', quote.kind);
      attribute(id, 'Quote', 'QuoteMarks', quote.marks);
      if (quote.inBoilerplate) {
        attribute(id, 'Quote', 'InBoilerplate', null);
      }
      if (quote.inComments) {
        attribute(id, 'Quote', 'InComments', null);
      }
      const speaker = record.speakers.find((candidate) => candidate.id === quote.speaker);
      if (speaker) {
        note(id, `speaker: ${speaker.name}`);
      }
      if (speaker && quote.speakerMention) {
        const mention = quote.speakerMention;
        let target = spanIds.get(`Speaker:${mention.start}:${mention.end}`);
        if (!target) {
          target = entity({ ...mention, label: 'Speaker', entity: 'Speaker', ref: `${quote.id}.speaker`, provenance: speaker.provenance }) ?? undefined;
        }
        if (target) {
          lines.push(`R${++relationCount}\t${BRAT_RELATION} Arg1:${id} Arg2:${target}`);
        }
      }
    }
    for (const speaker of record.speakers) {
      speaker.mentions.forEach((mention, index) => {
        const id = ids.get(`${speaker.id}.m${index + 1}`);
        if (id) {
          attribute(id, 'Speaker', 'SpeakerKind', speaker.kind);
          attribute(id, 'Speaker', 'MentionKind', mention.kind);
          note(id, `speaker: ${speaker.name}${speaker.roles.length ? `; roles: ${speaker.roles.join(', ')}` : ''}`);
        }
      });
    }
    for (const date of record.dates) {
      const id = ids.get(date.id);
      if (id) {
        attribute(id, 'Date', 'DateType', date.type);
        if (date.relative) {
          attribute(id, 'Date', 'Relative', null);
        }
        note(id, `value: ${date.value}${date.mod ? `; mod: ${date.mod}` : ''}`);
      }
    }
    for (const block of record.boilerplate) {
      const id = ids.get(block.id);
      if (id) {
        attribute(id, 'Boilerplate', 'BoilerplateKind', block.kind);
      }
    }
    for (const claim of record.claims) {
      const id = ids.get(claim.id);
      const label = byRef.get(claim.id)?.label ?? 'Claim';
      if (!id) {
        continue;
      }
      attribute(id, label, 'ClaimLabel', claim.label);
      if (claim.attributes.verdict) {
        attribute(id, label, 'Verdict', claim.attributes.verdict);
      }
      if (claim.attributes.claimType) {
        attribute(id, label, 'ClaimType', claim.attributes.claimType);
      }
      const notes = Object.entries(claim.attributes).map(([key, value]) => `${key}: ${value}`);
      if (notes.length) {
        note(id, notes.join('; '));
      }
    }
    return { ann: lines.map((line) => line + '\n').join(''), notes: { types: [...types], attributes: [...uses.values()] } };
  }

  renderDocument(record: CorpusRecord, baseName: string): RenderedDocument {
    const { ann, notes } = this.annotate(record);
    return {
      chunks: [
        { file: `brat/${baseName}.txt`, content: record.text, mode: 'create' },
        { file: `brat/${baseName}.ann`, content: ann, mode: 'create' },
      ],
      notes,
    };
  }

  take({ chunks, notes }: RenderedDocument): OutputChunk[] {
    const { types, attributes } = notes as BratNotes;
    types.forEach((type) => this.entityTypes.add(type));
    attributes.forEach(([name, entity, value]) => this.useAttribute(name, entity, value));
    return chunks;
  }

  render(record: CorpusRecord, baseName: string): OutputChunk[] {
    return this.take(this.renderDocument(record, baseName));
  }

  /** annotation.conf declaring every entity type, the quote→speaker relation and the attributes seen. */
  annotationConf(): string {
    const attributes = [...this.attributes.entries()].map(([name, use]) => {
      const targets = use.targets.has('<ENTITY>') ? '<ENTITY>' : [...use.targets].join('|');
      return use.binary ? `${name}\tArg:${targets}` : `${name}\tArg:${targets}, Value:${[...use.values].join('|')}`;
    });
    return [
      '# brat configuration for a Byline export (https://brat.nlplab.org/configuration.html)',
      '[entities]',
      ...this.entityTypes,
      '',
      '[relations]',
      `${BRAT_RELATION}\tArg1:Quote, Arg2:Speaker`,
      '# quotes nest, claims and dates sit inside quotes: allow every overlap',
      '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
      '',
      '[events]',
      '',
      '[attributes]',
      ...attributes,
      '',
    ].join('\n');
  }

  finish(): OutputChunk[] {
    return [{ file: 'brat/annotation.conf', content: this.annotationConf(), mode: 'create' }];
  }
}

export function bratFormat(options: ExportOptions): ExportFormat {
  return new BratWriter(options);
}
