import { Container } from '@mantine/core';
import { useParams } from 'react-router';
import type { Prefetch } from '@/app/router';
import { getProducerProductsQueryOptions } from '@/features/catalogue/api/get-producer-products';
import { getProducerQueryOptions } from '@/features/catalogue/api/get-producer';
import { ProducerProfile } from '@/features/catalogue/components/producer-profile';

export default function ProducerRoute() {
  const { producerId = '' } = useParams();
  return (
    <Container size="lg" py={{ base: 'md', sm: 'xl' }}>
      <ProducerProfile key={producerId} producerId={producerId} />
    </Container>
  );
}

export const prefetch: Prefetch = (queryClient, { params }) => {
  const producerId = params.producerId ?? '';
  return Promise.all([
    queryClient.fetchQuery(getProducerQueryOptions(producerId)),
    queryClient.fetchQuery(getProducerProductsQueryOptions(producerId, 1)),
  ]);
};
