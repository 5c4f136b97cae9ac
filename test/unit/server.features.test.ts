import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SemanticTokensRequest } from 'vscode-languageserver-protocol/node';
import { assertGolden } from '../helpers/golden';
import { present, renderTokens, startTestServer } from '../helpers/lsp';

const FIXTURES = resolve(__dirname, '..', 'fixtures');
const fixtures = ['server-ferry-strike.txt', 'server-summit-crlf.txt', 'server-market-hall.txt'];

test('server: semantic tokens of our fixture articles (golden listings)', async () => {
  const server = await startTestServer({ folders: [FIXTURES] });
  try {
    for (const name of fixtures) {
      const text = readFileSync(resolve(FIXTURES, name), 'utf8');
      const uri = await server.open(pathToFileURL(resolve(FIXTURES, name)).href, text);
      const tokens = present(await server.client.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }));
      assert.equal(tokens.data.length % 5, 0);
      assertGolden(name.replace(/\.txt$/, '.tokens'), renderTokens(text, tokens));
    }
  } finally {
    await server.dispose();
  }
});
