import picomatch from 'picomatch';
import { fileURLToPath } from 'node:url';
import { relative, sep } from 'node:path';
import { looksBinary } from '../corpus/read';
import { disableMarker, type BylineSettings } from '../protocol/settings';

type PathTest = (path: string) => boolean;

export type Verdict = { enabled: true; reduced?: string } | { enabled: false; reason: string };

/** How much of the head of a file is searched for the `byline: off` marker. */
const MARKER_WINDOW = 600;

/** Whether a `byline: off` line near the top switches Byline off for the file. */
export function switchedOffByMarker(text: string): boolean {
  return disableMarker.test(text.slice(0, MARKER_WINDOW));
}

/** Decides which files Byline analyses: include/exclude globs, disabled files, the marker, binary, size. */
export class DocumentPolicy {
  private include: PathTest = () => true;
  private exclude: PathTest = () => false;
  private disabled: PathTest = () => false;
  private settings: BylineSettings | undefined;

  constructor(private folders: string[] = []) {}

  setFolders(folders: string[]): void {
    this.folders = folders;
  }

  update(settings: BylineSettings): void {
    this.settings = settings;
    const options = { dot: true, nocase: process.platform === 'win32' };
    this.include = picomatch(settings.include.length ? settings.include : ['**'], options);
    this.exclude = settings.exclude.length ? picomatch(settings.exclude, options) : () => false;
    const disabledGlobs = settings.disabledFiles.filter((entry) => !entry.includes('://'));
    this.disabled = disabledGlobs.length ? picomatch(disabledGlobs, options) : () => false;
  }

  /** Path of the file relative to its workspace folder (forward slashes), or its absolute path. */
  private relativePath(uri: string): string | undefined {
    if (!uri.startsWith('file:')) {
      return undefined;
    }
    const path = fileURLToPath(uri);
    for (const folder of this.folders) {
      const inside = relative(folder, path);
      if (inside && !inside.startsWith('..')) {
        return inside.split(sep).join('/');
      }
    }
    return path.split(sep).join('/');
  }

  /** Whether a file path (from a directory walk) is in scope, before reading it. */
  inScope(uri: string): Verdict {
    const path = this.relativePath(uri);
    if (path !== undefined) {
      if (!this.include(path)) {
        return { enabled: false, reason: 'not matched by byline.include' };
      }
      if (this.exclude(path)) {
        return { enabled: false, reason: 'matched by byline.exclude' };
      }
      if (this.disabled(path)) {
        return { enabled: false, reason: 'listed in byline.disabledFiles' };
      }
    }
    if (this.settings?.disabledFiles.includes(uri)) {
      return { enabled: false, reason: 'listed in byline.disabledFiles' };
    }
    return { enabled: true };
  }

  /** The full verdict for a document with its text. */
  judge(uri: string, text: string): Verdict {
    const scope = this.inScope(uri);
    if (!scope.enabled) {
      return scope;
    }
    if (switchedOffByMarker(text)) {
      return { enabled: false, reason: 'switched off by a "byline: off" line' };
    }
    if (looksBinary(text)) {
      return { enabled: false, reason: 'binary file' };
    }
    const maxFileSize = this.settings?.maxFileSize ?? Infinity;
    // UTF-16 length is a lower bound of the UTF-8 size; it is close enough for a threshold.
    if (text.length > maxFileSize) {
      return { enabled: true, reduced: `larger than byline.maxFileSize (${maxFileSize} bytes): reduced analysis` };
    }
    return { enabled: true };
  }
}
