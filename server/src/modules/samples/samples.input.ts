import type { CreateSampleRequestBody, MatchStatus } from '@ketnoi/shared';
import type { DbOrTx } from '../../db/client.ts';
import { AppError, fieldError, notFound } from '../../lib/errors.ts';
import { productPolicy } from '../products/products.policy.ts';
import { findProductWithProducer } from '../products/products.repository.ts';
import { findMatchRef } from './samples.repository.ts';

/** A match whose parties have been introduced: from here on the distributor may ask for samples. */
export const introducedMatchStatuses: ReadonlySet<MatchStatus> = new Set([
  'introduced',
  'sample_requested',
  'sample_sent',
  'sample_received',
  'negotiating',
  'won',
  'lost',
]);

/**
 * What a distributor may ask a sample of: a public product (as the catalogue shows it), or the
 * product of one of its own matches once introduced — then anything but a withdrawn product.
 * Returns the producer that will be asked.
 */
export async function findRequestableProduct(
  tx: DbOrTx,
  distributorOrgId: string,
  body: Pick<CreateSampleRequestBody, 'productId' | 'matchId'>,
): Promise<{ producerOrgId: string }> {
  const found = await findProductWithProducer(tx, body.productId);
  if (body.matchId === undefined) {
    if (
      !found ||
      !productPolicy.isPublic(found.product, found.producer.verificationStatus === 'verified')
    ) {
      throw notFound('Product');
    }
    return { producerOrgId: found.product.producerOrgId };
  }
  const match = await findMatchRef(tx, body.matchId);
  if (!match || match.distributorOrgId !== distributorOrgId) {
    throw notFound('Match');
  }
  if (!introducedMatchStatuses.has(match.status)) {
    throw new AppError(
      'INVALID_STATE',
      `Samples can be requested once the parties are introduced; this match is ${match.status}`,
    );
  }
  if (match.productId !== body.productId) {
    throw fieldError('VALIDATION_FAILED', '/productId', {
      vi: 'Sản phẩm không thuộc kết nối này',
      en: "The product is not this match's product",
    });
  }
  if (!found || found.product.status === 'archived') {
    throw notFound('Product');
  }
  return { producerOrgId: found.product.producerOrgId };
}

/** An address of blanks passes the schema's length but says nothing. */
export function deliveryAddressOf(body: Pick<CreateSampleRequestBody, 'deliveryAddress'>): string {
  const address = body.deliveryAddress.trim();
  if (address.length < 5) {
    throw fieldError('VALIDATION_FAILED', '/deliveryAddress', {
      vi: 'Hãy ghi địa chỉ nhận mẫu',
      en: 'Give the delivery address',
    });
  }
  return address;
}
