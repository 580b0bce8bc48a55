import { describe, expect, it } from 'vitest';
import { validateSchema } from '@/lib/form';
import {
  emptyContact,
  emptyGuideValues,
  englishWithoutVietnamese,
  guideValuesSchema,
  pointersOf,
  prepareGuideValues,
  toGuideBody,
  type GuideValues,
} from '../guide-form-values';

const filled = (): GuideValues => ({
  ...emptyGuideValues(),
  country: 'JP',
  retailerName: '  AEON  ',
  title: { vi: 'AEON Nhật Bản', en: '' },
  requiredCertifications: ['haccp'],
  minShelfLifeDays: '180',
  minRemainingShelfLifePercent: '67',
  typicalMoq: { quantity: '1,5', unit: 'tonne', text: { vi: '', en: '' } },
  documents: [
    { vi: 'C/O mẫu VJ', en: 'Certificate of origin, form VJ' },
    { vi: '', en: '' },
  ],
  contacts: [{ ...emptyContact(), name: 'Tanaka', email: 'buyer@aeon.example' }, emptyContact()],
});

describe('market guide form values', () => {
  it('drops list rows left empty and trims, then maps to the body the API takes', () => {
    const body = toGuideBody(prepareGuideValues(filled()));
    expect(body).toMatchObject({
      country: 'JP',
      retailerName: 'AEON',
      title: { vi: 'AEON Nhật Bản', en: null },
      requiredCertifications: ['haccp'],
      minShelfLifeDays: 180,
      minRemainingShelfLifePercent: 67,
      transitDays: null,
      typicalMoq: { quantity: 1.5, unit: 'tonne', text: null },
      documents: [{ vi: 'C/O mẫu VJ', en: 'Certificate of origin, form VJ' }],
      labelling: null,
      notes: null,
    });
    expect(body.contacts).toEqual([
      {
        name: 'Tanaka',
        organization: null,
        role: null,
        email: 'buyer@aeon.example',
        phone: null,
        website: null,
      },
    ]);
  });

  it('sends no typical order when none was given', () => {
    const body = toGuideBody(
      prepareGuideValues({ ...filled(), typicalMoq: emptyGuideValues().typicalMoq }),
    );
    expect(body.typicalMoq).toBeNull();
  });

  it('refuses what the inputs can tell is wrong, at the path the input shows', () => {
    const values = prepareGuideValues({
      ...filled(),
      country: '',
      title: { vi: '', en: 'AEON' },
      minShelfLifeDays: 'sáu tháng',
      contacts: [{ ...emptyContact(), email: 'not-an-email' }],
    });
    const messages = validateSchema(guideValuesSchema, values);
    expect(Object.keys(messages).sort()).toEqual([
      '/contacts/0/email',
      '/contacts/0/name',
      '/country',
      '/minShelfLifeDays',
      '/title/vi',
    ]);
  });

  it('asks for the Vietnamese of a text written only in English', () => {
    const values = { ...filled(), notes: { vi: '', en: 'Confirm each season' } };
    expect(englishWithoutVietnamese(values)).toEqual(['/notes/vi']);
    expect(englishWithoutVietnamese(filled())).toEqual([]);
  });

  it('lists the JSON pointer of every input, list rows included', () => {
    const pointers = pointersOf(filled());
    expect(pointers).toContain('/title/vi');
    expect(pointers).toContain('/documents/0/en');
    expect(pointers).toContain('/contacts/1/website');
    expect(pointers).toContain('/typicalMoq/quantity');
  });
});
