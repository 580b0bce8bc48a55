import { Container } from '@mantine/core';
import { useParams } from 'react-router';
import type { Prefetch } from '@/app/router';
import { getProducerQueryOptions } from '@/features/catalogue/api/get-producer';
import { getProductCertificatesQueryOptions } from '@/features/catalogue/api/get-product-certificates';
import { getPublicProductQueryOptions } from '@/features/catalogue/api/get-public-product';
import { ProductDetails } from '@/features/catalogue/components/product-details';
import { RequestSampleAction } from '@/features/samples/components/request-sample-action';

export default function ProductRoute() {
  const { productId = '' } = useParams();
  return (
    <Container size="lg" py={{ base: 'md', sm: 'xl' }}>
      <ProductDetails key={productId} productId={productId} />
      {/* Verified distributors ask for a sample here (renders nothing for anyone else). */}
      <RequestSampleAction key={`sample-${productId}`} productId={productId} />
    </Container>
  );
}

export const prefetch: Prefetch = async (queryClient, { params }) => {
  const productId = params.productId ?? '';
  const [product] = await Promise.all([
    queryClient.fetchQuery(getPublicProductQueryOptions(productId)),
    queryClient.fetchQuery(getProductCertificatesQueryOptions(productId)),
  ]);
  await queryClient.fetchQuery(getProducerQueryOptions(product.producer.id));
};
