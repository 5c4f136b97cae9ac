/**
 * Document metadata on disk (`.byline/metadata/<document path>.json`, see metadata.ts), with the store's guarantees:
 * atomic writes under a lock, and a file that cannot be read is backed up to `.byline/backup/metadata/` and never
 * overwritten. Used by the language server (Set Publication Date…) and read-only by the CLI (analyze, export).
 */

import { existsSync, readFileSync, statSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseGivenDate } from '../core/givenDate';
import { backupFile, readTextIfPresent, writeFileAtomic } from './atomicFile';
import { withLock } from './lock';
import { emptyMetadata, hasContent, METADATA_DIR, parseMetadata, serializeMetadata, type DocumentMetadata, type MetadataCreator } from './metadata';
import { BACKUP_DIR, sourceOfStoreFileName, STORE_DIR, storeFileName } from './model';

export type MetadataRead =
  | { state: 'ok'; metadata: DocumentMetadata }
  | { state: 'missing'; metadata: DocumentMetadata }
  | { state: 'unreadable'; file: string; message: string; backup: string | null };

export class MetadataReadOnlyError extends Error {
  constructor(readonly file: string, reason: string, backup: string | null) {
    super(`Byline will not overwrite ${file}: ${reason}. A backup is at ${backup ?? '(backup failed)'}.`);
  }
}

export interface MetadataChange {
  /** A date as `parseGivenDate` reads it, or null to remove the given date. */
  published?: { value: string; creator: MetadataCreator } | null;
  locale?: string | null;
}

export class MetadataStore {
  private readonly baseDir: string;

  constructor(readonly root: string) {
    this.baseDir = path.join(root, STORE_DIR, METADATA_DIR);
  }

  fileFor(source: string): string {
    return path.join(this.baseDir, ...storeFileName(source).split('/'));
  }

  /** The workspace-relative document a metadata file belongs to, or null when the file is not one. */
  sourceOfFile(file: string): string | null {
    const relative = path.relative(this.baseDir, file);
    if (relative.startsWith('..') || path.isAbsolute(relative) || !relative.endsWith('.json')) {
      return null;
    }
    return sourceOfStoreFileName(relative.split(path.sep).join('/'));
  }

  async read(source: string): Promise<MetadataRead> {
    const file = this.fileFor(source);
    const json = await readTextIfPresent(file);
    if (json === null) {
      return { state: 'missing', metadata: emptyMetadata(source) };
    }
    const parsed = parseMetadata(json);
    if (parsed.ok) {
      return { state: 'ok', metadata: parsed.metadata };
    }
    const backup = await backupFile(path.join(this.root, STORE_DIR, BACKUP_DIR, METADATA_DIR), this.baseDir, file, json);
    return { state: 'unreadable', file, message: parsed.message, backup };
  }

  /** Applies a change under the lock and writes atomically (an empty result removes the file); returns what is on disk. */
  async update(source: string, change: MetadataChange, now: Date = new Date()): Promise<DocumentMetadata> {
    if (change.published) {
      parseGivenDate(change.published.value); // throws InvalidPublishedDate: never store a malformed date
    }
    const file = this.fileFor(source);
    await fs.mkdir(path.dirname(file), { recursive: true });
    return withLock(`${file}.lock`, async () => {
      const current = await this.read(source);
      if (current.state === 'unreadable') {
        throw new MetadataReadOnlyError(file, current.message, current.backup);
      }
      const next: DocumentMetadata = { ...current.metadata, source };
      if (change.published === null) {
        delete next.published;
      } else if (change.published) {
        next.published = { value: change.published.value.trim(), creator: change.published.creator, modified: now.toISOString() };
      }
      if (change.locale === null) {
        delete next.locale;
      } else if (change.locale !== undefined) {
        next.locale = change.locale;
      }
      if (hasContent(next)) {
        await writeFileAtomic(file, serializeMetadata(next));
      } else {
        await fs.rm(file, { force: true });
      }
      return next;
    });
  }
}

/** What the CLI takes from a document's metadata file: its given date and locale, or why the file was skipped. */
export interface DocumentInputs {
  published?: string;
  locale?: string;
  /** Set when the metadata file exists but cannot be used (the document is analysed without it). */
  problem?: string;
}

/**
 * Reads the metadata of a document file from the `.byline/` of the nearest folder above it that has one (as git
 * finds its repository). Synchronous and read-only, for the CLI's analysis tasks; the folder lookups are cached.
 */
export class MetadataReader {
  private readonly roots = new Map<string, string | null>();

  inputsFor(documentPath: string): DocumentInputs {
    const root = this.rootOf(path.dirname(path.resolve(documentPath)));
    if (!root) {
      return {};
    }
    const source = path.relative(root, path.resolve(documentPath)).split(path.sep).join('/');
    const file = new MetadataStore(root).fileFor(source);
    let json: string;
    try {
      json = readFileSync(file, 'utf8');
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ENOENT' ? {} : { problem: `cannot read ${file}: ${(error as Error).message}` };
    }
    const parsed = parseMetadata(json);
    if (!parsed.ok) {
      return { problem: `${file} skipped: ${parsed.message}` };
    }
    return {
      ...(parsed.metadata.published ? { published: parsed.metadata.published.value } : {}),
      ...(parsed.metadata.locale ? { locale: parsed.metadata.locale } : {}),
    };
  }

  private rootOf(folder: string): string | null {
    const cached = this.roots.get(folder);
    if (cached !== undefined) {
      return cached;
    }
    const store = path.join(folder, STORE_DIR);
    const found = existsSync(store) && statSync(store).isDirectory() ? folder : path.dirname(folder) === folder ? null : this.rootOf(path.dirname(folder));
    this.roots.set(folder, found);
    return found;
  }
}
