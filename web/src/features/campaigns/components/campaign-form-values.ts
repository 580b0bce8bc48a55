import Type from 'typebox';
import type { CreateCampaignBody, UpdateCampaignBody } from '@ketnoi/shared';
import { trimStrings } from '@/lib/form';
import type { Campaign } from '../api/campaigns';

type BilingualValues = { vi: string; en: string };

/** What the inputs hold, shaped like the body so the server's error paths land on the inputs. */
export type CampaignValues = {
  title: BilingualValues;
  retailerName: string;
  /** The retailer's organization on the platform ('' when it is not a member). */
  retailerOrgId: string;
  country: string;
  eventStartsOn: string;
  eventEndsOn: string;
  applicationDeadline: string;
  marketGuideId: string;
  ocopGroups: string[];
  requiredCertifications: string[];
  minShelfLifeDays: string;
  minRemainingShelfLifePercent: string;
  transitDays: string;
  labelLanguages: string[];
  moq: { quantity: string; unit: string; text: BilingualValues };
  incoterm: string;
  notes: BilingualValues;
};

const pair = (value: { vi: string; en: string | null } | null | undefined): BilingualValues => ({
  vi: value?.vi ?? '',
  en: value?.en ?? '',
});
const text = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

export function emptyCampaignValues(): CampaignValues {
  return {
    title: pair(null),
    retailerName: '',
    retailerOrgId: '',
    country: '',
    eventStartsOn: '',
    eventEndsOn: '',
    applicationDeadline: '',
    marketGuideId: '',
    ocopGroups: [],
    requiredCertifications: [],
    minShelfLifeDays: '',
    minRemainingShelfLifePercent: '',
    transitDays: '',
    labelLanguages: [],
    moq: { quantity: '', unit: '', text: pair(null) },
    incoterm: '',
    notes: pair(null),
  };
}

export function toCampaignValues(campaign: Campaign): CampaignValues {
  const c = campaign.criteria;
  return {
    title: pair(campaign.title),
    retailerName: campaign.retailerName,
    retailerOrgId: campaign.retailerOrgId ?? '',
    country: campaign.country,
    eventStartsOn: campaign.eventStartsOn,
    eventEndsOn: campaign.eventEndsOn,
    applicationDeadline: campaign.applicationDeadline,
    marketGuideId: campaign.marketGuideId ?? '',
    ocopGroups: [...c.ocopGroups],
    requiredCertifications: [...c.requiredCertifications],
    minShelfLifeDays: text(c.minShelfLifeDays),
    minRemainingShelfLifePercent: text(c.minRemainingShelfLifePercent),
    transitDays: text(c.transitDays),
    labelLanguages: [...c.labelLanguages],
    moq: { quantity: text(c.moq?.quantity), unit: c.moq?.unit ?? '', text: pair(c.moq?.text) },
    incoterm: c.incoterm ?? '',
    notes: pair(c.notes),
  };
}

const DATE = { pattern: '^\\d{4}-\\d{2}-\\d{2}$', errorKey: 'date' };
const optionalInteger = Type.String({ pattern: '^$|^\\d{1,4}$', errorKey: 'integer' });

export const campaignValuesSchema = Type.Object({
  title: Type.Object({
    vi: Type.String({ minLength: 1, maxLength: 200 }),
    en: Type.String({ maxLength: 200 }),
  }),
  retailerName: Type.String({ minLength: 1, maxLength: 200 }),
  retailerOrgId: Type.String(),
  country: Type.String({ pattern: '^[A-Z]{2}$', errorKey: 'required' }),
  eventStartsOn: Type.String(DATE),
  eventEndsOn: Type.String(DATE),
  applicationDeadline: Type.String(DATE),
  marketGuideId: Type.String(),
  ocopGroups: Type.Array(Type.String()),
  requiredCertifications: Type.Array(Type.String()),
  minShelfLifeDays: optionalInteger,
  minRemainingShelfLifePercent: optionalInteger,
  transitDays: optionalInteger,
  labelLanguages: Type.Array(Type.String()),
  moq: Type.Object({
    quantity: Type.String({ pattern: '^$|^\\d+([.,]\\d+)?$', errorKey: 'positiveNumber' }),
    unit: Type.String(),
    text: Type.Object({ vi: Type.String({ maxLength: 300 }), en: Type.String({ maxLength: 300 }) }),
  }),
  incoterm: Type.String(),
  notes: Type.Object({
    vi: Type.String({ maxLength: 10_000 }),
    en: Type.String({ maxLength: 10_000 }),
  }),
});

export const prepareCampaignValues = (values: CampaignValues): CampaignValues =>
  trimStrings(values);

/** Bilingual pairs where English was written without the Vietnamese it translates. */
export const englishWithoutVietnamese = (values: CampaignValues) =>
  (
    [
      ['/moq/text', values.moq.text],
      ['/notes', values.notes],
    ] as const
  )
    .filter(([, p]) => p.vi === '' && p.en !== '')
    .map(([path]) => `${path}/vi`);

const bilingualOrNull = (p: BilingualValues) =>
  p.vi === '' ? null : { vi: p.vi, en: p.en || null };
const integerOrNull = (value: string) => (value === '' ? null : Number(value));
const orNull = (value: string) => (value === '' ? null : value);

export function toCampaignBody(values: CampaignValues): CreateCampaignBody {
  const quantity =
    values.moq.quantity === '' ? null : Number(values.moq.quantity.replace(',', '.'));
  const unit = orNull(values.moq.unit);
  const moqText = bilingualOrNull(values.moq.text);
  return {
    title: { vi: values.title.vi, en: values.title.en || null },
    retailerName: values.retailerName,
    retailerOrgId: orNull(values.retailerOrgId),
    country: values.country,
    eventStartsOn: values.eventStartsOn,
    eventEndsOn: values.eventEndsOn,
    applicationDeadline: values.applicationDeadline,
    marketGuideId: orNull(values.marketGuideId),
    ocopGroups: values.ocopGroups as CreateCampaignBody['ocopGroups'],
    requiredCertifications:
      values.requiredCertifications as CreateCampaignBody['requiredCertifications'],
    minShelfLifeDays: integerOrNull(values.minShelfLifeDays),
    minRemainingShelfLifePercent: integerOrNull(values.minRemainingShelfLifePercent),
    transitDays: integerOrNull(values.transitDays),
    labelLanguages: values.labelLanguages,
    moq:
      quantity === null && unit === null && moqText === null
        ? null
        : {
            quantity,
            unit: unit as NonNullable<CreateCampaignBody['moq']>['unit'],
            text: moqText,
          },
    incoterm: orNull(values.incoterm) as CreateCampaignBody['incoterm'],
    notes: bilingualOrNull(values.notes),
  };
}

export const toCampaignPatch = (values: CampaignValues, version: number): UpdateCampaignBody => ({
  version,
  ...toCampaignBody(values),
});
