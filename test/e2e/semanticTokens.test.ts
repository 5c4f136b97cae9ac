/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  SEEDS_MISSING,
  articlePath,
  cliAnalysis,
  codePointPosition,
  openArticle,
  positionOf,
  requestScreenshot,
  seedPaths,
  semanticTokens,
  type DecodedToken,
  type SpanRecord,
} from './helpers';

function typeAt(tokens: DecodedToken[], position: vscode.Position): string | undefined {
  return tokens.find((token) => token.range.contains(position) && !token.range.end.isEqual(position))?.type;
}

/** The higher-priority layers that may legitimately paint over a lower one (quote marks over quotes, …). */
const OUTRANKS: Record<string, string[]> = {
  quote: ['quoteMark', 'cue', 'speaker', 'date'],
  speaker: ['quoteMark', 'cue'],
  date: ['quoteMark', 'cue', 'speaker'],
  boilerplate: ['quoteMark', 'cue', 'speaker', 'date', 'quote', 'title', 'byline'],
};

suite('Semantic tokens in the editor', () => {
  test('our fixture shows quotes, speakers, dates and boilerplate where they are', async () => {
    if (process.env.BYLINE_E2E_SCREENSHOTS) {
      // a fresh editor for the picture, without the hover of an earlier test
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
    const { document } = await openArticle(articlePath('ferry-strike.txt'));
    const tokens = await semanticTokens(document);
    const at = (needle: string, occurrence = 0): string | undefined =>
      typeAt(tokens, positionOf(document, needle, occurrence));
    assert.equal(at('Nobody on these boats'), 'quote');
    assert.equal(at('We want the boats back'), 'quote');
    assert.equal(at('Fenwick told reporters'), 'speaker');
    assert.equal(at('Omar Lindqvist'), 'speaker');
    assert.equal(at('June 12'), 'date');
    assert.equal(at('All rights reserved'), 'boilerplate');
    assert.equal(at('Photo: Jonas Albrecht'), 'boilerplate');
    assert.equal(at('wait at the Saltmere terminal'), 'boilerplate', 'the photo caption');
    assert.equal(at('a dispute over night shifts'), undefined, 'plain narration stays uncoloured');
    const speakerToken = tokens.find((token) => token.text === 'Fenwick' && token.type === 'speaker');
    assert.ok(speakerToken?.modifiers.includes('person'), `speaker modifiers: ${speakerToken?.modifiers.join(',')}`);
    await requestScreenshot('article-highlighting');
  });

  test('on the seeds, every quote, speaker mention, date and boilerplate block the analysis finds is coloured', async function () {
    const seeds = seedPaths();
    if (seeds.length === 0) {
      console.log(SEEDS_MISSING);
      this.skip();
    }
    const seen: Record<string, number> = { quote: 0, speaker: 0, date: 0, boilerplate: 0 };
    const missing: string[] = [];
    for (const seed of seeds) {
      const { document } = await openArticle(seed);
      const tokens = await semanticTokens(document);
      const record = cliAnalysis(seed);
      const position = codePointPosition(document);
      const check = (type: string, span: SpanRecord): void => {
        const range = new vscode.Range(position(span.start), position(span.end));
        const shown = tokens.some((token) => token.type === type && token.range.intersection(range)?.isEmpty === false);
        const outranked = OUTRANKS[type].includes(typeAt(tokens, range.start) ?? '');
        if (shown || outranked) {
          seen[type] += 1;
        } else {
          missing.push(`${seed.split('/').pop()}: ${type} at ${range.start.line + 1}:${range.start.character + 1} “${document.getText(range).slice(0, 40)}”`);
        }
      };
      record.quotes.forEach((quote) => check('quote', quote));
      record.speakers.forEach((speaker) => speaker.mentions.forEach((mention) => check('speaker', mention)));
      record.dates.forEach((date) => check('date', date));
      record.boilerplate.forEach((block) => check('boilerplate', block));
    }
    assert.deepEqual(missing, [], 'analysis results the editor does not colour');
    for (const [type, count] of Object.entries(seen)) {
      assert.ok(count > 0, `the seeds show at least one ${type} (saw ${JSON.stringify(seen)})`);
    }
  });
});
