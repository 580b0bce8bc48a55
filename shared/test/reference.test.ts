import { describe, it, expect } from 'vitest';
import { Type } from 'typebox';
import { Value } from 'typebox/value';
import provincesJson from '../src/reference/data/provinces.json' with { type: 'json' };
import ocopJson from '../src/reference/data/ocop.json' with { type: 'json' };
import tradeJson from '../src/reference/data/trade.json' with { type: 'json' };
import {
  baseUnitCodes,
  certificationByCode,
  certificationCodes,
  certifications,
  currencies,
  currencyCodes,
  hsCodeNote,
  incoterms,
  isProvinceCode,
  isUnitCode,
  legacyOcopGroups,
  legalFormByCode,
  legalFormCodes,
  meetings,
  normalizeText,
  ocopGroupByCode,
  ocopGroupCodes,
  ocopGroups,
  ocopNote,
  ocopStarBands,
  ocopStars,
  ocopStarsForPoints,
  ocopValidityMonths,
  packageUnitCodes,
  producerLegalForms,
  provinceAliases,
  provinceByCode,
  provinceByFormerGsoCode,
  provinceByGsoCode,
  provinceCodes,
  provinces,
  provincesInRegion,
  provincesNote,
  regionByCode,
  regionCodes,
  regions,
  resolveOcopGroup,
  resolveProvince,
  retailTerms,
  tradeNote,
  unitByCode,
  unitCodes,
  units,
  type ProvinceCode,
} from '../src/reference/index.ts';

const code = (input: string): string | undefined => resolveProvince(input)?.province.code;

describe('normalizeText', () => {
  it('lower-cases, strips diacritics, maps đ, collapses whitespace', () => {
    expect(normalizeText('  Thừa   Thiên\tHuế ')).toBe('thua thien hue');
    expect(normalizeText('ĐẮK LẮK')).toBe('dak lak');
    expect(normalizeText('Đà Nẵng')).toBe('da nang');
    expect(normalizeText('Ðà Nẵng')).toBe('da nang'); // U+00D0 look-alike from legacy encodings
    expect(normalizeText('Bà Rịa – Vũng Tàu')).toBe('ba ria – vung tau');
  });

  it('folds precomposed and decomposed input, and both tone placements, alike', () => {
    expect(normalizeText('Hòa Bình')).toBe('hoa binh');
    expect(normalizeText('Hoà Bình')).toBe('hoa binh');
    expect(normalizeText('Nguyễn'.normalize('NFD'))).toBe('nguyen');
    expect(normalizeText('Nguyễn'.normalize('NFC'))).toBe('nguyen');
  });

  it('leaves plain ASCII words alone apart from case', () => {
    expect(normalizeText('VietGAP 22000')).toBe('vietgap 22000');
    expect(normalizeText('')).toBe('');
  });
});

describe('regions and provinces', () => {
  it('has 6 regions and 34 provinces with unique codes', () => {
    expect(regions).toHaveLength(6);
    expect(provinces).toHaveLength(34);
    expect(new Set(provinces.map((p) => p.code)).size).toBe(34);
    expect(new Set(regions.map((r) => r.code)).size).toBe(6);
    expect(new Set(provinces.map((p) => p.gsoCode)).size).toBe(34);
    expect(provinceCodes).toEqual(provinces.map((p) => p.code));
    expect(regionCodes).toEqual(regions.map((r) => r.code));
  });

  it('matches the copied JSON exactly', () => {
    expect(provinces.map((p) => p.code)).toEqual(provincesJson.provinces.map((p) => p.code));
    expect(provinces.map((p) => p.vi)).toEqual(provincesJson.provinces.map((p) => p.vi));
    expect(provinces.map((p) => p.absorbed)).toEqual(
      provincesJson.provinces.map((p) => p.absorbed),
    );
    expect(provincesNote).toBe(provincesJson.note);
  });

  it('gives every province an existing region and every region a province', () => {
    for (const p of provinces) expect(regionByCode(p.region), p.code).toBeDefined();
    for (const r of regionCodes) expect(provincesInRegion(r).length, r).toBeGreaterThan(0);
    const total = regionCodes.reduce((n, r) => n + provincesInRegion(r).length, 0);
    expect(total).toBe(34);
  });

  it('marks exactly the six centrally-run cities', () => {
    expect(
      provinces
        .filter((p) => p.city)
        .map((p) => p.code)
        .sort(),
    ).toEqual(['can-tho', 'da-nang', 'ha-noi', 'hai-phong', 'ho-chi-minh', 'hue']);
    expect(provinceByCode('lao-cai').city).toBe(false);
  });

  it('was formed from the 63 pre-2025 provinces, each once', () => {
    const former = provinces.flatMap((p) => p.formedFrom);
    expect(former).toHaveLength(63);
    expect(new Set(former.map((f) => f.gsoCode)).size).toBe(63);
    // 63 - 34 = 29 provinces disappeared into another unit; Huế's one "absorbed" name is the
    // rename of Thừa Thiên Huế (formedFrom lists it as Huế, code 46), not a merger.
    const absorbed = provinces.flatMap((p) => p.absorbed);
    expect(absorbed).toHaveLength(30);
    expect(provinceByCode('hue').formedFrom).toEqual([{ gsoCode: '46', vi: 'Huế' }]);
    expect(provinces.filter((p) => p.formedFrom.length > 1)).toHaveLength(23);
  });

  it('looks provinces up by code and region', () => {
    expect(provinceByCode('thai-nguyen').vi).toBe('Thái Nguyên');
    expect(provinceByCode('Thái Nguyên')).toBeUndefined();
    expect(provinceByCode('bac-kan')).toBeUndefined();
    const mekong = provincesInRegion('mekong-delta').map((p) => p.code);
    expect(mekong.sort()).toEqual(['an-giang', 'ca-mau', 'can-tho', 'dong-thap', 'vinh-long']);
    expect(provincesInRegion('nowhere')).toEqual([]);
  });

  it('keeps the two GSO schemes apart', () => {
    // new Bắc Ninh is 24 (old Bắc Giang's code); old Bắc Ninh was 27
    expect(provinceByCode('bac-ninh').gsoCode).toBe('24');
    expect(provinceByGsoCode('24')?.code).toBe('bac-ninh');
    expect(provinceByGsoCode('27')).toBeUndefined();
    expect(provinceByFormerGsoCode('27')?.province.code).toBe('bac-ninh');
    expect(provinceByFormerGsoCode('27')?.former.vi).toBe('Bắc Ninh');
    expect(provinceByFormerGsoCode('02')?.province.code).toBe('tuyen-quang');
    expect(provinceByGsoCode(1)?.code).toBe('ha-noi');
    expect(provinceByFormerGsoCode('99')).toBeUndefined();
  });

  it('exposes code guards and TypeBox-usable code tuples', () => {
    expect(isProvinceCode('hue')).toBe(true);
    expect(isProvinceCode('thua-thien-hue')).toBe(false);
    const schema = Type.Enum(provinceCodes);
    expect(Value.Check(schema, 'thai-nguyen')).toBe(true);
    expect(Value.Check(schema, 'bac-kan')).toBe(false);
    const union = Type.Union(regionCodes.map((r) => Type.Literal(r)));
    expect(Value.Check(union, 'southeast')).toBe(true);
    expect(Value.Check(union, 'south-east')).toBe(false);
  });

  it('freezes the constants', () => {
    expect(Object.isFrozen(provinces)).toBe(true);
    expect(Object.isFrozen(provinces[0])).toBe(true);
    expect(Object.isFrozen(provinceByCode('phu-tho').absorbed)).toBe(true);
  });
});

describe('resolveProvince', () => {
  it('resolves codes and current names in any case, with or without diacritics', () => {
    for (const input of [
      'thai-nguyen',
      'Thái Nguyên',
      'thái nguyên',
      'THÁI NGUYÊN',
      'thai nguyen',
      'Thai Nguyen',
      '  Thai   Nguyen ',
      'ThaiNguyen',
    ]) {
      expect(code(input), input).toBe('thai-nguyen');
      expect(resolveProvince(input)?.matchedAlias, input).toBeUndefined();
    }
    expect(code('Hanoi')).toBe('ha-noi');
    expect(code('Ha Noi')).toBe('ha-noi');
    expect(code('Haiphong')).toBe('hai-phong');
    expect(code('Ho Chi Minh City')).toBe('ho-chi-minh');
    expect(code('Đắk Lắk')).toBe('dak-lak');
    expect(code('daklak')).toBe('dak-lak');
  });

  it('resolves every code and every current vi/en name to itself', () => {
    for (const p of provinces) {
      for (const input of [p.code, p.vi, p.en, normalizeText(p.vi), p.vi.toUpperCase()]) {
        const m = resolveProvince(input);
        expect(m?.province.code, input).toBe(p.code);
        expect(m?.matchedAlias, input).toBeUndefined();
      }
    }
  });

  it('maps pre-2025 province names to the unit that absorbed them', () => {
    const cases: [string, ProvinceCode, string][] = [
      ['Bắc Kạn', 'thai-nguyen', 'Bắc Kạn'],
      ['bac kan', 'thai-nguyen', 'Bắc Kạn'],
      ['BẮC KẠN', 'thai-nguyen', 'Bắc Kạn'],
      ['Hà Giang', 'tuyen-quang', 'Hà Giang'],
      ['ha giang', 'tuyen-quang', 'Hà Giang'],
      ['Thừa Thiên Huế', 'hue', 'Thừa Thiên Huế'],
      ['Thua Thien - Hue', 'hue', 'Thừa Thiên Huế'],
      ['Bắc Giang', 'bac-ninh', 'Bắc Giang'],
      ['Yên Bái', 'lao-cai', 'Yên Bái'],
      ['Hoà Bình', 'phu-tho', 'Hòa Bình'],
      ['Kon Tum', 'quang-ngai', 'Kon Tum'],
      ['Bình Định', 'gia-lai', 'Bình Định'],
      ['Bình Dương', 'ho-chi-minh', 'Bình Dương'],
      ['Bà Rịa–Vũng Tàu', 'ho-chi-minh', 'Bà Rịa - Vũng Tàu'],
      ['ba ria vung tau', 'ho-chi-minh', 'Bà Rịa - Vũng Tàu'],
      ['Long An', 'tay-ninh', 'Long An'],
      ['Sóc Trăng', 'can-tho', 'Sóc Trăng'],
      ['Kiên Giang', 'an-giang', 'Kiên Giang'],
      ['Sài Gòn', 'ho-chi-minh', 'Sài Gòn'],
    ];
    for (const [input, expected, alias] of cases) {
      const m = resolveProvince(input);
      expect(m?.province.code, input).toBe(expected);
      expect(m?.matchedAlias, input).toBe(alias);
    }
  });

  it('resolves every absorbed and former name in the data', () => {
    for (const p of provincesJson.provinces) {
      for (const name of [...p.absorbed, ...p.formedFrom.map((f) => f.vi)]) {
        expect(code(name), name).toBe(p.code);
        expect(code(normalizeText(name)), name).toBe(p.code);
      }
    }
  });

  it('accepts administrative prefixes and English suffixes', () => {
    expect(code('tỉnh Bắc Kạn')).toBe('thai-nguyen');
    expect(resolveProvince('Tỉnh Bắc Kạn')?.matchedAlias).toBe('Bắc Kạn');
    expect(code('tinh bac kan')).toBe('thai-nguyen');
    expect(code('TP. Hồ Chí Minh')).toBe('ho-chi-minh');
    expect(code('TP Hồ Chí Minh')).toBe('ho-chi-minh');
    expect(code('tp.hcm')).toBe('ho-chi-minh');
    expect(code('TPHCM')).toBe('ho-chi-minh');
    expect(code('Thành phố Hà Nội')).toBe('ha-noi');
    expect(code('thanh pho ha noi')).toBe('ha-noi');
    expect(code('T.P. Đà Nẵng')).toBe('da-nang');
    expect(code('Thai Nguyen Province')).toBe('thai-nguyen');
    expect(code('Hue City')).toBe('hue');
  });

  it('does not over-strip: names that merely start like a prefix still resolve', () => {
    expect(code('Thanh Hóa')).toBe('thanh-hoa');
    expect(code('Tây Ninh')).toBe('tay-ninh');
    expect(code('Tiền Giang')).toBe('dong-thap');
    expect(code('Tuyên Quang')).toBe('tuyen-quang');
  });

  it('returns undefined for unknown input', () => {
    for (const input of [
      '',
      '   ',
      'tỉnh',
      'Thành phố',
      'Bangkok',
      'Bac',
      'Nguyen',
      '24',
      'hanoii',
    ]) {
      expect(resolveProvince(input), JSON.stringify(input)).toBeUndefined();
    }
    expect(resolveProvince(undefined)).toBeUndefined();
    expect(resolveProvince(null)).toBeUndefined();
  });

  it('never lets one name point at two provinces', () => {
    const key = (s: string): string => normalizeText(s).replace(/[^a-z0-9]/g, '');
    const owner = new Map<string, string>();
    for (const p of provinces) {
      for (const name of [p.code, ...provinceAliases(p.code)]) {
        const k = key(name);
        const prev = owner.get(k);
        if (prev !== undefined)
          expect(prev, `${name} claimed by ${prev} and ${p.code}`).toBe(p.code);
        owner.set(k, p.code);
        expect(code(name), name).toBe(p.code);
      }
    }
  });

  it('lists every name a province is known by', () => {
    const aliases = provinceAliases('phu-tho');
    expect(aliases).toEqual(
      expect.arrayContaining(['Phú Thọ', 'Phu Tho', 'Vĩnh Phúc', 'Hòa Bình']),
    );
    expect(new Set(aliases).size).toBe(aliases.length);
    expect(provinceAliases('ho-chi-minh')).toEqual(
      expect.arrayContaining(['Thành phố Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu']),
    );
    expect(provinceAliases('hue')).toContain('Thừa Thiên Huế');
    expect(provinceAliases('ha-noi')).toEqual(['Hà Nội', 'Hanoi']);
    expect(provinceAliases('bac-kan')).toEqual([]);
  });
});

describe('OCOP', () => {
  it('has the six 2022 groups and maps legacy groups onto them', () => {
    expect(ocopGroups.map((g) => g.code)).toEqual(ocopJson.groups.map((g) => g.code));
    expect(ocopGroupCodes).toEqual([
      'food',
      'beverage',
      'herbal',
      'handicraft',
      'ornamental',
      'tourism',
    ]);
    expect(ocopGroupByCode('herbal').vi).toBe('Dược liệu và sản phẩm từ dược liệu');
    expect(legacyOcopGroups['Thảo dược']).toBe('herbal');
    expect(legacyOcopGroups['Vải và may mặc']).toBe('handicraft');
    expect(Object.keys(legacyOcopGroups)).toHaveLength(6);
    for (const target of Object.values(legacyOcopGroups)) expect(ocopGroupCodes).toContain(target);
    expect(ocopNote).toBe(ocopJson.note);
  });

  it('resolves group names, legacy names and codes loosely', () => {
    expect(resolveOcopGroup('herbal')).toBe('herbal');
    expect(resolveOcopGroup('thao duoc')).toBe('herbal');
    expect(resolveOcopGroup('ĐỒ UỐNG')).toBe('beverage');
    expect(resolveOcopGroup('Handicrafts')).toBe('handicraft');
    expect(resolveOcopGroup('Lưu niệm - nội thất - trang trí')).toBe('handicraft');
    expect(resolveOcopGroup('seafood')).toBeUndefined();
  });

  it('rates 3 to 5 stars by points, valid 36 months', () => {
    expect(ocopStars).toEqual([3, 4, 5]);
    expect(ocopStarBands.map((b) => [b.stars, b.minPoints, b.maxPoints])).toEqual([
      [3, 50, 69],
      [4, 70, 89],
      [5, 90, 100],
    ]);
    expect(ocopStarsForPoints(49)).toBeUndefined();
    expect(ocopStarsForPoints(50)).toBe(3);
    expect(ocopStarsForPoints(69.5)).toBe(3);
    expect(ocopStarsForPoints(70)).toBe(4);
    expect(ocopStarsForPoints(89)).toBe(4);
    expect(ocopStarsForPoints(90)).toBe(5);
    expect(ocopStarsForPoints(100)).toBe(5);
    expect(ocopStarsForPoints(101)).toBeUndefined();
    expect(ocopStarsForPoints(Number.NaN)).toBeUndefined();
    expect(ocopValidityMonths).toBe(36);
  });

  it('lists the producer legal forms', () => {
    expect(legalFormCodes).toEqual(['cooperative', 'enterprise', 'household', 'cooperative-group']);
    expect(producerLegalForms.map((f) => f.code)).toEqual([...legalFormCodes]);
    expect(legalFormByCode('household').note).toMatch(/VAT/);
    expect(legalFormByCode('enterprise').note).toBeUndefined();
  });
});

describe('trade', () => {
  it('lists certifications matching the data', () => {
    expect(certifications).toHaveLength(tradeJson.certifications.length);
    expect(certificationCodes).toEqual(tradeJson.certifications.map((c) => c.code));
    expect(new Set(certificationCodes).size).toBe(certificationCodes.length);
    expect(certificationByCode('vietgap').name).toBe('VietGAP');
    expect(certificationByCode('nope')).toBeUndefined();
    expect(tradeNote).toBe(tradeJson.note);
  });

  it('has Incoterms 2020, currencies and units', () => {
    expect(incoterms).toEqual(tradeJson.incoterms2020);
    expect(incoterms).toHaveLength(11);
    expect(currencyCodes).toEqual(tradeJson.currencies);
    expect(currencies).toBe(currencyCodes);
    expect(currencyCodes[0]).toBe('VND');
    expect(unitCodes).toEqual([...baseUnitCodes, ...packageUnitCodes]);
    expect(units).toHaveLength(tradeJson.units.base.length + tradeJson.units.package.length);
    expect(units.map((u) => u.label)).toEqual([
      ...tradeJson.units.base,
      ...tradeJson.units.package,
    ]);
    expect(unitByCode('jar')).toEqual({
      code: 'jar',
      kind: 'package',
      label: 'jar (hũ/lọ)',
      vi: 'hũ/lọ',
    });
    expect(unitByCode('kg')).toEqual({ code: 'kg', kind: 'base', label: 'kg' });
    expect(isUnitCode('carton')).toBe(true);
    expect(isUnitCode('carton (thùng)')).toBe(false);
  });

  it('carries retail terms, meetings and the HS note', () => {
    expect(retailTerms.producerCapabilities).toEqual(tradeJson.retailTerms.producerCapabilities);
    expect(retailTerms.distributorRequirements).toEqual(
      tradeJson.retailTerms.distributorRequirements,
    );
    expect(retailTerms.note).toBe(tradeJson.retailTerms.note);
    expect(meetings.slotMinutes).toEqual([20, 30]);
    expect(meetings.benchmark).toBe(tradeJson.meetings.benchmark);
    expect(hsCodeNote).toBe(tradeJson.hsCode);
  });
});
