/**
 * The CLI's view of the outside world, injected so the CLI runs in-process in tests.
 */
import type { Readable, Writable } from 'node:stream';

export interface IO {
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  stdin: Readable;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

/**
 * A writer that respects backpressure and treats a closed pipe (EPIPE, as in
 * `newsparse analyze … | head -1`) as a quiet end: later writes are dropped and `closed`
 * tells loops to stop working.
 */
export class Output {
  closed = false;
  private failure: Error | null = null;

  constructor(readonly stream: Writable) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      this.closed = true;
      if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') this.failure = err;
    });
  }

  /** The first write error that was not a closed pipe. */
  get error(): Error | null {
    return this.failure;
  }

  async write(chunk: string): Promise<void> {
    if (this.closed || chunk === '') return;
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          this.stream.off('close', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('error', done);
        this.stream.on('close', done);
      });
    }
  }
}
