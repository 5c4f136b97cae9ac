/** Hostile documents a scraper can produce (we write them here; none comes from a data set), for every reader of text. */

export const ARTICLE = 'Ferry strike enters day three\n\nBy Ana Lenz\n\n“We will not sail,” said union leader Mira Holt on Tuesday.\n';

export const HOSTILE: Record<string, string> = {
  nul: `Ferry\u0000\u0001\u0002 strike${'\u0000'.repeat(50)}`,
  crlf: ARTICLE.replaceAll('\n', '\r\n'),
  'lone-cr': ARTICLE.replaceAll('\n', '\r'),
  bom: `\uFEFF${ARTICLE}`,
  emoji: `😀 ${ARTICLE.replace('sail', 'sail 👩‍👩‍👧')}😀`,
  'lone-surrogates': `\uD800“open \uDC00 quote\uD83D”\n\n\uDE00 said Mira Holt\uD800`,
  unbalanced: '““ ” “ « » „ ‘ ’ \' " ”\n\n“ no end\n\n”no start” said',
  rtl: `مرحبا \u202E“reversed”\u202C said Mira Holt e\u0301\u0301\u0301\n`,
  'quote-marks-1mb': '"'.repeat(1_000_000),
  'nested-quotes-300k': '“'.repeat(300_000) + '”'.repeat(300_000),
  'single-line-800k': 'The mayor said on Tuesday that “we will not sail” and Mira Holt told reporters last week. '.repeat(9_000),
  'over-5mb': ARTICLE.repeat(Math.ceil(5_300_000 / ARTICLE.length)),
  empty: '',
};
