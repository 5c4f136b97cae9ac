/**
 * `items.map(project)`, pushed into one array literal so the result is always a packed array. Array.prototype.map
 * returns a packed array while its caller is interpreted and a holey one once TurboFan has optimised the caller:
 * every reader of the list then meets a second array map and V8 throws away its optimised code (a first pass
 * recompiles them all).
 */
export function packedMap<T, U>(items: readonly T[], project: (item: T, index: number) => U): U[] {
  const result: U[] = [];
  for (let index = 0; index < items.length; index++) {
    result.push(project(items[index], index));
  }
  return result;
}
