import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DefinitionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  ReferencesRequest,
  SemanticTokensRequest,
  type Location,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { analyze } from '../../server/src/core';
import { OffsetMap } from '../../server/src/protocol/offsets';
import { AnalysisRequest, WorkspaceSpeakersRequest } from '../../server/src/protocol/protocol';
import { needsShared, SHARED_DIR, seedNames, seedText } from '../helpers/shared';
import { present, startTestServer } from '../helpers/lsp';

// Facts only: no seed text is committed (tokens of the seeds are checked structurally, not against golden files).
test('seeds: every seed lights up through the protocol; navigation agrees with the analysis', needsShared(), async () => {
  const folder = join(SHARED_DIR, 'seeds');
  const server = await startTestServer({ folders: [folder] });
  try {
    const names = seedNames();
    assert.ok(names.length > 0);
    const view = await server.client.sendRequest(WorkspaceSpeakersRequest.type, {});
    assert.equal(view.complete, true);
    let speakersChecked = 0;
    for (const name of names) {
      const text = seedText(name);
      const uri = await server.open(pathToFileURL(join(folder, name)).href, text);
      const analysis = analyze(text);
      const offsets = new OffsetMap(analysis.text);

      const tokens = present(await server.client.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }));
      assert.ok(tokens.data.length > 0, `${name} has tokens`);
      let line = 0;
      let character = 0;
      let previousEnd = -1;
      for (let i = 0; i < tokens.data.length; i += 5) {
        line += tokens.data[i];
        character = tokens.data[i] === 0 ? character + tokens.data[i + 1] : tokens.data[i + 1];
        const start = offsets.offsetAt({ line, character });
        assert.ok(start >= previousEnd, `${name}: tokens do not overlap (line ${line + 1})`);
        assert.ok(character + tokens.data[i + 2] <= offsets.lineEnd(line) - offsets.lineStart(line), `${name}: token within its line`);
        previousEnd = start + tokens.data[i + 2];
      }

      const summary = await server.client.sendRequest(AnalysisRequest.type, { textDocument: { uri } });
      assert.equal(summary.counts.quotes, analysis.quotes.filter((quote) => !quote.inBoilerplate && !quote.inComments).length, "the article's own quotes");
      assert.equal(summary.published, analysis.metadata.published.value);
      const symbols = await server.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
      assert.ok(symbols && symbols.length > 0);

      for (const speaker of analysis.speakers.filter((candidate) => candidate.mentions.length >= 2).slice(0, 3)) {
        const mentions = speaker.mentions.map((index) => analysis.mentions[index]);
        const last = mentions[mentions.length - 1];
        const position = offsets.positionAt(last.start);
        const definition = (await server.client.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position })) as Location;
        assert.deepEqual(definition.range, offsets.rangeOf(mentions[0]), `${name}: definition of ${speaker.name}`);
        const references = await server.client.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration: true } });
        const here = (references ?? []).filter((location) => location.uri === uri);
        assert.deepEqual(here.map((location) => location.range), mentions.map((mention) => offsets.rangeOf(mention)));
        const hover = await server.client.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
        assert.ok((hover?.contents as MarkupContent).value.includes(`**${speaker.name}**`));
        // a surname alone ("Trump") is listed under the full name another file gives it ("Donald Trump")
        const named = (form: string): boolean => form.toLowerCase() === speaker.name.toLowerCase();
        const indexed = view.speakers.find((candidate) => named(candidate.name) || candidate.aliases.some(named));
        assert.ok(indexed?.files.some((file) => file.uri === uri), `${speaker.name} is in the workspace index`);
        speakersChecked++;
      }
    }
    assert.ok(speakersChecked >= names.length, `${speakersChecked} speakers checked`);
  } finally {
    await server.dispose();
  }
});
