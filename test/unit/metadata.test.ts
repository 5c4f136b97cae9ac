import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectBoilerplate } from '../../server/src/core/boilerplate';
import { extractMetadata } from '../../server/src/core/metadata';
import { buildStructure } from '../../server/src/core/structure';
import type { ArticleMetadata } from '../../server/src/core/types';
import { needsShared, SHARED_DIR, seedText } from '../helpers/shared';

const FIXTURES = resolve(__dirname, '..', 'fixtures', 'boilerplate');

function metadataOf(text: string): Omit<ArticleMetadata, 'published'> {
  const structure = buildStructure(text);
  return extractMetadata(structure, detectBoilerplate(structure));
}

const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

test('clean article: the first line is the title; nothing names an outlet or author', () => {
  const text = fixture('clean-article.txt');
  const metadata = metadataOf(text);
  assert.equal(metadata.title?.text, 'Library reopens with longer hours after roof repair');
  assert.equal(metadata.title?.start, 0);
  assert.deepEqual(metadata.titleRepeats, []);
  assert.equal(metadata.outlet, null);
  assert.equal(metadata.byline, null);
});

test('page dump: headline found above the body, its copy is a repeat, outlet from the byline', () => {
  const text = fixture('page-harbor-gazette.txt');
  const metadata = metadataOf(text);
  const headline = 'Ferry service to Gull Island resumes after three-week repair';
  assert.equal(metadata.title?.text, headline);
  assert.equal(metadata.titleRepeats.length, 1);
  const repeat = metadata.titleRepeats[0];
  assert.equal(text.slice(repeat.start, repeat.end), headline);
  assert.notEqual(repeat.start, metadata.title?.start);
  assert.equal(metadata.byline?.text, 'By Ada Lindqvist | The Harbor Gazette');
  assert.equal(metadata.outlet?.text, 'The Harbor Gazette');
  assert.equal(text.slice(metadata.outlet.start, metadata.outlet.end), 'The Harbor Gazette');
});

test('"Name for Outlet" byline names the outlet; a teaser site is only a fallback', () => {
  const metadata = metadataOf(fixture('glued-teaser.txt'));
  assert.equal(metadata.title?.text, 'Harbor council approves new fish market');
  assert.equal(metadata.byline?.text, 'Mina Castell for Harbor Wire');
  assert.equal(metadata.outlet?.text, 'Harbor Wire');
});

test('outlet from a copyright notice, from a "Read Full Article at" teaser, never from a photo credit', () => {
  const body =
    'The county opened a new cycle path along the river on Sunday, linking the two market towns for the first time.\n\nCyclists had asked for the link for more than a decade, the county said in a statement.';
  const copyright = metadataOf(`New cycle path opens along the river\n\n${body}\n\n© 2010-2024 Eastvale Courier. All rights reserved.`);
  assert.equal(copyright.outlet?.text, 'Eastvale Courier');

  const teaser = metadataOf(`New cycle path opens along the river\nThe path links the two towns. Read Full Article at rivernews.example.\n${body}`);
  assert.equal(teaser.outlet?.text, 'rivernews');

  const credit = metadataOf(`New cycle path opens along the river\n\nNew cycle path opens along the river\nRiders cross the new bridge at the opening on Sunday.\nRiver Wire\n\n${body}`);
  assert.equal(credit.outlet, null);
  assert.equal(credit.titleRepeats.length, 1);
});

test('outlet: name lines far from the article and image copyrights are not the publisher', () => {
  const menu = ['Home', 'News', 'Sport', 'Weather', 'Podcasts', 'Mina Castell for Night Owls', 'Puzzles', 'Shop', 'Contact'];
  const body = [
    'Harbor board backs second ferry',
    'The harbor board voted on Friday to ask the council for money to buy a second ferry for the island route.',
    'Image copyright Harbor Photo Agency',
    'Residents were left stranded for three weeks when the only ferry broke down in the spring, the board said.',
    'A decision is expected at the budget meeting in May, after the council has seen the costs.',
  ];
  const metadata = metadataOf([...menu, ...body].join('\n'));
  assert.equal(metadata.outlet, null);
});

test('outlet: the outlet\'s name on its own line under the headline (a masthead)', () => {
  const body = [
    'The ferry between Gull Island and the mainland will run twice as often from June, the island council said on Tuesday.',
    'Islanders had asked for an evening crossing for years, and the council agreed to pay for a second crew.',
  ].join('\n\n');
  const masthead = metadataOf(`Ferry to run twice as often from June\n\nThe Tidewater Courier\nUpdated 3 June 2026\n\n${body}`);
  assert.equal(masthead.title?.text, 'Ferry to run twice as often from June');
  assert.equal(masthead.outlet?.text, 'The Tidewater Courier');

  // Without "The", the name must come back where a publisher is named: here a photo credit.
  const credited = metadataOf(
    `Ferry to run twice as often from June\nNorthfield Daily\nThe new ferry at the island pier on Monday.\nPhoto: Ana Ruiz/Northfield Daily\n\n${body}`,
  );
  assert.equal(credited.outlet?.text, 'Northfield Daily');
});

test('outlet: an author, a menu label or a teaser headline under the headline is not a masthead', () => {
  const body = [
    'The ferry between Gull Island and the mainland will run twice as often from June, the island council said on Tuesday.',
    'Islanders had asked for an evening crossing for years, and the council agreed to pay for a second crew.',
  ].join('\n\n');
  for (const line of ['Mira Solberg', 'Previous Post', 'The Quiet Decline of Island Ferries', 'The crossing takes an hour.']) {
    const metadata = metadataOf(`Ferry to run twice as often from June\n\n${line}\nUpdated 3 June 2026\n\n${body}`);
    assert.equal(metadata.title?.text, 'Ferry to run twice as often from June', line);
    assert.equal(metadata.outlet, null, line);
  }
});

test('no title when the file starts with furniture or with running prose', () => {
  assert.equal(metadataOf(fixture('metadata-line.txt')).title, null);
  assert.equal(
    metadataOf('The council met on Monday and agreed to extend the opening hours of the pool, officials said after the meeting.\n\nIt will open at six.').title,
    null,
  );
  assert.equal(metadataOf('').title, null);
});

interface GoldArticle {
  file: string;
  outlet: string | null;
  outlet_alt?: string[];
  title: string | null;
  title_span?: { start: number; end: number };
}

test('seeds: title span and outlet agree with the seeds gold', needsShared(), () => {
  const gold = JSON.parse(readFileSync(join(SHARED_DIR, 'gold', 'seeds.gold.json'), 'utf8')) as { articles: GoldArticle[] };
  for (const article of gold.articles) {
    const metadata = metadataOf(seedText(article.file));
    // The seeds are BMP-only, so code-point offsets equal UTF-16 offsets.
    assert.deepEqual(metadata.title ? { start: metadata.title.start, end: metadata.title.end } : null, article.title_span ?? null, article.file);
    assert.equal(metadata.outlet?.text ?? null, article.outlet, article.file);
  }
});

test('outlet from a wire-style dateline: "CITY, Mon D (Outlet) -" and "CITY (Outlet) —"', () => {
  const wire = metadataOf('Ferry fares rise again\n\nWESTHAVEN, Mar 4 (Coastline Post) - Ferry fares will rise by a tenth from April, the operator said.\n\n“We had no choice,” said Ida Brandt.\n');
  assert.equal(wire.outlet?.text, 'Coastline Post');
  const plain = metadataOf('Ferry fares rise again\n\nNEW HARBOUR (Eastmere Wire) — Ferry fares will rise by a tenth from April.\n');
  assert.equal(plain.outlet?.text, 'Eastmere Wire');
  // a parenthesis later in a sentence, or after a lower-case start, is no dateline
  assert.equal(metadataOf('Ferry fares rise\n\nThe operator (Coastline Ferries) - a private firm - raised fares.\n').outlet, null);
});
