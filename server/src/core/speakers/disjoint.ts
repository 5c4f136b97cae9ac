import type { MentionKind, Span } from '../types';
import type { MentionDraft } from './entities';

export interface SpeakerDraft {
  draft: MentionDraft;
  speaker: number;
}

export interface DisjointMentions {
  mentions: SpeakerDraft[];
  /** Where a clipped or dropped mention went (keyed by `mentionKey`): its clipped span, the same speaker's overlapping mention, or null. */
  moved: ReadonlyMap<string, Span | null>;
}

export function mentionKey(span: Span, speaker: number): string {
  return `${span.start}:${span.end}:${speaker}`;
}

const KIND_PRIORITY: Record<MentionKind, number> = { name: 0, pronoun: 1, role: 2 };
const HAS_WORD = /[\p{L}\p{N}]/u;

const LEADING_JUNK = /^(?:[\s,;:()\-–—]|['’]s(?![\p{L}\p{N}])|['’])+/u;

/** The words of text[start, end) without the separators around an embedded mention ("Mark Rutte['s ]spokesperson"). */
function trimmed(text: string, start: number, end: number): MentionDraft | null {
  const piece = text.slice(start, end);
  const leading = LEADING_JUNK.exec(piece)?.[0].length ?? 0;
  const trailing = /[\s,;:()\-–—]+$/u.exec(piece.slice(leading))?.[0].length ?? 0;
  const from = start + leading;
  const to = end - trailing;
  const rest = text.slice(from, to);
  return to > from && HAS_WORD.test(rest) ? { start: from, end: to, text: rest, kind: 'role' } : null;
}

/**
 * What is left of a role phrase beside the mentions already kept: the part after the last of them (English heads come
 * last: "Mark Rutte's [spokesperson]"), else the part before the first of them.
 */
function remainder(candidate: SpeakerDraft, kept: readonly SpeakerDraft[], text: string): SpeakerDraft | null {
  const { draft } = candidate;
  const inside = kept.filter((other) => other.draft.start < draft.end && draft.start < other.draft.end);
  if (inside.length === 0) {
    return candidate;
  }
  if (draft.kind !== 'role') {
    return null;
  }
  const lastEnd = Math.max(...inside.map((other) => other.draft.end));
  const firstStart = Math.min(...inside.map((other) => other.draft.start));
  const piece = (lastEnd < draft.end ? trimmed(text, lastEnd, draft.end) : null) ?? (firstStart > draft.start ? trimmed(text, draft.start, firstStart) : null);
  if (!piece) {
    return null;
  }
  // only a piece free of every kept mention counts (one kept mention may sit inside the other side)
  const free = kept.every((other) => other.draft.end <= piece.start || piece.end <= other.draft.start);
  return free ? { draft: piece, speaker: candidate.speaker } : null;
}

/**
 * Makes mentions disjoint, as every consumer (semantic tokens, exports) expects one speaker per character: where a
 * phrase embeds another speaker's mention ("Mark Rutte's spokesperson", "the Acme Corp chief executive"), names
 * win over pronouns over role phrases, shorter over longer, and the losing phrase is clipped to what is left
 * beside the winner (names and pronouns, and role phrases with nothing wordy left, are dropped). Input sorted by start; output sorted and disjoint.
 */
export function disjointMentions(drafts: readonly SpeakerDraft[], text: string): DisjointMentions {
  const result: SpeakerDraft[] = [];
  const moved = new Map<string, Span | null>();
  let cluster: SpeakerDraft[] = [];
  let clusterEnd = -1;
  const flush = (): void => {
    if (cluster.length === 1) {
      result.push(cluster[0]);
    } else if (cluster.length > 1) {
      const ranked = [...cluster].sort(
        (a, b) => KIND_PRIORITY[a.draft.kind] - KIND_PRIORITY[b.draft.kind] || a.draft.end - a.draft.start - (b.draft.end - b.draft.start) || a.draft.start - b.draft.start,
      );
      const kept: SpeakerDraft[] = [];
      for (const candidate of ranked) {
        const left = remainder(candidate, kept, text);
        if (left) {
          kept.push(left);
        }
        if (left !== candidate) {
          const owned = left ?? kept.find((other) => other.speaker === candidate.speaker && other.draft.start < candidate.draft.end && candidate.draft.start < other.draft.end);
          moved.set(mentionKey(candidate.draft, candidate.speaker), owned ? { start: owned.draft.start, end: owned.draft.end } : null);
        }
      }
      result.push(...kept.sort((a, b) => a.draft.start - b.draft.start));
    }
    cluster = [];
  };
  for (const item of drafts) {
    if (item.draft.start >= clusterEnd) {
      flush();
    }
    cluster.push(item);
    clusterEnd = Math.max(clusterEnd, item.draft.end);
  }
  flush();
  return { mentions: result, moved };
}
