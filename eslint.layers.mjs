// @ts-check
// Which folder may import which (issue 14): the client speaks to the server only through its protocol; the core
// stands alone; export and annotations never reach into the CLI; documents (what is analysed and cached) never
// reach into the LSP features built on them.
// Shared by eslint.config.mjs and the test that shows a wrong import rejected (test/unit/lint.layers.test.ts).

/** @param {string} regex @param {string} message */
const forbid = (regex, message) => ({ 'no-restricted-imports': ['error', { patterns: [{ regex, message }] }] });

export const layerRules = [
  {
    files: ['client/src/**/*.ts'],
    rules: forbid('(^|/)server/src/(?!protocol/)', 'The client imports server/src/protocol only: send a byline/* request instead.'),
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: forbid(
      '(^|/)(protocol|annotations|documents|features|export|cli|corpus|agreement|agreementSources)(/|$)|^vscode|^node:fs',
      'The analysis core imports nothing outside server/src/core (no LSP, no fs).',
    ),
  },
  {
    files: ['server/src/export/**/*.ts', 'server/src/annotations/**/*.ts'],
    rules: forbid('(^|/)cli(/|$)', 'Export and annotations never import the CLI (it imports them).'),
  },
  {
    files: ['server/src/documents/**/*.ts'],
    rules: forbid('(^|/)features(/|$)', 'Documents never import the LSP features (they are built on documents).'),
  },
];
