/** Byline: Toggle Byline for This File — adds or removes the file in the `byline.disabledFiles` setting. */

import type { CommandHandler, Ui } from './types';

/** The list with `entry` removed when present, added otherwise. */
export function toggledList(list: readonly string[], entry: string): { list: string[]; disabled: boolean } {
  return list.includes(entry) ? { list: list.filter((item) => item !== entry), disabled: false } : { list: [...list, entry], disabled: true };
}

export interface ToggleDeps {
  ui: Ui;
  /** The active file as the setting names it (workspace-relative path), or undefined. */
  activeFile(): string | undefined;
  disabledFiles(): string[];
  setDisabledFiles(list: string[]): Promise<void>;
}

export function toggleFile(deps: ToggleDeps): CommandHandler {
  return async () => {
    const file = deps.activeFile();
    if (!file) {
      deps.ui.warn('Byline: open an article inside a workspace folder to switch Byline on or off for it.');
      return;
    }
    const { list, disabled } = toggledList(deps.disabledFiles(), file);
    await deps.setDisabledFiles(list);
    await deps.ui.info(`Byline is now ${disabled ? 'off' : 'on'} for ${file}.`);
  };
}
