import type { Mention, Quote, QuoteKind, Speaker } from '../types';
import { changedQuote } from '../quoteRecord';
import type { CueMatch } from './cueMatch';
import { mergeAliases } from './aliases';
import { disjointMentions, mentionKey, type SpeakerDraft } from './disjoint';
import type { Entity, EntityRegistry, MentionDraft } from './entities';
import type { NameOccurrence } from './scan';

export interface Attribution {
  quotes: Quote[];
  speakers: Speaker[];
  mentions: Mention[];
}

export interface AttributionParts {
  text: string;
  quotes: Quote[];
  occurrences: readonly NameOccurrence[];
  registry: EntityRegistry;
  matches: ReadonlyMap<number, CueMatch>;
  speakerOf: ReadonlyMap<number, Entity>;
  /** Kinds decided before attribution (a quoted term used as a noun phrase is a scare quote). */
  kinds: ReadonlyMap<number, QuoteKind>;
}

/** A cited fragment with a speech cue is partial; a fragment no one is said to utter is a scare quote. */
function refineKind(kind: QuoteKind, attributed: boolean): QuoteKind {
  if (attributed && kind === 'scare') {
    return 'partial';
  }
  if (attributed && kind === 'title') {
    return 'partial';
  }
  if (!attributed && kind === 'partial') {
    return 'scare';
  }
  return kind;
}

function addMention(entity: Entity, draft: MentionDraft): void {
  entity.mentions.push(draft);
}

/** Sorts an entity's mentions and drops repeats of one span (a name that is also the attributing mention). */
function sortUnique(mentions: MentionDraft[]): MentionDraft[] {
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return mentions.filter((mention, k) => k === 0 || mention.start !== mentions[k - 1].start || mention.end !== mentions[k - 1].end);
}

/** Assembles the listed speakers (in order of first mention), their mentions and the attributed quotes. */
export function buildAttribution(parts: AttributionParts): Attribution {
  const { quotes, occurrences, registry, matches, speakerOf, kinds } = parts;
  for (const occurrence of occurrences) {
    const { entity, mention } = occurrence;
    if (entity) {
      addMention(entity, { start: mention.start, end: mention.end, text: mention.text, kind: 'name' });
      for (const role of occurrence.roles) {
        if (role.mention) {
          addMention(entity, { start: role.mention.start, end: role.mention.end, text: role.mention.text, kind: 'role' });
        }
      }
    }
  }
  for (const [index, entity] of speakerOf) {
    const { subject } = matches.get(index) as CueMatch;
    addMention(entity, { start: subject.start, end: subject.end, text: subject.text, kind: subject.kind });
    entity.quotes.push(index);
  }

  const mergedInto = mergeAliases(registry.entities, parts.text);
  const listed = registry.entities.filter((entity) => entity.listed && entity.mentions.length > 0);
  for (const entity of listed) {
    entity.mentions = sortUnique(entity.mentions);
  }
  listed.sort((a, b) => a.mentions[0].start - b.mentions[0].start);

  const mentions: Mention[] = [];
  const speakers: Speaker[] = [];
  const speakerIndex = new Map<Entity, number>();
  // packed arrays pushed into literals (`map` and `flatMap` make holey ones, and their readers' optimised code was dropped)
  const drafts: SpeakerDraft[] = [];
  const mentionsOf: number[][] = [];
  listed.forEach((entity, speaker) => {
    entity.mentions.forEach((draft) => drafts.push({ draft, speaker }));
    mentionsOf.push([]);
  });
  drafts.sort((a, b) => a.draft.start - b.draft.start || a.draft.end - b.draft.end);
  const disjoint = disjointMentions(drafts, parts.text);
  for (const { draft, speaker } of disjoint.mentions) {
    mentionsOf[speaker].push(mentions.length);
    mentions.push({ start: draft.start, end: draft.end, text: draft.text, kind: draft.kind, speaker });
  }
  listed.forEach((entity, index) => {
    speakerIndex.set(entity, index);
    const aliases = [...new Set(entity.mentions.filter((mention) => mention.kind !== 'pronoun').map((mention) => mention.text))].filter(
      (alias) => alias !== entity.canonical,
    );
    speakers.push({
      name: entity.canonical,
      kind: entity.kind,
      aliases,
      roles: [...entity.roles],
      mentions: mentionsOf[index],
      quotes: [...entity.quotes].sort((a, b) => quotes[a].start - quotes[b].start),
      mentionedOnly: entity.quotes.length === 0,
      named: entity.forms.length > 0,
    });
  });

  const attributed = quotes.map((quote, index): Quote => {
    const attributedTo = speakerOf.get(index);
    const entity = attributedTo && (mergedInto.get(attributedTo) ?? attributedTo);
    const match = matches.get(index);
    const decided = kinds.get(index);
    if (quote.depth > 0 || (quote.kind === 'title' && !entity)) {
      return quote;
    }
    if (!entity || !match) {
      return changedQuote(quote, { kind: decided ?? refineKind(quote.kind, false), speaker: null, speakerMention: null, cue: null });
    }
    const speaker = speakerIndex.get(entity) ?? null;
    const subject = { start: match.subject.start, end: match.subject.end };
    const moved = speaker === null ? undefined : disjoint.moved.get(mentionKey(subject, speaker));
    return changedQuote(quote, {
      kind: decided ?? refineKind(quote.kind, true),
      speaker,
      speakerMention: moved === undefined ? subject : moved,
      cue: match.cue,
    });
  });
  return { quotes: attributed, speakers, mentions };
}
