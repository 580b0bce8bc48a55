import sharp, { type Metadata } from 'sharp';
import { AppError } from '../../lib/errors.ts';
import { createSemaphore } from '../../lib/semaphore.ts';

export type ImageType = 'jpeg' | 'png' | 'webp';

/**
 * The type from the file's first bytes (its magic number). The name and the Content-Type a
 * client sends are never consulted: both are whatever the client says.
 */
export function sniffImageType(data: Buffer): ImageType | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) {
    return 'jpeg';
  }
  if (
    data.length >= 8 &&
    data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  ) {
    return 'png';
  }
  if (
    data.length >= 12 &&
    data.toString('latin1', 0, 4) === 'RIFF' &&
    data.toString('latin1', 8, 12) === 'WEBP'
  ) {
    return 'webp';
  }
  return null;
}

export type ImageVariant = { width: number; height: number; data: Buffer };
export type ProcessedImage = {
  type: ImageType;
  /** One entry per requested width, in the order asked; each at most that wide, never enlarged. */
  variants: ImageVariant[];
};

export type ImagePipelineOptions = {
  /** width × height above which an image is refused before it is decoded. */
  maxPixels: number;
  /** Longest side allowed (WebP cannot encode beyond 16383 px). */
  maxSide: number;
  /** Images re-encoded at the same time in this process. */
  concurrency?: number;
  /** Uploads allowed to wait for a turn; more are shed with 503. */
  maxWaiting?: number;
  /** WebP quality of every variant. */
  quality?: number;
};

const unreadable = () =>
  new AppError(
    'IMAGE_UNREADABLE',
    'The image could not be read: the file is damaged or incomplete',
  );

/**
 * Re-encodes uploads with sharp (libvips): every stored byte is produced by the encoder, so
 * nothing from the upload survives except its pixels — no EXIF, GPS, XMP or ICC metadata, no
 * trailer appended after the image (`<script>`, a ZIP), no second payload.
 *
 * - **Types**: JPEG, PNG and WebP, recognised by their magic number and confirmed by sharp's own
 *   header parse; anything else (GIF, SVG, HEIC/AVIF, PDF, executables, HTML) → 415.
 * - **Decompression bombs**: the header gives width and height; above `maxPixels` or `maxSide`
 *   the upload is refused (422) before any pixel is decoded. `limitInputPixels` repeats the same
 *   limit inside libvips (sharp's default is 268 MP, far too generous for a 2-core API).
 * - **Animated** WebP/PNG: only the first frame is read and stored (sharp's default `pages: 1`);
 *   the other frames are never decoded, so a 1,000-frame file costs what one frame costs.
 * - **Orientation**: turned upright from EXIF (`rotate()`), then the EXIF is dropped.
 * - **CPU**: `sharp.concurrency(1)` gives each image one libvips thread, and a semaphore lets
 *   `concurrency` (default 1) images be encoded at a time per process, so a burst of uploads
 *   keeps one of the two cores free for every other request. Up to `maxWaiting` (default 8)
 *   uploads wait; beyond that the API answers 503 with Retry-After rather than queue without
 *   bound. Header checks run outside the semaphore, so bombs are refused at once even under load.
 *   sharp's operation cache is off: uploads are never read twice.
 */
export function createImagePipeline(options: ImagePipelineOptions) {
  sharp.concurrency(1);
  sharp.cache(false);
  const quality = options.quality ?? 80;
  const semaphore = createSemaphore({
    limit: options.concurrency ?? 1,
    maxWaiting: options.maxWaiting ?? 8,
    onFull: () =>
      new AppError(
        'SERVICE_UNAVAILABLE',
        'Too many images are being processed right now; try again in a few seconds',
        {
          headers: { 'retry-after': '5' },
        },
      ),
  });
  const input = (data: Buffer) =>
    sharp(data, {
      limitInputPixels: options.maxPixels,
      failOn: 'error',
      sequentialRead: true,
      pages: 1,
    });

  /** Refuses anything that is not an allowed type or whose header promises too many pixels. */
  async function inspect(data: Buffer): Promise<ImageType> {
    const type = sniffImageType(data);
    if (!type) {
      throw new AppError(
        'UNSUPPORTED_MEDIA_TYPE',
        'Only JPEG, PNG or WebP images are accepted (the type is read from the file itself)',
      );
    }
    let metadata: Metadata;
    try {
      // Only the header is read here, so no pixel limit applies yet: the check below makes it.
      metadata = await sharp(data, { limitInputPixels: false, pages: 1 }).metadata();
    } catch {
      throw unreadable();
    }
    if (metadata.format !== type) {
      throw new AppError(
        'UNSUPPORTED_MEDIA_TYPE',
        'Only JPEG, PNG or WebP images are accepted (the type is read from the file itself)',
      );
    }
    const width = metadata.width;
    const height = metadata.pageHeight ?? metadata.height;
    if (!width || !height) {
      throw unreadable();
    }
    if (width * height > options.maxPixels || Math.max(width, height) > options.maxSide) {
      throw new AppError(
        'IMAGE_DIMENSIONS_TOO_LARGE',
        `The image is ${width} × ${height} px; at most ${options.maxPixels / 1e6} megapixels and ${options.maxSide} px a side are accepted`,
        { data: { maxPixels: options.maxPixels, maxSide: options.maxSide } },
      );
    }
    return type;
  }

  return {
    /**
     * Checks `data` and re-encodes it to WebP at each of `widths`. Throws AppError 415 (type),
     * 422 (too many pixels, undecodable) or 503 (too busy); never writes anything.
     */
    async process(data: Buffer, widths: readonly number[]): Promise<ProcessedImage> {
      const type = await inspect(data);
      return semaphore.run(async () => {
        const variants: ImageVariant[] = [];
        for (const width of widths) {
          try {
            const { data: output, info } = await input(data)
              .rotate()
              .resize({ width, withoutEnlargement: true })
              .webp({ quality })
              .toBuffer({ resolveWithObject: true });
            variants.push({ width: info.width, height: info.height, data: output });
          } catch (err) {
            if (err instanceof Error && /pixel limit/i.test(err.message)) {
              throw new AppError(
                'IMAGE_DIMENSIONS_TOO_LARGE',
                `At most ${options.maxPixels / 1e6} megapixels are accepted`,
              );
            }
            throw unreadable();
          }
        }
        return { type, variants };
      });
    },
  };
}

export type ImagePipeline = ReturnType<typeof createImagePipeline>;
