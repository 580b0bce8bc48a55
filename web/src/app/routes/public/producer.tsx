import { Container } from '@mantine/core';
import { useParams } from 'react-router';
import { ProducerProfile } from '@/features/catalogue/components/producer-profile';

export default function ProducerRoute() {
  const { producerId = '' } = useParams();
  return (
    <Container size="lg" py={{ base: 'md', sm: 'xl' }}>
      <ProducerProfile key={producerId} producerId={producerId} />
    </Container>
  );
}
