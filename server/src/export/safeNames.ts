import { isAbsolute, relative, resolve, sep } from 'node:path';

export class UnsafePathError extends Error {}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/iu;
const MAX_STEM = 100;

/**
 * Turns a document-derived name (file name, id) into a file-name stem that is safe on every file system:
 * letters, digits, ".", "_" and "-" only, no leading dot, no reserved device names, bounded length.
 */
export function sanitizeStem(name: string): string {
  let stem = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^[._]+/u, '')
    .slice(0, MAX_STEM)
    .replace(/[._]+$/u, '');
  if (!stem) {
    stem = 'document';
  }
  return WINDOWS_RESERVED.test(stem.split('.')[0]) ? `_${stem}` : stem;
}

/** Hands out unique stems; uniqueness ignores case, so a corpus exported on Linux unpacks on macOS or Windows. */
export class StemAllocator {
  private readonly taken = new Set<string>();

  allocate(name: string): string {
    const base = sanitizeStem(name);
    let stem = base;
    for (let n = 2; this.taken.has(stem.toLowerCase()); n++) {
      stem = `${base}-${n}`;
    }
    this.taken.add(stem.toLowerCase());
    return stem;
  }
}

/**
 * Resolves a relative output name inside `root`, refusing absolute names, ".." segments, NUL bytes and anything
 * that would resolve outside the root.
 */
export function resolveInside(root: string, name: string): string {
  if (name.includes('\0') || isAbsolute(name) || /^[A-Za-z]:/u.test(name) || name.includes('\\')) {
    throw new UnsafePathError(`refusing output name "${name}": absolute or not a plain relative path`);
  }
  if (name.split('/').some((segment) => segment === '..' || segment === '')) {
    throw new UnsafePathError(`refusing output name "${name}": it climbs out of the destination`);
  }
  const full = resolve(root, name);
  const rel = relative(root, full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) {
    throw new UnsafePathError(`refusing output name "${name}": it resolves outside the destination`);
  }
  return full;
}
