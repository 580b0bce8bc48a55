import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadIcon } from '@/components/ui/icons';
import { saveBlob } from '@/lib/download';
import { errorMessage } from '@/lib/errors';
import { downloadAgenda } from '../api/meetings';

/** The agenda as an .ics file for a calendar app (fetched with the session, then saved). */
export function AgendaDownloadButton({
  eventId,
  organizationId,
  label,
}: {
  eventId: string;
  organizationId?: string;
  label?: string;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="default"
      leftSection={<DownloadIcon size={16} />}
      loading={busy}
      onClick={() =>
        void (async () => {
          setBusy(true);
          try {
            const blob = await downloadAgenda(eventId, organizationId);
            saveBlob(blob, `ketnoi-agenda-${eventId.slice(0, 8)}.ics`);
          } catch (error) {
            notifications.show({ color: 'red', message: errorMessage(t, error) });
          } finally {
            setBusy(false);
          }
        })()
      }
    >
      {label ?? t('meetings.agenda.download')}
    </Button>
  );
}
