import fc from 'fast-check';

/** Runs per property: 10,000 in CI and by default; `npm run fuzz` raises it with FUZZ_RUNS. */
export const PROPERTY_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

const NEWS_PIECES = [
  '“', '”', '"', '‘', '’', "'", "''", '«', '»', '„', ' said', ' told reporters', ', he said.', ' according to ',
  'Mark Rutte', 'the minister', ' on Tuesday', ' January 20th', ' 30 years ago', ' in July', ' 2024', ' March',
  '\n', '\r\n', '\r', '\n\n', ' ', '. ', ', ', 'Photo: ', 'Read also: ', '© 2026', 'Tags', 'Share', 'Comments',
  '\uFEFF', '\u0000', '😀', '👩‍👩‍👧', '\uD800', '\uDC00', 'مرحبا', '\u202E', 'e\u0301', 'Ünïcödé', '\t',
];

/** Strings made of news-like pieces mixed with hostile characters (lone surrogates, NUL, BOM, RTL, emoji…). */
export const hostileText = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...NEWS_PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary' }) }), {
    maxLength: 60,
  })
  .map((pieces) => pieces.join(''));

/** Full-Unicode strings (including lone surrogates) of any shape. */
export const anyText = fc.string({ unit: 'binary', maxLength: 200 });
