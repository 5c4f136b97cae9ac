/**
 * The workspace speaker index: canonical speaker name → the files that mention or quote that speaker.
 * Pure: adapters analyse files, summarise them with `summarizeSpeakers` and feed the summaries in.
 * Memory-lean for ~10,000 files: one small entry per speaker per file, mention ranges packed in a Uint32Array,
 * names interned; no Analysis objects are kept.
 */
import type { Analysis, SpeakerKind } from './types';

export interface LinePosition {
  line: number;
  character: number;
}

/** Converts a UTF-16 offset of the analysed text to a line position (the adapter passes its offset map). */
export type Locate = (offset: number) => LinePosition;

export interface SpeakerEntry {
  /** Normalised canonical name: the index key. */
  key: string;
  name: string;
  kind: SpeakerKind;
  aliases: readonly string[];
  roles: readonly string[];
  quotes: number;
  /** False for an unnamed source known only by a role phrase. */
  named: boolean;
  /** Mention ranges in text order, four numbers each: start line, start character, end line, end character. */
  ranges: Uint32Array;
}

export interface DocumentSpeakers {
  speakers: SpeakerEntry[];
}

export interface LineRange {
  start: LinePosition;
  end: LinePosition;
}

export interface SpeakerFile {
  uri: string;
  entry: SpeakerEntry;
}

export interface AggregatedSpeaker {
  key: string;
  name: string;
  kind: SpeakerKind;
  aliases: string[];
  roles: string[];
  quotes: number;
  mentions: number;
  /** Named in some file (not only a role phrase). */
  named: boolean;
  files: SpeakerFile[];
}

const NONE: readonly string[] = Object.freeze([]);
const MAX_LISTED = 8;

export function speakerKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The `index`-th mention range of an entry. */
export function mentionRange(entry: SpeakerEntry, index: number): LineRange {
  const at = index * 4;
  const r = entry.ranges;
  return { start: { line: r[at], character: r[at + 1] }, end: { line: r[at + 2], character: r[at + 3] } };
}

export function mentionCount(entry: SpeakerEntry): number {
  return entry.ranges.length / 4;
}

/** Summarises one analysed document's speakers for the index. */
export function summarizeSpeakers(analysis: Analysis, locate: Locate): DocumentSpeakers {
  const speakers: SpeakerEntry[] = [];
  for (const speaker of analysis.speakers) {
    if (speaker.mentions.length === 0 && speaker.quotes.length === 0) {
      continue;
    }
    const ranges = new Uint32Array(speaker.mentions.length * 4);
    speaker.mentions.forEach((mentionIndex, i) => {
      const mention = analysis.mentions[mentionIndex];
      const start = locate(mention.start);
      const end = locate(mention.end);
      ranges.set([start.line, start.character, end.line, end.character], i * 4);
    });
    speakers.push({
      key: speakerKey(speaker.name),
      name: speaker.name,
      kind: speaker.kind,
      aliases: speaker.aliases.length ? speaker.aliases.slice(0, MAX_LISTED) : NONE,
      roles: speaker.roles.length ? speaker.roles.slice(0, MAX_LISTED) : NONE,
      quotes: speaker.quotes.length,
      named: speaker.named,
      ranges,
    });
  }
  return { speakers };
}

function union(into: string[], more: readonly string[]): void {
  for (const item of more) {
    if (into.length < MAX_LISTED && !into.includes(item)) {
      into.push(item);
    }
  }
}

export class WorkspaceSpeakerIndex {
  private readonly documents = new Map<string, DocumentSpeakers>();
  private readonly byKey = new Map<string, Map<string, SpeakerEntry>>();
  /** Interned strings, so that 10,000 files naming the same speaker hold one copy of the name. */
  private readonly strings = new Map<string, string>();
  /** Alias key → the key it is listed under, rebuilt on the first query after a change (see `aliasGroups`). */
  private groups: Map<string, string> | null = null;
  private aliasesOf = new Map<string, string[]>();

  get size(): number {
    return this.documents.size;
  }

  has(uri: string): boolean {
    return this.documents.has(uri);
  }

  uris(): IterableIterator<string> {
    return this.documents.keys();
  }

  private intern(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) {
      return known;
    }
    this.strings.set(value, value);
    return value;
  }

  set(uri: string, summary: DocumentSpeakers): void {
    this.delete(uri);
    const interned = summary.speakers.map((entry) => ({
      ...entry,
      key: this.intern(entry.key),
      name: this.intern(entry.name),
      aliases: entry.aliases.length ? entry.aliases.map((alias) => this.intern(alias)) : NONE,
      roles: entry.roles.length ? entry.roles.map((role) => this.intern(role)) : NONE,
    }));
    this.documents.set(uri, { speakers: interned });
    this.groups = null;
    for (const entry of interned) {
      let files = this.byKey.get(entry.key);
      if (!files) {
        files = new Map();
        this.byKey.set(entry.key, files);
      }
      files.set(uri, entry);
    }
  }

  delete(uri: string): void {
    const previous = this.documents.get(uri);
    if (!previous) {
      return;
    }
    this.documents.delete(uri);
    this.groups = null;
    for (const entry of previous.speakers) {
      const files = this.byKey.get(entry.key);
      files?.delete(uri);
      if (files?.size === 0) {
        this.byKey.delete(entry.key);
      }
    }
  }

  /** Every file that mentions or quotes the speaker called `name` (canonical name, or an alias merged into it). */
  filesOf(name: string): SpeakerFile[] {
    return this.members(this.groupOf(speakerKey(name))).flatMap(([, files]) => [...files].map(([uri, entry]) => ({ uri, entry })));
  }

  /** The speaker called `name` summed over the workspace, or undefined when no file has it. */
  speaker(name: string): AggregatedSpeaker | undefined {
    const group = this.groupOf(speakerKey(name));
    const members = this.members(group);
    return members.length ? this.aggregate(group, members) : undefined;
  }

  /** Speakers whose name or an alias contains `query` (case-insensitive), most quoted first. */
  speakers(query = '', uri?: string): AggregatedSpeaker[] {
    const needle = query.trim().toLowerCase();
    const keys = uri ? (this.documents.get(uri)?.speakers ?? []).map((entry) => entry.key) : [...this.byKey.keys()];
    const result: AggregatedSpeaker[] = [];
    for (const group of new Set(keys.map((key) => this.groupOf(key)))) {
      const members = this.members(group);
      if (!members.length) {
        continue;
      }
      const speaker = this.aggregate(group, members);
      const matches =
        needle === '' || members.some(([key]) => key.includes(needle)) || speaker.aliases.some((alias) => alias.toLowerCase().includes(needle));
      if (matches) {
        result.push(speaker);
      }
    }
    return result.sort((a, b) => b.quotes - a.quotes || b.mentions - a.mentions || a.name.localeCompare(b.name));
  }

  /** The key a speaker key is listed under: its own, or the full name its alias stands for across files. */
  private groupOf(key: string): string {
    return this.aliasGroups().get(key) ?? key;
  }

  private aliasGroups(): Map<string, string> {
    if (!this.groups) {
      this.groups = aliasGroups(this.byKey);
      this.aliasesOf = new Map();
      for (const [alias, group] of this.groups) {
        this.aliasesOf.set(group, [...(this.aliasesOf.get(group) ?? []), alias]);
      }
    }
    return this.groups;
  }

  /** The keys of a group with their files, the group's own key first. */
  private members(group: string): [string, Map<string, SpeakerEntry>][] {
    this.aliasGroups();
    const keys = [group, ...(this.aliasesOf.get(group) ?? [])];
    return keys.flatMap((key) => {
      const files = this.byKey.get(key);
      return files ? [[key, files] as [string, Map<string, SpeakerEntry>]] : [];
    });
  }

  private aggregate(key: string, members: [string, Map<string, SpeakerEntry>][]): AggregatedSpeaker {
    let first: SpeakerEntry | undefined;
    const speaker: AggregatedSpeaker = { key, name: '', kind: 'person', aliases: [], roles: [], quotes: 0, mentions: 0, named: false, files: [] };
    for (const [, files] of members) {
      for (const [uri, entry] of files) {
        first ??= entry;
        speaker.quotes += entry.quotes;
        speaker.mentions += mentionCount(entry);
        speaker.named ||= entry.named;
        if (entry.name !== first.name) {
          union(speaker.aliases, [entry.name]);
        }
        union(speaker.aliases, entry.aliases);
        union(speaker.roles, entry.roles);
        speaker.files.push({ uri, entry });
      }
    }
    if (first) {
      speaker.name = first.name;
      speaker.kind = first.kind;
    }
    speaker.files.sort((a, b) => b.entry.quotes - a.entry.quotes || a.uri.localeCompare(b.uri));
    return speaker;
  }
}

/**
 * Speaker keys that name one person across files: a possessive ("trump’s") and a surname alone ("trump") are listed
 * under the one multi-word person key that ends in that surname ("donald trump"), when exactly one does.
 */
function aliasGroups(byKey: ReadonlyMap<string, ReadonlyMap<string, SpeakerEntry>>): Map<string, string> {
  const bySurname = new Map<string, string | null>();
  for (const [key, files] of byKey) {
    const words = key.split(' ');
    const kind = files.values().next().value?.kind;
    if (words.length > 1 && kind === 'person') {
      const surname = words[words.length - 1];
      const known = bySurname.get(surname);
      bySurname.set(surname, known === undefined || known === key ? key : null);
    }
  }
  const groups = new Map<string, string>();
  for (const key of byKey.keys()) {
    const base = key.replace(/['’]s$/u, '');
    const target = base.includes(' ') ? base : (bySurname.get(base) ?? base);
    if (target !== key) {
      groups.set(key, target);
    }
  }
  return groups;
}
