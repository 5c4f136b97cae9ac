import { parentPort, workerData } from 'node:worker_threads';
import { corpusFromSnapshot, type CorpusSnapshot } from '../corpus';
import { runAnalyzeTask, type AnalyzeTask } from './analyzeTask';

const corpus = corpusFromSnapshot(workerData as CorpusSnapshot | undefined);
parentPort?.on('message', (task: AnalyzeTask) => {
  parentPort?.postMessage(runAnalyzeTask(task, corpus));
});
