import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/lib/errors';
import { createQueueDashboardSession } from '../api/open-queue-dashboard';

/**
 * Opens the background-job dashboard (Bull Board) in a new tab. The tab is opened at the click,
 * before the request, because browsers block windows opened later from a promise; it is pointed
 * at the board once the server has set the board's cookie, or closed if that failed.
 */
export function QueueDashboardButton() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [pending, setPending] = useState(false);

  const open = async () => {
    const tab = window.open('', '_blank');
    // The board gets no handle on this page (what rel="noopener" does for a link).
    if (tab) {
      tab.opener = null;
    }
    setPending(true);
    try {
      const session = await createQueueDashboardSession();
      if (tab) {
        tab.location.href = session.url;
      } else {
        window.location.assign(session.url);
      }
    } catch (error) {
      tab?.close();
      notifications.show({ color: 'red', message: errorMessage(error) });
    } finally {
      setPending(false);
    }
  };

  return (
    <Button variant="default" loading={pending} onClick={() => void open()}>
      {t('adminQueues.open')}
    </Button>
  );
}
