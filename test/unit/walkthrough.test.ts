import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

interface Manifest {
  contributes: {
    walkthroughs: { steps: { id: string; title: string; media: { markdown?: string } }[] }[];
    configuration: { properties: Record<string, unknown> };
  };
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
const steps = manifest.contributes.walkthroughs.flatMap((walkthrough) => walkthrough.steps);
const media = (step: (typeof steps)[number]): string => readFileSync(join(ROOT, step.media.markdown ?? ''), 'utf8');

test('walkthrough: every step shows a page of its own, and every setting a page names exists', () => {
  const pages = steps.map((step) => step.media.markdown);
  assert.equal(new Set(pages).size, pages.length, `two steps share a page: ${pages.join(', ')}`);
  for (const step of steps) {
    for (const [setting] of media(step).matchAll(/\bbyline\.[a-zA-Z.]*[a-zA-Z](?![a-zA-Z]|\.\*)/gu)) {
      assert.ok(setting in manifest.contributes.configuration.properties, `${step.id} names ${setting}, which is no setting`);
    }
  }
  assert.match(media(steps.find((step) => step.id === 'settings')!), /byline\.include/u);
});

test('walkthrough: the pages promise only what the installed extension does', () => {
  for (const step of steps) {
    const page = media(step);
    // The .vsix carries no command-line tool: `byline …` runs from a clone of the repository.
    if (/`byline (analyze|export|hydrate|agree)/u.test(page)) {
      assert.match(page, /clone/u, `${step.id}: the byline command needs a clone of the repository`);
    }
    // The status bar item counts quotes, speakers, dates and claims; it never reads "Byline".
    assert.doesNotMatch(page, /status bar shows \*\*Byline\*\*/u, step.id);
  }
});
