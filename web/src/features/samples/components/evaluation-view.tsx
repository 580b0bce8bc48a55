import { Badge, Group, Rating, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { evaluationCriteria, type SampleEvaluation } from '@/types/sourcing';

/** A submitted evaluation, read-only: what the producer learns from the distributor. */
export function EvaluationView({ evaluation }: { evaluation: SampleEvaluation }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {t('samples.evaluation.result')}
        </Text>
        <Badge color={evaluation.decision === 'go' ? 'green' : 'red'} variant="filled">
          {evaluation.decision === 'go' ? t('samples.evaluation.go') : t('samples.evaluation.noGo')}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing={4}>
        {evaluationCriteria.map((criterion) => {
          const label = t(`samples.evaluation.criteria.${criterion}`);
          const score = t('samples.evaluation.scoreOf', { score: evaluation[criterion] });
          return (
            <Group key={criterion} gap="xs" justify="space-between" wrap="nowrap">
              <Text size="sm">{label}</Text>
              <Rating
                value={evaluation[criterion]}
                readOnly
                size="sm"
                role="img"
                aria-label={`${label}: ${score}`}
              />
            </Group>
          );
        })}
      </SimpleGrid>
      {evaluation.comment ? (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {t('samples.evaluation.commentShown', { comment: evaluation.comment })}
        </Text>
      ) : null}
    </Stack>
  );
}
