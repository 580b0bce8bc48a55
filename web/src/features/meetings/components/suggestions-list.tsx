import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import type { MeetingSuggestion } from '@/features/events/types';
import { useMeetingSuggestions } from '../api/meetings';

type SuggestionsListProps = {
  eventId: string;
  /** A party's own organization (it sees the other side); none for coordinators. */
  organizationId?: string;
  onPick: (suggestion: MeetingSuggestion) => void;
};

/**
 * Introduced matches whose two organizations both attend: the meetings worth having. A pair that
 * already has one at this event says so instead of offering another.
 */
export function SuggestionsList({ eventId, organizationId, onPick }: SuggestionsListProps) {
  const { t } = useTranslation();
  const query = useMeetingSuggestions(eventId);
  return (
    <Stack gap="sm" component="section" aria-labelledby="meeting-suggestions">
      <Title order={2} fz="h4" id="meeting-suggestions">
        {t('meetings.suggestions.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('meetings.suggestions.hint')}
      </Text>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState title={t('meetings.suggestions.empty')} />
      ) : (
        <Stack gap="xs">
          {query.data.items.map((suggestion) => {
            const pair = organizationId
              ? suggestion.producer.id === organizationId
                ? suggestion.distributor.name
                : suggestion.producer.name
              : t('meetings.pair', {
                  producer: suggestion.producer.name,
                  distributor: suggestion.distributor.name,
                });
            const titleId = `suggestion-${suggestion.producer.id}-${suggestion.distributor.id}`;
            return (
              <Paper
                key={titleId}
                withBorder
                p="sm"
                radius="md"
                component="article"
                aria-labelledby={titleId}
              >
                <Group justify="space-between" align="flex-start" gap="xs">
                  <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                    <Text fw={600} id={titleId} style={{ overflowWrap: 'anywhere' }}>
                      {pair}
                    </Text>
                    {suggestion.matches.slice(0, 3).map((match) => (
                      <Anchor
                        key={match.id}
                        component={Link}
                        to={paths.app.match.getHref(match.id)}
                        size="sm"
                        style={{ overflowWrap: 'anywhere' }}
                      >
                        {t('meetings.suggestions.match', {
                          product: match.productName,
                          demand: match.demandTitle,
                        })}
                      </Anchor>
                    ))}
                  </Stack>
                  <Stack gap={6} align="flex-end">
                    <Badge variant="light">
                      {t('meetings.suggestions.score', { score: Math.round(suggestion.score) })}
                    </Badge>
                    {suggestion.meetingId ? (
                      <Text size="xs" c="dimmed">
                        {t('meetings.suggestions.booked')}
                      </Text>
                    ) : (
                      <Button
                        size="xs"
                        variant="light"
                        aria-label={t('meetings.suggestions.pickNamed', { name: pair })}
                        onClick={() => onPick(suggestion)}
                      >
                        {organizationId
                          ? t('meetings.suggestions.request')
                          : t('meetings.suggestions.schedule')}
                      </Button>
                    )}
                  </Stack>
                </Group>
              </Paper>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
