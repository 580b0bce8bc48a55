import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '@/components/layouts/content-layout';
import { safeNextPath } from '@/config/paths';
import { RegisterForm } from '@/features/auth/components/register-form';
import { useUser } from '@/lib/auth';

export default function RegisterRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = searchParams.get('next');
  const me = useUser();
  useDocumentTitle(t('register.title'));

  if (me.data) {
    return <Navigate to={safeNextPath(next)} replace />;
  }

  return (
    <Container size={760} py={{ base: 'lg', sm: 48 }} px="md">
      <Stack gap="lg">
        <div>
          <Title order={1} fz="h2">
            {t('register.title')}
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            {t('register.subtitle')}
          </Text>
        </div>
        <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md">
          <RegisterForm
            next={next}
            onSuccess={() => void navigate(safeNextPath(next), { replace: true })}
          />
        </Paper>
      </Stack>
    </Container>
  );
}
