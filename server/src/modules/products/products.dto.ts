import type { Product, ProductImage } from '@ketnoi/shared';
import { productFacts } from './products.input.ts';
import type { ProductImageRow, ProductWithProducer } from './products.repository.ts';
import { productPolicy as policy } from './products.policy.ts';

/** Image variants are stored as `<storageKey>-<width>.webp` and served under /media. */
export const imageWidths = { small: 320, large: 1280 } as const;
export const mediaUrl = (storageKey: string, width: number) => `/media/${storageKey}-${width}.webp`;

export function toImageDto(image: ProductImageRow): ProductImage {
  return {
    id: image.id,
    position: image.position,
    isCover: image.position === 0,
    width: image.width,
    height: image.height,
    urls: {
      small: mediaUrl(image.storageKey, imageWidths.small),
      large: mediaUrl(image.storageKey, imageWidths.large),
    },
  };
}

/**
 * The working copy for its owner and staff; for everyone else the last approved facts, shown as
 * `published` and without review details. Callers decide visibility before calling this.
 * `certifications`: scheme codes of the certificates that count today (certificates module).
 */
export function toProductDto(
  { product, producer }: ProductWithProducer,
  images: ProductImageRow[],
  workingCopy: boolean,
  certifications: string[] = [],
): Product {
  const producerVerified = producer.verificationStatus === 'verified';
  const isPublic = policy.isPublic(product, producerVerified);
  const facts = workingCopy || !product.publicFacts ? productFacts(product) : product.publicFacts;
  return {
    id: product.id,
    producer: {
      id: producer.id,
      name: producer.tradingName ?? producer.legalName,
      province: producer.provinceCode,
      verified: producerVerified,
    },
    status: workingCopy ? product.status : 'published',
    ...facts,
    images: images.map(toImageDto),
    certifications,
    isPublic,
    ...(workingCopy
      ? { reviewNote: product.reviewNote, submittedAt: product.submittedAt?.toISOString() ?? null }
      : {}),
    publishedAt: product.publishedAt?.toISOString() ?? null,
    version: product.version,
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
  };
}
