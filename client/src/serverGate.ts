/**
 * Requests that must not be lost while the language server restarts: sent at once while it runs, held while it
 * is (re)starting and sent when it is back, and waited for before it is stopped. Pure (no vscode).
 */

export class ServerNotRunningError extends Error {
  constructor() {
    super('the language server is not running (see the Byline output); nothing was saved');
  }
}

export class ServerGate<Server> {
  private current: Server | undefined;
  private waiting: ((server: Server) => void)[] = [];
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(private readonly timeoutMs = 30_000) {}

  get running(): Server | undefined {
    return this.current;
  }

  /** The server is up: held requests go out, in the order they were made. */
  started(server: Server): void {
    this.current = server;
    for (const resume of this.waiting.splice(0)) {
      resume(server);
    }
  }

  /** The server is about to stop: new requests are held, and this resolves once those in flight are answered. */
  async stopping(): Promise<void> {
    this.current = undefined;
    await Promise.allSettled([...this.inFlight]);
  }

  /** Runs `send` against the running server, waiting while it (re)starts; rejects when it does not come back. */
  run<R>(send: (server: Server) => Promise<R>): Promise<R> {
    return this.server().then((server) => {
      const sent = send(server);
      this.inFlight.add(sent);
      const forget = (): void => void this.inFlight.delete(sent);
      sent.then(forget, forget);
      return sent;
    });
  }

  private server(): Promise<Server> {
    if (this.current !== undefined) {
      return Promise.resolve(this.current);
    }
    return new Promise<Server>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = this.waiting.filter((waiter) => waiter !== resume);
        reject(new ServerNotRunningError());
      }, this.timeoutMs);
      const resume = (server: Server): void => {
        clearTimeout(timer);
        resolve(server);
      };
      this.waiting.push(resume);
    });
  }
}
