#!/usr/bin/env node
// npm run package: production bundles (esbuild, minified, no source maps), then `vsce package --no-dependencies`
// (the bundles carry their dependencies; .vscodeignore keeps everything else out), then checks the .vsix:
// its size, that it holds what the manifest points at, and that no sources, maps or node_modules slipped in.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packagedReadme, repositoryFilesUrl } from './packagedReadme.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = join(root, `${manifest.name}-${manifest.version}.vsix`);
const MAX_BYTES = 2 * 1024 * 1024;

function run(command, args) {
  return execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

run(process.execPath, [join(root, 'scripts', 'build.mjs'), '--production']);
// The README's links to docs/ would be dead on the extension page: packagedReadme makes them absolute (with a
// repository URL) or plain names. --no-rewrite-relative-links: the screenshots ship inside the .vsix, so their
// relative links resolve in VS Code's extension page.
const readme = join(root, 'out', 'vsix', 'README.md');
mkdirSync(dirname(readme), { recursive: true });
writeFileSync(readme, packagedReadme(readFileSync(join(root, 'README.md'), 'utf8'), repositoryFilesUrl(manifest)));
process.stdout.write(
  run(join(root, 'node_modules', '.bin', 'vsce'), [
    'package',
    '--no-dependencies',
    '--allow-missing-repository',
    '--no-rewrite-relative-links',
    '--readme-path',
    relative(root, readme),
    '--out',
    out,
  ]),
);

// A .vsix is a zip: list it with the zip reader vsce itself depends on.
const { default: yauzl } = await import('yauzl');
const entries = await new Promise((resolveEntries, reject) => {
  yauzl.open(out, { lazyEntries: true }, (error, zip) => {
    if (error) {
      reject(error);
      return;
    }
    const names = [];
    zip.on('entry', (entry) => {
      names.push({ name: entry.fileName, size: entry.uncompressedSize });
      zip.readEntry();
    });
    zip.on('end', () => resolveEntries(names));
    zip.on('error', reject);
    zip.readEntry();
  });
});

const problems = [];
const size = statSync(out).size;
if (size > MAX_BYTES) {
  problems.push(`${(size / 1024 / 1024).toFixed(2)} MB is over the 2 MB budget`);
}
// vsce stores README, CHANGELOG and LICENSE under lower-case or .txt names, so compare case-insensitively.
const names = new Set(entries.map((entry) => entry.name.toLowerCase().replace(/^extension\/license\.txt$/, 'extension/license')));
const required = [
  manifest.main,
  './dist/server.js',
  // the worker pool's thread: the server's full analyses and workspace index run there
  './dist/worker.js',
  // the bundles the two launchers above load (scripts/build.mjs)
  './dist/server-bundle.js',
  './dist/worker-bundle.js',
  // what package.json's "bin" names must be in the package it describes
  ...Object.values(manifest.bin ?? {}),
  manifest.icon,
  'LICENSE',
  'CHANGELOG.md',
  ...manifest.contributes.grammars.map((grammar) => grammar.path),
  ...(manifest.contributes.walkthroughs ?? []).flatMap((walkthrough) =>
    walkthrough.steps.flatMap((step) => Object.values(step.media ?? {}).filter((value) => typeof value === 'string' && /\.(md|png|svg)$/.test(value))),
  ),
].filter(Boolean);
for (const path of required) {
  const name = `extension/${path.replace(/^\.\//, '')}`.toLowerCase();
  if (!names.has(name)) {
    problems.push(`missing ${path}`);
  }
}
const properties = Object.entries(manifest.contributes.configuration?.properties ?? {});
for (const [key, setting] of properties) {
  if (!setting.description && !setting.markdownDescription) {
    problems.push(`setting ${key} has no description`);
  }
}
for (const field of ['icon', 'categories', 'keywords', 'license', 'displayName', 'description']) {
  if (!manifest[field] || (Array.isArray(manifest[field]) && manifest[field].length === 0)) {
    problems.push(`package.json has no ${field}`);
  }
}
if (!manifest.contributes.walkthroughs?.length) {
  problems.push('no walkthrough');
}
for (const { name } of entries) {
  if (/node_modules\/|\.map$|\.ts$|^extension\/(test|server|client|scripts)\//.test(name)) {
    problems.push(`should not ship: ${name}`);
  }
}
for (const { name, size: bytes } of entries.filter((entry) => entry.name.startsWith('extension/'))) {
  console.log(`  ${String(bytes).padStart(9)}  ${name.slice('extension/'.length)}`);
}
console.log(`${out.slice(root.length + 1)}: ${(size / 1024).toFixed(0)} KB, ${entries.length} entries, ${properties.length} settings described`);
if (problems.length) {
  console.error(`package check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
