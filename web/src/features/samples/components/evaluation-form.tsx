import { Button, Group, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/ui/form-errors';
import { evaluationCriteria, type SampleEvaluation, type SampleRequest } from '@/types/sourcing';
import { useEvaluateSample } from '../api/sample-steps';

type Criterion = (typeof evaluationCriteria)[number];
type Ratings = Record<Criterion, number>;

const noRatings = Object.fromEntries(evaluationCriteria.map((key) => [key, 0])) as Ratings;

const STARS = ['1', '2', '3', '4', '5'];

/**
 * One 1–5 rating: five labelled radios in a group named by its question. Native radios, so the
 * arrow keys move and commit the choice (Mantine's Rating commits only on click or Enter).
 */
function RatingField({
  criterion,
  value,
  error,
  onChange,
}: {
  criterion: Criterion;
  value: number;
  error: string | null;
  onChange: (value: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t(`samples.evaluation.criteria.${criterion}`)}
      withAsterisk
      value={value > 0 ? String(value) : ''}
      onChange={(next) => onChange(Number(next))}
      error={error}
    >
      <Group gap="md" mt={6}>
        {STARS.map((stars) => (
          <Radio
            key={stars}
            value={stars}
            label={stars}
            aria-label={t('samples.evaluation.stars', { count: Number(stars) })}
          />
        ))}
      </Group>
    </Radio.Group>
  );
}

/**
 * The distributor's structured verdict on a delivered sample: six ratings from 1 (poor) to 5
 * (excellent), a comment and go / no-go. The producer sees all of it.
 */
export function EvaluationForm({
  sample,
  onDone,
  onCancel,
}: {
  sample: SampleRequest;
  onDone?: (sample: SampleRequest) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const evaluate = useEvaluateSample();
  const [ratings, setRatings] = useState<Ratings>(noRatings);
  const [comment, setComment] = useState('');
  const [decision, setDecision] = useState<SampleEvaluation['decision'] | ''>('');
  const [showErrors, setShowErrors] = useState(false);
  const missing = evaluationCriteria.filter((key) => ratings[key] < 1);

  const submit = () => {
    if (missing.length > 0 || decision === '') {
      setShowErrors(true);
      return;
    }
    const text = comment.trim();
    const evaluation: SampleEvaluation = {
      ...ratings,
      decision,
      ...(text ? { comment: text } : {}),
    };
    evaluate.mutate({ id: sample.id, version: sample.version, evaluation }, { onSuccess: onDone });
  };

  return (
    <form
      noValidate
      aria-label={t('samples.evaluation.title')}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('samples.evaluation.hint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {evaluationCriteria.map((criterion) => (
            <RatingField
              key={criterion}
              criterion={criterion}
              value={ratings[criterion]}
              error={showErrors && ratings[criterion] < 1 ? t('samples.evaluation.rateThis') : null}
              onChange={(value) => setRatings((current) => ({ ...current, [criterion]: value }))}
            />
          ))}
        </SimpleGrid>
        <Textarea
          label={t('samples.evaluation.comment')}
          autosize
          minRows={3}
          maxLength={2000}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
        />
        <Radio.Group
          label={t('samples.evaluation.decision')}
          description={t('samples.evaluation.decisionHint')}
          withAsterisk
          value={decision}
          onChange={(value) => setDecision(value === 'go' || value === 'no_go' ? value : '')}
          error={showErrors && decision === '' ? t('samples.evaluation.chooseDecision') : undefined}
        >
          <Group gap="lg" mt={6}>
            <Radio value="go" label={t('samples.evaluation.go')} />
            <Radio value="no_go" label={t('samples.evaluation.noGo')} />
          </Group>
        </Radio.Group>
        <FormErrors error={evaluate.error} />
        <Group justify="flex-end" gap="xs">
          {onCancel ? (
            <Button variant="default" onClick={onCancel} disabled={evaluate.isPending}>
              {t('common.cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={evaluate.isPending}>
            {t('samples.evaluation.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
