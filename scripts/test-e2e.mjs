#!/usr/bin/env node
// Integration tests inside a real VS Code (npm run test:e2e).
//
// 1. builds the extension (dist/) unless --no-build, and bundles test/e2e/*.ts for the extension host (out/e2e/);
// 2. makes a throw-away workspace: our fixtures (test/fixtures/e2e) plus, when ../shared is there, a few seeds;
// 3. runs VS Code through @vscode/test-electron: on this kind of machine the offline code-server harness
//    (VSCODE_SHIM, or ../shared/vscode/setup.sh which prints its path); elsewhere the normal download;
// 4. prints the plain `N passed, N failed` line CI reads, from the results file the suite writes.
//
// Options: --no-build, --grep=REGEX (only matching tests), --keep (keep the workspace), --screenshots=DIR
// (tests that know how save PNGs there), --timeout=SECONDS (whole run, default 900), --vsix=FILE (test the
// packaged extension installed from FILE instead of the development tree).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { runTests } from '@vscode/test-electron';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const flag = (name) => args.includes(`--${name}`);
const sharedDir = process.env.BYLINE_SHARED ?? resolve(root, '..', 'shared');
const timeoutSeconds = Number(option('timeout') ?? process.env.BYLINE_E2E_TIMEOUT ?? 900);
/** Seeds copied into the test workspace (all of them: there are few); the tests skip their seed checks without them. */
const SEEDS = /\.txt$/;

function log(message) {
  console.log(`[e2e] ${message}`);
}

function summary(passed, failed, skipped, note) {
  if (note) {
    console.log(`[e2e] ${note}`);
  }
  if (skipped) {
    console.log(`${skipped} skipped`);
  }
  console.log(`${passed} passed, ${failed} failed`);
}

async function bundleSuite() {
  const dir = join(root, 'test', 'e2e');
  const entries = readdirSync(dir).filter((name) => name.endsWith('.test.ts') || name === 'index.ts');
  rmSync(join(root, 'out', 'e2e'), { recursive: true, force: true });
  await build({
    entryPoints: entries.map((name) => join(dir, name)),
    outdir: join(root, 'out', 'e2e'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
}

/** Path of the VS Code executable: the offline harness here, undefined (download) elsewhere. */
function vscodeExecutable() {
  if (process.env.VSCODE_SHIM) {
    return process.env.VSCODE_SHIM;
  }
  const setup = join(sharedDir, 'vscode', 'setup.sh');
  if (!existsSync(setup)) {
    log(`no ${setup}: @vscode/test-electron downloads VS Code`);
    return undefined;
  }
  log('preparing the offline VS Code harness (first run installs it, a few minutes)');
  const output = execFileSync('bash', [setup], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return output.trim().split('\n').pop();
}

/**
 * The throw-away workspace. For screenshots it holds only our invented fixtures (never seed text in a committed
 * picture) and readable settings (the export test adds an archive to show its progress).
 */
function makeWorkspace(forScreenshots) {
  const workspace = mkdtempSync(join(tmpdir(), 'byline-e2e-'));
  cpSync(join(root, 'test', 'fixtures', 'e2e'), join(workspace, 'articles'), { recursive: true });
  const seedsDir = join(sharedDir, 'seeds');
  if (forScreenshots) {
    mkdirSync(join(workspace, '.vscode'));
    writeFileSync(
      join(workspace, '.vscode', 'settings.json'),
      JSON.stringify({ 'editor.fontSize': 15, 'editor.minimap.enabled': false, 'workbench.tips.enabled': false }, null, 2),
    );
  } else if (existsSync(seedsDir)) {
    mkdirSync(join(workspace, 'seeds'));
    for (const name of readdirSync(seedsDir)) {
      if (SEEDS.test(name)) {
        cpSync(join(seedsDir, name), join(workspace, 'seeds', name));
      }
    }
  }
  return workspace;
}

async function main() {
  const started = Date.now();
  if (!flag('no-build')) {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  }
  for (const bundle of ['client.js', 'server.js']) {
    if (!existsSync(join(root, 'dist', bundle))) {
      summary(0, 1, 0, `dist/${bundle} is missing: the extension was not built`);
      return 1;
    }
  }
  await bundleSuite();
  const executable = vscodeExecutable();
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  // --vsix alone: the file `npm run package` writes
  const vsix = option('vsix') ? resolve(option('vsix')) : flag('vsix') ? join(root, `${manifest.name}-${manifest.version}.vsix`) : '';
  if (vsix && !existsSync(vsix)) {
    summary(0, 1, 0, `${vsix} does not exist: run npm run package first`);
    return 1;
  }
  let extensionsDir = '';
  if (vsix) {
    // The installed .vsix is the extension under test; an empty extension stands in as the development one.
    if (!executable) {
      summary(0, 1, 0, '--vsix needs the offline harness (VSCODE_SHIM or ../shared/vscode/setup.sh)');
      return 1;
    }
    extensionsDir = mkdtempSync(join(tmpdir(), 'byline-vsix-'));
    execFileSync(executable, ['--install-extension', vsix, '--extensions-dir', extensionsDir], { stdio: 'inherit' });
  }
  const screenshots = option('screenshots') ? resolve(option('screenshots')) : '';
  if (screenshots) {
    mkdirSync(screenshots, { recursive: true });
  }
  const workspace = makeWorkspace(Boolean(screenshots));
  const failures = join(root, 'out', 'e2e-failures');
  rmSync(failures, { recursive: true, force: true });
  mkdirSync(failures, { recursive: true });
  const results = join(workspace, '..', `${workspace.split('/').pop()}.results.json`);
  log(`workspace ${workspace}`);
  let exitCode = 0;
  let crash = '';
  try {
    await runTests({
      ...(executable ? { vscodeExecutablePath: executable } : {}),
      extensionDevelopmentPath: vsix ? join(root, 'test', 'e2e', 'vsix-host') : root,
      extensionTestsPath: join(root, 'out', 'e2e', 'index.js'),
      launchArgs: vsix
        ? [workspace, `--extensions-dir=${extensionsDir}`, '--disable-workspace-trust', '--skip-welcome']
        : [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
      extensionTestsEnv: {
        BYLINE_E2E_RESULTS: results,
        BYLINE_E2E_GREP: option('grep') ?? '',
        BYLINE_E2E_SCREENSHOTS: screenshots,
        BYLINE_E2E_FIXTURES: join(root, 'test', 'fixtures', 'e2e'),
        // the seed checks compare with dist/cli.js, which the .vsix does not ship
        BYLINE_E2E_SEEDS: !vsix && existsSync(join(workspace, 'seeds')) ? join(workspace, 'seeds') : '',
        BYLINE_E2E_FAILURES: failures,
        BYLINE_E2E_DEBUG: process.env.BYLINE_E2E_DEBUG ?? '',
        // the offline harness gives up (exit 124) after this long
        VSCODE_SHIM_TIMEOUT: String(timeoutSeconds),
      },
    });
  } catch (error) {
    exitCode = 1;
    crash = error instanceof Error ? error.message : String(error);
  }
  let counts = null;
  try {
    counts = JSON.parse(readFileSync(results, 'utf8'));
  } catch {
    counts = null;
  }
  if (extensionsDir) {
    rmSync(extensionsDir, { recursive: true, force: true });
  }
  if (!flag('keep')) {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(results, { force: true });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!counts) {
    summary(0, 1, 0, `VS Code ended without test results after ${seconds} s${crash ? `: ${crash}` : ''}` +
      (crash.includes('124') ? ` (timed out after ${timeoutSeconds} s)` : ''));
    return 1;
  }
  summary(counts.passed, counts.failed, counts.skipped, `real VS Code run took ${seconds} s`);
  return counts.failed > 0 || exitCode !== 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    summary(0, 1, 0, `harness error: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
