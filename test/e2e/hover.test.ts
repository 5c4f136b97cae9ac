/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEEDS_MISSING, articlePath, cliAnalysis, codePointPosition, hoverText, openArticle, positionOf, requestScreenshot, seedPaths } from './helpers';

async function hoverAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hoverText(hovers ?? []);
}

suite('Hover', () => {
  test('hovering a speaker mention names the speaker and lists their quotes', async () => {
    const { document } = await openArticle(articlePath('ferry-strike.txt'));
    const text = await hoverAt(document.uri, positionOf(document, 'Fenwick told reporters').translate(0, 2));
    assert.match(text, /Dalia Fenwick/, `hover was: ${text}`);
    assert.match(text, /person/);
    assert.match(text, /\d+ quotes? in this article/);
    if (process.env.BYLINE_E2E_SCREENSHOTS) {
      const editor = await openArticle(articlePath('ferry-strike.txt'));
      const position = positionOf(document, 'Fenwick told reporters').translate(0, 2);
      editor.selection = new vscode.Selection(position, position);
      await vscode.commands.executeCommand('editor.action.showHover');
      await requestScreenshot('speaker-hover');
    }
  });

  test('hovering a date shows its normalised value', async () => {
    const { document } = await openArticle(articlePath('ferry-strike.txt'));
    const text = await hoverAt(document.uri, positionOf(document, 'June 12').translate(0, 1));
    assert.match(text, /2026-06-12/, `hover was: ${text}`);
  });

  test('hovering a speaker in a seed names the speaker the server found there', async function () {
    const seed = seedPaths()[0];
    if (!seed) {
      console.log(SEEDS_MISSING);
      this.skip();
    }
    const { document } = await openArticle(seed);
    const record = cliAnalysis(seed);
    const speaker = record.speakers.find((candidate) => candidate.mentions.length > 0);
    assert.ok(speaker, 'the analysis of the seed finds a speaker');
    const start = codePointPosition(document)(speaker.mentions[0].start);
    const text = await hoverAt(document.uri, start);
    assert.ok(text.includes(speaker.name), `the hover at ${start.line + 1}:${start.character + 1} names ${speaker.name}: ${text}`);
    assert.match(text, /quotes? in this article/);
  });
});
