import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, symlinkSync, writeFileSync, type Stats } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { DEFAULT_EXPORT_OPTIONS } from '../../server/src/export/options';
import { collectInputs, EXPORT_MANIFEST, runExport } from '../../server/src/export/runExport';
import { resolveInside } from '../../server/src/export/safeNames';
import { PROPERTY_RUNS } from '../helpers/properties';

/** Each run builds and exports a real file tree: a hundredth of the string properties' runs (100 by default). */
const TREE_RUNS = Math.max(100, Math.round(PROPERTY_RUNS / 100));

const ARTICLE = 'Ferry fares rise\n\n“We had no choice,” said harbour master Ida Brandt on Monday.\n';

// Few names, so that generated paths nest in, collide with and point at each other.
const folder = fc.array(fc.constantFrom('a', 'b', 'out', '.byline'), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/'));
const listedName = fc.constantFrom('corpus.jsonl', 'brat/s0.ann', 's0.txt', 'n0.md', 'a', '../a/s0.txt', '/etc/hostname', 'brat', EXPORT_MANIFEST);

type Entry =
  | { kind: 'article' | 'note' | 'store' | 'realExport'; at: string }
  | { kind: 'manifest'; at: string; files: string[] | null }
  | { kind: 'link'; at: string; to: string };

const entry: fc.Arbitrary<Entry> = fc.oneof(
  fc.record({ kind: fc.constantFrom('article' as const, 'note' as const, 'store' as const, 'realExport' as const), at: folder }),
  fc.record({ kind: fc.constant('manifest' as const), at: folder, files: fc.option(fc.array(listedName, { maxLength: 5 })) }),
  fc.record({ kind: fc.constant('link' as const), at: folder, to: fc.oneof(folder, fc.constantFrom('<outside>', '<outside>/keep.txt', 'a/s0.txt')) }),
);

// Articles in a/ and b/ come first, so that most exports have something to read; the destination often holds an
// earlier export (a real one, or a hand-written manifest with odd names), with the user's own files beside it.
const scenario = fc
  .record({
    tree: fc.array(entry, { minLength: 1, maxLength: 10 }),
    sources: fc.array(fc.oneof(fc.constantFrom('a', 'b', 'a/s0.txt'), folder), { minLength: 1, maxLength: 2 }),
    out: fc.oneof(fc.constantFrom('out', 'b/out', 'out/b'), folder),
    earlier: fc.constantFrom('none', 'real', 'manifest'),
    userFileBeside: fc.boolean(),
    overwrite: fc.boolean(),
    formats: fc.subarray(['jsonl', 'brat', 'conll'] as const, { minLength: 1 }),
  })
  .map(({ tree, out, earlier, userFileBeside, ...rest }) => {
    const first: Entry[] = [{ kind: 'article', at: 'a' }, { kind: 'article', at: 'b' }];
    if (earlier !== 'none') {
      first.push(earlier === 'real' ? { kind: 'realExport', at: out } : { kind: 'manifest', at: out, files: ['corpus.jsonl', 'brat/s0.ann', 'n0.md'] });
    }
    if (userFileBeside) {
      first.push({ kind: 'note', at: out });
    }
    return { ...rest, out, tree: [...first, ...tree] };
  });

/** Every entry below `root` (symlinks not followed): a folder, a file with its content, or a link with its target. */
function snapshot(root: string): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (path: string): void => {
    const stats = lstatSync(path);
    const key = relative(root, path);
    if (stats.isSymbolicLink()) {
      seen.set(key, `link → ${readlinkSync(path)}`);
    } else if (stats.isDirectory()) {
      seen.set(key, 'folder');
      readdirSync(path).forEach((name) => visit(join(path, name)));
    } else {
      seen.set(key, `file ${readFileSync(path, 'utf8')}`);
    }
  };
  visit(root);
  return seen;
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/** Runs a step that may be impossible in a generated tree (a file where a folder is, an unsafe name): skips it then. */
function attempt(action: () => void): void {
  try {
    action();
  } catch {
    // skipped
  }
}

async function build(root: string, tree: Entry[]): Promise<void> {
  mkdirSync(join(root, 'outside'));
  writeFileSync(join(root, 'outside', 'keep.txt'), 'not in the tree');
  mkdirSync(join(root, 'fixture'));
  writeFileSync(join(root, 'fixture', 'f.txt'), ARTICLE);
  const tree_ = join(root, 'tree');
  mkdirSync(tree_);
  for (const [index, item] of tree.entries()) {
    const at = join(tree_, item.at);
    if (item.kind === 'link') {
      const to = item.to.startsWith('<outside>') ? item.to.replace('<outside>', join(root, 'outside')) : join(tree_, item.to);
      attempt(() => mkdirSync(dirname(at), { recursive: true }));
      attempt(() => symlinkSync(to, at));
      continue;
    }
    if (item.kind === 'realExport') {
      attempt(() => mkdirSync(dirname(at), { recursive: true }));
      await runExport({ sources: [join(root, 'fixture')], inputs: collectInputs([join(root, 'fixture')]), formats: ['jsonl', 'brat'], options: DEFAULT_EXPORT_OPTIONS, out: at }).catch(() => undefined);
      continue;
    }
    attempt(() => mkdirSync(at, { recursive: true }));
    if (item.kind === 'article') {
      attempt(() => writeFileSync(join(at, 's0.txt'), ARTICLE));
    } else if (item.kind === 'note') {
      attempt(() => writeFileSync(join(at, 'n0.md'), `note ${index}`));
    } else if (item.kind === 'store') {
      attempt(() => mkdirSync(join(at, '.byline', 'annotations'), { recursive: true }));
      attempt(() => writeFileSync(join(at, '.byline', 'annotations', 's0.txt.json'), `{"n":${index}}`));
    } else if (item.kind === 'manifest') {
      const files = item.files;
      attempt(() => writeFileSync(join(at, EXPORT_MANIFEST), JSON.stringify({ format: 'byline-export', version: 1, ...(files ? { files } : {}) })));
    }
  }
}

/** What an overwrite of `out` may remove: the files its earlier export lists (and their emptied folders). */
function listedAt(root: string, out: string): Set<string> {
  const allowed = new Set<string>();
  let target: string;
  try {
    target = join(realpathSync(dirname(out)), basename(out));
    const listed = (JSON.parse(readFileSync(join(target, EXPORT_MANIFEST), 'utf8')) as { files?: unknown }).files;
    if (!lstatSync(target).isDirectory() || !Array.isArray(listed)) {
      return allowed;
    }
    for (const name of [...(listed as string[]), EXPORT_MANIFEST]) {
      attempt(() => {
        const parts = relative(root, resolveInside(target, name)).split('/');
        parts.forEach((_, index) => allowed.add(parts.slice(0, index + 1).join('/')));
      });
    }
  } catch {
    // no readable earlier export there
  }
  return allowed;
}

test('an export never deletes or changes anything but the files an earlier export at its destination listed', async (t) => {
  const figures = { trees: 0, replaced: 0, refused: 0, deletedInsideList: 0, deletedOutsideList: 0 };
  await fc.assert(
    fc.asyncProperty(scenario, async ({ tree, sources, out, overwrite, formats }) => {
      const root = mkdtempSync(join(tmpdir(), 'byline-export-property-'));
      try {
        await build(root, tree);
        const base = join(root, 'tree');
        const destination = join(base, out);
        attempt(() => mkdirSync(dirname(destination), { recursive: true }));
        const existing = sources.map((source) => join(base, source)).filter((path) => lstatOrNull(path) !== null);
        const paths = existing.length > 0 ? existing : [join(base, 'a')];
        const before = snapshot(root);
        const listed = overwrite ? listedAt(root, destination) : new Set<string>();
        let exported: string | null = null;
        try {
          ({ out: exported } = await runExport({ sources: paths, inputs: collectInputs(paths), formats: [...formats], options: DEFAULT_EXPORT_OPTIONS, out: destination, overwrite }));
        } catch {
          figures.refused++;
        }
        const after = snapshot(root);
        const changed = [...before].filter(([path, what]) => after.get(path) !== what).map(([path]) => path);
        const outsideList = changed.filter((path) => !listed.has(path));
        const added = [...after.keys()].filter((path) => !before.has(path));
        figures.trees++;
        figures.deletedOutsideList += outsideList.length;
        figures.deletedInsideList += changed.length - outsideList.length;
        assert.deepEqual(outsideList, [], 'changed or deleted outside the earlier export\'s list');
        if (exported === null) {
          assert.deepEqual(changed, [], 'a refused or failed export changes nothing');
          assert.deepEqual(added, [], 'a refused or failed export leaves nothing behind');
          return;
        }
        const written = relative(root, exported);
        assert.deepEqual(added.filter((path) => path !== written && !path.startsWith(`${written}/`)), [], 'nothing written outside the destination');
        if (listed.size > 0) {
          figures.replaced++;
        }
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }),
    { numRuns: TREE_RUNS },
  );
  t.diagnostic(
    `${figures.trees} trees; ${figures.refused} exports refused; ${figures.replaced} earlier exports replaced; ` +
      `entries removed or changed: ${figures.deletedInsideList} inside an earlier export's list, ${figures.deletedOutsideList} outside`,
  );
  assert.equal(figures.deletedOutsideList, 0);
});
