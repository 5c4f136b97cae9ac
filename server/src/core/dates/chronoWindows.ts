import type { TextStructure } from '../types';
import { matchesOf } from '../matches';

// The cheap triggers around which chrono-node reads a short window (see chronoPass.ts): month names, weekdays,
// numeric dates and clock times. Alternatives grouped by first letter (same order within each group, so the same
// matches): V8 scans this several times faster than the flat list of names.
// An abbreviated month is a date only with a day or year next to it: "Jan. 8", "Sept 30", "8 Jan.", "Jan 2008".
const ABBREVIATION = String.raw`(?:\.?(?=\s*\d)|(?<=\d(?:st|nd|rd|th)?,?\s{1,2}[A-Z][a-z]{2,3})\.?)`;
const TRIGGER = new RegExp(
  String.raw`\b(?:J(?:anuary|une|uly|(?:an|un|ul)${ABBREVIATION})|F(?:ebruary|eb${ABBREVIATION}|riday)|M(?:arch|ay|ar${ABBREVIATION}|onday)|A(?:pril|ugust|(?:pr|ug)${ABBREVIATION})|S(?:eptember|ept?${ABBREVIATION}|unday|aturday)|O(?:ctober|ct${ABBREVIATION})|N(?:ovember|ov${ABBREVIATION})|D(?:ecember|ec${ABBREVIATION})|T(?:uesday|hursday)|Wednesday|[Tt]o(?:day|night|morrow)|[Yy]esterday)(?!\w)` +
    String.raw`|\b\d(?:\d?[/.]\d{1,2}[/.]\d{2,4}\b|\d{3}-\d{2}-\d{2}\b|\d?:\d{2}\b|\d?\s?[ap]\.?m\b\.?)`,
  'g',
);

const WINDOW_BEFORE = 30;
const WINDOW_AFTER = 45;

export interface Window {
  start: number;
  end: number;
  triggers: { start: number; end: number }[];
}

export function windowsOf(structure: TextStructure): Window[] {
  const { text, lines } = structure;
  const windows: Window[] = [];
  for (const match of matchesOf(text, TRIGGER)) {
    const trigger = { start: match.index, end: match.index + match[0].length };
    const line = lines[structure.lineAt(trigger.start)];
    let start = Math.max(line.start, trigger.start - WINDOW_BEFORE);
    let end = Math.min(line.end, trigger.end + WINDOW_AFTER);
    // Never cut a word in two; punctuation is a fine edge ("March 3, 2026.](https://…" keeps its year).
    while (start > line.start && start < trigger.start && /\w/.test(text[start - 1]) && /\w/.test(text[start])) {
      start++;
    }
    while (end < line.end && end > trigger.end && /\w/.test(text[end]) && /\w/.test(text[end - 1])) {
      end--;
    }
    const last = windows[windows.length - 1];
    if (last && start <= last.end && structure.lineAt(last.start) === line.index) {
      last.end = Math.max(last.end, end);
      last.triggers.push(trigger);
    } else {
      windows.push({ start, end, triggers: [trigger] });
    }
  }
  return windows;
}

