import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../server/src/core/index';
import { attributeQuotes, type Attribution } from '../../server/src/core/speakers';
import { buildStructure } from '../../server/src/core/structure';
import type { Quote, QuoteKind } from '../../server/src/core/types';
import { assertGolden, renderSpans, type LabelledSpan } from '../helpers/golden';
import { pairedQuotes } from '../helpers/quotes';
import { needsShared, seedText } from '../helpers/shared';

const FIXTURES = resolve(__dirname, '..', 'fixtures', 'speakers');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

/**
 * Quotes for the fixtures, built here so that these tests do not depend on the quote detector: straight or curly
 * double quotes paired within a paragraph. Kind: 'direct' for a capitalised quote of four words or more, else 'partial'
 * (attribution refines it).
 */
function quotesIn(text: string): Quote[] {
  return pairedQuotes(text, /["“]([^"“”\n]*)["”]/g, (inner): QuoteKind => (/^[A-Z]/.test(inner) && inner.split(/\s+/).length >= 4 ? 'direct' : 'partial'));
}

function attribute(text: string, quotes: Quote[] = quotesIn(text)): Attribution {
  return attributeQuotes(buildStructure(text), quotes, []);
}

interface Seen {
  speaker: string | null;
  mention: string | null;
  cue: string | null;
  kind: QuoteKind;
}

/** What each quote was attributed to, by the quote's text. */
function seen(text: string, result: Attribution): Map<string, Seen> {
  return new Map(
    result.quotes.map((quote) => [
      quote.text,
      {
        speaker: quote.speaker === null ? null : result.speakers[quote.speaker].name,
        mention: quote.speakerMention ? text.slice(quote.speakerMention.start, quote.speakerMention.end) : null,
        cue: quote.cue?.text ?? null,
        kind: quote.kind,
      },
    ]),
  );
}

function only(text: string): Seen {
  const [first] = seen(text, attribute(text)).values();
  return first;
}

test('cue after the quote: "“…,” Rutte said." and "“…,” said Rutte, the chief."', () => {
  assert.deepEqual(only('"We will not move the ships today," Solberg said.'), { speaker: 'Solberg', mention: 'Solberg', cue: 'said', kind: 'direct' });
  const text = '"It will take months and months," said Marek Lind, the envoy\'s deputy.';
  const inverted = attribute(text);
  assert.deepEqual(only(text), { speaker: 'Marek Lind', mention: 'Marek Lind', cue: 'said', kind: 'direct' });
  assert.deepEqual(inverted.speakers[0].roles, ["envoy's deputy"]);
});

test('cue before the quote: "X said: “…”", "According to X, “…”" and a told-phrase cue', () => {
  assert.deepEqual(only('Councillor Pavel Novak disagreed and said: "We are spending money we do not have."'), {
    speaker: 'Pavel Novak',
    mention: 'Pavel Novak',
    cue: 'said',
    kind: 'direct',
  });
  const according = only('According to the Maritime Ministry, "the patrol plan remains under review."');
  assert.equal(according.speaker, 'Maritime Ministry');
  assert.equal(according.cue, 'According to');
  const told = only('"We are not there yet, but closer," Solberg told reporters on Monday.');
  assert.equal(told.cue, 'told reporters');
});

test('split quote: both halves point to the same pronoun mention, resolved to the named person', () => {
  const text = 'Ingrid Solberg spoke last. "Our ships will stay in port," she said, "and I will not apologise for that."';
  const result = attribute(text);
  const [first, second] = result.quotes;
  assert.deepEqual(first.speakerMention, second.speakerMention);
  assert.equal(text.slice(first.speakerMention?.start, first.speakerMention?.end), 'she');
  assert.equal(result.speakers[first.speaker ?? -1].name, 'Ingrid Solberg');
});

test('carry-over: a quote sentence after an attributed one shares its mention', () => {
  const text = '"We are not there yet," Solberg told reporters. "Nobody should expect a miracle in Lisbon."';
  const [first, second] = attribute(text).quotes;
  assert.ok(first.speakerMention);
  assert.deepEqual(second.speakerMention, first.speakerMention);
  assert.deepEqual(second.cue, first.cue);
});

test('a quote right after a sentence that reports speech continues it', () => {
  const text = 'Novak warned the council about the cost of the line. "We cannot pay for it twice."';
  assert.deepEqual(only(text), { speaker: 'Novak', mention: 'Novak', cue: 'warned', kind: 'direct' });
});

test('role phrases resolve to the person whose title they repeat; an unknown role is its own source', () => {
  const text =
    'Harbor Alliance Secretary General Ingrid Solberg opened the meeting. ' +
    'The alliance chief said the talks were "difficult but honest". ' +
    'A harbour pilot said the plan was "a paper fleet".';
  const result = seen(text, attribute(text));
  assert.deepEqual(result.get('difficult but honest'), { speaker: 'Ingrid Solberg', mention: 'The alliance chief', cue: 'said', kind: 'partial' });
  assert.equal(result.get('a paper fleet')?.speaker, 'harbour pilot');
});

test('organisations speak: a ministry, its statement and "it"', () => {
  const text =
    'The Maritime Ministry issued a statement saying it would "respect any decision" taken in Lisbon. ' +
    '"We are ready to share our charts with everyone," it said.';
  const result = attribute(text);
  const ministry = result.speakers.find((speaker) => speaker.name === 'Maritime Ministry');
  assert.ok(ministry, 'the ministry is a speaker');
  assert.equal(ministry.kind, 'org');
  assert.equal(ministry.quotes.length, 2);
  const pronoun = result.mentions.find((mention) => mention.kind === 'pronoun');
  assert.equal(pronoun?.text, 'it');
});

test('aliases and titles: pre-nominal titles stay out of the mention, the surname is an alias', () => {
  const text = 'NATO Secretary General Mark Rutte arrived early. Rutte’s remarks were brief. "We are ready for this," Rutte said.';
  const result = attribute(text);
  const rutte = result.speakers.find((speaker) => speaker.name === 'Mark Rutte');
  assert.ok(rutte);
  assert.deepEqual(rutte.aliases, ['Rutte']);
  assert.deepEqual(rutte.roles, ['NATO Secretary General']);
  assert.deepEqual(
    rutte.mentions.map((index) => result.mentions[index].text),
    ['Mark Rutte', 'Rutte', 'Rutte'],
    'possessive ’s is not part of the mention',
  );
});

test('people named without quotes are listed with their roles; places are not', () => {
  const text = 'President Volodymyr Zelenskyy met special envoy Steve Witkoff in Washington. Moscow did not comment.';
  const result = attribute(text);
  assert.deepEqual(
    result.speakers.map((speaker) => [speaker.name, speaker.roles]),
    [
      ['Volodymyr Zelenskyy', ['President']],
      ['Steve Witkoff', ['special envoy']],
    ],
  );
});

test('kinds: a fragment with a cue is partial, one nobody utters is scare, a lone sentence stays direct', () => {
  const text =
    'The "paper fleet" idea has been around for years.\n\n' +
    'Novak said the plan was "a vanity scheme".\n\n' +
    '"Let the sea decide what happens next."';
  const result = seen(text, attribute(text));
  assert.deepEqual(result.get('paper fleet'), { speaker: null, mention: null, cue: null, kind: 'scare' });
  assert.equal(result.get('a vanity scheme')?.kind, 'partial');
  assert.deepEqual(result.get('Let the sea decide what happens next.'), { speaker: null, mention: null, cue: null, kind: 'direct' });
});

test('a headline led by a name and a colon quotes that name; a quoted title without a cue keeps no speaker', () => {
  const text = 'Ruiz: Trams Are “A Good Day For Every Commuter”\n\nThe council voted on “The Tram Act” on Friday.';
  const quotes = quotesIn(text).map((quote): Quote => ({ ...quote, kind: 'title' }));
  const result = seen(text, attribute(text, quotes));
  assert.deepEqual(result.get('A Good Day For Every Commuter'), { speaker: 'Ruiz', mention: 'Ruiz', cue: null, kind: 'partial' });
  assert.deepEqual(result.get('The Tram Act'), { speaker: null, mention: null, cue: null, kind: 'title' });
});

test('a programme named after a possessive or "on" stays a title with no speaker, though an attribution follows it', () => {
  const text = 'Speaking Sunday on Harbour TV’s “Morning Tide,” Mayor Jane Roe said the ferries would run.';
  const quotes = quotesIn(text).map((quote): Quote => ({ ...quote, kind: 'title' }));
  assert.deepEqual(seen(text, attribute(text, quotes)).get('Morning Tide,'), { speaker: null, mention: null, cue: null, kind: 'title' });
});

test('a thing being named (a play called “…”) and a nickname between two parts of a name are no one\'s words', () => {
  const text = 'The troupe is staging a play called “Salt And Rope,” Roe said on Friday.\n\nThe pier was opened by Mayor Jo "Skipper" Vance, Roe said.';
  const quotes = quotesIn(text).map((quote): Quote => ({ ...quote, kind: quote.text === 'Skipper' ? 'scare' : 'title' }));
  const result = seen(text, attribute(text, quotes));
  assert.deepEqual(result.get('Salt And Rope,'), { speaker: null, mention: null, cue: null, kind: 'title' });
  assert.deepEqual(result.get('Skipper'), { speaker: null, mention: null, cue: null, kind: 'scare' });
});

test('the author named right after a quoted title is its source, and it stays a title', () => {
  const text = 'Crowds sang along at the pier.\n\n“Tide Song” was written by Jane Roe after the storm of 2019.';
  const quotes = quotesIn(text).map((quote): Quote => ({ ...quote, kind: 'title' }));
  assert.deepEqual(seen(text, attribute(text, quotes)).get('Tide Song'), { speaker: 'Jane Roe', mention: 'Jane Roe', cue: 'was written by', kind: 'title' });
});

test('nested quotes and quotes of no one are left unattributed; empty input is fine', () => {
  assert.deepEqual(attribute(''), { quotes: [], speakers: [], mentions: [] });
  const text = '"He told me \'wait\' and left," Ruiz said.';
  const quotes = quotesIn(text);
  const nested: Quote = { ...quotes[0], start: 13, end: 17, text: 'wait', open: { start: 12, end: 13 }, close: { start: 17, end: 18 }, depth: 1, kind: 'scare' };
  const result = attribute(text, [quotes[0], nested]);
  assert.equal(result.quotes[0].speaker, 0);
  assert.equal(result.quotes[1].speaker, null);
});

function goldenListing(text: string, result: Attribution): string {
  const spans: LabelledSpan[] = [
    ...result.quotes.map((quote) => ({
      start: quote.start,
      end: quote.end,
      label: 'quote',
      attributes: {
        kind: quote.kind,
        speaker: quote.speaker === null ? null : result.speakers[quote.speaker].name,
        mention: quote.speakerMention ? text.slice(quote.speakerMention.start, quote.speakerMention.end) : null,
        cue: quote.cue?.text ?? null,
      },
    })),
    ...result.mentions.map((mention) => ({
      start: mention.start,
      end: mention.end,
      label: 'mention',
      attributes: { speaker: result.speakers[mention.speaker].name, kind: mention.kind },
    })),
  ];
  const speakers = result.speakers.map(
    (speaker) => `# speaker ${speaker.name} (${speaker.kind}) aliases=${JSON.stringify(speaker.aliases)} roles=${JSON.stringify(speaker.roles)} quotes=${speaker.quotes.length}`,
  );
  return [...speakers, renderSpans(text, spans)].join('\n');
}

for (const name of ['summit', 'council']) {
  test(`golden listing of speakers, mentions and attributed quotes: ${name}`, () => {
    const text = fixture(`${name}.txt`);
    assertGolden(`speakers/${name}.spans`, goldenListing(text, attribute(text)));
  });
}

test('seed 000: every quote but the officer’s fragment is Mark Rutte’s', needsShared(), () => {
  const analysis = analyze(seedText('000'));
  const rutte = analysis.speakers.find((speaker) => speaker.name === 'Mark Rutte');
  assert.ok(rutte);
  const attributed = analysis.quotes.filter((quote) => quote.speaker !== null);
  assert.equal(attributed.length, 13);
  assert.equal(rutte.quotes.length, 12);
  const other = attributed.find((quote) => quote.speaker !== analysis.speakers.indexOf(rutte));
  assert.ok(other && analysis.speakers[other.speaker ?? -1].roles.length === 0, 'the unnamed officer is a separate source');
  assert.ok(rutte.aliases.includes('Rutte'));
});

test('seed 003: the foreign ministry speaks through its name, its statement and "it"', needsShared(), () => {
  const analysis = analyze(seedText('003'));
  const ministry = analysis.speakers.find((speaker) => speaker.kind === 'org' && speaker.name.endsWith('Foreign Ministry'));
  assert.ok(ministry);
  assert.equal(ministry.quotes.length, 4);
  const kinds = ministry.mentions.map((index) => analysis.mentions[index].kind);
  assert.ok(kinds.includes('pronoun'));
  assert.ok(analysis.quotes.every((quote) => quote.inComments ? quote.speaker === null : true), 'comment quotes have no speaker');
});

test('seeds: the attributed mention of every quote is one of its speaker’s mentions', needsShared(), () => {
  for (const seed of ['000', '001', '002', '003', '004']) {
    const analysis = analyze(seedText(seed));
    for (const quote of analysis.quotes) {
      if (quote.speaker === null) {
        continue;
      }
      const speaker = analysis.speakers[quote.speaker];
      const spans = speaker.mentions.map((index) => analysis.mentions[index]);
      assert.ok(
        spans.some((mention) => mention.start === quote.speakerMention?.start && mention.end === quote.speakerMention.end),
        `seed ${seed}: quote at ${quote.start} points to a listed mention of ${speaker.name}`,
      );
    }
  }
});

test('a title-case headline verb ends the name: "Jane Roe Thanked the Board: “…”" and "Roe Warns …" quote the name', () => {
  const thanked = 'Jane Roe Thanked the Harbour Board: “You kept the port open”\n\nThe board met on Monday.';
  assert.equal(seen(thanked, attribute(thanked)).get('You kept the port open')?.speaker, 'Jane Roe');
  const warns = 'Ferry Chief Ana Silva Warns of “A Long Winter Ahead for Us”\n\nThe ferry runs twice a day.';
  assert.equal(seen(warns, attribute(warns)).get('A Long Winter Ahead for Us')?.speaker, 'Ana Silva');
  const subhead = 'Jane Roe on the levy: “A fair deal for the whole town”\n\nThe council met.';
  assert.equal(seen(subhead, attribute(subhead)).get('A fair deal for the whole town')?.speaker, 'Jane Roe');
});
