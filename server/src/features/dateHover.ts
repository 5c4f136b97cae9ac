/**
 * The hover of a date: its TIMEX value in words, and what a relative one was resolved against and why (the
 * article's date given by the user, stated on the page or inferred, or the date the sentence is about). An
 * unresolved one says what is known ("a Tuesday") and what is missing, with a link to set the article's date.
 */

import type { Analysis, DateExpression, PublishedDate } from '../core';
import { SET_PUBLICATION_DATE_COMMAND } from '../protocol/publication';

const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PARTS: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const ORDINALS = ['', 'first', 'second', 'third', 'fourth'];

/** What an X-filled TIMEX value still says, and which part is unknown: "a Tuesday" / "week". */
export function describeUnresolved(value: string): { what: string; unknown: string } {
  const time = /T(\d{2}):(\d{2})|T(MO|AF|EV|NI|DT)/.exec(value);
  const clock = time?.[1] ? ` at ${time[1]}:${time[2]}` : time?.[3] ? ` ${PARTS[time[3]]}` : '';
  let match: RegExpExecArray | null;
  if ((match = /^XXXX-WXX-(\d)/.exec(value))) {
    return { what: `a ${WEEKDAYS[Number(match[1])]}${clock}`, unknown: 'week' };
  }
  if ((match = /^XXXX-(\d{2})-(\d{2})/.exec(value))) {
    return { what: `${Number(match[2])} ${MONTHS[Number(match[1])]}${clock}`, unknown: 'year' };
  }
  if ((match = /^XXXX-(\d{2})$/.exec(value))) {
    return { what: MONTHS[Number(match[1])], unknown: 'year' };
  }
  if ((match = /^XXXX-Q(\d)$/.exec(value))) {
    return { what: `the ${ORDINALS[Number(match[1])]} quarter`, unknown: 'year' };
  }
  if ((match = /^XXXX-(SP|SU|FA|WI)$/.exec(value))) {
    return { what: SEASONS[match[1]], unknown: 'year' };
  }
  if (/^XXXX-WXX/.test(value)) {
    return { what: /-WE$/.test(value) ? 'a weekend' : 'a week', unknown: 'which one' };
  }
  if (/^XXXX-XX-XX/.test(value)) {
    return { what: clock ? `a day's${clock.replace(/^ at/, '')}` : 'a day', unknown: 'which day' };
  }
  if (/^XXXX-(?:XX|QX|HX)$/.test(value)) {
    return { what: /QX/.test(value) ? 'a quarter' : /HX/.test(value) ? 'a half year' : 'a month', unknown: 'which one' };
  }
  return { what: 'a year', unknown: 'which one' };
}

/** Why the article's date is what it is, in words. */
export function publishedBasisText(published: PublishedDate): string {
  switch (published.basis) {
    case 'given':
      return published.reason ?? 'given';
    case 'stated':
      return `stated on the page${published.reason ? ` (${published.reason})` : ''}${published.evidence ? `: “${published.evidence.text}”` : ''}`;
    case 'inferred':
      return `inferred${published.reason ? `: ${published.reason}` : ''}${published.evidence ? ` (“${published.evidence.text}”)` : ''}`;
    default:
      return 'unknown';
  }
}

function setDateLink(uri: string, label: string): string {
  return `[${label}](command:${SET_PUBLICATION_DATE_COMMAND}?${encodeURIComponent(JSON.stringify([uri]))} "Byline: Set Publication Date…")`;
}

function unknownWhy(published: PublishedDate): string {
  const known = published.partial ?? null;
  return known ? `only the article's ${known.length === 4 ? 'year' : 'month'} (${known}) is known` : "the article's date is unknown";
}

export function dateHover(date: DateExpression, analysis: Analysis, uri: string): string {
  const published = analysis.metadata.published;
  if (date.unresolved) {
    const { what, unknown } = describeUnresolved(date.value);
    return [
      `**${what}** (${unknown} unknown: ${unknownWhy(published)}) — \`${date.value}\``,
      `${setDateLink(uri, 'Set Publication Date…')} to resolve every relative date of this article at once.`,
    ].join('\n\n');
  }
  const lines = [`**${date.type.toLowerCase()}** \`${date.value}\`${date.mod ? ` (${date.mod})` : ''}`];
  if (/^\d{4}-\d{2}-\d{2}$/.test(date.value)) {
    const weekday = new Date(`${date.value}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
    lines.push(`${weekday} ${date.value}`);
  }
  if (!date.relative) {
    lines.push('Absolute.');
    return lines.join('\n\n');
  }
  const anchor = date.anchor ?? published.value ?? published.partial;
  if (anchor !== undefined && anchor !== null && (anchor === published.value || anchor === published.partial)) {
    lines.push(`Relative: resolved against **${anchor}**, the article's date — ${publishedBasisText(published)}.`);
  } else {
    lines.push(`Relative: resolved against **${anchor ?? 'the text'}**, the date the sentence is about.`);
  }
  lines.push(setDateLink(uri, published.basis === 'given' ? 'Change the publication date…' : 'Set Publication Date…'));
  return lines.join('\n\n');
}
