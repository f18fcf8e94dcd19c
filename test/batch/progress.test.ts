import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { Progress, formatDuration } from '../../src/batch/progress.js';

function capture() {
  const s = new PassThrough();
  let text = '';
  s.on('data', (c) => (text += c));
  return { s, text: () => text };
}

describe('Progress', () => {
  it('shows files, megabytes, files per second and the time left from bytes', () => {
    let t = 0;
    const out = capture();
    const p = new Progress(out.s, { totalFiles: 100, totalBytes: 10 * 1024 * 1024, now: () => t, columns: 120 });
    t = 2000;
    p.tick(25, 5 * 1024 * 1024);
    const line = p.line();
    expect(line).toContain('25/100 files');
    expect(line).toContain('5.0/10.0 MB');
    expect(line).toContain('12.5 files/s');
    // half the bytes in 2 s: 2 s left
    expect(line).toContain('ETA 00:02');
    expect(line).toMatch(/^\[#+-+\]/);
    expect(out.text()).toContain('25/100 files');
  });

  it('redraws at most once per interval, and log() clears the bar before a line', () => {
    let t = 0;
    const out = capture();
    const p = new Progress(out.s, { totalFiles: 10, totalBytes: 0, now: () => t, interval: 100 });
    p.tick(1, 0);
    t = 50;
    p.tick(1, 0);
    expect(out.text().match(/files\/s/g)?.length).toBe(1);
    p.log('newsparse: bad.txt: not text');
    expect(out.text()).toContain('\r\u001b[2Knewsparse: bad.txt: not text\n');
    t = 60;
    p.tick(1, 0);
    expect(out.text().match(/files\/s/g)?.length).toBe(2);
    p.done();
    expect(out.text().endsWith('\r\u001b[2K')).toBe(true);
  });

  it('formats durations', () => {
    expect(formatDuration(0)).toBe('00:00');
    expect(formatDuration(75)).toBe('01:15');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(Infinity)).toBe('--:--');
  });
});
