/**
 * The command registry: every `byline.*` command, created by a factory from its dependencies (rust-analyzer's
 * pattern). Commands that write annotations are refused up front in an untrusted workspace; errors are reported
 * to the user instead of disappearing into the extension host log.
 */

import { UNTRUSTED_WORKSPACE_MESSAGE } from '../../../server/src/protocol/annotations';
import { editClaim } from './editClaim';
import { markSpan } from './markSpan';
import { rejectAnnotation } from './rejectAnnotation';
import { removeAnnotation } from './removeAnnotation';
import { setPublicationDate } from './setPublicationDate';
import { setQuoteSpeaker } from './setQuoteSpeaker';
import { tagClaim } from './tagClaim';
import { toggleFile, type ToggleDeps } from './toggleFile';
import type { CommandDeps, CommandHandler } from './types';

export interface ExtensionActions extends Omit<ToggleDeps, 'ui'> {
  isTrusted(): boolean;
  restartServer(): Promise<void>;
  showOutput(): Promise<void>;
  chooseClaimsGrouping(): Promise<void>;
  refreshViews(): Promise<void>;
  revealAnnotation(arg: unknown): Promise<void>;
  exportCorpus: CommandHandler;
  log(message: string): void;
}

interface CommandSpec {
  handler: CommandHandler;
  /** Writes to the annotation store: refused in an untrusted workspace. */
  writes?: boolean;
}

/**
 * Commands that, run without an argument (palette, keys, a walkthrough link), act on the active editor's article:
 * refused in any other editor. The Claims view and the hovers pass what they act on.
 */
export const ARTICLE_EDITOR_COMMANDS = [
  'tagClaim',
  'editClaim',
  'removeAnnotation',
  'setQuoteSpeaker',
  'markAsQuote',
  'markAsDate',
  'markAsBoilerplate',
  'rejectAnnotation',
  'setPublicationDate',
  'toggleFile',
] as const;

const NOT_AN_ARTICLE =
  "Byline: open a news article first (an .article file, or a .txt file in a folder of articles: Byline: Open This Folder's .txt Files as Articles); this command works on the article in the editor.";

/** Command ids without the `byline.` prefix → handlers. */
export function createCommands(deps: CommandDeps, actions: ExtensionActions): Map<string, CommandHandler> {
  const specs: Record<string, CommandSpec> = {
    tagClaim: { handler: tagClaim(deps), writes: true },
    editClaim: { handler: editClaim(deps), writes: true },
    removeAnnotation: { handler: removeAnnotation(deps), writes: true },
    setQuoteSpeaker: { handler: setQuoteSpeaker(deps), writes: true },
    markAsQuote: { handler: markSpan('quote')(deps), writes: true },
    markAsDate: { handler: markSpan('date')(deps), writes: true },
    markAsBoilerplate: { handler: markSpan('boilerplate')(deps), writes: true },
    rejectAnnotation: { handler: rejectAnnotation(deps), writes: true },
    setPublicationDate: { handler: setPublicationDate(deps), writes: true },
    toggleFile: { handler: toggleFile({ ...actions, ui: deps.ui }) },
    restartServer: { handler: () => actions.restartServer() },
    showOutput: { handler: () => actions.showOutput() },
    exportCorpus: { handler: actions.exportCorpus },
    groupClaimsBy: { handler: () => actions.chooseClaimsGrouping() },
    refreshViews: { handler: () => actions.refreshViews() },
    revealAnnotation: { handler: (arg?: unknown) => actions.revealAnnotation(arg) },
  };
  const commands = new Map<string, CommandHandler>();
  for (const [name, spec] of Object.entries(specs)) {
    commands.set(name, guarded(name, spec, deps, actions));
  }
  return commands;
}

function guarded(name: string, spec: CommandSpec, deps: CommandDeps, actions: ExtensionActions): CommandHandler {
  const onArticle = (ARTICLE_EDITOR_COMMANDS as readonly string[]).includes(name);
  return async (...args: unknown[]) => {
    if (spec.writes && !actions.isTrusted()) {
      deps.ui.warn(UNTRUSTED_WORKSPACE_MESSAGE);
      return;
    }
    if (onArticle && args[0] === undefined && deps.editor()?.article === false) {
      deps.ui.warn(NOT_AN_ARTICLE);
      return;
    }
    try {
      await spec.handler(...args);
    } catch (error) {
      const message = (error as Error).message;
      actions.log(`byline.${name} failed: ${message}`);
      deps.ui.error(message.startsWith('Byline') ? message : `Byline: ${message}`);
    }
  };
}
