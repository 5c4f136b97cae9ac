// "the third quarter" of a game is a period of play, not a calendar quarter (nor is "the second half", "the
// fourth inning" or "overtime"): the paragraph around the phrase tells which, by words only games use.
const GAME_WORDS =
  /\b(?:game|games|match|scored|scoring|touchdowns?|field goals?|innings?|halftime|half-time|overtime|quarterback|playoffs?|rebounds?|free throws?|three-pointers?|goalkeepers?|goalies?|free kicks?|penalty kicks?|referee|buzzer|tip-off|kickoff|kick-off|NBA|NFL|NHL|MLB|NCAA|basketball|football|hockey|soccer|baseball|rugby)\b/i;
const REACH = 300;

/** Whether the text around `index` (within its paragraph, a few hundred characters) is about a game. */
export function inGameContext(text: string, index: number): boolean {
  const from = Math.max(0, index - REACH);
  const to = Math.min(text.length, index + REACH);
  let window = text.slice(from, to);
  const local = index - from;
  const paragraphStart = window.lastIndexOf('\n\n', local);
  const paragraphEnd = window.indexOf('\n\n', local);
  window = window.slice(paragraphStart < 0 ? 0 : paragraphStart, paragraphEnd < 0 ? window.length : paragraphEnd);
  return GAME_WORDS.test(window);
}
