import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useUser } from '@/lib/auth';
import type { SampleRequest } from '@/types/sourcing';
import { useSampleProduct } from '../api/get-product';

/**
 * The form (a modal with selects and date pickers) loads when a distributor first opens it: the
 * product page's first download, for everyone, stays without it.
 */
const RequestSampleModal = lazy(() =>
  import('./request-sample-modal').then((module) => ({ default: module.RequestSampleModal })),
);

/**
 * "Request a sample" on the public product page, for distributors: verified ones get the button,
 * the others are told why not. Nothing for anyone else (visitors, producers, staff).
 */
export function RequestSampleAction({ productId }: { productId: string }) {
  const { t, i18n } = useTranslation();
  const me = useUser();
  const product = useSampleProduct(productId);
  const [opened, setOpened] = useState(false);
  // Mounted from the first opening on, so it can play its closing transition afterwards.
  const [wanted, setWanted] = useState(false);
  const [sent, setSent] = useState<SampleRequest | null>(null);
  if (
    me.data?.user.role !== 'distributor' ||
    !product.data ||
    product.data.status !== 'published'
  ) {
    return null;
  }
  const verified = me.data.organization?.verificationStatus === 'verified';
  const name =
    (i18n.resolvedLanguage ?? 'vi') === 'en' && product.data.nameEn
      ? product.data.nameEn
      : product.data.nameVi;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="request-sample"
      mt="lg"
    >
      <Stack gap="xs">
        <Title order={2} fz="h4" id="request-sample">
          {t('samples.request.sectionTitle')}
        </Title>
        {verified ? (
          <>
            <Text size="sm">{t('samples.request.sectionText')}</Text>
            <Group gap="sm">
              <Button
                onClick={() => {
                  setWanted(true);
                  setOpened(true);
                }}
              >
                {t('samples.request.action')}
              </Button>
              {sent ? (
                <Anchor component={Link} to={paths.app.samples.getHref(sent.id)} size="sm">
                  {t('samples.request.viewSent')}
                </Anchor>
              ) : null}
            </Group>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('samples.request.notVerified')}
          </Text>
        )}
      </Stack>
      {wanted ? (
        <Suspense fallback={null}>
          <RequestSampleModal
            opened={opened}
            productId={productId}
            productName={name}
            defaultUnit={product.data.unit}
            onClose={() => setOpened(false)}
            onCreated={setSent}
          />
        </Suspense>
      ) : null}
    </Paper>
  );
}
