/** Byline: Remove Claim or Correction — deletes stored annotations at the cursor (or chosen in the view), with Undo. */

import { describe, targetAnnotations } from './target';
import type { CommandDeps, CommandHandler } from './types';

export function removeAnnotation(deps: CommandDeps): CommandHandler {
  return async (arg?: unknown) => {
    const targets = await targetAnnotations(deps, arg, () => true, 'claim or correction', true);
    if (targets.length === 0) {
      return;
    }
    const { uri } = targets[0];
    const removed = await deps.annotations.remove(
      uri,
      targets.map((target) => target.item.annotation.id),
    );
    const what = removed.length === 1 ? `"${describe(targets[0].item)}"` : `${removed.length} annotations`;
    if ((await deps.ui.info(`Byline: removed ${what}.`, 'Undo')) === 'Undo') {
      await deps.annotations.restore(uri, removed);
    }
  };
}
