import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectBoilerplate } from '../../server/src/core/boilerplate';
import { buildStructure } from '../../server/src/core/structure';

/** The lines of `text` that no furniture span covers. */
function bodyLines(text: string): string[] {
  const spans = detectBoilerplate(buildStructure(text));
  let offset = 0;
  const body: string[] = [];
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (line.trim() && !spans.some((span) => span.start <= start && start < span.end)) {
      body.push(line);
    }
  }
  return body;
}

const MENU = ['Home', 'News', 'Sport', 'Weather', ''];
const ARTICLE = [
  'Lakeside choir announces a summer tour',
  '',
  'The Lakeside Community Choir will take its autumn programme on the road this summer, the choir’s director said on Monday, visiting six towns along the coast.',
  '',
  'The tour marks twenty years since the choir first sang outside its home hall, and several founding members will join the current singers on stage for the occasion.',
  '',
  '“We wanted to go back to the places that welcomed us when nobody knew who we were,” the director said, adding that tickets would go on sale next week.',
  '',
];
const FOOTER = ['', 'Share this story', 'Facebook', 'Email', '', '© 2031 Lakeside Courier. All rights reserved.'];

test('a list the article introduces with a lead-in line is body', () => {
  const list = ['The tour dates:', 'June 3 – Port Ellery, Harbour Hall', 'June 5 – Westmere, St Anne’s Church', 'June 9 – Calder Bay, Old Market Theatre', 'June 12 – Norhaven, Town Hall'];
  const body = bodyLines([...MENU, ...ARTICLE, ...list, ...FOOTER].join('\n'));
  for (const line of list) {
    assert.ok(body.includes(line), `${line} should be body`);
  }
  assert.ok(!body.includes('Share this story') && !body.includes('Facebook'));
});

test('a list under a heading of its own after the last paragraph is body', () => {
  const list = ['2 cups plain flour', '1 tsp baking powder', '3 ripe bananas, mashed', '1/2 cup brown sugar'];
  const body = bodyLines([...MENU, ...ARTICLE, 'What you need', '', ...list, ...FOOTER].join('\n'));
  assert.ok(body.includes('What you need'));
  for (const line of list) {
    assert.ok(body.includes(line), `${line} should be body`);
  }
});

test('a bare list of headlines after the last paragraph is a teaser box, not body', () => {
  const teasers = ['Nine Choirs Worth Crossing the Country For', 'Why Small Towns Keep Their Brass Bands', 'The Quiet Return of the Village Fete'];
  const body = bodyLines([...MENU, ...ARTICLE, ...teasers, ...FOOTER].join('\n'));
  for (const line of teasers) {
    assert.ok(!body.includes(line), `${line} should be furniture`);
  }
});

for (const header of ['Related stories', 'Next Up in Culture']) {
  test(`a list under a header the cues name ("${header}") stays furniture`, () => {
    const teasers = ['Harbour Hall reopens after a long refit', 'Council backs a new concert season', 'Choir leader on twenty years of singing'];
    const body = bodyLines([...MENU, ...ARTICLE, header, '', ...teasers, ...FOOTER].join('\n'));
    for (const line of [header, ...teasers]) {
      assert.ok(!body.includes(line), `${line} should be furniture`);
    }
  });
}

test('a menu of one-word labels under a heading is not a list of the article', () => {
  const labels = ['Politics', 'Business', 'Culture', 'Travel'];
  const body = bodyLines([...ARTICLE, 'Sections', '', ...labels, ...FOOTER].join('\n'));
  for (const line of ['Sections', ...labels]) {
    assert.ok(!body.includes(line), `${line} should be furniture`);
  }
});

const SECTION = (item: string, detail: string): string[] => [
  item,
  '',
  'Find it at: Market Row',
  '',
  `The ${item.toLowerCase()} was the surprise of our year of testing: ${detail}, and it survived a season of being dropped, soaked and lent to friends who never quite gave it back. We would buy it again without a second thought, and so would everyone on the team who borrowed it.`,
  '',
];
const GUIDE = [
  'Our favourite camping gear of the year',
  '',
  ...SECTION('Lantern', 'it throws a warm light across a whole campsite for three nights on one charge'),
  ...SECTION('Stove', 'it boils a litre of water in under four minutes even in a stiff breeze'),
  ...SECTION('Hammock', 'it packs down to the size of a grapefruit and hangs from any two trees'),
];
const DECK = [
  ['Five quiet campsites on the northern coast', 'We slept under the stars at each of them and ranked them by how well we slept.'],
  ['How to pack a rucksack for a week away', 'Heavy things close to your back, and never more than a third of your weight.'],
  ['The trail that changed how I walk', 'A long weekend on the ridge taught our writer to slow down and look up.'],
  ['Why tents cost so much more this year', 'Fabric prices and shipping are only part of the story, makers told us.'],
  ['Ten things to do when it rains at camp', 'Cards, a kettle and a good book will see you through most storms.'],
  ['Ask the ranger: can I light a fire here?', 'The rules differ from park to park, and the fines can be steep.'],
];

test('a deck of teasers (headline, then a one-sentence summary, several times) is furniture and never outweighs the article', () => {
  const text = [...MENU, ...GUIDE, 'Elsewhere on the site', '', ...DECK.flatMap(([title, summary]) => [title, '', summary, '']), ...FOOTER].join('\n');
  const body = bodyLines(text);
  for (const [title, summary] of DECK) {
    assert.ok(!body.includes(title) && !body.includes(summary), `${title} should be furniture`);
  }
  for (const line of GUIDE.filter((line) => line.startsWith('The '))) {
    assert.ok(body.includes(line), `${line} should be body`);
  }
});

test('an article whose subheads each lead a paragraph of several sentences is not a teaser deck', () => {
  const sections = DECK.flatMap(([title, summary]) => [title, '', `${summary} ${summary.replace(/\.$/, '')}, as the second sentence of the paragraph says.`, '']);
  const body = bodyLines([...MENU, 'A guide to the coast', '', ...sections, ...FOOTER].join('\n'));
  // The first subhead stands above the first paragraph, where a page's headline stands: only the later ones count.
  for (const [title] of DECK.slice(1)) {
    assert.ok(body.includes(title), `${title} should be body`);
  }
});

test('a comment thread whose user names carry a bare date and time stamp is recognised as comments', () => {
  const thread = [
    '1. kestrel44 says:',
    'March 3, 2031 at 9:12 am',
    'About time. The roof has been empty for years and the bills keep rising every winter.',
    '',
    '2. Blue Harbor says:',
    'March 3, 2031 at 10:40 am',
    'I hope they use a local installer rather than a national firm this time round.',
    '',
    '3. old_town_walker says:',
    'March 3, 2031 at 11:05 am',
    'Six weeks of scaffolding outside the library again, I suppose.',
  ];
  const text = [...ARTICLE, ...thread].join('\n');
  const spans = detectBoilerplate(buildStructure(text));
  const firstComment = text.indexOf(thread[0]);
  assert.equal(spans.filter((span) => span.start >= firstComment && span.kind === 'comments').length, thread.filter((line) => line).length);
  assert.deepEqual(bodyLines(text), ARTICLE.filter((line) => line));
});

test('an article cut in two by an inserted "Most read" box keeps both parts, and the box stays furniture', () => {
  const paragraph = (topic: string): string =>
    `The harbour board said on Tuesday that ${topic} would be part of the spring works, after engineers found the old quay wall had moved several centimetres during the winter storms.`;
  const firstPart = ['the north pier', 'the fish market roof', 'the ferry ramp'].map(paragraph);
  const box = ['Most read in local news', 'WEEKEND', 'Market stalls return to the square', 'LAST CHANCE', 'Final days to see the winter lights', 'ON THE ROAD', 'Bypass closes overnight for resurfacing', 'ROUND-UP', 'Five things to do this half term'];
  const secondPart = ['the lifeboat station', 'the slipway', 'the harbour lights', 'the sea wall steps'].map(paragraph);
  const text = [...MENU, ...firstPart, ...box, ...secondPart, ...FOOTER].join('\n\n');
  const body = bodyLines(text);
  assert.deepEqual(body, [...firstPart, ...secondPart]);
});

test('an interview printed as short questions and answers ("Q: …", "A: …") stays body to its last answer', () => {
  const turns = [
    'Q: Where did you grow up?',
    'A: On a farm outside Calder Bay.',
    'Q: First record you bought?',
    'A: A brass band compilation.',
    'Q: Favourite venue?',
    'A: Harbour Hall, every time.',
  ];
  const body = bodyLines([...MENU, ...ARTICLE, ...turns.flatMap((turn) => [turn, '']), ...FOOTER].join('\n'));
  for (const turn of turns) {
    assert.ok(body.includes(turn), `${turn} should be body`);
  }
});

test('"Story continues below gallery": the part above the gallery is the same story, however short', () => {
  const paragraph = (topic: string): string =>
    `Volunteers spent the weekend clearing ${topic} along the canal towpath, and the trust said more than two hundred people had signed up to help before the spring nesting season begins.`;
  const firstPart = ['litter', 'fallen branches'].map(paragraph);
  const photos = ['Volunteers at the lock', 'The towpath at dawn', 'A heron by the weir', 'Clearing the culvert', 'The old pump house', 'Moorings by the mill', 'Lunch on the bank', 'The last skip leaves'];
  const gallery = ['Story continues below gallery', '1 of 8', ...photos.map((photo) => `${photo} Trust photo`)];
  const secondPart = ['reeds', 'the overflow channel', 'the old wharf', 'the bridge steps', 'the picnic field'].map(paragraph);
  const body = bodyLines([...MENU, ...firstPart, ...gallery, ...secondPart, ...FOOTER].join('\n\n'));
  assert.deepEqual(body, [...firstPart, ...secondPart]);
});

test('a "Related" box inside the article: its headlines are furniture, the paragraphs after it body', () => {
  const paragraph = (n: number): string =>
    `Paragraph ${n}: the county library will open on Sundays from next month, the council said, after a survey found that most readers could only visit at weekends.`;
  const box = ['Related', 'Library cards go digital across the county', 'Ten books our readers loved this winter'];
  const text = [...MENU, paragraph(1), paragraph(2), ...box, paragraph(3), paragraph(4), ...FOOTER].join('\n\n');
  assert.deepEqual(bodyLines(text), [1, 2, 3, 4].map(paragraph));
});
