import { api } from '@/lib/api-client';

type QueueDashboardSession = { url: string; expiresAt: string };

/**
 * A navigation to the queue dashboard carries no Bearer token: this sets the board's short-lived
 * cookie (admins only) and answers with the board's URL.
 */
export const createQueueDashboardSession = () =>
  api.post<QueueDashboardSession>('/admin/queues/session', {});
