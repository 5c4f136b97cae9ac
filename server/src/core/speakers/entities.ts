import type { MentionKind, SpeakerKind } from '../types';
import { isSurnameParticle } from './capitalRuns';
import type { ParsedName } from './names';
import { partitionPoint } from '../partitionPoint';

export interface MentionDraft {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
}

/** A person or organisation being built up from its mentions. */
export interface Entity {
  id: number;
  kind: SpeakerKind;
  /** Word lists of every full name form seen ("mark rutte"). */
  forms: string[][];
  /** The same forms joined, to test "seen already" without re-joining. */
  formKeys: Set<string>;
  canonical: string;
  roles: string[];
  /** Lower-case words of the roles and titles, for matching role phrases ("the NATO chief"). */
  roleWords: Set<string>;
  gender: 'm' | 'f' | null;
  mentions: MentionDraft[];
  quotes: number[];
  /** Starts of the names found for it, sorted: a surname shared by two people goes to the one named last before it. */
  seen: number[];
  /** Listed among the speakers: a robustly identified person, or anyone a quote is attributed to. */
  listed: boolean;
}

const ROLE_STOP = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'his', 'her', 'its', 'their', "'s", '’s']);

/**
 * The people and organisations of one document, with the alias rules: a full name, its surname alone, and a
 * name with a middle name or initial are one person ("Mark Rutte" / "Rutte", "Donald J. Trump" / "Donald Trump");
 * an organisation name and its shorter suffix are one organisation ("Ukrainian Foreign Ministry" / "Foreign Ministry").
 */
export class EntityRegistry {
  readonly entities: Entity[] = [];
  private readonly byLastWord = new Map<string, Entity[]>();
  private readonly byFirstWord = new Map<string, Entity[]>();
  private readonly byRolePhrase = new Map<string, Entity>();

  create(kind: SpeakerKind, canonical: string, words: string[]): Entity {
    const entity: Entity = {
      id: this.entities.length,
      kind,
      forms: words.length ? [words] : [],
      formKeys: new Set(words.length ? [words.join(' ')] : []),
      canonical,
      roles: [],
      roleWords: new Set(),
      gender: null,
      mentions: [],
      quotes: [],
      listed: false,
      seen: [],
    };
    this.entities.push(entity);
    if (words.length) {
      this.index(entity, words);
    }
    return entity;
  }

  private index(entity: Entity, words: string[]): void {
    const push = (map: Map<string, Entity[]>, key: string): void => {
      const list = map.get(key) ?? [];
      if (!list.includes(entity)) {
        list.push(entity);
      }
      map.set(key, list);
    };
    push(this.byLastWord, words[words.length - 1]);
    if (entity.kind === 'person' && words.length > 1) {
      push(this.byFirstWord, words[0]);
    }
  }

  /** The entity a name refers to, or null. Multi-word names must agree on first and last word. */
  find(name: ParsedName, kind: SpeakerKind): Entity | null {
    const words = name.words;
    const last = words[words.length - 1];
    const candidates = this.byLastWord.get(last) ?? [];
    if (kind === 'org') {
      return candidates.find((entity) => entity.kind === kind && entity.forms.some((form) => isSuffix(form, words) || isSuffix(words, form))) ?? null;
    }
    if (words.length === 1) {
      const bySurname = closestBySurname(candidates, kind, name);
      if (bySurname) {
        return bySurname;
      }
      const byFirst = this.byFirstWord.get(last) ?? [];
      return byFirst.length === 1 ? byFirst[0] : null;
    }
    return (
      candidates.find(
        (entity) => entity.kind === kind && entity.forms.some((form) => form.length === 1 || form[0] === words[0] || initialOf(form[0], words[0])),
      ) ??
      // "De Blasio" for "Bill de Blasio": a surname with its particle
      (isSurnameParticle(words[0]) ? (candidates.find((entity) => entity.kind === kind && entity.forms.some((form) => form.length > words.length && isSuffix(form, words))) ?? null) : null)
    );
  }

  /** Finds or creates the entity for a name, records the name form and keeps the longest as canonical. */
  register(name: ParsedName, kind: SpeakerKind): Entity {
    const found = this.find(name, kind);
    if (!found) {
      const created = this.create(kind, name.text, name.words);
      created.seen.push(name.start);
      created.gender = name.gender;
      return created;
    }
    const key = name.words.join(' ');
    if (!found.formKeys.has(key)) {
      found.formKeys.add(key);
      found.forms.push(name.words);
      this.index(found, name.words);
    }
    if (name.words.length > 1 && name.text.length > found.canonical.length && !/['’]/.test(name.text.slice(-2))) {
      found.canonical = name.text;
    }
    this.sighted(found, name);
    return found;
  }

  /** Records that `name` (a full name or a surname found for it) stands for `entity`, with the gender its honorific tells. */
  sighted(entity: Entity, name: ParsedName): void {
    const { seen } = entity;
    if (seen.length === 0 || seen[seen.length - 1] < name.start) {
      seen.push(name.start);
    } else {
      const at = partitionPoint(seen.length, (index) => seen[index] < name.start);
      if (seen[at] !== name.start) {
        seen.splice(at, 0, name.start);
      }
    }
    if (name.gender && !entity.gender) {
      entity.gender = name.gender;
    }
  }

  addRole(entity: Entity, role: string): void {
    const clean = role.trim();
    if (!clean || entity.roles.some((known) => known.toLowerCase() === clean.toLowerCase())) {
      return;
    }
    entity.roles.push(clean);
    for (const word of clean.toLowerCase().split(/[\s\-’']+/)) {
      if (word && !ROLE_STOP.has(word)) {
        entity.roleWords.add(word);
      }
    }
  }

  /** One entity per distinct unnamed role phrase ("a spokesman for the campaign"). */
  forRolePhrase(key: string, kind: SpeakerKind, canonical: string): Entity {
    let entity = this.byRolePhrase.get(key);
    if (!entity) {
      entity = this.create(kind, canonical, []);
      this.byRolePhrase.set(key, entity);
    }
    return entity;
  }
}

/** Start of the entity's last sighting before `offset`, or -1. */
function seenBefore(entity: Entity, offset: number): number {
  const at = partitionPoint(entity.seen.length, (index) => entity.seen[index] < offset);
  return at > 0 ? entity.seen[at - 1] : -1;
}

/**
 * The person a surname alone stands for among those who carry it: not one whose gender its honorific ("Mrs.",
 * "Mr.") contradicts, the one of the honorific's gender, else the one named last before it (else named first).
 */
function closestBySurname(candidates: readonly Entity[], kind: SpeakerKind, name: ParsedName): Entity | null {
  const ofKind = candidates.filter((entity) => entity.kind === kind);
  if (ofKind.length < 2) {
    return ofKind[0] ?? null;
  }
  const { gender, start } = name;
  const agreeing = gender ? ofKind.filter((entity) => entity.gender !== (gender === 'm' ? 'f' : 'm')) : ofKind;
  const pool = agreeing.length ? agreeing : ofKind;
  const score = (entity: Entity): [number, number] => [gender !== null && entity.gender === gender ? 1 : 0, seenBefore(entity, start)];
  let best = pool[0];
  let bestScore = score(best);
  for (const entity of pool.slice(1)) {
    const next = score(entity);
    const earlierFirst = next[1] === -1 && bestScore[1] === -1 && (entity.seen[0] ?? Infinity) < (best.seen[0] ?? Infinity);
    if (next[0] > bestScore[0] || (next[0] === bestScore[0] && (next[1] > bestScore[1] || earlierFirst))) {
      best = entity;
      bestScore = next;
    }
  }
  return best;
}

function isSuffix(long: string[], short: string[]): boolean {
  if (short.length > long.length) {
    return false;
  }
  const offset = long.length - short.length;
  return short.every((word, k) => long[offset + k] === word);
}

const INITIAL = /^\p{L}\.?$/u;
function initialOf(initial: string, word: string): boolean {
  return INITIAL.test(initial) && word.startsWith(initial[0]);
}
