import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/ui/form-errors';
import type { BulkApproveResult } from '@/types/sourcing';
import { useBulkApproveMatches } from '../api/decide-match';

/** "Approve these N proposals?" with one optional note for all of them. */
export function BulkApproveModal({
  ids,
  opened,
  onClose,
  onDone,
}: {
  ids: string[];
  opened: boolean;
  onClose: () => void;
  onDone: (result: BulkApproveResult) => void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const bulk = useBulkApproveMatches();

  const close = () => {
    setNote('');
    bulk.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('matches.queue.bulkTitle')} centered>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const value = note.trim();
          bulk.mutate(value ? { ids, note: value } : { ids }, {
            onSuccess: (result) => {
              setNote('');
              bulk.reset();
              onDone(result);
            },
          });
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('matches.queue.bulkConfirm', { count: ids.length })}</Text>
          <Textarea
            label={t('matches.decision.noteLabel')}
            description={t('matches.decision.noteHint')}
            autosize
            minRows={2}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <FormErrors error={bulk.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={bulk.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="green" loading={bulk.isPending} data-autofocus>
              {t('matches.queue.bulkAction', { count: ids.length })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
