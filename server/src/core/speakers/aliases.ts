import type { Span } from '../types';
import type { Entity } from './entities';

const FROM_COMBINING = /[\u0300-\uffff]/;

/** A name form compared for aliasing: case, a possessive and spacing aside ("TRUMP’S" = "Trump"). */
function formKey(name: string): string {
  // below U+0300 (the combining marks) every text is already in NFC, and normalize() is dear
  return (FROM_COMBINING.test(name) ? name.normalize('NFC') : name).trim().replace(/\s+/g, ' ').replace(/['’]s$/u, '').toLowerCase();
}

function isAllCaps(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

const LETTER = /^\p{L}$/u;

/** Letters and upper-case letters among the code points of text[from, to), counted into `tally`. */
function countCapitals(text: string, from: number, to: number, tally: { letters: number; upper: number }): void {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      const upper = code >= 65 && code <= 90;
      if (upper || (code >= 97 && code <= 122)) {
        tally.letters++;
        tally.upper += upper ? 1 : 0;
      }
      continue;
    }
    // a surrogate pair is one code point; a half cut off by the range is no letter
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const char = text.slice(i, pair ? i + 2 : i + 1);
    if (LETTER.test(char)) {
      tally.letters++;
      tally.upper += char !== char.toLowerCase() ? 1 : 0;
    }
    i += pair ? 1 : 0;
  }
}

/** Letters of the mention's line (up to 200 characters each side) are nearly all capitals. */
function inCapitals(text: string, mention: Span): boolean {
  const from = Math.max(0, text.lastIndexOf('\n', mention.start - 1) + 1, mention.start - 200);
  const newline = text.indexOf('\n', mention.end);
  const to = Math.min(newline < 0 ? text.length : newline, mention.end + 200);
  const tally = { letters: 0, upper: 0 };
  countCapitals(text, from, mention.start, tally);
  countCapitals(text, mention.end, to, tally);
  return tally.upper >= tally.letters * 0.8;
}

/** A person named in ordinary case: the entity capitals and possessives of the same name merge into. */
function isNamedPerson(entity: Entity): boolean {
  return entity.kind === 'person' && entity.forms.length > 0 && !isAllCaps(entity.canonical);
}

/**
 * Entities the registry's alias rules keep apart that the article writes as one person: the name in capitals
 * ("DONALD TRUMP" in a headline or a transcript label, read as an acronym organisation), with a possessive
 * ("Trump’s"), or a surname in capitals that one named person of the article carries ("TRUMP"; a short one only in
 * a line set in capitals: a four-letter acronym in running text, "NATO said", stays an organisation). Their mentions,
 * quotes and roles move to that person. Returns where each merged entity went.
 */
export function mergeAliases(entities: readonly Entity[], text: string): ReadonlyMap<Entity, Entity> {
  const byForm = new Map<string, Entity | null>();
  const bySurname = new Map<string, Entity | null>();
  const note = (map: Map<string, Entity | null>, key: string, entity: Entity): void => {
    const known = map.get(key);
    map.set(key, known === undefined || known === entity ? entity : null); // null: two people share it
  };
  // a named person's key serves both loops (normalize() is dear)
  const keys = new Map<Entity, string>();
  for (const entity of entities) {
    if (isNamedPerson(entity)) {
      const key = formKey(entity.canonical);
      keys.set(entity, key);
      note(byForm, key, entity);
      for (const form of entity.forms) {
        note(byForm, form.join(' '), entity);
        if (form.length > 1) {
          note(bySurname, form[form.length - 1], entity);
        }
      }
    }
  }
  const merged = new Map<Entity, Entity>();
  for (const entity of entities) {
    if (entity.mentions.length === 0 && entity.quotes.length === 0) {
      continue;
    }
    const key = keys.get(entity) ?? formKey(entity.canonical);
    let target = byForm.get(key) ?? null;
    if (!target && !key.includes(' ') && (entity.kind === 'person' || (isAllCaps(entity.canonical) && (key.length >= 5 || entity.mentions.some((mention) => inCapitals(text, mention)))))) {
      target = bySurname.get(key) ?? null;
    }
    if (!target || target === entity || (entity.kind === 'org' && !isAllCaps(entity.canonical))) {
      continue;
    }
    target.mentions.push(...entity.mentions);
    target.quotes.push(...entity.quotes);
    for (const role of entity.roles) {
      if (!target.roles.includes(role)) {
        target.roles.push(role);
      }
    }
    target.listed ||= entity.listed;
    entity.mentions = [];
    entity.quotes = [];
    entity.listed = false;
    merged.set(entity, target);
  }
  return merged;
}
