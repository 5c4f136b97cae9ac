// Entry point VS Code loads as `extensionTestsPath`: runs the bundled *.test.js suites with mocha (tdd) inside
// the extension host and writes the counts for scripts/test-e2e.mjs, which prints the `N passed, N failed` line.
import { readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type MochaType from 'mocha';

type MochaClass = typeof MochaType;

/** mocha 12 is an ES module: require() works on Node >= 20.19 (code-server's host), import() elsewhere. */
async function loadMocha(): Promise<MochaClass> {
  const load = createRequire(__filename);
  try {
    const loaded = load('mocha') as { default?: MochaClass };
    return loaded.default ?? (loaded as unknown as MochaClass);
  } catch {
    const url = pathToFileURL(load.resolve('mocha')).href;
    // A computed specifier keeps esbuild from rewriting this dynamic import into require().
    const loaded = (await import(url)) as { default: MochaClass };
    return loaded.default;
  }
}

export async function run(): Promise<void> {
  const Mocha = await loadMocha();
  const grep = process.env.BYLINE_E2E_GREP;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 120_000, reporter: 'spec', ...(grep ? { grep } : {}) });
  // Export Corpus runs last: in screenshot mode it adds a large archive to the workspace, which would show up in
  // the workspace speaker index (hovers, views) of every later screenshot.
  // Compare Annotations adds a colleague's articles and annotations to the workspace: after the other views' tests.
  const last = (file: string): number => ['compare.test.js', 'export.test.js'].indexOf(file) + 1;
  const files = readdirSync(__dirname)
    .filter((file) => file.endsWith('.test.js'))
    .sort((a, b) => last(a) - last(b) || a.localeCompare(b));
  for (const name of files) {
    mocha.addFile(join(__dirname, name));
  }
  const counts = { passed: 0, failed: 0, skipped: 0 };
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', () => {
      counts.passed += 1;
    });
    runner.on('fail', () => {
      counts.failed += 1;
    });
    runner.on('pending', () => {
      counts.skipped += 1;
    });
  });
  const results = process.env.BYLINE_E2E_RESULTS;
  if (results) {
    writeFileSync(results, JSON.stringify(counts));
  }
  console.log(`${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
  if (counts.failed > 0) {
    throw new Error(`${counts.failed} integration test${counts.failed === 1 ? '' : 's'} failed`);
  }
}
