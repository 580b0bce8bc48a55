import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { AppError } from '../../../src/lib/errors.ts';
import { createImagePipeline, sniffImageType } from '../../../src/modules/images/image-pipeline.ts';

const make = (format: 'jpeg' | 'png' | 'webp' | 'gif', width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: 'orange' } })
    .toFormat(format)
    .toBuffer();

describe('sniffImageType', () => {
  it('knows JPEG, PNG and WebP from their first bytes, and nothing else', async () => {
    expect(sniffImageType(await make('jpeg'))).toBe('jpeg');
    expect(sniffImageType(await make('png'))).toBe('png');
    expect(sniffImageType(await make('webp'))).toBe('webp');
    expect(sniffImageType(await make('gif'))).toBeNull();
    expect(sniffImageType(Buffer.from('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
    expect(sniffImageType(Buffer.from('<svg/>'))).toBeNull();
    expect(sniffImageType(Buffer.alloc(0))).toBeNull();
  });
});

describe('createImagePipeline', () => {
  const limits = { maxPixels: 40_000_000, maxSide: 16_383 };

  it('re-encodes to WebP at each width, never enlarging', async () => {
    const pipeline = createImagePipeline(limits);
    const result = await pipeline.process(await make('jpeg', 2000, 1500), [320, 1280]);
    expect(result.type).toBe('jpeg');
    expect(result.variants.map((v) => [v.width, v.height])).toEqual([
      [320, 240],
      [1280, 960],
    ]);
    const small = await pipeline.process(await make('png', 100, 50), [320, 1280]);
    expect(small.variants.map((v) => [v.width, v.height])).toEqual([
      [100, 50],
      [100, 50],
    ]);
    for (const variant of [...result.variants, ...small.variants]) {
      expect((await sharp(variant.data).metadata()).format).toBe('webp');
    }
  });

  it('sheds uploads beyond the waiting room with 503 and Retry-After', async () => {
    const pipeline = createImagePipeline({ ...limits, concurrency: 1, maxWaiting: 1 });
    const input = await make('jpeg', 3000, 2000);
    const results = await Promise.allSettled(
      [1, 2, 3, 4].map(() => pipeline.process(input, [320, 1280])),
    );
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect(rejected).toHaveLength(2);
    for (const { reason } of rejected) {
      expect(reason).toBeInstanceOf(AppError);
      expect(reason).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        status: 503,
        extra: { headers: { 'retry-after': '5' } },
      });
    }
  });
});
