import { Type, type Static } from 'typebox';
import { IdSchema, Nullable, TimestampSchema } from './common.ts';

export const NotificationSchema = Type.Object({
  id: IdSchema,
  kind: Type.String(),
  title: Type.String(),
  body: Type.String(),
  link: Nullable(Type.String()),
  readAt: Nullable(TimestampSchema),
  createdAt: TimestampSchema,
});
export type Notification = Static<typeof NotificationSchema>;

export const NotificationListSchema = Type.Object({
  items: Type.Array(NotificationSchema),
  unread: Type.Integer(),
});
export type NotificationList = Static<typeof NotificationListSchema>;

export const NotificationsQuerySchema = Type.Object(
  {
    unreadOnly: Type.Optional(Type.Boolean()),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 30 }),
  },
  { additionalProperties: false },
);

export const MarkNotificationsReadBodySchema = Type.Object(
  { ids: Type.Optional(Type.Array(IdSchema, { maxItems: 200 })) },
  { additionalProperties: false },
);
