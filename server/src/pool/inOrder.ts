/**
 * Starts work on items ahead of the consumer (at most `ahead` at once) and yields the results in item order, so
 * output is the same whatever the number of workers. A failed item's error is thrown when its turn comes.
 */
export async function* inOrder<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  start: (item: T) => Promise<R>,
  ahead: number,
  token?: { readonly isCancellationRequested: boolean },
): AsyncGenerator<R> {
  type Settled = { ok: true; value: R } | { ok: false; error: unknown };
  const started: Promise<Settled>[] = [];
  const next = async (): Promise<R> => {
    const settled = await started.shift()!;
    if (!settled.ok) {
      throw settled.error;
    }
    return settled.value;
  };
  for await (const item of items) {
    if (token?.isCancellationRequested) {
      break;
    }
    started.push(start(item).then((value) => ({ ok: true, value }), (error: unknown) => ({ ok: false, error })));
    if (started.length >= ahead) {
      yield await next();
    }
  }
  while (started.length > 0) {
    yield await next();
  }
}
