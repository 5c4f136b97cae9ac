/** Choosing a speaker: the article's speakers in a list (the current one preselected), or a typed name. */

import type { PickItem, Ui } from './types';

export interface SpeakerChoice {
  name: string;
  kind?: string;
  /** The server's word on whether to offer it as a claimant (quoted, and named); absent: offered. */
  claimant?: boolean;
}

const NONE = '\u0000none';
const OTHER = '\u0000other';

export interface SpeakerPickOptions {
  title: string;
  placeholder: string;
  /** Preselected (and offered even when the article's list lacks it). */
  current?: string;
  /** Label of a "nobody" entry; without it a speaker must be chosen. */
  noneLabel?: string;
  /** Label and prompt of the entry that asks for a typed name. */
  otherLabel: string;
  otherPrompt: string;
}

/**
 * Resolves to the chosen name, null for the "nobody" entry, undefined on Escape. With no speakers known (the
 * server is not running, or the article names none) it asks for a typed name at once, prefilled with `current`.
 */
export async function pickSpeaker(ui: Ui, speakers: readonly SpeakerChoice[], options: SpeakerPickOptions): Promise<string | null | undefined> {
  const known = options.current && !speakers.some((speaker) => speaker.name === options.current) ? [{ name: options.current }, ...speakers] : speakers;
  let chosen: string | undefined = OTHER;
  if (known.length > 0) {
    const items: PickItem<string>[] = [
      ...known.map((speaker) => ({
        label: speaker.name,
        ...(speaker.name === options.current ? { description: 'detected' } : speaker.kind ? { description: speaker.kind } : {}),
        value: speaker.name,
      })),
      ...(options.noneLabel ? [{ label: options.noneLabel, value: NONE }] : []),
      { label: options.otherLabel, description: 'type a name', value: OTHER },
    ];
    // Enter keeps what was detected, or nobody: a speaker is never chosen for the annotator by list order.
    const activeIndex = Math.max(0, items.findIndex((item) => item.value === (options.current ?? NONE)));
    chosen = await ui.pick(items, { title: options.title, placeholder: options.placeholder, activeIndex });
  }
  if (chosen === NONE) {
    return null;
  }
  if (chosen !== OTHER) {
    return chosen;
  }
  const typed = await ui.input({ title: options.title, prompt: options.otherPrompt, value: options.current ?? '' });
  return typed === undefined ? undefined : typed.trim() || (options.noneLabel ? null : undefined);
}
