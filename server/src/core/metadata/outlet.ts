import type { Boilerplate, Span, TextSpan } from '../types';

const NAME = "\\p{Lu}[\\p{L}\\p{N}'’.&-]*";
const OUTLET_NAME = `${NAME}(?:\\s+(?:${NAME}|of|the|and|&))*`;
/** "Jane Doe for Example News", "By Jane Doe | Example News". */
const BYLINE_OUTLET = new RegExp(`(?:\\sfor\\s+(?:the\\s+)?|^[Bb]y\\s.*?\\s*[|•]\\s*)(${OUTLET_NAME})\\s*\\.?$`, 'u');
/** "© 2015-2025 Example News. All rights reserved.", "Copyright 2019 Example Media Inc." */
const COPYRIGHT_HOLDER = new RegExp(
  `(?:©|\\([cC]\\)|[Cc]opyright|COPYRIGHT)\\s*(?:©\\s*)?(?:[Cc]opyright\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?,?\\s*)?(?:[Bb]y\\s+)?(${OUTLET_NAME}(?:,?\\s+(?:Inc|LLC|Ltd|plc|GmbH|S\\.A)\\.?)?)`,
  'u',
);
/**
 * A wire-style dateline opening a paragraph names the outlet (or agency) in brackets: "WESTHAVEN, Mar 4 (Example
 * Post) - …", "NEW HARBOUR (Example Wire) — …". The place is in capitals; a date may follow it.
 */
const WIRE_DATELINE = new RegExp(
  `^\\p{Lu}[\\p{Lu}\\p{M}.'’ -]{1,40}(?:,[ \\t]*[\\p{L}.' ]{1,30})?(?:,[ \\t]*\\p{Lu}\\p{Ll}{2,8}\\.?[ \\t]+\\d{1,2})?[ \\t]*\\((${OUTLET_NAME})\\)[ \\t]*[-–—]`,
  'mu',
);
/** How far into the text a dateline is looked for: the article's opening, not a quoted wire story further down. */
const DATELINE_REACH = 3000;
/** "Read Full Article at example.com" names the site the teaser comes from. */
const READ_MORE_SITE = /\b(?:at|on)\s+(?:www\.)?([\p{L}\p{N}-]+)\.[\p{L}.]{2,}/u;

function sub(text: string, block: Boilerplate, pattern: RegExp, trimDot = true): TextSpan | null {
  const content = text.slice(block.start, block.end);
  const match = pattern.exec(content);
  if (!match?.[1]) {
    return null;
  }
  let name = match[1].split(/\.\s|\s+all rights reserved/i)[0];
  if (trimDot) {
    name = name.replace(/[.\s]+$/, '');
  }
  const offset = block.start + (match.index + match[0].indexOf(match[1]));
  return name.length >= 2 && name.length <= 60 ? { start: offset, end: offset + name.length, text: name } : null;
}

/** A site notice ("© 2019 Example Media. All rights reserved."), not a picture's "Image copyright Agency". */
function isPublisherNotice(before: string, notice: string): boolean {
  return !/\b(?:image|photo|picture|credit)s?\b/i.test(before) && /©|\(c\)|\b(?:19|20)\d{2}\b|all rights reserved/i.test(notice);
}

/** Furniture kinds a masthead line may have been given (a bare name line, or a short label in the header). */
const MASTHEAD_KINDS: ReadonlySet<Boilerplate['kind']> = new Set(['byline', 'navigation', 'metadata']);
const MASTHEAD_WORD = "\\p{Lu}[\\p{L}'’.&-]*";
/** Two to four capitalised words (connectors in lower case), no digits, no closing punctuation: "The Daily Example". */
const MASTHEAD = new RegExp(`^${MASTHEAD_WORD}(?:[ \\t]+(?:${MASTHEAD_WORD}|of|the|and|&)){1,3}$`, 'u');
/** Furniture that names the publisher when it repeats the line: "© 2024 Example Media", "Photo: Jane Doe/Example". */
const PUBLISHER_KINDS: ReadonlySet<Boilerplate['kind']> = new Set(['copyright', 'photo-credit']);
const MAX_MASTHEAD_LENGTH = 40;

function isLineBreak(char: string): boolean {
  return char === '\n' || char === '\r';
}

/** Whether only white space stands between the span and the ends of its line. */
function isWholeLine(text: string, span: Span): boolean {
  for (let i = span.start - 1; i >= 0 && !isLineBreak(text[i]); i--) {
    if (text[i].trim() !== '') {
      return false;
    }
  }
  for (let i = span.end; i < text.length && !isLineBreak(text[i]); i++) {
    if (text[i].trim() !== '') {
      return false;
    }
  }
  return true;
}

/**
 * The outlet's name printed as a line of its own right under the headline ("The Daily Example"): the first furniture
 * line after the title (title repeats aside), shaped like a name. An author's name or a menu label can stand there
 * too, so the name must read as a title ("The …") or come back in a copyright notice or a photo credit.
 */
function mastheadLine(text: string, boilerplate: Boilerplate[], title: Span): TextSpan | null {
  let from = title.end;
  for (const block of boilerplate) {
    if (block.end <= title.end) {
      continue;
    }
    if (text.slice(from, block.start).trim() !== '') {
      return null; // something that is not furniture stands between the title and this line
    }
    if (block.kind === 'title-repeat') {
      from = block.end;
      continue;
    }
    const content = text.slice(block.start, block.end);
    if (!isWholeLine(text, block) || !MASTHEAD_KINDS.has(block.kind) || content.length > MAX_MASTHEAD_LENGTH || !MASTHEAD.test(content)) {
      return null;
    }
    const repeated = boilerplate.some((other) => PUBLISHER_KINDS.has(other.kind) && text.slice(other.start, other.end).includes(content));
    return content.startsWith('The ') || repeated ? { start: block.start, end: block.end, text: content } : null;
  }
  return null;
}

function namedElsewhere(text: string, name: string, block: Boilerplate): boolean {
  const first = text.indexOf(name);
  const again = first === block.start ? text.indexOf(name, block.end) : first;
  return again >= 0;
}

/**
 * The publisher, only when the text names it: a byline that credits an outlet, a copyright notice, the outlet's name
 * on a line under the headline, a bare one-word outlet line standing as the byline, a wire-style dateline
 * ("CITY (Outlet) -"), or a "Read Full Article at site" teaser. A photo credit is not a publisher.
 */
export function findOutlet(
  text: string,
  boilerplate: Boilerplate[],
  nearBody: (block: Boilerplate) => boolean,
  title: Span | null,
): TextSpan | null {
  // Only the article's own byline, just above or below its body; name lines elsewhere on a page are menus.
  const bylines = boilerplate.filter((block) => block.kind === 'byline' && nearBody(block));
  for (const block of bylines) {
    const found = sub(text, block, BYLINE_OUTLET);
    if (found) {
      return found;
    }
  }
  for (const block of boilerplate) {
    if (block.kind === 'copyright') {
      const found = sub(text, block, COPYRIGHT_HOLDER);
      if (found && isPublisherNotice(text.slice(block.start, found.start), text.slice(block.start, block.end)) && !/^(?:all rights reserved|photo|image)/i.test(found.text)) {
        return found;
      }
    }
  }
  const masthead = title ? mastheadLine(text, boilerplate, title) : null;
  if (masthead) {
    return masthead;
  }
  for (const block of bylines) {
    const content = text.slice(block.start, block.end);
    // A single capitalised word standing as the byline is an outlet (agency) name, not a person's, when the text
    // names it once more ("…, Example reports").
    if (/^\p{Lu}[\p{L}\p{N}.&-]{1,40}$/u.test(content) && namedElsewhere(text, content, block)) {
      return { start: block.start, end: block.end, text: content };
    }
  }
  const dateline = WIRE_DATELINE.exec(text.slice(0, DATELINE_REACH));
  if (dateline?.[1]) {
    const start = dateline.index + dateline[0].lastIndexOf(`(${dateline[1]})`) + 1;
    return { start, end: start + dateline[1].length, text: dateline[1] };
  }
  for (const block of boilerplate) {
    if (block.kind === 'read-more') {
      const found = sub(text, block, READ_MORE_SITE, false);
      if (found) {
        return found;
      }
    }
  }
  return null;
}
