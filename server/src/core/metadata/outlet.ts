import type { Boilerplate, TextSpan } from '../types';

const NAME = "\\p{Lu}[\\p{L}\\p{N}'’.&-]*";
const OUTLET_NAME = `${NAME}(?:\\s+(?:${NAME}|of|the|and|&))*`;
/** "Jane Doe for Example News", "By Jane Doe | Example News". */
const BYLINE_OUTLET = new RegExp(`(?:\\sfor\\s+(?:the\\s+)?|^[Bb]y\\s.*?\\s*[|•]\\s*)(${OUTLET_NAME})\\s*\\.?$`, 'u');
/** "© 2015-2025 Example News. All rights reserved.", "Copyright 2019 Example Media Inc." */
const COPYRIGHT_HOLDER = new RegExp(
  `(?:©|\\([cC]\\)|[Cc]opyright|COPYRIGHT)\\s*(?:©\\s*)?(?:[Cc]opyright\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?,?\\s*)?(?:[Bb]y\\s+)?(${OUTLET_NAME}(?:,?\\s+(?:Inc|LLC|Ltd|plc|GmbH|S\\.A)\\.?)?)`,
  'u',
);
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

function namedElsewhere(text: string, name: string, block: Boilerplate): boolean {
  const first = text.indexOf(name);
  const again = first === block.start ? text.indexOf(name, block.end) : first;
  return again >= 0;
}

/**
 * The publisher, only when the text names it: a byline that credits an outlet, a copyright notice, a bare one-word
 * outlet line standing as the byline, or a "Read Full Article at site" teaser. A photo credit is not a publisher.
 */
export function findOutlet(text: string, boilerplate: Boilerplate[], nearBody: (block: Boilerplate) => boolean): TextSpan | null {
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
  for (const block of bylines) {
    const content = text.slice(block.start, block.end);
    // A single capitalised word standing as the byline is an outlet (agency) name, not a person's, when the text
    // names it once more ("…, Example reports").
    if (/^\p{Lu}[\p{L}\p{N}.&-]{1,40}$/u.test(content) && namedElsewhere(text, content, block)) {
      return { start: block.start, end: block.end, text: content };
    }
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
