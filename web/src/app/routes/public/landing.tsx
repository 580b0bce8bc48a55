import {
  Badge,
  Box,
  Button,
  Container,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Prefetch } from '@/app/router';
import { useDocumentTitle } from '@/components/layouts/content-layout';
import { BuildingIcon, SearchIcon, ShieldCheckIcon, UsersIcon } from '@/components/ui/icons';
import { paths } from '@/config/paths';
import { useUser } from '@/lib/auth';

const audiences = [
  { key: 'producers', icon: <BuildingIcon /> },
  { key: 'distributors', icon: <UsersIcon /> },
  { key: 'coordinators', icon: <ShieldCheckIcon /> },
] as const;

const steps = ['register', 'verify', 'match', 'deal'] as const;

/** Rendered on the server; it needs nothing beyond what every page gets. */
export const prefetch: Prefetch = () => Promise.resolve();

export default function LandingRoute() {
  const { t } = useTranslation();
  const me = useUser();
  useDocumentTitle();

  return (
    <>
      <Box bg="brand.0" py={{ base: 40, sm: 72 }}>
        <Container size="lg">
          <Stack gap="md" maw={720}>
            <Badge variant="white" size="lg" w="fit-content">
              {t('landing.eyebrow')}
            </Badge>
            <Title order={1} fz={{ base: 28, sm: 44 }} lh={1.15}>
              {t('landing.title')}
            </Title>
            <Text fz={{ base: 'md', sm: 'lg' }} c="dark.5">
              {t('landing.lead')}
            </Text>
            <Group gap="sm" mt="sm">
              <Button
                component={Link}
                to={paths.catalogue.search.getHref()}
                size="md"
                variant="light"
                leftSection={<SearchIcon size={18} />}
              >
                {t('landing.ctaCatalogue')}
              </Button>
              {me.data ? (
                <Button component={Link} to={paths.app.root.getHref()} size="md">
                  {t('nav.workspace')}
                </Button>
              ) : (
                <>
                  <Button component={Link} to={paths.auth.register.getHref()} size="md">
                    {t('landing.ctaRegister')}
                  </Button>
                  <Button
                    component={Link}
                    to={paths.auth.login.getHref()}
                    size="md"
                    variant="default"
                  >
                    {t('landing.ctaLogin')}
                  </Button>
                </>
              )}
            </Group>
          </Stack>
        </Container>
      </Box>

      <Container size="lg" py={{ base: 32, sm: 56 }}>
        <Stack gap="xl">
          <section aria-labelledby="landing-who">
            <Title order={2} fz="h3" id="landing-who" mb="md">
              {t('landing.whoTitle')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              {audiences.map(({ key, icon }) => (
                <Paper key={key} withBorder p="lg" radius="md">
                  <Stack gap="xs">
                    <ThemeIcon variant="light" size="lg" radius="md" aria-hidden="true">
                      {icon}
                    </ThemeIcon>
                    <Title order={3} fz="h5">
                      {t(`landing.audiences.${key}.title`)}
                    </Title>
                    <Text size="sm" c="dimmed">
                      {t(`landing.audiences.${key}.text`)}
                    </Text>
                  </Stack>
                </Paper>
              ))}
            </SimpleGrid>
          </section>

          <section aria-labelledby="landing-how">
            <Title order={2} fz="h3" id="landing-how" mb="md">
              {t('landing.howTitle')}
            </Title>
            <List type="ordered" spacing="sm" withPadding>
              {steps.map((step) => (
                <List.Item key={step}>
                  <Text span fw={600}>
                    {t(`landing.steps.${step}.title`)}
                  </Text>{' '}
                  <Text span c="dimmed">
                    {t(`landing.steps.${step}.text`)}
                  </Text>
                </List.Item>
              ))}
            </List>
          </section>

          <Paper withBorder p="lg" radius="md" bg="gray.0">
            <Text size="sm">{t('landing.termsNote')}</Text>
          </Paper>
        </Stack>
      </Container>
    </>
  );
}
