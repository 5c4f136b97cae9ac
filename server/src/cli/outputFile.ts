/**
 * `--out FILE` of analyze and agree: checked before any work, written to a temp file beside it and renamed into
 * place at the end, so a failed run leaves an earlier file as it was and an input named by mistake is never replaced.
 */
import { createWriteStream, existsSync, openSync, realpathSync, renameSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { messageOf } from './commandLine';

/** Why `out` cannot be written, or undefined: a folder, a missing parent folder, or one of `inputs` (files). */
export function outputFileProblem(out: string, inputs: readonly string[]): string | undefined {
  const target = resolve(out);
  if (existsSync(target) && statSync(target).isDirectory()) {
    return `--out ${out} is a folder; name a file`;
  }
  const parent = dirname(target);
  if (!existsSync(parent) || !statSync(parent).isDirectory()) {
    return `--out ${out}: the folder ${parent} does not exist`;
  }
  const real = realOrResolved(target);
  if (inputs.some((input) => realOrResolved(resolve(input)) === real)) {
    return `--out ${out} is one of the input files; writing there would replace it`;
  }
  return undefined;
}

/** A stream into a temp file beside `out`; `commit` renames it over `out`, `discard` removes it. */
export class OutputFile {
  readonly stream: WriteStream;
  private readonly temp: string;

  private constructor(
    private readonly out: string,
    descriptor: number,
    temp: string,
  ) {
    this.temp = temp;
    this.stream = createWriteStream('', { fd: descriptor });
  }

  /** Opens the temp file; a message (permissions, a full disk) instead when it cannot be created. */
  static open(out: string): OutputFile | string {
    const temp = `${resolve(out)}.${process.pid}.tmp`;
    try {
      return new OutputFile(out, openSync(temp, 'w'), temp);
    } catch (error) {
      return `cannot write --out ${out}: ${messageOf(error)}`;
    }
  }

  async commit(): Promise<void> {
    await new Promise<void>((done, fail) => this.stream.end((error?: Error | null) => (error ? fail(error) : done())));
    renameSync(this.temp, this.out);
  }

  discard(): void {
    this.stream.destroy();
    rmSync(this.temp, { force: true });
  }

}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
