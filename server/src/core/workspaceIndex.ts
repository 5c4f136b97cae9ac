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
    for (const entry of previous.speakers) {
      const files = this.byKey.get(entry.key);
      files?.delete(uri);
      if (files?.size === 0) {
        this.byKey.delete(entry.key);
      }
    }
  }

  /** Every file that mentions or quotes the speaker called `name` (canonical name). */
  filesOf(name: string): SpeakerFile[] {
    const files = this.byKey.get(speakerKey(name));
    return files ? [...files].map(([uri, entry]) => ({ uri, entry })) : [];
  }

  /** The speaker called `name` summed over the workspace, or undefined when no file has it. */
  speaker(name: string): AggregatedSpeaker | undefined {
    const key = speakerKey(name);
    const files = this.byKey.get(key);
    return files ? this.aggregate(key, files) : undefined;
  }

  /** Speakers whose name or an alias contains `query` (case-insensitive), most quoted first. */
  speakers(query = '', uri?: string): AggregatedSpeaker[] {
    const needle = query.trim().toLowerCase();
    const keys = uri ? (this.documents.get(uri)?.speakers ?? []).map((entry) => entry.key) : [...this.byKey.keys()];
    const result: AggregatedSpeaker[] = [];
    for (const key of new Set(keys)) {
      const files = this.byKey.get(key);
      if (!files) {
        continue;
      }
      const speaker = this.aggregate(key, files);
      const matches =
        needle === '' || key.includes(needle) || speaker.aliases.some((alias) => alias.toLowerCase().includes(needle));
      if (matches) {
        result.push(speaker);
      }
    }
    return result.sort((a, b) => b.quotes - a.quotes || b.mentions - a.mentions || a.name.localeCompare(b.name));
  }

  private aggregate(key: string, files: Map<string, SpeakerEntry>): AggregatedSpeaker {
    let first: SpeakerEntry | undefined;
    const speaker: AggregatedSpeaker = { key, name: '', kind: 'person', aliases: [], roles: [], quotes: 0, mentions: 0, files: [] };
    for (const [uri, entry] of files) {
      first ??= entry;
      speaker.quotes += entry.quotes;
      speaker.mentions += mentionCount(entry);
      union(speaker.aliases, entry.aliases);
      union(speaker.roles, entry.roles);
      speaker.files.push({ uri, entry });
    }
    if (first) {
      speaker.name = first.name;
      speaker.kind = first.kind;
    }
    speaker.files.sort((a, b) => b.entry.quotes - a.entry.quotes || a.uri.localeCompare(b.uri));
    return speaker;
  }
}
