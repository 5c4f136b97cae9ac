import { availableParallelism } from 'node:os';

/**
 * How many worker threads `--jobs N` gets: one core stays with the main thread and with V8's garbage collector
 * and compiler threads, which already keep a second core busy while one thread analyses. Each extra worker warms
 * the analysis up anew (about 2 CPU-seconds), so on 2 cores `--jobs 2` runs in one thread: two workers were
 * slower there. 1 means: no pool, analyse in the main thread.
 */
export function usefulWorkers(requested: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(requested, cores - 1));
}
