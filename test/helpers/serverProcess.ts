/**
 * The bundled language server in its own process, with its real worker pool, driven over stdio: the responsiveness
 * tests check that requests are answered while long work runs in the pool (npm run bench measures the waits).
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Position,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

export const BUNDLED_SERVER = resolve(process.env.BYLINE_LATENCY_SERVER ?? join(__dirname, '..', '..', 'dist', 'server.js'));

export interface ServerProcess {
  client: ProtocolConnection;
  /** Shuts the server down as an editor does and ends the process. */
  stop(): Promise<void>;
}

/** Starts the bundled server on `folder`; register notification handlers on `client` before `initialize` is sent. */
export async function startServerProcess(folder: string, beforeInitialize: (client: ProtocolConnection) => void = () => undefined): Promise<ServerProcess> {
  const child = spawn(process.execPath, [BUNDLED_SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const client = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  client.onRequest('client/registerCapability', () => null);
  client.onRequest('window/workDoneProgress/create', () => null);
  beforeInitialize(client);
  client.listen();
  const stop = async (): Promise<void> => {
    try {
      await client.sendRequest(ShutdownRequest.type);
      await client.sendNotification(ExitNotification.type);
    } finally {
      client.dispose();
      child.kill();
    }
  };
  try {
    await client.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'latency' }],
      capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } },
    });
    await client.sendNotification(InitializedNotification.type, {});
  } catch (error) {
    client.dispose();
    child.kill();
    throw error;
  }
  return { client, stop };
}

/** One hover sent while the server worked: in which phase of that work it was sent and answered, and its wait. */
export interface HoverDuringWork {
  sentIn: number;
  answeredIn: number;
  /** For the test's diagnostics only: waits depend on the machine (`npm run bench` measures them). */
  ms: number;
}

/**
 * Sends a hover every `everyMs` while `busy()` holds (at least one), checking each answer, and records the phase of
 * the server's work (`phase()`: e.g. how many documents it had reported done) when each was sent and answered.
 */
export async function hoversDuring(
  client: ProtocolConnection,
  uri: string,
  position: Position,
  work: { busy: () => boolean; phase: () => number },
  check: (hover: unknown) => void,
  everyMs = 20,
): Promise<HoverDuringWork[]> {
  const hovers: HoverDuringWork[] = [];
  do {
    const sentIn = work.phase();
    const sent = performance.now();
    const hover = await client.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    hovers.push({ sentIn, answeredIn: work.phase(), ms: performance.now() - sent });
    check(hover);
    await new Promise((done) => setTimeout(done, everyMs));
  } while (work.busy());
  return hovers;
}

/** How many hovers were both sent and answered within phase `phase`: none while one long job blocks the server. */
export function answeredWithin(hovers: readonly HoverDuringWork[], phase: number): number {
  return hovers.filter((hover) => hover.sentIn === phase && hover.answeredIn === phase).length;
}
