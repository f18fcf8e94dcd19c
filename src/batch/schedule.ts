/**
 * Running jobs with bounded look-ahead, consuming their results in job order (a reorder
 * buffer) or as they complete. At most `window` jobs are started and not yet consumed, so
 * memory stays bounded whatever the number of jobs, and a slow consumer (a full output pipe)
 * holds back new work.
 */

export interface ScheduleOptions<J, R> {
  /** jobs started and not yet consumed, at most (≥ 1) */
  window: number;
  /** consume in completion order; the first job is still consumed first */
  unordered: boolean;
  start(job: J, index: number): Promise<R>;
  /** returns false to stop: no new job starts, results not yet consumed are dropped */
  consume(job: J, result: R, index: number): Promise<boolean> | boolean;
  /** called with each result that is dropped (to release what it holds) */
  discard?(job: J, result: R): void;
}

type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

function settle<R>(p: Promise<R>): Promise<Settled<R>> {
  return p.then(
    (value) => ({ ok: true as const, value }),
    (error) => ({ ok: false as const, error }),
  );
}

/**
 * Runs every job. A job whose start() rejects stops the run and the error is thrown once the
 * jobs already started have settled (so nothing runs on after the call returns).
 */
export async function schedule<J, R>(jobs: readonly J[], o: ScheduleOptions<J, R>): Promise<void> {
  const window = Math.max(1, Math.floor(o.window));
  const started = new Map<number, Promise<Settled<R>>>();
  let next = 0;
  const fill = (limit: number) => {
    while (started.size < limit && next < jobs.length) {
      const i = next++;
      let p: Promise<R>;
      try {
        p = o.start(jobs[i], i);
      } catch (err) {
        p = Promise.reject(err);
      }
      started.set(i, settle(p));
    }
  };
  const drain = async () => {
    for (const [i, p] of started) {
      const s = await p;
      if (s.ok) o.discard?.(jobs[i], s.value);
    }
    started.clear();
  };
  const take = async (i: number, s: Settled<R>): Promise<boolean> => {
    started.delete(i);
    if (!s.ok) {
      await drain();
      throw s.error;
    }
    const go = await o.consume(jobs[i], s.value, i);
    if (!go) await drain();
    return go;
  };

  if (!o.unordered) {
    for (let head = 0; head < jobs.length; head++) {
      fill(window);
      if (!(await take(head, await started.get(head)!))) return;
    }
    return;
  }

  // unordered: the first job first (formats such as json write their first document
  // differently), then the others in the order they complete
  const done: number[] = [];
  let wake: (() => void) | null = null;
  const startTracked = (limit: number) => {
    const before = next;
    fill(limit);
    // (job 0 is awaited on its own)
    for (let i = Math.max(1, before); i < next; i++) {
      void started.get(i)!.then(() => {
        done.push(i);
        wake?.();
      });
    }
  };
  startTracked(window);
  if (jobs.length === 0) return;
  const first = await started.get(0)!;
  if (!(await take(0, first))) return;
  for (;;) {
    startTracked(window);
    if (started.size === 0) return;
    while (done.length === 0) await new Promise<void>((r) => (wake = r));
    wake = null;
    const i = done.shift()!;
    if (!(await take(i, await started.get(i)!))) return;
  }
}
