/**
 * Fakes for the thin interfaces the client's command logic uses (commands/types.ts): a scripted Ui, a fake
 * server, an editor built from text with `|` cursor and `[`…`]` selection markers, and a real AnnotationService
 * over a temporary workspace folder.
 */

import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AnnotationService } from '../../client/src/store/annotationService';
import type { DocumentKey } from '../../client/src/store/documentAnnotations';
import type { ClaimSettings, CommandDeps, EditorState, PickItem, Ui } from '../../client/src/commands/types';
import type { AnalysisResult, WorkspaceSpeaker } from '../../server/src/protocol/protocol';
import type { Position } from '../../server/src/protocol/offsets';
import type { StoreIssue } from '../../server/src/annotations';
import type { Span } from '../../server/src/core/types';

/** An answer to the next prompt: the label of the item to pick / the text to type, or undefined for Escape. */
export type Answer = string | undefined;

export class ScriptedUi implements Ui {
  readonly prompts: string[] = [];
  readonly warnings: string[] = [];
  readonly errors: string[] = [];
  readonly infos: string[] = [];
  /** Initial values the input boxes showed (e.g. the prefilled claimant). */
  readonly inputValues: (string | undefined)[] = [];
  /** Per pick: the labels offered and the one preselected. */
  readonly picks: { labels: string[]; active: string | undefined }[] = [];

  constructor(
    private readonly answers: Answer[],
    private readonly infoAnswer?: string,
  ) {}

  private next(title: string): Answer {
    this.prompts.push(title);
    if (this.answers.length === 0) {
      throw new Error(`unexpected prompt: ${title}`);
    }
    return this.answers.shift();
  }

  pick<T>(items: PickItem<T>[], options: { title: string; activeIndex?: number }): Promise<T | undefined> {
    this.picks.push({ labels: items.map((item) => item.label), active: items[options.activeIndex ?? 0]?.label });
    const answer = this.next(options.title);
    if (answer === undefined) {
      return Promise.resolve(undefined);
    }
    const item = items.find((candidate) => candidate.label === answer);
    if (!item) {
      throw new Error(`no item "${answer}" in ${options.title}: ${items.map((i) => i.label).join(', ')}`);
    }
    return Promise.resolve(item.value);
  }

  input(options: { title: string; value?: string }): Promise<string | undefined> {
    this.inputValues.push(options.value);
    const answer = this.next(options.title);
    // '=' keeps the prefilled value, as pressing Enter does.
    return Promise.resolve(answer === '=' ? (options.value ?? '') : answer);
  }

  info(message: string): Promise<string | undefined> {
    this.infos.push(message);
    return Promise.resolve(this.infoAnswer);
  }

  warn(message: string): void {
    this.warnings.push(message);
  }

  error(message: string): void {
    this.errors.push(message);
  }
}

/** Text with markers: `|` is a cursor, `[`…`]` a selection. Returns the clean text and the selections. */
export function marked(source: string): { text: string; selections: Span[] } {
  let text = '';
  const selections: Span[] = [];
  let open = -1;
  for (const char of source) {
    if (char === '|') {
      selections.push({ start: text.length, end: text.length });
    } else if (char === '[') {
      open = text.length;
    } else if (char === ']') {
      selections.push({ start: open, end: text.length });
    } else {
      text += char;
    }
  }
  return { text, selections };
}

export class FakeServer {
  readonly asked: Position[] = [];
  constructor(
    readonly analysis: Partial<AnalysisResult> | null = null,
    readonly speakerList: WorkspaceSpeaker[] = [],
  ) {}

  analysisAt(uri: string, position: Position): Promise<AnalysisResult | null> {
    this.asked.push(position);
    if (!this.analysis) {
      return Promise.resolve(null);
    }
    return Promise.resolve({
      uri,
      version: 1,
      enabled: true,
      counts: { quotes: 0, speakers: 0, dates: 0, boilerplate: 0, findings: 0 },
      title: null,
      published: null,
      ...this.analysis,
    });
  }

  speakers(): Promise<WorkspaceSpeaker[]> {
    return Promise.resolve(this.speakerList);
  }
}

export const CLAIM_SETTINGS: ClaimSettings = {
  labels: ['claim', 'check-worthy claim', 'opinion', 'prediction', 'not a claim'],
  claimTypes: ['statistic', 'causal'],
  verdicts: ['true', 'false'],
  askAttributes: true,
};

export interface Harness {
  root: string;
  key: DocumentKey;
  editor: EditorState;
  annotations: AnnotationService;
  issues: StoreIssue[];
  trusted: { value: boolean };
  deps(ui: Ui, server?: FakeServer, settings?: ClaimSettings): CommandDeps;
}

/** A workspace folder in a temp dir with one article `news/story.txt` holding `text`, open in the editor. */
export async function harness(markedText: string): Promise<Harness> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'byline-cmd-'));
  const { text, selections } = marked(markedText);
  await fs.mkdir(path.join(root, 'news'));
  await fs.writeFile(path.join(root, 'news', 'story.txt'), text);
  const key: DocumentKey = { uri: `file://${root}/news/story.txt`, root, source: 'news/story.txt' };
  const issues: StoreIssue[] = [];
  const trusted = { value: true };
  const editor: EditorState = { uri: key.uri, key, text, selections };
  const annotations = new AnnotationService({
    isTrusted: () => trusted.value,
    creator: () => ({ type: 'Person', name: 'tester' }),
    readText: () => Promise.resolve(editor.text),
    onIssue: (issue) => issues.push(issue),
    log: () => undefined,
  });
  await annotations.load(key, text);
  return {
    root,
    key,
    editor,
    annotations,
    issues,
    trusted,
    deps: (ui, server = new FakeServer(), settings = CLAIM_SETTINGS) => ({
      ui,
      editor: () => editor,
      document: (uri) => Promise.resolve(uri === key.uri ? { key, text: editor.text } : null),
      annotations,
      server,
      claimSettings: () => settings,
    }),
  };
}
