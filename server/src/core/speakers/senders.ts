import { DETERMINERS, DOCUMENT_NOUNS, MEDIA_NOUNS, SPEECH_NOUNS } from './lexicon';
import { isWord } from './clauses';
import type { Phrase } from './phrases';
import { subjectBefore, type ClauseContext } from './subjects';
import { isCapitalized } from './tokens';
import { sentenceStart, type CueMatch } from './cueMatch';

/** Nouns of a written or recorded message that a participle can report ("a statement saying …"). */
const MESSAGES = new Set([...DOCUMENT_NOUNS, ...SPEECH_NOUNS, ...MEDIA_NOUNS]);

/** Verbs of sending a message out: its sender is the source of what the message says. */
const SENDING = new Set(`
  send sends sent issue issues issued release releases released post posts posted write writes wrote put puts
  publish publishes published tweet tweets tweeted email emails emailed e-mail e-mailed share shares shared circulate
  circulates circulated distribute distributes distributed file files filed mail mails mailed pen pens penned
  air airs aired run runs ran
`.trim().split(/\s+/));

const PARTICLES = new Set(['out', 'up', 'off']);
const CLAUSE_OPENERS = new Set(['as', 'when', 'while', 'after', 'before', 'because', 'since', 'that', 'which', 'who', 'and', 'but']);

/** How far back from the participle the message noun may stand ("a letter to Governor Jane Roe asking"). */
const MAX_REACH = 8;

/**
 * "The union issued a statement saying …", "Roe sent out a letter to the governor asking …": a participle after a
 * message that someone sent reports the sender's words, not those of a name between ("to Governor Jane Roe").
 */
export function messageSender(context: ClauseContext, floor: number, participle: number): Phrase | null {
  const { tokens } = context;
  for (let noun = participle - 1; noun > floor && participle - noun <= MAX_REACH; noun--) {
    const token = tokens[noun];
    if (!isWord(token) || CLAUSE_OPENERS.has(token.lower)) {
      return null; // a new clause stands between: "… an email as the committee met, vowing …"
    }
    if (!MESSAGES.has(token.lower) || isCapitalized(token)) {
      continue;
    }
    let determiner = noun - 1;
    while (determiner > floor && isWord(tokens[determiner]) && !DETERMINERS.has(tokens[determiner].lower) && noun - determiner < 4) {
      determiner--;
    }
    let verb = determiner - 1;
    if (PARTICLES.has(tokens[verb]?.lower ?? '')) {
      verb--;
    }
    const sent = tokens[verb];
    if (!DETERMINERS.has(tokens[determiner]?.lower ?? '') || verb <= floor || !isWord(sent) || isCapitalized(sent) || !SENDING.has(sent.lower)) {
      return null;
    }
    return subjectBefore(context, verb, floor);
  }
  return null;
}

/** "Doe released a memo titled “The Facts”": the title a sent message bears is its sender's. */
export function titledMessageSender(context: ClauseContext, quote: number): CueMatch | null {
  const titled = context.tokens[quote - 1];
  if (!isWord(titled) || (titled.lower !== 'titled' && titled.lower !== 'entitled')) {
    return null;
  }
  const subject = messageSender(context, sentenceStart(context.tokens, quote), quote - 1);
  return subject ? { subject, cue: null, position: 'before' } : null;
}
