import { Box, Grid, Paper, SimpleGrid, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './catalogue.module.css';

/**
 * Placeholders of the final size while the catalogue's first answer or a product loads: what
 * arrives then fills the room kept for it instead of pushing the page (and the footer) down —
 * Lighthouse counts that as layout shift. Only the first load shows them; a new search keeps the
 * previous results on screen.
 */

/** Enough cards to fill a window on any width, so the footer starts out of sight. */
const SKELETON_CARDS = 6;

function Loading() {
  const { t } = useTranslation();
  return <VisuallyHidden>{t('common.loading')}</VisuallyHidden>;
}

function CardSkeleton() {
  return (
    <Paper withBorder radius="md" className={classes.card} style={{ overflow: 'hidden' }}>
      <Skeleton radius={0} className={classes.cover} />
      <Stack gap={10} p="sm">
        <Skeleton height={18} width="80%" />
        <Skeleton height={12} width="60%" />
        <Skeleton height={18} width="50%" />
        <Skeleton height={12} width="70%" />
        <Skeleton height={10} width="40%" />
      </Stack>
    </Paper>
  );
}

/** The results grid while the first search answer is on its way (same columns as the results). */
export function ResultsSkeleton() {
  return (
    <Box role="status" aria-live="polite" mih="100dvh">
      <Loading />
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="md" aria-hidden="true">
        {Array.from({ length: SKELETON_CARDS }, (_, index) => (
          <CardSkeleton key={index} />
        ))}
      </SimpleGrid>
    </Box>
  );
}

/** The product page's gallery, title and first section while the product loads. */
export function ProductDetailsSkeleton() {
  return (
    <Box role="status" aria-live="polite" mih="100dvh">
      <Loading />
      <Stack gap="lg" aria-hidden="true">
        <Skeleton height={14} width={160} />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Skeleton className={classes.mainImage} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Stack gap="sm">
              <Skeleton height={22} width={140} />
              <Skeleton height={36} width="85%" />
              <Skeleton height={14} width="60%" />
              <Skeleton height={14} />
              <Skeleton height={14} />
              <Skeleton height={14} width="75%" />
            </Stack>
          </Grid.Col>
        </Grid>
        <Skeleton height={220} radius="md" />
      </Stack>
    </Box>
  );
}
