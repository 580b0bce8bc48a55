import { Type } from 'typebox';

export const sampleStatuses = [
  'requested',
  'accepted',
  'declined',
  'shipped',
  'delivered',
  'evaluated',
] as const;
export type SampleStatus = (typeof sampleStatuses)[number];
export const SampleStatusSchema = Type.Enum(sampleStatuses);
