import { describe, expect, it } from 'vitest';
import { createSemaphore } from '../../src/lib/semaphore.ts';

const full = () => new Error('full');
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('createSemaphore', () => {
  it('runs at most `limit` tasks at once, the rest in arrival order', async () => {
    const semaphore = createSemaphore({ limit: 2, maxWaiting: 10, onFull: full });
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        semaphore.run(async () => {
          running += 1;
          peak = Math.max(peak, running);
          order.push(i);
          await tick();
          running -= 1;
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    expect(semaphore.active).toBe(0);
  });

  it('sheds work beyond the waiting room at once, and frees the slot of a failed task', async () => {
    const semaphore = createSemaphore({ limit: 1, maxWaiting: 1, onFull: full });
    const first = semaphore.run(async () => {
      await tick();
      throw new Error('boom');
    });
    const second = semaphore.run(async () => 'second');
    await expect(semaphore.run(async () => 'third')).rejects.toThrow('full');
    await expect(first).rejects.toThrow('boom');
    await expect(second).resolves.toBe('second');
    expect(semaphore.active).toBe(0);
    expect(semaphore.waiting).toBe(0);
    await expect(semaphore.run(async () => 'again')).resolves.toBe('again');
  });
});
