/**
 * Byline: Set Publication Date… — the date the article's relative dates are resolved against. Prefilled with the
 * date already given, else the one the text states or implies (with its evidence in the prompt); an empty answer
 * removes the given date. The server stores it in `.byline/metadata/` and resolves every relative date again.
 */

import { parseGivenDate, type PublicationDateInfo, type PublishedInfo } from '../../../server/src/protocol/publication';
import type { CommandDeps, CommandHandler } from './types';

/** The text's own date and where it comes from, in words, for the prompt. */
export function textDateDescription(fromText: PublishedInfo): string {
  const date = fromText.value ?? fromText.partial;
  if (!date) {
    return 'The text gives no date of its own.';
  }
  const evidence = fromText.evidence ? `: “${fromText.evidence.text}”` : '';
  const how = fromText.basis === 'stated' ? 'states' : 'suggests';
  return `The text ${how} ${date}${fromText.reason ? ` (${fromText.reason}${evidence})` : evidence}.`;
}

/** Why an input is not a date, or undefined when it is one (or empty: remove the given date). */
export function publicationDateProblem(value: string): string | undefined {
  if (value.trim() === '') {
    return undefined;
  }
  try {
    parseGivenDate(value);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

function prompt(info: PublicationDateInfo): string {
  const given = info.given ? `Set now: ${info.given.value}${info.given.creator ? ` by ${info.given.creator}` : ''}. ` : '';
  return `${given}${textDateDescription(info.fromText)} YYYY-MM-DD (or YYYY-MM, YYYY); empty to use the text's own date.`;
}

export function setPublicationDate(deps: CommandDeps): CommandHandler {
  return async (arg?: unknown) => {
    const uri = typeof arg === 'string' ? arg : deps.editor()?.uri;
    if (!uri) {
      deps.ui.warn('Byline: open an article to set its publication date.');
      return;
    }
    const info = await deps.server.publicationDate(uri);
    if (!info) {
      deps.ui.warn('Byline: this document is not analysed (Byline is off for it, or the language server is not running).');
      return;
    }
    if (!info.writable) {
      deps.ui.warn(`Byline: the publication date cannot be stored here: ${info.readOnlyReason ?? 'read-only'}.`);
      return;
    }
    const value = await deps.ui.input({
      title: 'Byline: Set Publication Date',
      prompt: prompt(info),
      value: info.given?.value ?? info.fromText.value ?? info.fromText.partial ?? '',
      placeholder: 'YYYY-MM-DD',
      validateInput: publicationDateProblem,
    });
    if (value === undefined || (value.trim() === '' && !info.given) || value.trim() === info.given?.value) {
      return;
    }
    const updated = await deps.server.setPublicationDate(uri, value.trim() === '' ? null : value.trim());
    const now = updated?.current.value ?? updated?.current.partial;
    void deps.ui.info(
      value.trim() === ''
        ? `Byline: the given date is removed; relative dates now follow ${now ? `the text's date, ${now}` : 'no date (the text gives none)'}.`
        : `Byline: every relative date of this article is now resolved against ${now ?? value.trim()}.`,
    );
  };
}
