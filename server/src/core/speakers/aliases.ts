import type { Span } from '../types';
import type { Entity } from './entities';

/** A name form compared for aliasing: case, a possessive and spacing aside ("TRUMP’S" = "Trump"). */
function formKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').replace(/['’]s$/u, '').toLowerCase();
}

function isAllCaps(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/** Letters of the mention's line (up to 200 characters each side) are nearly all capitals. */
function inCapitals(text: string, mention: Span): boolean {
  const from = Math.max(0, text.lastIndexOf('\n', mention.start - 1) + 1, mention.start - 200);
  const newline = text.indexOf('\n', mention.end);
  const to = Math.min(newline < 0 ? text.length : newline, mention.end + 200);
  const letters = (text.slice(from, mention.start) + text.slice(mention.end, to)).match(/\p{L}/gu) ?? [];
  const upper = letters.filter((letter) => letter !== letter.toLowerCase()).length;
  return upper >= letters.length * 0.8;
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
  for (const entity of entities) {
    if (isNamedPerson(entity)) {
      note(byForm, formKey(entity.canonical), entity);
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
    const key = formKey(entity.canonical);
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
