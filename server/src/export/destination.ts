import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { lstat, mkdir, readdir, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { OutputChunk } from './formats';
import { resolveInside, UnsafePathError } from './safeNames';

export class DestinationError extends Error {}

const MAX_PENDING_WRITES = 64;

/**
 * An export destination that appears all at once or not at all: everything is written into a fresh staging
 * folder beside the destination (same file system, so the final rename is atomic) and renamed into place by
 * `commit`; `abort` (cancel, failure) deletes the staging folder. Files are created exclusively ("wx"), so an
 * existing file or symlink is never written through.
 */
export class StagedDestination {
  private readonly streams = new Map<string, WriteStream>();
  private readonly madeDirs = new Set<string>();
  private finished = false;
  /** First error a stream reported; it ends the export at the next write or at commit. */
  private failure: Error | null = null;
  /** Whole-file writes still in flight: a few overlap with the analysis of the next documents. */
  private readonly pending = new Set<Promise<void>>();

  private constructor(
    readonly target: string,
    readonly staging: string,
    private readonly replace: boolean,
  ) {}

  /**
   * Prepares `target` (a folder that must not exist, or be empty, unless `replace` is set). Refuses a target that
   * is a symlink or sits below one that points elsewhere.
   */
  static async open(target: string, options: { replace?: boolean } = {}): Promise<StagedDestination> {
    const absolute = resolve(target);
    const parent = dirname(absolute);
    let parentReal: string;
    try {
      parentReal = await realpath(parent);
    } catch {
      throw new DestinationError(`cannot export to ${absolute}: its folder ${parent} does not exist`);
    }
    const finalTarget = join(parentReal, basename(absolute));
    const existing = await lstat(finalTarget).catch(() => null);
    if (existing?.isSymbolicLink()) {
      throw new DestinationError(`refusing to export to ${absolute}: it is a symbolic link`);
    }
    if (existing && !existing.isDirectory()) {
      throw new DestinationError(`cannot export to ${absolute}: it is a file, not a folder`);
    }
    if (existing && !options.replace && (await readdir(finalTarget)).length > 0) {
      throw new DestinationError(`${absolute} is not empty; choose a new folder or pass --overwrite`);
    }
    const staging = join(parentReal, `.${basename(absolute)}.byline-export-${randomBytes(6).toString('hex')}`);
    await mkdir(staging, { recursive: false });
    return new StagedDestination(finalTarget, staging, options.replace ?? false);
  }

  private async pathFor(file: string): Promise<string> {
    const full = resolveInside(this.staging, file);
    const folder = dirname(full);
    if (folder !== this.staging && !this.madeDirs.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.madeDirs.add(folder);
    }
    return full;
  }

  async write(chunk: OutputChunk): Promise<void> {
    if (this.finished) {
      throw new DestinationError('export already finished');
    }
    if (this.failure) {
      throw this.failure;
    }
    const path = await this.pathFor(chunk.file);
    if (chunk.mode === 'create') {
      const write: Promise<void> = writeFile(path, chunk.content, { flag: 'wx' }).then(
        () => void this.pending.delete(write),
        (error: Error) => {
          this.pending.delete(write);
          this.failure ??= error;
        },
      );
      this.pending.add(write);
      if (this.pending.size >= MAX_PENDING_WRITES) {
        await Promise.race(this.pending);
      }
      return;
    }
    let stream = this.streams.get(path);
    if (!stream) {
      stream = createWriteStream(path, { flags: 'wx' });
      stream.on('error', (error) => {
        this.failure ??= error;
      });
      this.streams.set(path, stream);
    }
    if (!stream.write(chunk.content)) {
      const open = stream;
      await new Promise<void>((resolveDrain, reject) => {
        const onDrain = (): void => {
          open.off('error', onError);
          resolveDrain();
        };
        const onError = (error: Error): void => {
          open.off('drain', onDrain);
          reject(error);
        };
        open.once('drain', onDrain);
        open.once('error', onError);
      });
    }
  }

  async writeAll(chunks: Iterable<OutputChunk>): Promise<void> {
    for (const chunk of chunks) {
      await this.write(chunk);
    }
  }

  /** Writes each format's closing chunks and the manifest (as `file`), then moves the output into place. */
  async finish(formats: readonly { finish(): Iterable<OutputChunk> }[], manifest: { file: string; content: object }): Promise<void> {
    for (const format of formats) {
      await this.writeAll(format.finish());
    }
    await this.write({ file: manifest.file, content: JSON.stringify(manifest.content, null, 2) + '\n', mode: 'create' });
    await this.commit();
  }

  private async closeStreams(): Promise<void> {
    await Promise.all(this.pending);
    await Promise.all(
      [...this.streams.values()].map(
        (stream) => new Promise<void>((done, reject) => stream.end((error?: Error | null) => (error ? reject(error) : done()))),
      ),
    );
    this.streams.clear();
  }

  /** Moves the staged output into place. With `replace`, an existing destination is swapped out and removed. */
  async commit(): Promise<void> {
    await this.closeStreams();
    if (this.failure) {
      await this.abort();
      throw this.failure;
    }
    this.finished = true;
    const existing = await lstat(this.target).catch(() => null);
    if (existing?.isSymbolicLink()) {
      await this.abort();
      throw new UnsafePathError(`refusing to replace ${this.target}: it became a symbolic link`);
    }
    if (existing) {
      const empty = (await readdir(this.target)).length === 0;
      if (!empty && !this.replace) {
        await this.abort();
        throw new DestinationError(`${this.target} is no longer empty; nothing was written`);
      }
      const old = `${this.staging}.old`;
      await rename(this.target, old);
      await rename(this.staging, this.target);
      await rm(old, { recursive: true, force: true });
      return;
    }
    await rename(this.staging, this.target);
  }

  /** Drops everything written so far. Safe to call more than once. */
  async abort(): Promise<void> {
    this.finished = true;
    await Promise.all(this.pending);
    await Promise.all(
      [...this.streams.values()].map(
        (stream) =>
          new Promise<void>((done) => {
            if (stream.closed) {
              done();
              return;
            }
            stream.once('close', () => done());
            stream.destroy();
          }),
      ),
    );
    this.streams.clear();
    await rm(this.staging, { recursive: true, force: true });
  }
}
