/**
 * How the cost of a computation grows with its input, for the linear-time tests: CPU time (not wall time, so other
 * processes on a busy machine do not pass for growth) at two sizes, each the best of three runs. Linear code gives a
 * ratio near the size ratio, quadratic code its square; absolute speed is left to `npm run bench`. The sizes are 8×
 * apart by default: the garbage collector's share grows with the heap, so 4× apart a linear computation that
 * allocates much measured ×8.7 once (where quadratic is ×16); 8× apart linear is ~8, quadratic ~64, and 24 stands
 * well between them.
 */
export function cpuGrowth<T>(build: (size: number) => T, run: (input: T) => void, size: number, factor = 8): number {
  run(build(Math.max(1, Math.floor(size / 10)))); // warm-up: compile the code before timing it
  const cpuMs = (input: T): number => {
    let best = Infinity;
    for (let attempt = 0; attempt < 3; attempt++) {
      const started = process.cpuUsage();
      run(input);
      const used = process.cpuUsage(started);
      best = Math.min(best, (used.user + used.system) / 1e3);
    }
    return best;
  };
  const small = cpuMs(build(size));
  return cpuMs(build(size * factor)) / Math.max(small, 1);
}
