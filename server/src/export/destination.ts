import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { checkDestination, DestinationError, EXPORT_MANIFEST } from './destinationRules';
import type { OutputChunk } from './formats';
import { replaceEarlierExport } from './replaceEarlierExport';
import { resolveInside } from './safeNames';

export { DestinationError } from './destinationRules';

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
  /** Every file written, relative ("/"): listed in the manifest so that a later `--overwrite` removes just these. */
  private readonly written = new Set<string>();
  private finished = false;
  /** First error a stream reported; it ends the export at the next write or at commit. */
  private failure: Error | null = null;
  /** Whole-file writes still in flight: a few overlap with the analysis of the next documents. */
  private readonly pending = new Set<Promise<void>>();

  private constructor(
    /** The destination as asked for (re-checked at commit) and as resolved. */
    private readonly requested: string,
    readonly target: string,
    readonly staging: string,
    private readonly rules: { sources: readonly string[]; replace: boolean },
  ) {}

  /**
   * Prepares `target` under the destination rules (`checkDestination`): a new or empty folder, or with `replace`
   * a folder holding an earlier Byline export; never an input (`sources`) or an annotation store, nor a symlink.
   */
  static async open(target: string, options: { sources: readonly string[]; replace?: boolean }): Promise<StagedDestination> {
    const rules = { sources: options.sources, replace: options.replace ?? false };
    const checked = await checkDestination(target, rules.sources, rules.replace);
    const staging = join(dirname(checked.target), `.${basename(checked.target)}.byline-export-${randomBytes(6).toString('hex')}`);
    await mkdir(staging, { recursive: false });
    return new StagedDestination(target, checked.target, staging, rules);
  }

  private async pathFor(file: string): Promise<string> {
    const full = resolveInside(this.staging, file);
    this.written.add(file);
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

  /** Writes each format's closing chunks and the manifest (with the list of files), then moves the output into place. */
  async finish(formats: readonly { finish(): Iterable<OutputChunk> }[], manifest: object): Promise<void> {
    for (const format of formats) {
      await this.writeAll(format.finish());
    }
    const files = [...this.written, EXPORT_MANIFEST].sort();
    await this.write({ file: EXPORT_MANIFEST, content: JSON.stringify({ ...manifest, files }, null, 2) + '\n', mode: 'create' });
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

  /**
   * Moves the staged output into place, after checking the destination again (it may have changed during the
   * export): a new name is a rename; an empty folder is removed first; an earlier export is replaced file by file.
   */
  async commit(): Promise<void> {
    await this.closeStreams();
    if (this.failure) {
      await this.abort();
      throw this.failure;
    }
    this.finished = true;
    try {
      const now = await checkDestination(this.requested, this.rules.sources, this.rules.replace);
      if (now.target !== this.target) {
        throw new DestinationError(`${this.requested} now resolves to ${now.target}; nothing was written`);
      }
      if (now.earlierFiles) {
        await replaceEarlierExport(this.target, this.staging, [...this.written], now.earlierFiles);
        await rm(this.staging, { recursive: true, force: true });
        return;
      }
      if (now.exists) {
        await rmdir(this.target).catch(() => {
          throw new DestinationError(`${this.target} is no longer empty; nothing was written`);
        });
      }
      await rename(this.staging, this.target);
    } catch (error) {
      await this.abort();
      throw error;
    }
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
