import type { BoilerplateKind } from '../types';
import type { LineInfo } from './lines';

/**
 * Generic page-furniture vocabulary (words any news site uses for its widgets), matched against whole short
 * lines. Hand-written: no library classifies scraped text lines; readability-style extractors need the DOM.
 */
const WHOLE_LINE_CUES: [BoilerplateKind, RegExp][] = [
  [
    'advertisement',
    /^(?:advertisement|advertising|advert|ads?|sponsored(?: content| links?| stories)?|promoted(?: content| stories)?|paid (?:content|post|partner content)|(?:story|article) continues (?:below|after)(?: (?:the )?(?:advertisement|gallery|video|photos?|slideshow|ad))?|continue reading (?:the main story|below)|scroll (?:down )?to continue(?: with content)?|supported by|ad feedback|report (?:this )?ad)$/i,
  ],
  [
    'share',
    /^(?:share(?:\s+(?:this|on|via|article|story|the story)\b.{0,40}|:.{0,40})?|tweet|facebook|twitter|x|linkedin|reddit|pinterest|whatsapp|telegram|e-?mail|print|flipboard|pocket|copy(?: the)? link.*|link copied.*|url ?copied.*|pin(?: it)?|save|like|follow(?: us)?(?: on .{0,30})?|\d+ shares?|shares?|messenger|sms|youtube|instagram|rss|tiktok)$/i,
  ],
  ['tags', /^(?:tags?|topics?|related (?:tags|topics)|filed under|categories|keywords|more (?:on|about) (?:this|these) topics?)\b\s*:?/i],
  [
    'related-link',
    /^(?:read also|see also|also read|also see|related(?: articles?| stories| coverage| content| posts?| news| links?| reading)?|recommended(?: for you| stories| articles| reading)?|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|more (?:from|stories|news|in|on|like this)|most (?:read|popular|viewed|shared|commented)|trending(?: now| stories)?|what to read next|latest(?: news| stories| articles)?|next up|top stories|editor'?s picks|popular (?:now|stories)|up next|watch next|don'?t miss|further reading|in (?:other|related) news)\b\s*:?/i,
  ],
  [
    'read-more',
    /^(?:read (?:more|full (?:article|story)|the (?:full|rest of the|original) (?:article|story))|continue reading|full story|view (?:full|original) (?:article|story)|originally published (?:on|at|in)\b)/i,
  ],
  [
    'navigation',
    /^(?:home(?:page| page)?|menu|main menu|search|search(?: for)? .{0,30}|extended search.*|skip to .{0,40}|jump to .{0,30}|sign ?in|sign ?up|log ?in|log ?out|register|subscribe(?: now| today)?|newsletters?|back to top|return to top|top|next|previous|prev|next (?:article|story|post)|previous (?:article|story|post)|close|open|more|show more|load more|sections|toggle navigation|navigation|you are (?:here|at):?|breadcrumbs?|site (?:index|map|information navigation)|my account|account|profile|settings|notifications|go to (?:home ?page|top).*|contact(?: us)?|about(?: us)?|help|faq|careers|archives?|weather|video|videos|photos|podcasts?|live|watch live|listen|menu close|\W{1,3}|\d{1,3}|[a-z]{1,2})$/i,
  ],
  [
    'comments',
    /^\W*(?:\d[\d,]*\s+)?(?:(?:top|best|newest|oldest|all|reader|readers'?|user|view|show|load|read|hide|rated)\s+)*(?:comments?|responses?|replies|discussion)\b.{0,60}$|\b\d[\d,]*\s+(?:comments?|responses?|replies)\b|^(?:join the (?:conversation|discussion)|leave a (?:comment|reply)|post a comment|add (?:a )?comment|be the first to comment.*|reply|report(?: abuse)?|flag|\d+ (?:likes?|points?|upvotes?|votes?)|rating:? .{0,20}votes?)$/i,
  ],
  [
    'metadata',
    /^(?:(?:published|updated|posted|last (?:updated|modified)|first published|modified|date|created)\b[\s:]*.{0,60}\d.{0,40}|\d+\s*(?:min(?:ute)?s?|hours?)\s+read|(?:\d+|an?)\s+(?:seconds?|min(?:ute)?s?|hours?|days?|weeks?|months?|years?)\s+ago\b.{0,30}|reading time.{0,30}|\d+\s+views?)$/i,
  ],
];

/** A site's copyright notice (a year or "all rights reserved"), as opposed to "© Photographer" under a picture. */
const COPYRIGHT_NOTICE = /(?:©|\(c\)|copyright)\s*(?:\d{4}|.*\ball rights reserved\b)|\ball rights reserved\b/i;
const COPYRIGHT = /(?:©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b)/i;
const COPYRIGHT_START = /^\W*(?:©|copyright)/i;

const LEGAL_CUES = [
  /\bterms (?:of|and) (?:use|service|sale|conditions)\b/i,
  /\bprivacy (?:policy|notice|statement|rights|settings)\b/i,
  /\bcookies?\b/i,
  /\bwithout (?:the )?(?:prior |express )?(?:written )?(?:permission|consent)\b/i,
  /\breproduc(?:e|ed|tion)\b/i,
  /\bredistribut/i,
  /\b(?:hyper)?links? to (?:the |our )?(?:web ?site|site|source|original)\b/i,
  /\bmandatory\b/i,
  /\bdisclaimer\b/i,
  /\bprohibited\b/i,
  /\bmedia (?:identifier|entity|registration|outlet registration)\b/i,
  /\bregistration (?:number|certificate|no)\b/i,
  /\b(?:citing|using|use of) (?:any |the )?materials?\b/i,
  /\bin accordance with\b/i,
  /\bad ?choices\b/i,
  /\bdo not sell my\b/i,
  /\ball rights reserved\b/i,
  /\btrademarks?\b/i,
  /\bliab(?:le|ility)\b/i,
];

// Every cue starts with \b: one \b before the alternation is tested once per position, not once per cue.
const ANY_LEGAL_CUE = new RegExp(`\\b(?:${LEGAL_CUES.map((cue) => cue.source.replace(/^\\b/, '')).join('|')})`, 'i');

function legalScore(text: string): number {
  if (!ANY_LEGAL_CUE.test(text)) {
    return 0;
  }
  let score = 0;
  for (const cue of LEGAL_CUES) {
    if (cue.test(text)) {
      score++;
    }
  }
  return score;
}

const BYLINE_LEAD = /^\(?(?:by|written by|words by|story by|(?:additional )?reporting by|report by|text by|posted by|compiled by|edited by|editing by|author:?)\s+(.)/i;

/** "By Jane Doe", "(Reporting by Jane Doe; Editing by …)": the lead words in any case, then a capitalised name. */
function isBylineLead(text: string): boolean {
  const next = BYLINE_LEAD.exec(text)?.[1];
  return next !== undefined && next !== next.toLowerCase();
}
/** A caption that carries its own credit at the end: "… (Agency Photo/Jane Doe)", "…Credit...Jane Doe/Agency". */
const CAPTION_WITH_CREDIT =
  /(?:\((?:[^()]*\b[Pp]hoto\b[^()]*|\s*\p{Lu}[^()/]*\/\s*\p{Lu}[^()]*|\s*(?:[Ii]mage|IMAGE|[Pp]icture|[Cc]redit|[Ss]ource)s?\s*:[^()]*)\)|(?:\b|(?<=[a-z.]))[Cc]redit\s*(?:\.{2,}|…|:)\s*\p{Lu}.{0,80})$/u;
/** Offset of the credit that ends a caption line ("… (Photo: Jane Roe/Agency)"), or null. */
export function creditAtEnd(text: string): number | null {
  return text.endsWith(')') || text.includes('redit') ? (CAPTION_WITH_CREDIT.exec(text)?.index ?? null) : null;
}
/** An agency-style credit: names joined by slashes or bars ("Jane Doe/Agency/Photo Service", "Jane Doe | Agency"). */
const SLASHED_CREDIT = /^\p{Lu}[\p{L}.' -]{1,40}(?:\s*[/|]\s*\p{Lu}[\p{L}.' -]{1,40}){1,3}$/u;
/** Calls to subscribe, sign up or follow: "Sign up for our newsletter", "Follow us on …". */
const PROMO_START = /^(?:subscribe|sign up|join|follow|get|stay|want|like this|don'?t miss|click|download|never miss|support|become a|have a tip|got a (?:news )?tip|listen to|start your day|for more|to get)\b/i;
const PROMO_WORD = /\b(?:newsletters?|inbox|subscribe|subscription|sign up|follow us|on (?:twitter|facebook|instagram|youtube)|share (?:it|this)|e-?mail alerts|our app)\b/i;
const NAME = "\\p{Lu}[\\p{L}'’.-]*";
/** "Jane Doe for Example News": two or three name words (not "A …" or "The …"), then the outlet. */
const NAME_FOR_OUTLET = new RegExp(`^(?!(?:A|An|The) )${NAME}(?: ${NAME}){1,2},? for (?:the )?${NAME}(?: ${NAME}){0,3}\\.?$`, 'u');
const NAME_BAR_OUTLET = new RegExp(`^(?:[Bb]y )?${NAME}(?: ${NAME}){0,3}\\s*[|•,]\\s*${NAME}(?: ${NAME}){0,4}$`, 'u');
const CONTRIBUTED = /\bcontributed(?: additional)? (?:reporting|research|to (?:this|the) (?:report|story|article))\b|^\(?(?:additional )?reporting by\b.*;\s*editing by\b/i;
const DATED_BYLINE = new RegExp(
  `^By ${NAME}(?: ${NAME}){1,3}(?:\\s*,\\s*${NAME}(?: ${NAME}){1,3})*\\s*(?:\\||on (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))`,
  'u',
);
/** "Jane Doe for Example News", "Jane Doe | Example News": the literal each needs is looked for first (a Unicode
 * name pattern tried on every short line was a hot spot). */
function isNameForOutlet(text: string): boolean {
  return (text.includes(' for ') && NAME_FOR_OUTLET.test(text)) || (SEPARATOR.test(text) && NAME_BAR_OUTLET.test(text));
}
const SEPARATOR = /[|•,]/;
const NAME_LINE = new RegExp(`^\\(?${NAME}(?:[ /&-]+${NAME}){0,3}\\)?$`, 'u');
const PHOTO_CREDIT =
  /^(?:\(?(?:photo|photos|image|images|picture|photograph|photography|video|graphic|illustration|credit|image credit|photo credit|main image credit|source|images?\s+via)s?\s*(?::|by\b|courtesy\b)|\(?courtesy of\b|©\s*\S.{0,40}$)/i;
const MARKDOWN_IMAGE = /^!\[[^\]]*\]\([^)]*\)$/;
const CAPTION_PREFIX = /^(?:(?:image|photo|picture) caption\b|(?:above|below|pictured|caption|top|left|right|main picture|file photo|in this (?:photo|image|file photo))\s*:)/i;
const GALLERY = /^(?:image|photo|slide|picture)?\s*\d+\s*(?:of|\/)\s*\d+$/i;
const DATE_ONLY =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b.{0,40}$|^\d{4}[-./]\d{1,2}[-./]\d{1,2}\b.{0,30}$|^\d{1,2}[./]\d{1,2}[./]\d{2,4}\b.{0,30}$/i;

/** "Related: …": a colon after 1–30 characters (/^[^:]{1,30}:/, without a regex call per line). */
function hasLabel(text: string): boolean {
  const colon = text.indexOf(':');
  return colon >= 1 && colon <= 30;
}

/** Furniture kind of a whole line from its wording alone, or null. */
export function lineCue(line: LineInfo): BoilerplateKind | null {
  if (line.blank) {
    return null;
  }
  const { text, length } = line;
  // A sentence only counts as furniture when it is labelled as such ("Related: …"); "Shares rose …" is prose.
  if (length <= 120 && (!line.prose || hasLabel(text))) {
    for (const [kind, pattern] of WHOLE_LINE_CUES) {
      if (pattern.test(text)) {
        return kind;
      }
    }
  }
  // "(Photo: Jane Roe/Agency)" alone on its line is the credit, not a caption carrying one
  const wholeCredit = length <= 120 && PHOTO_CREDIT.test(text) && !COPYRIGHT_NOTICE.test(text) && CAPTION_WITH_CREDIT.exec(text)?.index === 0;
  if (!wholeCredit && (isMarkdownImage(text) || (length <= 400 && (CAPTION_PREFIX.test(text) || creditAtEnd(text) !== null)))) {
    return 'caption';
  }
  if (isGluedTeaser(text)) {
    return 'related-link';
  }
  if (length <= 300 && PROMO_START.test(text) && PROMO_WORD.test(text)) {
    return 'advertisement';
  }
  if (length <= 90 && !line.prose && text.includes('/') && SLASHED_CREDIT.test(text)) {
    return 'photo-credit';
  }
  if (length <= 120) {
    if (GALLERY.test(text)) {
      return 'caption';
    }
    if (PHOTO_CREDIT.test(text) && !COPYRIGHT_NOTICE.test(text)) {
      return 'photo-credit';
    }
    if (!line.prose && DATE_ONLY.test(text)) {
      return 'dateline';
    }
  }
  if (length <= 300 && (length <= 120 || COPYRIGHT_START.test(text)) && COPYRIGHT.test(text)) {
    return 'copyright';
  }
  const legal = line.words >= 2 ? legalScore(text) : 0;
  if (legal >= 3 || (legal >= 2 && length <= 400) || (legal >= 1 && length <= 60 && !line.prose)) {
    return 'legal';
  }
  if (length <= 300 && line.words <= 40 && (!line.prose || text.startsWith('(')) && !text.endsWith(':') && (isBylineLead(text) || isNameForOutlet(text))) {
    return 'byline';
  }
  // sentences that credit the reporters: "Jane Roe contributed reporting.", "By Jane Roe on Monday, May 4, …"
  if (length <= 300 && (CONTRIBUTED.test(text) || (text.startsWith('By ') && DATED_BYLINE.test(text)))) {
    return 'byline';
  }
  return null;
}

const GLUED_START = /[a-z?!'"”’)]([A-Z][a-z]*)\s/g;
const FUNCTION_WORD = /\b(?:the|a|an|of|to|in|is|was|are|for|and|on|has|have|with)\b/;

/**
 * A teaser of a page dump: a Title Case headline glued to the first words of its story ("…Cup FinalThe team
 * was …"), as text converters join adjacent inline elements.
 */
function isGluedTeaser(text: string): boolean {
  if (text.length > 400) {
    return false;
  }
  GLUED_START.lastIndex = 0;
  for (let match = GLUED_START.exec(text); match; match = GLUED_START.exec(text)) {
    const head = text.slice(0, match.index + 1).split(/\s+/);
    // Brand names glue short parts too ("MacBook"); a headline's last word is a longer one.
    const lastPart = /[\p{L}]+[?!'"”’)]?$/u.exec(head[head.length - 1])?.[0] ?? '';
    if (head.length >= 5 && lastPart.length >= 4 && FUNCTION_WORD.test(text.slice(match.index + 1, match.index + 60))) {
      const capitalised = head.filter((word) => /^[\p{Lu}\d'‘"“]/u.test(word)).length;
      return head.length <= 25 && capitalised / head.length >= 0.75;
    }
    if (head.length >= 5) {
      return false;
    }
  }
  return false;
}

export function isMarkdownImage(text: string): boolean {
  return text.charCodeAt(0) === 0x21 && MARKDOWN_IMAGE.test(text); // "!": most lines are ruled out without a regex call
}

/** A short line that reads like a person's or agency's name: a credit or an outlet line. */
export function isNameLine(line: LineInfo): boolean {
  return (
    !line.blank &&
    line.length <= 40 &&
    line.words >= 1 &&
    line.words <= 4 &&
    !/[.!?:;]$/.test(line.text) &&
    NAME_LINE.test(line.text)
  );
}

/** Photo credit shape: an explicit credit cue or a bracketed name. */
export function isCreditLine(line: LineInfo): boolean {
  return !line.blank && line.length <= 80 && (PHOTO_CREDIT.test(line.text) || /^\([^()]{2,60}\)$/.test(line.text));
}

/** Furniture glued to the end of a body line, e.g. "… Read Full Article at example.com." */
const GLUED_READ_MORE =
  /(?:^|\s)((?:Read|Continue reading|See)(?: the)?(?: full| more| rest of the)? (?:article|story|more)? ?(?:at|on) [\w.-]+\.[a-z]{2,}\.?)\s*$/i;

/** The last word of such a line is a domain; testing that first spares the full pattern on every body line. */
const DOMAIN_WORD = /^[\w.-]+\.[a-z]{2,}\.?$/i;

export function gluedReadMore(text: string): { offset: number; length: number } | null {
  const trimmed = text.trimEnd();
  if (!DOMAIN_WORD.test(trimmed.slice(trimmed.lastIndexOf(' ') + 1))) {
    return null;
  }
  const match = GLUED_READ_MORE.exec(text.length > 400 ? text.slice(-400) : text);
  if (!match) {
    return null;
  }
  const base = text.length > 400 ? text.length - 400 : 0;
  const offset = base + match.index + match[0].indexOf(match[1]);
  return { offset, length: match[1].length };
}
