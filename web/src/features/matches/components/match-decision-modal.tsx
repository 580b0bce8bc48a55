import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/ui/form-errors';
import type { Match } from '@/types/sourcing';
import { useApproveMatch, useRejectMatch } from '../api/decide-match';
import { useProductName } from './match-summary';

export type MatchDecision = 'approve' | 'reject';

/** The server's rule for a rejection reason: 3 to 2000 characters. */
const REASON_MIN = 3;
const TEXT_MAX = 2000;

/**
 * Confirm a decision on one proposal. Approving introduces the parties (both are told and see
 * each other's contacts); rejecting needs a reason, kept with the centre's staff.
 */
export function MatchDecisionModal({
  match,
  decision,
  onClose,
}: {
  match: Match | null;
  decision: MatchDecision;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const productName = useProductName();
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string | null>(null);
  const approve = useApproveMatch();
  const reject = useRejectMatch();
  const mutation = decision === 'approve' ? approve : reject;
  const name = match ? productName(match.product) : '';

  const close = () => {
    setText('');
    setTextError(null);
    approve.reset();
    reject.reset();
    onClose();
  };
  const done = () => {
    notifications.show({
      color: decision === 'approve' ? 'green' : 'orange',
      message:
        decision === 'approve'
          ? t('matches.decision.approved', { name })
          : t('matches.decision.rejected', { name }),
    });
    close();
  };

  const submit = () => {
    if (!match) {
      return;
    }
    const value = text.trim();
    const target = { id: match.id, version: match.version };
    if (decision === 'reject') {
      if (value.length < REASON_MIN) {
        setTextError(
          value.length === 0
            ? t('validation.required')
            : t('validation.minLength', { count: REASON_MIN }),
        );
        return;
      }
      reject.mutate({ ...target, reason: value }, { onSuccess: done });
    } else {
      approve.mutate(value ? { ...target, note: value } : target, { onSuccess: done });
    }
  };

  return (
    <Modal
      opened={match !== null}
      onClose={close}
      title={
        decision === 'approve'
          ? t('matches.decision.approveTitle')
          : t('matches.decision.rejectTitle')
      }
      centered
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            {decision === 'approve'
              ? t('matches.decision.approveConfirm', {
                  name,
                  demand: match?.demand.title ?? '',
                })
              : t('matches.decision.rejectConfirm', { name, demand: match?.demand.title ?? '' })}
          </Text>
          <Textarea
            label={
              decision === 'approve'
                ? t('matches.decision.noteLabel')
                : t('matches.decision.reasonLabel')
            }
            description={
              decision === 'approve'
                ? t('matches.decision.noteHint')
                : t('matches.decision.reasonHint')
            }
            required={decision === 'reject'}
            autosize
            minRows={3}
            maxLength={TEXT_MAX}
            value={text}
            error={textError}
            data-autofocus
            onChange={(event) => {
              setText(event.currentTarget.value);
              setTextError(null);
            }}
          />
          <FormErrors error={mutation.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={mutation.isPending}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color={decision === 'approve' ? 'green' : 'red'}
              loading={mutation.isPending}
            >
              {decision === 'approve'
                ? t('matches.decision.approveAction')
                : t('matches.decision.rejectAction')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
