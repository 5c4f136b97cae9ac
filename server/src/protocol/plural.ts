/** "1 quote", "2 quotes", "1 boilerplate span": a count with its noun, singular for exactly one. */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
