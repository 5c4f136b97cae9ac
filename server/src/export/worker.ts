/** Worker thread of `byline export --jobs N`: prepares records (read, analyse, build) for the main thread to write. */
import { parentPort, workerData } from 'node:worker_threads';
import { LAYERS, type ExportOptions, type Layer } from './options';
import { corpusFromSnapshot, type CorpusSnapshot } from '../corpus';
import { prepareDocument, type ExportInput } from './prepare';
import { StoreAnnotationLoader } from './storeAnnotations';

export interface ExportWorkerData {
  corpus: CorpusSnapshot | undefined;
  /** Options with `layers` as an array (sets do not survive every transfer path unchanged). */
  options: Omit<ExportOptions, 'layers'> & { layers: Layer[] };
  useStore: boolean;
}

export interface ExportWorkerTask {
  index: number;
  input: ExportInput;
}

const data = workerData as ExportWorkerData;
const corpus = corpusFromSnapshot(data.corpus);
const options: ExportOptions = { ...data.options, layers: new Set(data.options.layers.filter((layer) => LAYERS.includes(layer))) };
const loader = data.useStore ? new StoreAnnotationLoader((message) => parentPort?.postMessage({ warning: message })) : null;

parentPort?.on('message', (task: ExportWorkerTask) => {
  void prepareDocument(task.index, task.input, options, corpus, loader ? (input, text) => loader.load(input.path, text) : undefined).then((result) =>
    parentPort?.postMessage(result),
  );
});
