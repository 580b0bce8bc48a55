import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/ui/form-errors';
import { useUpdateCampaignEntry, type CampaignEntry, type EntryStep } from '../api/campaigns';

/** Steps that end an entry: asked for with a red button, after saying it cannot be undone. */
export const endingSteps: readonly EntryStep[] = ['rejected', 'withdrawn'];

/**
 * Confirms one step of an entry, with an optional note: a coordinator's reason is shown to the
 * producer, a producer's goes to the coordinator running the campaign.
 */
export function EntryStepModal({
  entry,
  to,
  productName,
  onClose,
}: {
  entry: CampaignEntry;
  to: EntryStep | null;
  productName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateCampaignEntry();
  const [note, setNote] = useState('');
  const ending = to !== null && endingSteps.includes(to);
  const close = () => {
    update.reset();
    setNote('');
    onClose();
  };
  return (
    <Modal
      opened={to !== null}
      onClose={close}
      title={to ? t(`campaigns.step.${to}.title`) : ''}
      centered
    >
      {to ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            update.mutate(
              {
                campaignId: entry.campaignId,
                entryId: entry.id,
                version: entry.version,
                status: to,
                note: note.trim() || null,
              },
              {
                onSuccess: () => {
                  notifications.show({
                    color: 'green',
                    message: t('campaigns.step.done', {
                      status: t(`campaigns.entryStatus.${to}`),
                    }),
                  });
                  close();
                },
              },
            );
          }}
        >
          <Stack gap="md">
            <Text size="sm">{t(`campaigns.step.${to}.message`, { product: productName })}</Text>
            <Textarea
              label={t('campaigns.step.note')}
              description={t('campaigns.step.noteHint')}
              autosize
              minRows={2}
              maxRows={6}
              maxLength={2000}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
            />
            <FormErrors error={update.error} />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={close} disabled={update.isPending}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color={ending ? 'red' : undefined} loading={update.isPending}>
                {t(`campaigns.step.${to}.action`)}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
