import { productImageRules, type ProductImage } from '@ketnoi/shared';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, fieldError, forbidden, invalidState, notFound } from '../../lib/errors.ts';
import { queueSearchSync } from '../search/search-sync.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import type { ImagePipeline } from '../images/image-pipeline.ts';
import { newStorageKey, type Storage } from '../storage/storage.ts';
import { imageWidths, toImageDto } from './products.dto.ts';
import { productPolicy as policy } from './products.policy.ts';
import {
  findProductWithProducer,
  listImagesOf,
  type ProductWithProducer,
} from './products.repository.ts';
import {
  countImagesOf,
  deleteProductImage,
  insertProductImage,
  setImagePositions,
} from './product-images.repository.ts';

type Deps = {
  db: Db;
  storage: Storage;
  images: ImagePipeline;
  /** Told about files that could not be removed (harmless orphans: no row points at them). */
  onOrphanedFiles?: (keys: string[], error: unknown) => void;
};

const widths = [imageWidths.small, imageWidths.large] as const;

/** The stored object of one variant; `mediaUrl(storageKey, width)` serves it as `/media/<this key>`. */
export const imageVariantKey = (storageKey: string, width: number) => `${storageKey}-${width}.webp`;

const limitReached = () =>
  new AppError(
    'IMAGE_LIMIT_REACHED',
    `A product can have at most ${productImageRules.maxImages} images; delete one first`,
    {
      data: { maxImages: productImageRules.maxImages },
    },
  );

/**
 * A product's images: added one by one, deleted, reordered (position 0 is the cover). Only the
 * producer that lists the product may change them; who sees what follows the products policy —
 * a product the actor cannot see is a 404, one it can see but does not own a 403.
 */
export function createProductImagesService({ db, storage, images, onOrphanedFiles }: Deps) {
  async function loadForChange(
    db_: DbOrTx,
    actor: Actor,
    productId: string,
    forUpdate: boolean,
  ): Promise<ProductWithProducer> {
    const row = await findProductWithProducer(db_, productId, { forUpdate });
    if (
      !row ||
      !(
        policy.seesWorkingCopy(actor, row.product) ||
        policy.isPublic(row.product, row.producer.verificationStatus === 'verified')
      )
    ) {
      throw notFound('Product');
    }
    if (!policy.isOwner(actor, row.product)) {
      throw forbidden('Only the producer that lists this product can change its images');
    }
    if (row.product.status === 'archived') {
      throw invalidState('Archived products cannot be edited');
    }
    return row;
  }

  async function removeFiles(keys: string[]) {
    const results = await Promise.allSettled(keys.map((key) => storage.delete(key)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) {
      onOrphanedFiles?.(keys, failed.reason);
    }
  }

  return {
    /**
     * Adds one image at the end (the first one becomes the cover).
     *
     * `read` delivers the upload and is called only once the actor may add an image and the
     * product has room, so a refused request is never read into memory or decoded.
     * Invariant: files first, row second. The variants are written under a fresh server-made
     * key, then the row is inserted in a transaction that re-checks ownership and the limit
     * under the product's row lock (two concurrent 8th uploads cannot both win). If anything
     * fails after the files were written, they are deleted: a refused upload leaves no row and
     * no file, and a row never points at a missing file.
     */
    async add(
      actor: Actor,
      productId: string,
      read: () => Promise<Buffer>,
      requestId?: string,
    ): Promise<ProductImage> {
      await loadForChange(db, actor, productId, false);
      if ((await countImagesOf(db, productId)) >= productImageRules.maxImages) {
        throw limitReached();
      }
      const upload = await read();
      const processed = await images.process(upload, widths);
      const storageKey = newStorageKey('images');
      const written: string[] = [];
      try {
        for (const [index, variant] of processed.variants.entries()) {
          const key = imageVariantKey(storageKey, widths[index]!);
          await storage.put(key, variant.data);
          written.push(key);
        }
        const large = processed.variants[processed.variants.length - 1]!;
        return await db.transaction(async (tx) => {
          await loadForChange(tx, actor, productId, true);
          const position = await countImagesOf(tx, productId);
          if (position >= productImageRules.maxImages) {
            throw limitReached();
          }
          const image = await insertProductImage(tx, {
            productId,
            position,
            storageKey,
            width: large.width,
            height: large.height,
            // Bytes held in storage for this image (all variants), for quotas and reports.
            bytes: processed.variants.reduce((sum, v) => sum + v.data.length, 0),
          });
          await queueSearchSync(tx, [productId]);
          await writeAudit(tx, {
            actorId: actor.id,
            action: 'product.image.add',
            entityType: 'product',
            entityId: productId,
            after: {
              imageId: image.id,
              position,
              type: processed.type,
              uploadBytes: upload.length,
            },
            requestId,
          });
          return toImageDto(image);
        });
      } catch (err) {
        await removeFiles(written);
        throw err;
      }
    },

    /** Deletes one image; the others close up in the same order (deleting the cover promotes the next). */
    async remove(
      actor: Actor,
      productId: string,
      imageId: string,
      requestId?: string,
    ): Promise<void> {
      const removed = await db.transaction(async (tx) => {
        await loadForChange(tx, actor, productId, true);
        const image = await deleteProductImage(tx, productId, imageId);
        if (!image) {
          throw notFound('Image');
        }
        const rest = await listImagesOf(tx, [productId]);
        await setImagePositions(
          tx,
          productId,
          rest.map((i) => i.id),
        );
        await queueSearchSync(tx, [productId]);
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'product.image.delete',
          entityType: 'product',
          entityId: productId,
          before: { imageId, position: image.position },
          requestId,
        });
        return image;
      });
      // After the commit: a crash here leaves unreferenced files, never a row without its files.
      await removeFiles(widths.map((width) => imageVariantKey(removed.storageKey, width)));
    },

    /**
     * Puts the images in the order given; the first becomes the cover. `imageIds` must be every
     * image of the product exactly once — a missing, extra or foreign id changes nothing (400).
     */
    async reorder(
      actor: Actor,
      productId: string,
      imageIds: string[],
      requestId?: string,
    ): Promise<ProductImage[]> {
      return db.transaction(async (tx) => {
        await loadForChange(tx, actor, productId, true);
        const current = await listImagesOf(tx, [productId]);
        const given = new Set(imageIds);
        const exact =
          given.size === imageIds.length &&
          imageIds.length === current.length &&
          current.every((image) => given.has(image.id));
        if (!exact) {
          throw fieldError('VALIDATION_FAILED', 'imageIds', {
            vi: 'Hãy liệt kê mỗi ảnh của sản phẩm đúng một lần',
            en: "List every one of the product's images exactly once",
          });
        }
        await setImagePositions(tx, productId, imageIds);
        await queueSearchSync(tx, [productId]);
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'product.image.reorder',
          entityType: 'product',
          entityId: productId,
          before: { imageIds: current.map((i) => i.id) },
          after: { imageIds },
          requestId,
        });
        return (await listImagesOf(tx, [productId])).map(toImageDto);
      });
    },
  };
}

export type ProductImagesService = ReturnType<typeof createProductImagesService>;
