import type { CreateCampaignBody, UpdateCampaignBody } from '@ketnoi/shared';
import { fieldError } from '../../lib/errors.ts';
import { bilingualColumns, moqColumns } from '../market-guides/market-guides.input.ts';
import type { CampaignRow, NewCampaignRow } from './campaigns.repository.ts';

const copied = [
  'country',
  'eventStartsOn',
  'eventEndsOn',
  'applicationDeadline',
  'marketGuideId',
  'retailerOrgId',
  'ocopGroups',
  'requiredCertifications',
  'minShelfLifeDays',
  'minRemainingShelfLifePercent',
  'transitDays',
  'labelLanguages',
  'incoterm',
] as const;

/**
 * Maps campaign input onto columns and checks the dates: the week does not end before it starts,
 * and applications close on or before its first day. `current` is the row being edited.
 */
export function toCampaignColumns(
  input: CreateCampaignBody | Omit<UpdateCampaignBody, 'version'>,
  current?: CampaignRow,
): Partial<NewCampaignRow> {
  const columns = {
    ...bilingualColumns('title', input.title),
    ...bilingualColumns('notes', input.notes),
    ...moqColumns(input.moq, '/moq'),
    ...(input.retailerName === undefined ? {} : { retailerName: input.retailerName.trim() }),
  } as Partial<NewCampaignRow>;
  for (const key of copied) {
    if (input[key] !== undefined) {
      Object.assign(columns, { [key]: input[key] });
    }
  }
  const starts = columns.eventStartsOn ?? current?.eventStartsOn;
  const ends = columns.eventEndsOn ?? current?.eventEndsOn;
  const deadline = columns.applicationDeadline ?? current?.applicationDeadline;
  if (starts && ends && ends < starts) {
    throw fieldError('VALIDATION_FAILED', '/eventEndsOn', {
      vi: 'Ngày kết thúc không được trước ngày bắt đầu',
      en: 'The event cannot end before it starts',
    });
  }
  if (starts && deadline && deadline > starts) {
    throw fieldError('VALIDATION_FAILED', '/applicationDeadline', {
      vi: 'Hạn đăng ký phải trước hoặc đúng ngày bắt đầu sự kiện',
      en: 'Applications must close on or before the first day of the event',
    });
  }
  return columns;
}
