import { describe, expect, it } from 'vitest';
import { schedule } from '../../src/batch/schedule.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('schedule', () => {
  it('consumes in job order although later jobs finish first, with at most `window` jobs open', async () => {
    const delays = [40, 5, 30, 1, 20, 2, 10, 0];
    let open = 0;
    let maxOpen = 0;
    const consumed: number[] = [];
    await schedule(delays, {
      window: 3,
      unordered: false,
      start: async (d, i) => {
        open++;
        maxOpen = Math.max(maxOpen, open);
        await sleep(d);
        return i * 10;
      },
      consume: (_d, r, i) => {
        open--;
        expect(r).toBe(i * 10);
        consumed.push(i);
        return true;
      },
    });
    expect(consumed).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(maxOpen).toBe(3);
  });

  it('unordered: the first job first, then in completion order', async () => {
    const delays = [30, 25, 1, 12];
    const consumed: number[] = [];
    await schedule(delays, {
      window: 4,
      unordered: true,
      start: async (d, i) => {
        await sleep(d);
        return i;
      },
      consume: (_d, _r, i) => {
        consumed.push(i);
        return true;
      },
    });
    expect(consumed[0]).toBe(0);
    expect(consumed.slice(1)).toEqual([2, 3, 1]);
  });

  it('stops when consume returns false: nothing else is consumed or started', async () => {
    const started: number[] = [];
    const consumed: number[] = [];
    await schedule([0, 1, 2, 3, 4, 5, 6], {
      window: 2,
      unordered: false,
      start: async (_d, i) => {
        started.push(i);
        return i;
      },
      consume: (_d, _r, i) => {
        consumed.push(i);
        return i < 2;
      },
    });
    expect(consumed).toEqual([0, 1, 2]);
    expect(Math.max(...started)).toBeLessThanOrEqual(3);
  });

  it('a job that fails rejects the run once the open jobs have settled', async () => {
    let settled = 0;
    await expect(
      schedule([0, 1, 2], {
        window: 3,
        unordered: false,
        start: async (_d, i) => {
          await sleep(i === 0 ? 1 : 15);
          settled++;
          if (i === 0) throw new Error('worker died');
          return i;
        },
        consume: () => true,
      }),
    ).rejects.toThrow('worker died');
    expect(settled).toBe(3);
  });

  it('no jobs: returns at once', async () => {
    await schedule([], { window: 4, unordered: true, start: async () => 0, consume: () => true });
  });
});
