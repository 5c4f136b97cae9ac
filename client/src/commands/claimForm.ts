/** The keyboard-first form for a claim's label and attributes, shared by Tag Claim and Edit Claim. */

import type { ClaimBody } from '../../../server/src/protocol/annotations';
import { pickSpeaker, type SpeakerChoice } from './speakerPick';
import type { ClaimSettings, PickItem, Ui } from './types';

const NONE = '';

function choices(values: readonly string[], current: string | undefined, noneLabel: string): { items: PickItem<string>[]; active: number } {
  const all = current && !values.includes(current) ? [...values, current] : [...values];
  const items: PickItem<string>[] = [{ label: noneLabel, value: NONE }, ...all.map((value) => ({ label: value, value }))];
  const active = current ? items.findIndex((item) => item.value === current) : 0;
  return { items, active: Math.max(0, active) };
}

/**
 * Asks label, claimant (from the article's speakers, or typed) and, when enabled, claim type, verdict and note.
 * Escape at any step cancels: undefined.
 */
export async function askClaim(
  ui: Ui,
  settings: ClaimSettings,
  initial: Partial<ClaimBody>,
  title: string,
  speakers: readonly SpeakerChoice[] = [],
): Promise<ClaimBody | undefined> {
  const labels = initial.label && !settings.labels.includes(initial.label) ? [...settings.labels, initial.label] : settings.labels;
  const label = await ui.pick(
    labels.map((value) => ({ label: value, value })),
    { title: `${title}: label`, placeholder: 'Claim label', activeIndex: Math.max(0, labels.indexOf(initial.label ?? '')) },
  );
  if (label === undefined) {
    return undefined;
  }
  const claimant = await pickSpeaker(ui, speakers.filter((speaker) => speaker.claimant !== false), {
    title: `${title}: claimant`,
    placeholder: 'Who makes the claim?',
    ...(initial.claimant ? { current: initial.claimant } : {}),
    noneLabel: '(no claimant)',
    otherLabel: 'Another claimant…',
    otherPrompt: 'Who makes the claim? (empty for none)',
  });
  if (claimant === undefined) {
    return undefined;
  }
  const body: ClaimBody = { type: 'ClaimTag', label };
  if (claimant) {
    body.claimant = claimant;
  }
  if (!settings.askAttributes) {
    return withKept(body, initial);
  }
  const types = choices(settings.claimTypes, initial.claimType, '(no claim type)');
  const claimType = await ui.pick(types.items, { title: `${title}: claim type`, activeIndex: types.active });
  if (claimType === undefined) {
    return undefined;
  }
  const verdicts = choices(settings.verdicts, initial.verdict, '(no verdict yet)');
  const verdict = await ui.pick(verdicts.items, { title: `${title}: verdict / rating`, activeIndex: verdicts.active });
  if (verdict === undefined) {
    return undefined;
  }
  const note = await ui.input({ title: `${title}: note`, prompt: 'Free note (optional)', value: initial.note ?? '' });
  if (note === undefined) {
    return undefined;
  }
  return {
    ...body,
    ...(claimType ? { claimType } : {}),
    ...(verdict ? { verdict } : {}),
    ...(note.trim() ? { note: note.trim() } : {}),
  };
}

/** When attributes are not asked, an edit keeps the ones already set. */
function withKept(body: ClaimBody, initial: Partial<ClaimBody>): ClaimBody {
  return {
    ...body,
    ...(initial.claimType ? { claimType: initial.claimType } : {}),
    ...(initial.verdict ? { verdict: initial.verdict } : {}),
    ...(initial.note ? { note: initial.note } : {}),
  };
}
