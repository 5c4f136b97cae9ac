/**
 * Fakes for the thin interfaces the client's command logic uses (commands/types.ts): a scripted Ui, a fake
 * analysis server, an editor built from text with `|` cursor and `[`…`]` selection markers, and the client's
 * AnnotationClient talking to a real language server (in-process) over a temporary workspace folder.
 */

import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AnnotationClient, annotationServer } from '../../client/src/annotations';
import type { ClaimSettings, CommandDeps, EditorState, PickItem, Ui } from '../../client/src/commands/types';
import type { PublicationDateInfo } from '../../server/src/protocol/publication';
import type { AnalysisResult, WorkspaceSpeaker } from '../../server/src/protocol/protocol';
import type { Position } from '../../server/src/protocol/offsets';
import type { AnnotationService, DocumentKey } from '../../server/src/annotations';
import type { Span } from '../../server/src/core/types';
import { startTestServer, type TestServer } from './lsp';

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

  /** The input boxes' prompts, and what their validation said of each typed answer (undefined: accepted). */
  readonly inputPrompts: (string | undefined)[] = [];
  readonly validations: (string | undefined)[] = [];

  input(options: { title: string; value?: string; prompt?: string; validateInput?: (value: string) => string | undefined }): Promise<string | undefined> {
    this.inputValues.push(options.value);
    this.inputPrompts.push(options.prompt);
    const answer = this.next(options.title);
    if (answer !== undefined && answer !== '=' && options.validateInput) {
      const problem = options.validateInput(answer);
      this.validations.push(problem);
      if (problem !== undefined) {
        return Promise.resolve(undefined); // VS Code keeps the box open; the scripted user gives up
      }
    }
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

  /** What byline/publicationDate answers; the dates set through the fake are recorded in `setDates`. */
  publication: PublicationDateInfo | null = null;
  readonly setDates: (string | null)[] = [];

  publicationDate(): Promise<PublicationDateInfo | null> {
    return Promise.resolve(this.publication);
  }

  setPublicationDate(_uri: string, value: string | null): Promise<PublicationDateInfo | null> {
    this.setDates.push(value);
    const current = value === null ? this.publication?.fromText : { value, basis: 'given' as const, evidence: null };
    return Promise.resolve(this.publication && current ? { ...this.publication, current } : null);
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
  /** The server's annotation service, to look at what it holds. */
  annotations: AnnotationService;
  /** The client's view, which the commands use. */
  client: AnnotationClient;
  server: TestServer;
  deps(ui: Ui, server?: FakeServer, settings?: ClaimSettings): CommandDeps;
}

/** A workspace folder in a temp dir with one article `news/story.txt` holding `text`, open in the editor and the server. */
export async function harness(markedText: string): Promise<Harness> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'byline-cmd-'));
  const { text, selections } = marked(markedText);
  await fs.mkdir(path.join(root, 'news'));
  await fs.writeFile(path.join(root, 'news', 'story.txt'), text);
  const server = await startTestServer({ folders: [root], settings: { claims: { creator: 'tester' } } });
  const uri = pathToFileURL(path.join(root, 'news', 'story.txt')).href;
  const key: DocumentKey = { uri, root, source: 'news/story.txt' };
  await server.open(uri, text);
  const editor: EditorState = { uri, inWorkspace: true, article: true, text, selections };
  const client = new AnnotationClient(
    annotationServer(
      (method, params) => server.client.sendRequest(method, params),
      (method, params) => server.client.sendRequest(method, params),
    ),
  );
  await client.refresh(uri);
  return {
    root,
    key,
    editor,
    annotations: server.handle.annotations,
    client,
    server,
    deps: (ui, analysis = new FakeServer(), settings = CLAIM_SETTINGS) => ({
      ui,
      editor: () => editor,
      annotations: client,
      server: analysis,
      claimSettings: () => settings,
    }),
  };
}
