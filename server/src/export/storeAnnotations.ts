import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { correctionsOf, FileStore, parseStore, resolveStore, STORE_DIR, type ClaimBody } from '../annotations';
import type { CorrectionCredit, DocumentAnnotations, ResolvedClaim } from './options';

/**
 * Loads a document's stored claims and corrections from the `.byline/` store of the folder that contains it
 * (the nearest ancestor with a `.byline` folder, like git finds its repository), re-anchored to the current text.
 * Read-only: a damaged store file is reported through `onWarning` and the document is exported without it.
 */
export class StoreAnnotationLoader {
  private readonly rootCache = new Map<string, string | null>();
  private readonly stores = new Map<string, FileStore>();

  constructor(
    private readonly onWarning: (message: string) => void = () => undefined,
    /** Finds the workspace folder of a document; by default the nearest ancestor holding `.byline/`. */
    private readonly rootFor: (documentPath: string) => string | null = (path) => this.findRoot(dirname(path)),
  ) {}

  private findRoot(folder: string): string | null {
    const cached = this.rootCache.get(folder);
    if (cached !== undefined) {
      return cached;
    }
    let found: string | null = null;
    const store = join(folder, STORE_DIR);
    if (existsSync(store) && statSync(store).isDirectory()) {
      found = folder;
    } else if (dirname(folder) !== folder) {
      found = this.findRoot(dirname(folder));
    }
    this.rootCache.set(folder, found);
    return found;
  }

  /** `text` is the document text as analysed (BOM removed); `root` the folder of its store when the caller knows it. */
  async load(documentPath: string, text: string, root: string | null = this.rootFor(documentPath)): Promise<DocumentAnnotations> {
    if (!root) {
      return { corrections: [], claims: [], orphans: 0 };
    }
    let store = this.stores.get(root);
    if (!store) {
      store = new FileStore(root);
      this.stores.set(root, store);
    }
    const source = relative(root, documentPath).split(sep).join('/');
    let json: string;
    try {
      json = await readFile(store.fileFor(source), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.onWarning(`cannot read the annotations of ${source}: ${(error as Error).message}`);
      }
      return { corrections: [], claims: [], orphans: 0 };
    }
    const parsed = parseStore(json);
    if (!parsed.ok) {
      this.onWarning(`annotations of ${source} skipped (${parsed.problem}): ${parsed.message}`);
      return { corrections: [], claims: [], orphans: 0 };
    }
    const resolved = resolveStore(parsed.store, text);
    const claims: ResolvedClaim[] = [];
    const credits: CorrectionCredit[] = [];
    let orphans = 0;
    for (const { annotation, anchor } of resolved) {
      if (anchor.status === 'orphan') {
        orphans++;
        continue;
      }
      if (annotation.body.type === 'ClaimTag') {
        claims.push({
          span: anchor.span,
          label: annotation.body.label,
          attributes: claimAttributes(annotation.body),
          creator: annotation.creator.name,
          created: annotation.created,
        });
      } else if (annotation.body.action !== 'reject') {
        const layer = annotation.body.action === 'set-speaker' ? 'quote' : annotation.body.layer;
        credits.push({ layer, span: anchor.span, creator: annotation.creator.name, created: annotation.created });
      }
    }
    return { corrections: correctionsOf(resolved), credits, claims, orphans };
  }
}

function claimAttributes(body: ClaimBody): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const key of ['claimant', 'claimType', 'verdict', 'note'] as const) {
    const value = body[key];
    if (value !== undefined && value.trim() !== '') {
      attributes[key] = value;
    }
  }
  return attributes;
}
