import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ServerGate, ServerNotRunningError } from '../../client/src/serverGate';

/** A fake server: records what it was sent; answers when `answer` is called. */
class FakeServer {
  readonly received: string[] = [];
  private readonly pending: (() => void)[] = [];

  send(what: string): Promise<string> {
    this.received.push(what);
    return new Promise((resolve) => this.pending.push(() => resolve(`${what} stored`)));
  }

  answerAll(): void {
    this.pending.splice(0).forEach((answer) => answer());
  }
}

test('server gate: a claim tagged while the server restarts is held and sent to the new server', async () => {
  const gate = new ServerGate<FakeServer>();
  const before = new FakeServer();
  gate.started(before);
  const stopping = gate.stopping();
  await stopping;
  const tagged = gate.run((server) => server.send('claim'));
  const after = new FakeServer();
  await Promise.resolve();
  assert.deepEqual(before.received, [], 'not sent to the server that is stopping');
  gate.started(after);
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(after.received, ['claim']);
  after.answerAll();
  assert.equal(await tagged, 'claim stored');
});

test('server gate: stopping waits until the requests already sent are answered', async () => {
  const gate = new ServerGate<FakeServer>();
  const server = new FakeServer();
  gate.started(server);
  const tagged = gate.run((running) => running.send('claim'));
  await new Promise((resolve) => setImmediate(resolve));
  let stopped = false;
  const stopping = gate.stopping().then(() => (stopped = true));
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(stopped, false, 'the server is not stopped under a write');
  server.answerAll();
  await stopping;
  assert.equal(await tagged, 'claim stored');
});

test('server gate: a server that does not come back fails the request with a message, instead of hanging', async () => {
  const gate = new ServerGate<FakeServer>(20);
  await assert.rejects(
    gate.run((server) => server.send('claim')),
    (error: unknown) => error instanceof ServerNotRunningError && /nothing was saved/u.test(error.message),
  );
});
