import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/format';
import { useProvinceName } from '@/lib/reference';
import type { MatchCounterpart } from '@/types/sourcing';

/**
 * The other side's contact details. The server adds them to a match only for its parties and
 * only once the centre has introduced them; before that the section says they are hidden.
 */
export function CounterpartCard({ counterpart }: { counterpart: MatchCounterpart | undefined }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const province = useProvinceName();
  if (!counterpart) {
    return (
      <Paper withBorder p="md" radius="md" bg="gray.0">
        <Text size="sm" c="dimmed">
          {t('matches.counterpart.hidden')}
        </Text>
      </Paper>
    );
  }
  const name = counterpart.tradingName ?? counterpart.legalName;
  const none = t('common.none');
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-label={t('matches.counterpart.title')}
    >
      <Stack gap={6}>
        <Title order={3} fz="h6">
          {t(`matches.counterpart.${counterpart.kind}`)}
        </Title>
        <Text fw={600}>{name}</Text>
        {counterpart.tradingName ? (
          <Text size="sm" c="dimmed">
            {counterpart.legalName}
          </Text>
        ) : null}
        <Text size="sm">
          {counterpart.country === 'VN'
            ? province(counterpart.province)
            : format.country(counterpart.country)}
        </Text>
        <dl style={{ margin: 0 }}>
          <Text component="dt" size="xs" c="dimmed">
            {t('matches.counterpart.contactName')}
          </Text>
          <Text component="dd" size="sm" m={0} mb={4}>
            {counterpart.contactName ?? none}
          </Text>
          <Text component="dt" size="xs" c="dimmed">
            {t('matches.counterpart.phone')}
          </Text>
          <Text component="dd" size="sm" m={0} mb={4}>
            {counterpart.contactPhone ? (
              <Anchor href={`tel:${counterpart.contactPhone.replace(/[^0-9+]/g, '')}`}>
                {counterpart.contactPhone}
              </Anchor>
            ) : (
              none
            )}
          </Text>
          <Text component="dt" size="xs" c="dimmed">
            {t('matches.counterpart.email')}
          </Text>
          <Text component="dd" size="sm" m={0} mb={4} style={{ overflowWrap: 'anywhere' }}>
            {counterpart.contactEmail ? (
              <Anchor href={`mailto:${counterpart.contactEmail}`}>
                {counterpart.contactEmail}
              </Anchor>
            ) : (
              none
            )}
          </Text>
          {counterpart.website ? (
            <>
              <Text component="dt" size="xs" c="dimmed">
                {t('matches.counterpart.website')}
              </Text>
              <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
                <Anchor href={counterpart.website} target="_blank" rel="noopener noreferrer">
                  {counterpart.website}
                </Anchor>
              </Text>
            </>
          ) : null}
        </dl>
      </Stack>
    </Paper>
  );
}
