import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/ui/form-errors';
import type { Quote, QuoteAction } from '@/types/sourcing';
import { useAnswerQuote } from '../api/answer-quote';

const titles = {
  accept: 'quotes.answer.acceptTitle',
  decline: 'quotes.answer.declineTitle',
  'request-revision': 'quotes.answer.revisionTitle',
} as const;
const confirms = {
  accept: 'quotes.answer.acceptConfirm',
  decline: 'quotes.answer.declineConfirm',
  'request-revision': 'quotes.answer.revisionConfirm',
} as const;
const buttons = {
  accept: 'quotes.actions.accept',
  decline: 'quotes.actions.decline',
  'request-revision': 'quotes.actions.requestRevision',
} as const;

/**
 * The distributor's answer to a quote, confirmed: accepting binds, declining may say why, asking
 * for a revision must say what to change (and can be done once per quote).
 */
export function QuoteAnswerModal({
  quote,
  action,
  onClose,
}: {
  quote: Quote | null;
  action: QuoteAction;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const answer = useAnswerQuote();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setNote('');
    setError(null);
    answer.reset();
    onClose();
  };
  const submit = () => {
    if (!quote) {
      return;
    }
    const value = note.trim();
    if (action === 'request-revision' && value.length < 3) {
      setError(value ? t('validation.minLength', { count: 3 }) : t('validation.required'));
      return;
    }
    answer.mutate(
      {
        quote,
        answer:
          action === 'accept'
            ? { action }
            : action === 'decline'
              ? { action, ...(value ? { reason: value } : {}) }
              : { action, note: value },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('quotes.answer.done') });
          close();
        },
      },
    );
  };
  return (
    <Modal opened={quote !== null} onClose={close} title={t(titles[action])} centered>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t(confirms[action])}</Text>
          {action !== 'accept' ? (
            <Textarea
              label={
                action === 'decline' ? t('quotes.answer.reason') : t('quotes.answer.revisionNote')
              }
              required={action === 'request-revision'}
              autosize
              minRows={3}
              maxLength={2000}
              value={note}
              error={error}
              data-autofocus
              onChange={(event) => {
                setNote(event.currentTarget.value);
                setError(null);
              }}
            />
          ) : null}
          <FormErrors error={answer.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={answer.isPending}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color={action === 'decline' ? 'red' : action === 'accept' ? 'green' : undefined}
              loading={answer.isPending}
            >
              {t(buttons[action])}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
