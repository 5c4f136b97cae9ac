import { parentPort, workerData } from 'node:worker_threads';
import { corpusFromSnapshot, runAnalyzeTask, type AnalyzeTask, type CorpusSnapshot } from './analyzeTask';

const corpus = corpusFromSnapshot(workerData as CorpusSnapshot | undefined);
parentPort?.on('message', (task: AnalyzeTask) => {
  parentPort?.postMessage(runAnalyzeTask(task, corpus));
});
