/**
 * The annotation work for every LSP editor: `workspace/executeCommand` commands (arguments in docs/editors.md)
 * and the code actions that call them. Each command takes one object argument; ranges are LSP ranges. The
 * VS Code extension registers its own interactive `byline.*` commands, so for it (initializationOptions
 * `clientCommands`) none of these is advertised or offered.
 */

import { CodeActionKind, ErrorCodes, ResponseError, type CodeAction, type Command, type Range } from 'vscode-languageserver';
import type { AnnotationBody } from '../annotations';
import type { SpeakerKind } from '../core/types';
import type { ExportParams } from '../protocol/export';
import type { AnnotationOperations } from './annotationRequests';
import { boilerplateAt, dateAt, quoteAt, quoteExtent, type Article } from '../documents/article';

export const BYLINE_CODE_ACTION_KIND = `${CodeActionKind.Refactor}.byline`;

export const EDITOR_COMMANDS = [
  'byline.tagClaim',
  'byline.setSpeaker',
  'byline.markQuote',
  'byline.markDate',
  'byline.markBoilerplate',
  'byline.rejectAnnotation',
  'byline.editClaim',
  'byline.removeAnnotation',
  'byline.listAnnotations',
  'byline.exportCorpus',
] as const;
export type EditorCommand = (typeof EDITOR_COMMANDS)[number];

/** What the commands do: the store's operations and the export (with progress the server creates). */
export interface CommandTargets {
  annotations: Pick<AnnotationOperations, 'add' | 'edit' | 'remove' | 'list'>;
  exportCorpus: (params: ExportParams) => Promise<unknown>;
}

type Args = Record<string, unknown>;

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `Byline: ${message} (see docs/editors.md)`);
}

function text(args: Args, key: string): string | undefined {
  const value = args[key];
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw invalid(`"${key}" must be a string`);
  }
  return value.trim() === '' ? undefined : value;
}

function required(args: Args, key: string): string {
  const value = text(args, key);
  if (value === undefined) {
    throw invalid(`"${key}" is required`);
  }
  return value;
}

function isPosition(value: unknown): boolean {
  const position = value as { line?: unknown; character?: unknown } | null;
  return typeof position === 'object' && position !== null && Number.isInteger(position.line) && Number.isInteger(position.character);
}

function range(args: Args): Range {
  const value = args.range as { start?: unknown; end?: unknown } | undefined;
  if (typeof value !== 'object' || value === null || !isPosition(value.start) || !isPosition(value.end)) {
    throw invalid('"range" must be an LSP range {start: {line, character}, end: {line, character}}');
  }
  return value as Range;
}

/** Only the optional attributes given (so that `{}` stays valid against the store schema). */
function present<T extends Record<string, string | undefined>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function claimBody(args: Args): AnnotationBody {
  const attributes = present({ claimant: text(args, 'claimant'), claimType: text(args, 'claimType'), verdict: text(args, 'verdict'), note: text(args, 'note') });
  return { type: 'ClaimTag', label: text(args, 'label') ?? 'claim', ...attributes };
}

/** Runs one command; `raw` is the executeCommand arguments array (one object). */
export async function runEditorCommand(command: string, raw: unknown[] | undefined, { annotations, exportCorpus }: CommandTargets): Promise<unknown> {
  const first = raw?.[0];
  const args: Args = typeof first === 'object' && first !== null ? (first as Args) : {};
  const uri = (): string => required(args, 'uri');
  switch (command as EditorCommand) {
    case 'byline.tagClaim':
      return annotations.add(uri(), [range(args)], claimBody(args));
    case 'byline.setSpeaker': {
      const kind = text(args, 'speakerKind') as SpeakerKind | undefined;
      const body: AnnotationBody = { type: 'Correction', action: 'set-speaker', speaker: required(args, 'speaker'), ...(kind ? { speakerKind: kind } : {}) };
      return annotations.add(uri(), [range(args)], body);
    }
    case 'byline.markQuote':
      return annotations.add(uri(), [range(args)], { type: 'Correction', action: 'add', layer: 'quote', ...present({ speaker: text(args, 'speaker') }) });
    case 'byline.markDate':
      return annotations.add(uri(), [range(args)], { type: 'Correction', action: 'add', layer: 'date', ...present({ value: text(args, 'value') }) });
    case 'byline.markBoilerplate':
      return annotations.add(uri(), [range(args)], { type: 'Correction', action: 'add', layer: 'boilerplate', ...present({ kind: text(args, 'kind') }) });
    case 'byline.rejectAnnotation': {
      const layer = required(args, 'layer');
      if (layer !== 'quote' && layer !== 'date' && layer !== 'boilerplate') {
        throw invalid('"layer" must be quote, date or boilerplate');
      }
      return annotations.add(uri(), [range(args)], { type: 'Correction', action: 'reject', layer });
    }
    case 'byline.editClaim':
      return annotations.edit(uri(), required(args, 'id'), { ...claimBody(args), label: required(args, 'label') } as AnnotationBody);
    case 'byline.removeAnnotation': {
      const ids = Array.isArray(args.ids) ? args.ids.filter((id): id is string => typeof id === 'string') : [required(args, 'id')];
      return annotations.remove(uri(), ids);
    }
    case 'byline.listAnnotations':
      return annotations.list(text(args, 'uri'));
    case 'byline.exportCorpus': {
      const formats = Array.isArray(args.formats) ? (args.formats as ExportParams['formats']) : ['jsonl' as const];
      const sources = Array.isArray(args.sources) ? args.sources.filter((source): source is string => typeof source === 'string') : undefined;
      const options = typeof args.options === 'object' && args.options !== null ? (args.options as ExportParams['options']) : undefined;
      return exportCorpus({
        destination: required(args, 'destination'),
        formats,
        ...(sources ? { sources } : {}),
        ...(options ? { options } : {}),
        ...(args.overwrite === true ? { overwrite: true } : {}),
      });
    }
    default:
      throw new ResponseError(ErrorCodes.MethodNotFound, `Byline: no command ${command}`);
  }
}

function action(title: string, command: EditorCommand, args: Args): CodeAction {
  const call: Command = { title, command, arguments: [args] };
  return { title, kind: BYLINE_CODE_ACTION_KIND, command: call };
}

/** Annotation code actions at `range`: tag a claim, mark the selection, set a quote's speaker, reject what is there. */
export function annotationActions(article: Article, range: Range): CodeAction[] {
  const { analysis, offsets, uri } = article;
  const from = offsets.offsetAt(range.start);
  const to = offsets.offsetAt(range.end);
  const actions = [action(from === to ? 'Byline: Tag the sentence as a claim' : 'Byline: Tag the selection as a claim', 'byline.tagClaim', { uri, range })];
  if (to > from) {
    actions.push(
      action('Byline: Mark the selection as a quote', 'byline.markQuote', { uri, range }),
      action('Byline: Mark the selection as a date', 'byline.markDate', { uri, range }),
      action('Byline: Mark the selection as boilerplate', 'byline.markBoilerplate', { uri, range }),
    );
  }
  const quote = quoteAt(analysis, from);
  if (quote) {
    const quoteRange = offsets.rangeOf(quoteExtent(quote));
    const current = quote.speaker === null ? undefined : analysis.speakers[quote.speaker]?.name;
    for (const speaker of analysis.speakers.filter((candidate) => candidate.name !== current).slice(0, 5)) {
      actions.push(action(`Byline: The speaker of this quote is ${speaker.name}`, 'byline.setSpeaker', { uri, range: quoteRange, speaker: speaker.name, speakerKind: speaker.kind }));
    }
    actions.push(action('Byline: Reject this quote (not a quote)', 'byline.rejectAnnotation', { uri, range: quoteRange, layer: 'quote' }));
  }
  const date = dateAt(analysis, from);
  if (date) {
    actions.push(action('Byline: Reject this date', 'byline.rejectAnnotation', { uri, range: offsets.rangeOf(date), layer: 'date' }));
  }
  const block = boilerplateAt(analysis, from);
  if (block) {
    actions.push(action('Byline: Reject this boilerplate (it is article text)', 'byline.rejectAnnotation', { uri, range: offsets.rangeOf(block), layer: 'boilerplate' }));
  }
  return actions;
}
