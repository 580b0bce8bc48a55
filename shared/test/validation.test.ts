import { describe, it, expect } from 'vitest';
import {
  formatHsCode,
  isValidHsCode,
  isValidTaxCode,
  isWellFormedPersonalTaxId,
  isWellFormedTaxCode,
  makeTaxCode,
  normalizeHsCode,
  normalizeTaxCode,
  taxCodeCheckDigit,
  taxCodeChecksumOk,
} from '../src/validation/index.ts';

// Published tax codes of well-known companies.
const REAL = ['0300588569', '0100109106', '0101248141'];

describe('tax codes', () => {
  it('accepts real 10-digit codes and their branches', () => {
    for (const mst of REAL) {
      expect(isWellFormedTaxCode(mst), mst).toBe(true);
      expect(taxCodeChecksumOk(mst), mst).toBe(true);
      expect(isValidTaxCode(mst), mst).toBe(true);
      expect(isValidTaxCode(`${mst}-001`), mst).toBe(true);
      expect(isValidTaxCode(`${mst}-999`), mst).toBe(true);
    }
  });

  it('rejects bad formats', () => {
    for (const bad of [
      '',
      '030058856', // 9 digits
      '03005885691', // 11 digits
      '030058856A',
      'O300588569', // letter O
      '0300 588569',
      ' 0300588569',
      '0300588569-',
      '0300588569-01', // branch too short
      '0300588569-0001', // branch too long
      '0300588569-00A',
      '0300588569-000', // branches start at 001
      '0300588569_001',
      '0300588569–001', // en dash, before normalisation
      '0300588569001', // branch without dash
      '-0300588569',
      '٠٣٠٠٥٨٨٥٦٩', // Arabic-Indic digits
    ]) {
      expect(isWellFormedTaxCode(bad), bad).toBe(false);
      expect(isValidTaxCode(bad), bad).toBe(false);
    }
  });

  it('rejects a wrong check digit even when well-formed', () => {
    for (const mst of REAL) {
      const last = Number(mst[9]);
      for (let d = 0; d <= 9; d++) {
        if (d === last) continue;
        const wrong = mst.slice(0, 9) + String(d);
        expect(isWellFormedTaxCode(wrong), wrong).toBe(true);
        expect(taxCodeChecksumOk(wrong), wrong).toBe(false);
        expect(isValidTaxCode(wrong), wrong).toBe(false);
        expect(isValidTaxCode(`${wrong}-001`), wrong).toBe(false);
      }
    }
    // a transposition of two digits is caught
    expect(isValidTaxCode('3000588569')).toBe(false);
  });

  it('computes check digits with weights 31,29,23,19,17,13,7,5,3 and 10 − sum mod 11', () => {
    expect(taxCodeCheckDigit('030058856')).toBe(9);
    expect(taxCodeCheckDigit('010010910')).toBe(6);
    expect(taxCodeCheckDigit('010124814')).toBe(1);
    // sum = 31 → 31 mod 11 = 9 → check 1
    expect(taxCodeCheckDigit('100000000')).toBe(1);
    // sum = 0 → check would be 10 → no valid code
    expect(taxCodeCheckDigit('000000000')).toBeUndefined();
    // sum = 3 + 5 + 7 + 13 = 28 → 28 mod 11 = 6 → check 4
    expect(taxCodeCheckDigit('000001111')).toBe(4);
    expect(taxCodeCheckDigit('12345678')).toBeUndefined();
    expect(taxCodeCheckDigit('12345678a')).toBeUndefined();
    expect(isValidTaxCode('0000000000')).toBe(false);
    expect(isWellFormedTaxCode('0000000000')).toBe(true);
  });

  it('has exactly one valid check digit for 10 of every 11 residues', () => {
    let valid = 0;
    let none = 0;
    for (let n = 100000000; n < 100000000 + 1100; n++) {
      const nine = String(n).padStart(9, '0');
      const hits = [...'0123456789'].filter((d) => isValidTaxCode(nine + d)).length;
      expect(hits).toBeLessThanOrEqual(1);
      if (hits === 1) valid++;
      else none++;
      expect(hits === 1).toBe(taxCodeCheckDigit(nine) !== undefined);
    }
    expect(none).toBe(100);
    expect(valid).toBe(1000);
  });

  it('makes valid tax codes for seed data', () => {
    expect(makeTaxCode('030058856')).toBe('0300588569');
    expect(makeTaxCode('010010910', 1)).toBe('0100109106-001');
    expect(makeTaxCode('010010910', 42)).toBe('0100109106-042');
    for (const nine of ['010203040', '790000001', '460123456', '123456789']) {
      const mst = makeTaxCode(nine);
      expect(mst.startsWith(nine)).toBe(true);
      expect(isValidTaxCode(mst), mst).toBe(true);
    }
    expect(() => makeTaxCode('000000000')).toThrow(RangeError);
    expect(() => makeTaxCode('12345678')).toThrow(RangeError);
    expect(() => makeTaxCode('0300588569')).toThrow(RangeError);
    expect(() => makeTaxCode('030058856', 0)).toThrow(RangeError);
    expect(() => makeTaxCode('030058856', 1000)).toThrow(RangeError);
    expect(() => makeTaxCode('030058856', 1.5)).toThrow(RangeError);
  });

  it('normalises user input', () => {
    expect(normalizeTaxCode(' 0300 588 569 ')).toBe('0300588569');
    expect(normalizeTaxCode('0300588569 – 001')).toBe('0300588569-001');
    expect(isValidTaxCode(normalizeTaxCode(' 0300588569\u2014001 '))).toBe(true);
  });

  it('recognises 12-digit personal ids separately', () => {
    expect(isWellFormedPersonalTaxId('001203004567')).toBe(true);
    expect(isWellFormedPersonalTaxId('00120300456')).toBe(false);
    expect(isValidTaxCode('001203004567')).toBe(false);
  });
});

describe('HS codes', () => {
  it('accepts 6 to 10 digits, with dots or spaces', () => {
    for (const hs of [
      '090111',
      '0901.11',
      '09011110',
      '0901.11.10',
      '0901 11 10',
      '0901111000',
      '2106.90.99',
      ' 0901.11 ',
    ]) {
      expect(isValidHsCode(hs), hs).toBe(true);
    }
  });

  it('rejects too short, too long, letters, chapter 00 and empty', () => {
    for (const hs of [
      '',
      '09011',
      '0901.1',
      '09011110001',
      '0901.11.10.001',
      '0901.1A',
      'abcdef',
      '000000',
      '0901/11',
      '0901,11',
    ]) {
      expect(isValidHsCode(hs), hs).toBe(false);
    }
  });

  it('normalises and formats', () => {
    expect(normalizeHsCode('0901.11.10')).toBe('09011110');
    expect(normalizeHsCode(' 0901 11-10 ')).toBe('09011110');
    expect(formatHsCode('09011110')).toBe('0901.11.10');
    expect(formatHsCode('090111')).toBe('0901.11');
    expect(formatHsCode('0901 1110 00')).toBe('0901.11.10.00');
    expect(formatHsCode('0901')).toBeUndefined();
  });
});
