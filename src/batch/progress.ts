/**
 * A one-line progress bar for a terminal: files done, megabytes, files per second and the time
 * left, redrawn in place at most every `interval` ms. Lines printed meanwhile (per-file errors)
 * go through log(), which clears the bar first so the two never mix.
 */
import type { Writable } from 'node:stream';

export interface ProgressOptions {
  totalFiles: number;
  totalBytes: number;
  /** minimum time between redraws (ms) */
  interval?: number;
  /** terminal width (default 80) */
  columns?: number;
  /** clock, for tests */
  now?: () => number;
}

const CLEAR = '\r\u001b[2K';

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(r).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

const MB = 1024 * 1024;

export class Progress {
  private files = 0;
  private bytes = 0;
  private lastDraw = -Infinity;
  private drawn = false;
  private readonly started: number;
  private readonly now: () => number;
  private readonly interval: number;

  constructor(
    private readonly stream: Writable,
    private readonly options: ProgressOptions,
  ) {
    this.now = options.now ?? (() => performance.now());
    this.interval = options.interval ?? 100;
    this.started = this.now();
  }

  /** Records finished files and their bytes; redraws when the interval has passed. */
  tick(files: number, bytes: number): void {
    this.files += files;
    this.bytes += bytes;
    const t = this.now();
    if (t - this.lastDraw >= this.interval) this.draw(t);
  }

  /** Writes a line above the bar. */
  log(line: string): void {
    this.stream.write((this.drawn ? CLEAR : '') + line + (line.endsWith('\n') ? '' : '\n'));
    this.drawn = false;
    this.lastDraw = -Infinity;
  }

  /** The bar's text for the current counts (without control characters). */
  line(t = this.now()): string {
    const { totalFiles, totalBytes } = this.options;
    const elapsed = Math.max((t - this.started) / 1000, 1e-9);
    const rate = this.files / elapsed;
    // time left from bytes when sizes are known (files vary in size), else from files
    const fraction = totalBytes > 0 ? this.bytes / totalBytes : totalFiles > 0 ? this.files / totalFiles : 1;
    const eta = fraction > 0 ? (elapsed * (1 - fraction)) / fraction : Infinity;
    const stats =
      ` ${this.files.toLocaleString('en-US')}/${totalFiles.toLocaleString('en-US')} files` +
      ` · ${(this.bytes / MB).toFixed(1)}/${(totalBytes / MB).toFixed(1)} MB` +
      ` · ${rate >= 100 ? Math.round(rate).toLocaleString('en-US') : rate.toFixed(1)} files/s` +
      ` · ETA ${this.files >= totalFiles ? '00:00' : formatDuration(eta)}`;
    const columns = this.options.columns ?? 80;
    const width = Math.max(10, Math.min(40, columns - stats.length - 3));
    const filled = Math.min(width, Math.round(Math.min(1, fraction) * width));
    return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${stats}`;
  }

  private draw(t: number): void {
    this.stream.write(CLEAR + this.line(t));
    this.drawn = true;
    this.lastDraw = t;
  }

  /** Takes the bar off the screen until the next redraw (before other output to the terminal). */
  clear(): void {
    if (!this.drawn) return;
    this.stream.write(CLEAR);
    this.drawn = false;
    this.lastDraw = -Infinity;
  }

  /** Removes the bar (call once at the end). */
  done(): void {
    if (this.drawn) this.stream.write(CLEAR);
    this.drawn = false;
  }
}
