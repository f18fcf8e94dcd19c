/**
 * Where batches run: in this thread (one job), or on a piscina pool of worker threads, each
 * with its own Pipeline and running aggregate. Both give the same results; the pool gathers
 * the threads' aggregates once at the end (collect), so the main thread only writes output.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Aggregate, AggregateData } from '../stats/aggregate.js';
import { BatchProcessor, type BatchConfig, type Task, type TaskResult } from './processor.js';
import type { FlushResult, FlushTask } from './worker.js';

export interface Executor {
  /** threads doing the work */
  readonly threads: number;
  run(task: Task): Promise<TaskResult>;
  /** Merges the aggregates of every thread into `target`, once all tasks have finished. */
  collectInto(target: Aggregate): Promise<void>;
  close(): Promise<void>;
}

export class InProcessExecutor implements Executor {
  readonly threads = 1;
  private current: BatchProcessor | undefined;

  constructor(private readonly config: BatchConfig) {}

  /** The thread's processor, made on first use (again after collectInto let the last go). */
  get processor(): BatchProcessor {
    return (this.current ??= new BatchProcessor(this.config));
  }

  async run(task: Task): Promise<TaskResult> {
    // let pending events in first (a closed output pipe, signals, timers): the work itself
    // is synchronous
    await new Promise((resolve) => setImmediate(resolve));
    return await this.processor.run(task);
  }

  async collectInto(target: Aggregate): Promise<void> {
    if (!this.current) return;
    target.absorb(this.current.take());
    // the work is done: the pipeline's caches of word types and normalized forms (tens of MB
    // on a large corpus) can go before the tables are written
    this.current = undefined;
  }

  async close(): Promise<void> {}
}

/** The compiled worker module: next to this one, or under dist/ when running from sources. */
export function workerFile(): string {
  const here = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (existsSync(here)) return here;
  const built = fileURLToPath(new URL('../../dist/batch/worker.js', import.meta.url));
  if (existsSync(built)) return built;
  throw new Error(`worker module not found (${here}); build the project first (npm run build)`);
}

/** How long a thread waits at the flush barrier for the others (ms). */
const FLUSH_TIMEOUT = 120_000;

export class PoolExecutor implements Executor {
  private readonly pool: Piscina<Task | FlushTask, TaskResult | FlushResult>;

  constructor(
    config: BatchConfig,
    readonly threads: number,
  ) {
    this.pool = new Piscina({
      filename: workerFile(),
      workerData: config,
      minThreads: threads,
      maxThreads: threads,
      // threads hold running aggregates: never retire one while the run lasts
      idleTimeout: 2 ** 31 - 1,
      concurrentTasksPerWorker: 1,
    });
  }

  run(task: Task): Promise<TaskResult> {
    return this.pool.run(task) as Promise<TaskResult>;
  }

  async collectInto(target: Aggregate): Promise<void> {
    const arrived = new SharedArrayBuffer(4);
    const flushes = Array.from({ length: this.threads }, () =>
      this.pool.run({ flush: { arrived, threads: this.threads, timeout: FLUSH_TIMEOUT } }) as Promise<FlushResult>,
    );
    const results = await Promise.all(flushes);
    const ids = new Set(results.map((r) => r.threadId));
    if (ids.size !== this.threads) {
      throw new Error(`could not gather the results of all ${this.threads} worker threads (got ${ids.size})`);
    }
    for (let i = 0; i < results.length; i++) {
      target.mergeData(results[i].aggregate as AggregateData);
      // let the copy go before merging the next
      (results as Partial<FlushResult>[])[i] = {};
    }
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
