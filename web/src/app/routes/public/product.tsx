import { Container } from '@mantine/core';
import { useParams } from 'react-router';
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
