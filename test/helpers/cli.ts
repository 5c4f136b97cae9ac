import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CLI_SOURCE = resolve(__dirname, '..', '..', 'server', 'src', 'cli', 'main.ts');
/** tsx's loader by its own path: `--import tsx` would look for it from the working directory (a temporary folder). */
export const TSX = pathToFileURL(require.resolve('tsx')).href;

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `byline <args>` from the sources (no build needed), as a user would from a shell. */
/** `timeoutMs`: a command that hangs is killed (status null) instead of hanging the test run. */
export function byline(args: string[], options: { input?: string | Buffer; cwd?: string; timeoutMs?: number } = {}): CliResult {
  const env = { ...process.env };
  delete env.BYLINE_JOBS;
  const result = spawnSync(process.execPath, ['--import', TSX, CLI_SOURCE, ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    cwd: options.cwd,
    env,
    // the records of megabyte-sized documents are larger than spawnSync's 1 MB default
    maxBuffer: 512 * 1024 * 1024,
    ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
