import { yearlessDatelineClue } from './dates/datelineClue';
import { captionClues, partialClues, statedClues, urlClues, weekdayClues, type PublishedClue } from './dates/publishedClues';
import type { Boilerplate, PublishedDate, TextStructure } from './types';

function fromClue(clue: PublishedClue, corroboration?: string): PublishedDate {
  return {
    value: clue.value ?? null,
    ...(clue.partial ? { partial: clue.partial } : {}),
    basis: clue.basis,
    evidence: clue.evidence,
    reason: corroboration ? `${clue.reason}; ${corroboration}` : clue.reason,
  };
}

/**
 * The article's publication date: printed (metadata line, dateline) → stated; otherwise inferred from the text
 * alone (URL ids and paths, a caption's date, weekday + absolute date, a yearless dateline completed by the copyright
 * or URL year, copyright year and "later in <month>"),
 * strongest clue first. No knowledge from outside the text is used.
 */
export function resolvePublished(structure: TextStructure, boilerplate: Boilerplate[]): PublishedDate {
  const furniture = boilerplate.filter((block) => block.kind === 'metadata' || block.kind === 'dateline' || block.kind === 'byline');
  const stated = statedClues(structure, furniture);
  if (stated.length > 0) {
    return fromClue(stated[0]);
  }
  const url = urlClues(structure);
  const urlMonth = url.find((clue) => clue.partial !== undefined)?.partial;
  // A full date from a URL id counts when any year-month path beside it agrees.
  const urlDay = url.find((clue) => clue.value !== undefined && (!urlMonth || clue.value.startsWith(urlMonth)));
  const weekday = weekdayClues(structure);
  const agreesWithWeekday = (clue: PublishedClue): string | undefined =>
    weekday.some((other) => other.value === clue.value) ? 'matches the weekday the text reports' : undefined;
  if (urlDay) {
    return fromClue(urlDay, urlMonth ? `agrees with the URL path ${urlMonth}` : agreesWithWeekday(urlDay));
  }
  const caption = captionClues(structure);
  if (caption.length > 0) {
    return fromClue(caption[0], agreesWithWeekday(caption[0]));
  }
  if (weekday.length > 0) {
    return fromClue(weekday[0]);
  }
  const urlPartial = url.find((clue) => clue.partial !== undefined);
  const partial = partialClues(structure);
  const yearClue = urlPartial ?? partial[0];
  const dateline = yearlessDatelineClue(structure, yearClue);
  if (dateline) {
    return fromClue(dateline);
  }
  if (yearClue) {
    return fromClue(yearClue);
  }
  return { value: null, basis: 'unknown', evidence: null };
}
