/**
 * The annotation store on disk: `<workspace folder>/.byline/annotations/<document path>.json`, one file per
 * annotated document (see model.ts). Used by the VS Code client and by the headless CLI exporter.
 *
 * Guarantees:
 * - Writes are atomic: a temp file in the same folder is written, fsynced and renamed over the store file, so a
 *   crash leaves either the old or the new file, never half of one (a stray `*.tmp` at worst, ignored on read).
 * - A store file that is malformed, fails the schema, or was written by a newer Byline is never overwritten:
 *   it is copied to `.byline/backup/<store file>.<content hash>.bak`, reported once through `onIssue`, and the
 *   document is read-only until the file is fixed (the other documents keep working).
 * - Concurrent writers (two VS Code windows, the CLI): every update re-reads the file under a lock file and merges
 *   by annotation id (newest `modified` wins) before writing, so nothing another writer saved is lost.
 */

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ANNOTATIONS_DIR, BACKUP_DIR, STORE_DIR, emptyStore, sourceOfStoreFileName, storeFileName, type StoreFile } from './model';
import { mergeChanges, type StoreChanges } from './merge';
import { MIGRATIONS, parseStore, serializeStore, type Migration, type StoreProblem } from './validate';
import { withLock } from './lock';
import { backupFile, readTextIfPresent, writeFileAtomic } from './atomicFile';

export interface StoreIssue {
  source: string;
  /** Absolute path of the store file. */
  file: string;
  problem: StoreProblem;
  message: string;
  /** Absolute path of the backup copy, or null when it could not be made. */
  backup: string | null;
}

export type ReadResult =
  | { state: 'ok'; store: StoreFile; migratedFrom?: number }
  | { state: 'missing'; store: StoreFile }
  | { state: 'unreadable'; issue: StoreIssue };

export class StoreReadOnlyError extends Error {
  constructor(readonly issue: StoreIssue) {
    super(`Byline will not overwrite ${issue.file}: ${issue.message}. A backup is at ${issue.backup ?? '(backup failed)'}.`);
  }
}

export interface FileStoreOptions {
  migrations?: ReadonlyMap<number, Migration>;
  /** Called once per problem file (until it changes). */
  onIssue?: (issue: StoreIssue) => void;
  /** Test hook: runs after the temp file is written and before it is renamed into place. */
  beforeRename?: (tempFile: string) => Promise<void>;
}

export class FileStore {
  readonly storeDir: string;
  private readonly reported = new Map<string, string>();

  /** `root` is the workspace folder's file system path. */
  constructor(
    readonly root: string,
    private readonly options: FileStoreOptions = {},
  ) {
    this.storeDir = path.join(root, STORE_DIR);
  }

  /** Absolute path of the store file of a workspace-relative document path. */
  fileFor(source: string): string {
    return path.join(this.storeDir, ANNOTATIONS_DIR, ...storeFileName(source).split('/'));
  }

  async read(source: string): Promise<ReadResult> {
    const file = this.fileFor(source);
    const json = await readTextIfPresent(file);
    if (json === null) {
      return { state: 'missing', store: emptyStore(source) };
    }
    const parsed = parseStore(json, this.options.migrations ?? MIGRATIONS);
    if (parsed.ok) {
      this.reported.delete(file);
      return parsed.migratedFrom === undefined
        ? { state: 'ok', store: parsed.store }
        : { state: 'ok', store: parsed.store, migratedFrom: parsed.migratedFrom };
    }
    const backup = await backupFile(path.join(this.storeDir, BACKUP_DIR), path.join(this.storeDir, ANNOTATIONS_DIR), file, json);
    const issue: StoreIssue = { source, file, problem: parsed.problem, message: parsed.message, backup };
    const fingerprint = `${parsed.problem}:${backup ?? ''}`;
    if (this.reported.get(file) !== fingerprint) {
      this.reported.set(file, fingerprint);
      this.options.onIssue?.(issue);
    }
    return { state: 'unreadable', issue };
  }

  /**
   * Applies changes to a document's store: re-reads it under the lock, merges, writes atomically and returns what
   * is now on disk. Throws `StoreReadOnlyError` when the file on disk cannot be read (it is left untouched).
   */
  async update(source: string, changes: StoreChanges): Promise<StoreFile> {
    const file = this.fileFor(source);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await this.ensureGitignore();
    return withLock(`${file}.lock`, async () => {
      const current = await this.read(source);
      if (current.state === 'unreadable') {
        throw new StoreReadOnlyError(current.issue);
      }
      if (current.state === 'ok' && current.migratedFrom !== undefined) {
        await backupFile(path.join(this.storeDir, BACKUP_DIR), path.join(this.storeDir, ANNOTATIONS_DIR), file, await fs.readFile(file, 'utf8'));
      }
      const merged: StoreFile = { ...current.store, source, annotations: mergeChanges(current.store.annotations, changes) };
      if (merged.annotations.length === 0) {
        await fs.rm(file, { force: true });
      } else {
        await writeFileAtomic(file, serializeStore(merged), this.options.beforeRename);
      }
      return merged;
    });
  }

  /**
   * Moves a document's annotations to its new path (the document was renamed or moved): merged into any store
   * of the new path, then the old store file is removed. Nothing happens when the old one cannot be read.
   */
  async rename(from: string, to: string): Promise<StoreFile | null> {
    const old = await this.read(from);
    if (old.state !== 'ok') {
      return null;
    }
    const moved = old.store.annotations.map((annotation) => ({ ...annotation, target: { ...annotation.target, source: to } }));
    const merged = await this.update(to, { upserts: moved, deletions: [] });
    await fs.rm(this.fileFor(from), { force: true });
    return merged;
  }

  /**
   * Copies a document's store file to `.byline/backup/` before a change the user may want to undo by hand
   * (adjudicating a comparison); the backup path, or null when there is no store file yet.
   */
  async backupCopy(source: string): Promise<string | null> {
    const file = this.fileFor(source);
    const content = await fs.readFile(file, 'utf8').catch(() => null);
    return content === null ? null : backupFile(path.join(this.storeDir, BACKUP_DIR), path.join(this.storeDir, ANNOTATIONS_DIR), file, content);
  }

  /** Workspace-relative paths of every document with a store file. */
  async listSources(): Promise<string[]> {
    const base = path.join(this.storeDir, ANNOTATIONS_DIR);
    let entries: string[];
    try {
      entries = await fs.readdir(base, { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return [];
      }
      throw error;
    }
    return entries
      .map((entry) => entry.split(path.sep).join('/'))
      .filter((entry) => entry.endsWith('.json'))
      .map(sourceOfStoreFileName)
      .sort();
  }

  /** The workspace-relative document path a store file belongs to, or null when it is not a store file. */
  sourceOfFile(file: string): string | null {
    const relative = path.relative(path.join(this.storeDir, ANNOTATIONS_DIR), file);
    if (relative.startsWith('..') || path.isAbsolute(relative) || !relative.endsWith('.json')) {
      return null;
    }
    return sourceOfStoreFileName(relative.split(path.sep).join('/'));
  }

  /** Keeps backups, temp and lock files out of version control; the annotations themselves are meant to be shared. */
  private async ensureGitignore(): Promise<void> {
    await fs.writeFile(path.join(this.storeDir, '.gitignore'), `${BACKUP_DIR}/\n*.tmp\n*.lock\n`, { flag: 'wx' }).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
    });
  }
}

