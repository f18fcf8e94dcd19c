/**
 * The worker-thread side of the pool (loaded by piscina): one BatchProcessor — so one Pipeline
 * and one running aggregate — per thread, built from the pool's workerData.
 *
 * A task is either a batch of files, or a flush: every thread answers exactly one flush with
 * its aggregate. Flush tasks wait at a barrier until all threads hold one, so no thread can
 * take two (a thread busy in a task gets no other task).
 */
import { threadId, workerData } from 'node:worker_threads';
import { BatchProcessor, type BatchConfig, type Task, type TaskResult } from './processor.js';
import type { AggregateData } from '../stats/aggregate.js';

export interface FlushTask {
  flush: {
    /** Int32Array(1) on a SharedArrayBuffer: threads arrived so far */
    arrived: SharedArrayBuffer;
    threads: number;
    /** give up waiting for the others after this long (ms) */
    timeout: number;
  };
}

export interface FlushResult {
  aggregate: AggregateData;
  threadId: number;
}

const processor = new BatchProcessor(workerData as BatchConfig);

export default async function handle(task: Task | FlushTask): Promise<TaskResult | FlushResult> {
  if ('flush' in task) {
    const { arrived, threads, timeout } = task.flush;
    const counter = new Int32Array(arrived);
    Atomics.add(counter, 0, 1);
    Atomics.notify(counter, 0);
    const deadline = Date.now() + timeout;
    for (;;) {
      const n = Atomics.load(counter, 0);
      if (n >= threads) break;
      const left = deadline - Date.now();
      if (left <= 0) break;
      Atomics.wait(counter, 0, n, Math.min(left, 100));
    }
    return { aggregate: processor.flush(), threadId };
  }
  return processor.run(task);
}
