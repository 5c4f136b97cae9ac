import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type StateStack } from 'vscode-textmate';

// The same TextMate engine VS Code uses (vscode-textmate + Oniguruma wasm), so these tests show what an editor
// colours before the language server has answered.
const ROOT = join(__dirname, '..', '..');
const GRAMMAR_PATH = join(ROOT, 'syntaxes', 'byline.tmLanguage.json');

async function loadGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: (scopeName: string) =>
      Promise.resolve(
        scopeName === 'text.byline.article' ? parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
      ),
  });
  const grammar = await registry.loadGrammar('text.byline.article');
  assert.ok(grammar, 'grammar loads');
  return grammar;
}

const grammarPromise = loadGrammar();

/** The pieces of `text` whose innermost scope starts with `prefix`, merged across adjacent tokens. */
async function scoped(text: string, prefix: string): Promise<string[]> {
  const grammar = await grammarPromise;
  const found: string[] = [];
  let state: StateStack = INITIAL;
  for (const line of text.split('\n')) {
    const result = grammar.tokenizeLine(line, state);
    let current = '';
    for (const token of result.tokens) {
      const inside = token.scopes.some((scope) => scope.startsWith(prefix));
      const piece = line.slice(token.startIndex, token.endIndex);
      if (inside) {
        current += piece;
      } else if (current) {
        found.push(current);
        current = '';
      }
    }
    if (current) {
      found.push(current);
    }
    state = result.ruleStack;
  }
  return found;
}

test('package.json registers the grammar for the byline-article language', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    contributes: { languages: { id: string }[]; grammars: { language: string; scopeName: string; path: string }[] };
  };
  const grammar = manifest.contributes.grammars.find((entry) => entry.language === 'byline-article');
  assert.ok(grammar, 'a grammar for byline-article');
  assert.equal(grammar.scopeName, 'text.byline.article');
  assert.equal(join(ROOT, grammar.path), GRAMMAR_PATH);
  assert.ok(manifest.contributes.languages.some((language) => language.id === 'byline-article'));
});

test('curly, straight, low and guillemet double quotes are strings, marks included', async () => {
  const text = 'She said “we will stay” and he said "we leave." Then „gut“ and «non» followed.';
  assert.deepEqual(await scoped(text, 'string.quoted.double'), ['“we will stay”', '"we leave."', '„gut“', '«non»']);
  assert.deepEqual(await scoped('A “b” c', 'punctuation.definition.string'), ['“', '”']);
});

test('an unclosed double quote runs to the end of its line only', async () => {
  const text = '“The first paragraph of a long quote\nThe narrator said nothing.';
  assert.deepEqual(await scoped(text, 'string.quoted'), ['“The first paragraph of a long quote']);
});

test('single curly quotes are strings, apostrophes are not', async () => {
  const text = 'He called it ‘a fair deal’ but didn’t sign; the ’90s rock’n’roll era and Ma’s shop stay plain.';
  assert.deepEqual(await scoped(text, 'string.quoted.single'), ['‘a fair deal’']);
  assert.deepEqual(await scoped('“It’s ‘fine’ now,” she said.', 'string.quoted.single'), ['‘fine’']);
  assert.deepEqual(await scoped('The ‘90s were loud.', 'string.quoted'), []);
});

test('dates in common news formats are coloured', async () => {
  const text =
    'Published: March 10, 2026. On Monday, 4 July 2025 and on 2026-03-10 and 10/03/2026; ' +
    'since 2019, in the 1990s, yesterday, last week, at 10:30 a.m. in September.';
  assert.deepEqual(await scoped(text, 'keyword.control'), [
    'March 10, 2026',
    'Monday',
    '4 July 2025',
    '2026-03-10',
    '10/03/2026',
    '2019',
    '1990s',
    'yesterday',
    'last week',
    '10:30 a.m.',
    'September',
  ]);
});

test('ambiguous month words and plain numbers are not dates', async () => {
  const text = 'You may march on. The May Day fund paid 2000 people $1,200 at 45% in March.';
  assert.deepEqual(await scoped(text, 'keyword.control'), []);
});

test('dates inside a quote keep both scopes', async () => {
  const grammar = await grammarPromise;
  const line = '“We open on June 3,” she said.';
  const token = grammar.tokenizeLine(line, INITIAL).tokens.find((candidate) => line.slice(candidate.startIndex).startsWith('June'));
  assert.ok(token);
  assert.ok(token.scopes.some((scope) => scope.startsWith('string.quoted.double')));
  assert.ok(token.scopes.some((scope) => scope.startsWith('keyword.control.date')));
});

test('a mismatched pair ends the quote at the wrong closing mark instead of colouring the rest of the line', async () => {
  const text = 'Ms Lund said “we stay in Brookfield" and the meeting went on until nine.';
  assert.deepEqual(await scoped(text, 'string.quoted'), ['“we stay in Brookfield"']);
  assert.deepEqual(await scoped(text, 'invalid.illegal.mismatched-quote'), ['"']);
  assert.deepEqual(await scoped('He said "no more delays” and left the room.', 'string.quoted'), ['"no more delays”']);
  assert.deepEqual(await scoped('Then «non merci" came back twice.', 'string.quoted'), ['«non merci"']);
  assert.deepEqual(await scoped('Then „gut" came back twice.', 'string.quoted'), ['„gut"']);
  // its own closing mark later on the line still closes it: a straight pair inside stays inside
  assert.deepEqual(await scoped('“He said "no" to it” she wrote.', 'string.quoted'), ['“He said "no" to it”']);
});
