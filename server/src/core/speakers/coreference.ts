import type { SpeakerKind } from '../types';
import type { Entity, EntityRegistry } from './entities';
import { DOCUMENT_NOUNS, ORG_NOUNS } from './lexicon';
import type { ParsedName } from './names';
import type { Phrase } from './phrases';
import type { NameOccurrence } from './scan';
import { partitionPoint } from '../partitionPoint';

/** An entity seen at an offset, outside quotes: what a pronoun or a role phrase can point back to. */
interface Sighting {
  start: number;
  entity: Entity;
}

const LOOKBACK = 60;
const GENERIC_HEADS = new Set(['chief', 'head', 'leader', 'boss', 'chairman', 'chairwoman', 'chair', 'top']);
const MALE = new Set(['he', 'him', 'his']);
const FEMALE = new Set(['she', 'her', 'hers']);
const ORG_PRONOUNS = new Set(['it', 'its', 'which', 'we', 'our']);
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their']);

/** Index of the last sighting starting before `offset`, or -1. */
function lastBefore(sightings: readonly Sighting[], offset: number): number {
  return partitionPoint(sightings.length, (index) => sightings[index].start < offset) - 1;
}

function capitalize(phrase: string): string {
  return phrase.replace(/^(?:the|a|an)\s+/i, '');
}

/**
 * Resolves attributing mentions to entities: names through the alias rules, pronouns to the nearest compatible
 * antecedent outside quotes, role phrases to the entity whose stated roles they repeat ("the NATO chief" →
 * "NATO Secretary General Mark Rutte"), or else to a new unnamed source named by the phrase.
 */
export class Coreference {
  private readonly sightings: Sighting[];
  private readonly attributed: Sighting[] = [];
  /** The name the scan read at an offset and the entity it found for it: attribution reads that name the same way. */
  private readonly scanned = new Map<number, { end: number; entity: Entity }>();

  constructor(
    private readonly registry: EntityRegistry,
    occurrences: readonly NameOccurrence[],
  ) {
    this.sightings = occurrences
      .filter((occurrence) => occurrence.entity !== null && !occurrence.inQuote)
      .map((occurrence) => ({ start: occurrence.name.start, entity: occurrence.entity as Entity }));
    for (const { name, entity } of occurrences) {
      if (entity) {
        this.scanned.set(name.start, { end: name.end, entity });
      }
    }
  }

  /** Records an attributed mention (called in text order) so later pronouns and role phrases can point back to it. */
  see(start: number, entity: Entity): void {
    this.attributed.push({ start, entity });
  }

  /** Sightings before `offset`, nearest first: names outside quotes and attributed mentions, merged. */
  private *before(offset: number): Generator<Entity> {
    let names = lastBefore(this.sightings, offset);
    let attributed = lastBefore(this.attributed, offset);
    for (let count = 0; count < LOOKBACK && (names >= 0 || attributed >= 0); count++) {
      if (attributed < 0 || (names >= 0 && this.sightings[names].start > this.attributed[attributed].start)) {
        yield this.sightings[names--].entity;
      } else {
        yield this.attributed[attributed--].entity;
      }
    }
  }

  resolve(subject: Phrase, antecedent?: Phrase): Entity | null {
    if (subject.kind === 'pronoun') {
      return antecedent ? this.resolve(antecedent) : this.resolvePronoun(subject.text.toLowerCase(), subject.start);
    }
    if (subject.name && subject.name.kind !== 'role') {
      return this.resolveName(subject.name);
    }
    return this.resolveRole(subject);
  }

  private resolveName(name: ParsedName): Entity {
    const scanned = this.scanned.get(name.start);
    if (scanned?.end === name.end) {
      return scanned.entity;
    }
    if (name.kind === 'org') {
      return this.registry.register(name, 'org');
    }
    const known = this.registry.find(name, 'person') ?? (name.words.length === 1 ? this.registry.find(name, 'org') : null);
    return known ?? this.registry.register(name, 'person');
  }

  /** Whether "he" or "she" at `offset` stands for `entity` (as resolving it would find, without learning a gender). */
  standsFor(pronoun: string, offset: number, entity: Entity): boolean {
    return this.resolvePronoun(pronoun.toLowerCase(), offset, false) === entity;
  }

  private resolvePronoun(pronoun: string, offset: number, learn = true): Entity | null {
    let fallback: Entity | null = null;
    for (const entity of this.before(offset)) {
      // "they" stands for a group or stays unresolved: never for the last single person
      if (!PLURAL_PRONOUNS.has(pronoun) || entity.kind === 'org') {
        fallback ??= entity;
      }
      if (MALE.has(pronoun) || FEMALE.has(pronoun)) {
        const gender = MALE.has(pronoun) ? 'm' : 'f';
        if (entity.kind === 'person' && entity.gender !== (gender === 'm' ? 'f' : 'm') && (entity.forms.length > 0 || entity.roles.length > 0)) {
          if (learn) {
            entity.gender = gender;
          }
          return entity;
        }
      } else if (ORG_PRONOUNS.has(pronoun) || PLURAL_PRONOUNS.has(pronoun)) {
        if (entity.kind === 'org') {
          return entity;
        }
      } else if (entity.kind === 'person') {
        return entity; // I, you: the nearest person
      }
    }
    return fallback;
  }

  private resolveRole(subject: Phrase): Entity {
    let words = subject.words.filter((word) => word !== '’s' && word !== "'s");
    const head = words[words.length - 1] ?? '';
    // "The Foreign Ministry statement", "Trump's statement": the document speaks for its author
    if (DOCUMENT_NOUNS.has(head) && words.length > 1) {
      const owner = words.slice(0, -1);
      const asName: ParsedName = { ...this.nameLike(subject, owner) };
      const found = this.registry.find(asName, 'org') ?? this.registry.find(asName, 'person');
      if (found) {
        return found;
      }
      words = owner;
    }
    if (ORG_NOUNS.has(head)) {
      for (const entity of this.before(subject.start)) {
        if (entity.kind === 'org' && entity.forms.some((form) => form.includes(head))) {
          return entity;
        }
      }
    }
    const modifiers = new Set(words.slice(0, -1));
    for (const entity of this.before(subject.start)) {
      if (entity.kind !== 'person' || entity.roleWords.size === 0) {
        continue;
      }
      const sharesModifier = [...modifiers].some((word) => entity.roleWords.has(word));
      if (entity.roleWords.has(head) || (GENERIC_HEADS.has(head) && sharesModifier)) {
        return entity;
      }
    }
    const plural = /[^s]s$/.test(words[0] ?? '') || /[^s]s$/.test(head);
    const kind: SpeakerKind = ORG_NOUNS.has(head) || plural || (subject.name?.kind === 'org') ? 'org' : 'person';
    const canonical = capitalize(subject.text);
    return this.registry.forRolePhrase(canonical.toLowerCase(), kind, canonical);
  }

  private nameLike(subject: Phrase, words: string[]): ParsedName {
    return { start: subject.start, end: subject.end, text: subject.text, words, kind: 'org', title: null, gender: null, phraseStart: subject.start };
  }
}
