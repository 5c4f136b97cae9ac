/**
 * The invented two-annotator example of docs/agreement.md, the agree CLI tests and the Compare Annotations e2e
 * test: Alice and Bob annotated copies of our sample articles, each in their own folder (`alice/`, `bob/`), and
 * both in one shared folder (`team/`, told apart by creator). Bob's copy of the fishing article has a corrected
 * typo, so that text is reported as changed, never compared.
 */

import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { FileStore, createAnnotation, type Annotation, type AnnotationBody } from '../../server/src/annotations';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const BRIDGE = 'articles/harbour-bridge-vote.txt';
const LIGHTHOUSE = 'articles/lighthouse-museum.txt';
const FISHING = 'articles/fishing-quota-crlf.txt';

interface Mark {
  source: string;
  /** The annotated text (its first occurrence). */
  phrase: string;
  body: AnnotationBody;
}

const claim = (label: string, attributes: Partial<Record<'claimant' | 'claimType' | 'verdict', string>> = {}): AnnotationBody => ({ type: 'ClaimTag', label, ...attributes });

const ALICE: Mark[] = [
  { source: BRIDGE, phrase: 'Nobody wants a toll, and nobody wants the bridge to close either.', body: claim('check-worthy claim', { claimant: 'Elena Marsh' }) },
  { source: BRIDGE, phrase: 'would charge drivers $3 per crossing from January 2027', body: claim('claim', { claimType: 'statistic' }) },
  { source: BRIDGE, phrase: 'The bridge is 58 years old', body: claim('check-worthy claim', { claimant: 'Samuel Achebe', verdict: 'true' }) },
  { source: BRIDGE, phrase: 'more than 1,200 people signed a petition against the tolls last week', body: claim('check-worthy claim', { claimant: "Port Wren Residents' Association" }) },
  { source: BRIDGE, phrase: 'a tax on the east side', body: { type: 'Correction', action: 'set-speaker', speaker: 'Ruth Castellano' } },
  { source: BRIDGE, phrase: 'Read also: Ferry service to return to Port Wren next summer', body: { type: 'Correction', action: 'add', layer: 'boilerplate', kind: 'related' } },
  { source: LIGHTHOUSE, phrase: 'closed to visitors for 30 years', body: claim('claim') },
  { source: LIGHTHOUSE, phrase: 'the budget of 2.4 million crowns was "optimistic at best"', body: claim('opinion', { claimant: 'Jonas Ferreira' }) },
  { source: LIGHTHOUSE, phrase: 'The museum is expected to open in April 2027.', body: claim('prediction') },
  { source: LIGHTHOUSE, phrase: 'next spring', body: { type: 'Correction', action: 'add', layer: 'date', value: '2027-SP' } },
  { source: FISHING, phrase: 'quota', body: claim('claim') },
];

const BOB: Mark[] = [
  { source: BRIDGE, phrase: 'Nobody wants a toll, and nobody wants the bridge to close either.', body: claim('opinion', { claimant: 'Elena Marsh' }) },
  { source: BRIDGE, phrase: 'charge drivers $3 per crossing', body: claim('claim', { claimType: 'statistic' }) },
  { source: BRIDGE, phrase: 'The bridge is 58 years old', body: claim('check-worthy claim', { claimant: 'Samuel Achebe', verdict: 'mostly true' }) },
  { source: BRIDGE, phrase: 'more than 1,200 people signed a petition against the tolls last week', body: claim('check-worthy claim', { claimant: 'Ruth Castellano' }) },
  { source: BRIDGE, phrase: 'Repairs cannot wait another decade.', body: claim('prediction', { claimant: 'Samuel Achebe' }) },
  { source: BRIDGE, phrase: 'a tax on the east side', body: { type: 'Correction', action: 'set-speaker', speaker: 'Ruth Castellano' } },
  { source: BRIDGE, phrase: 'Read also: Ferry service to return to Port Wren next summer', body: { type: 'Correction', action: 'add', layer: 'boilerplate', kind: 'related' } },
  { source: LIGHTHOUSE, phrase: 'closed to visitors for 30 years', body: claim('claim') },
  { source: LIGHTHOUSE, phrase: 'The museum is expected to open in April 2027.', body: claim('prediction') },
  { source: LIGHTHOUSE, phrase: 'next spring', body: { type: 'Correction', action: 'add', layer: 'date', value: '2027-SP' } },
  { source: LIGHTHOUSE, phrase: 'Wednesday', body: { type: 'Correction', action: 'reject', layer: 'date' } },
  { source: FISHING, phrase: 'quota', body: claim('claim') },
];

export interface AgreementExample {
  alice: string;
  bob: string;
  team: string;
}

/** Writes the three example folders under `dir` and returns their paths. */
export async function writeAgreementExample(dir: string): Promise<AgreementExample> {
  const folders = { alice: path.join(dir, 'alice'), bob: path.join(dir, 'bob'), team: path.join(dir, 'team') };
  const texts = new Map<string, string>();
  for (const source of [BRIDGE, LIGHTHOUSE, FISHING]) {
    texts.set(source, await fs.readFile(path.join(SAMPLES, path.basename(source)), 'utf8'));
  }
  const bobTexts = new Map(texts);
  bobTexts.set(FISHING, texts.get(FISHING)!.replace('Dozens of fishing boats', 'About forty fishing boats'));
  await writeFolder(folders.alice, texts, annotate(ALICE, 'alice', texts));
  await writeFolder(folders.bob, bobTexts, annotate(BOB, 'bob', bobTexts));
  await writeFolder(folders.team, texts, [...annotate(ALICE, 'alice', texts), ...annotate(BOB, 'bob', texts).filter((a) => a.target.source !== FISHING)]);
  return folders;
}

function annotate(marks: readonly Mark[], creator: string, texts: ReadonlyMap<string, string>): Annotation[] {
  return marks.map((mark, index) => {
    const text = texts.get(mark.source)!.replace(/^\uFEFF/u, '');
    const start = text.indexOf(mark.phrase);
    if (start < 0) {
      throw new Error(`example: "${mark.phrase}" is not in ${mark.source}`);
    }
    const digest = createHash('sha256').update(`${creator}:${index}`).digest('hex');
    return createAnnotation({
      source: mark.source,
      text,
      span: { start, end: start + mark.phrase.length },
      body: mark.body,
      creator: { type: 'Person', name: creator },
      now: new Date(Date.UTC(2026, 2, 10, 9, index)),
      id: `urn:uuid:${digest.slice(0, 8)}-${digest.slice(8, 12)}-4${digest.slice(13, 16)}-8${digest.slice(17, 20)}-${digest.slice(20, 32)}`,
    });
  });
}

async function writeFolder(folder: string, texts: ReadonlyMap<string, string>, annotations: readonly Annotation[]): Promise<void> {
  for (const [source, text] of texts) {
    await fs.mkdir(path.dirname(path.join(folder, source)), { recursive: true });
    await fs.writeFile(path.join(folder, source), text, 'utf8');
  }
  const store = new FileStore(folder);
  for (const source of texts.keys()) {
    const own = annotations.filter((annotation) => annotation.target.source === source);
    if (own.length > 0) {
      await store.update(source, { upserts: [...own], deletions: [] });
    }
  }
}

if (require.main === module) {
  const target = process.argv[2];
  if (!target) {
    process.stderr.write('usage: node --import tsx test/helpers/agreementExample.ts <dir>\n');
    process.exitCode = 2;
  } else {
    void writeAgreementExample(path.resolve(target)).then((folders) => process.stdout.write(`${JSON.stringify(folders)}\n`));
  }
}
