import { createReadStream, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { CancellationLike } from '../core/types';
import { InputError, readArticle } from '../corpus';
import { StagedDestination } from './destination';
import { createFormats, renderNow, type FormatName } from './formats';
import { STANDOFF_FORMAT, type StandoffRecord } from './formats/standoff';
import { hydrateRecord } from './hydrate';
import type { ExportOptions } from './options';
import { collectInputs } from './runExport';
import { StemAllocator } from './safeNames';

export interface HydrateRequest {
  /** standoff.jsonl, or an export folder that holds one. */
  standoff: string;
  /** Folder with the recipient's copies of the articles. */
  texts: string;
  out: string;
  formats: FormatName[];
  options: ExportOptions;
  overwrite?: boolean;
  token?: CancellationLike;
  onDocument?: () => void;
}

export interface HydrateSummary {
  cancelled: boolean;
  out: string | null;
  documents: number;
  /** Lines that were standoff records (rebuilt or refused); none means the file is no standoff export at all. */
  records: number;
  /** Documents not rebuilt, with the reason (text changed, text missing, bad line). */
  refused: { id: string; path: string; reason: string }[];
}

/** Where a standoff's documents are in the recipient's folder: by relative path first, then by file name. */
class TextIndex {
  private readonly byRelative = new Map<string, string>();
  private readonly byName = new Map<string, string[]>();

  constructor(folder: string) {
    for (const input of collectInputs([folder])) {
      this.byRelative.set(input.relative, input.path);
      const name = input.relative.split('/').pop() ?? input.relative;
      this.byName.set(name, [...(this.byName.get(name) ?? []), input.path]);
    }
  }

  find(relative: string): string | null {
    const exact = this.byRelative.get(relative);
    if (exact) {
      return exact;
    }
    const named = this.byName.get(relative.split('/').pop() ?? relative) ?? [];
    return named.length === 1 ? named[0] : null;
  }
}

/** Rebuilds a corpus from a standoff and the recipient's texts, streaming line by line into a staged destination. */
export async function runHydrate(request: HydrateRequest): Promise<HydrateSummary> {
  const standoffFile = statSync(request.standoff).isDirectory() ? join(request.standoff, 'standoff.jsonl') : request.standoff;
  const index = new TextIndex(request.texts);
  const summary: HydrateSummary = { cancelled: false, out: null, documents: 0, records: 0, refused: [] };
  const destination = await StagedDestination.open(request.out, { sources: [request.standoff, request.texts], replace: request.overwrite });
  try {
    const formats = createFormats(request.formats, request.options);
    const stems = new StemAllocator();
    let lineNumber = 0;
    for await (const line of createInterface({ input: createReadStream(standoffFile, 'utf8'), crlfDelay: Infinity })) {
      lineNumber++;
      if (request.token?.isCancellationRequested) {
        summary.cancelled = true;
        break;
      }
      if (!line.trim()) {
        continue;
      }
      let standoff: StandoffRecord;
      try {
        standoff = JSON.parse(line) as StandoffRecord;
      } catch {
        summary.refused.push({ id: `line ${lineNumber}`, path: '', reason: 'not valid JSON' });
        continue;
      }
      if (standoff.format !== STANDOFF_FORMAT || typeof standoff.source?.path !== 'string') {
        summary.refused.push({ id: `line ${lineNumber}`, path: '', reason: `not a ${STANDOFF_FORMAT} record` });
        continue;
      }
      summary.records++;
      const textPath = index.find(standoff.source.path);
      if (!textPath) {
        summary.refused.push({ id: standoff.id, path: standoff.source.path, reason: `no copy of ${standoff.source.path} in ${request.texts}` });
        continue;
      }
      let text: string;
      try {
        text = readArticle(textPath, { limit: request.options.limit }).text;
      } catch (error) {
        if (!(error instanceof InputError)) {
          throw error;
        }
        summary.refused.push({ id: standoff.id, path: textPath, reason: error.message });
        continue;
      }
      const result = hydrateRecord(standoff, text);
      if (!result.ok) {
        summary.refused.push({ id: standoff.id, path: textPath, reason: result.reason });
        continue;
      }
      const stem = stems.allocate(standoff.id.replace(/\//gu, '__'));
      for (const format of formats) {
        await destination.writeAll(renderNow(format, result.record, stem));
      }
      summary.documents++;
      request.onDocument?.();
    }
    // Nothing rebuilt (every document refused): no destination either, as with export.
    if (summary.cancelled || summary.documents === 0) {
      await destination.abort();
      return summary;
    }
    const manifest = {
      format: 'byline-export',
      version: 1,
      created: new Date().toISOString(),
      formats: request.formats,
      hydratedFrom: basename(standoffFile),
      documents: summary.documents,
      refused: summary.refused.length,
    };
    await destination.finish(formats, manifest);
    summary.out = destination.target;
    return summary;
  } catch (error) {
    await destination.abort();
    throw error;
  }
}
