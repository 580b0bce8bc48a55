import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  certificateStatus,
  daysBetween,
  daysToExpiry,
  fdaRegistrationExpiry,
  isCertificateValid,
  ocopExpiry,
  reminderThreshold,
  todayInVietnam,
} from '../../../src/modules/certificates/certificates.validity.ts';
import {
  detectEvidenceType,
  evidenceFilename,
} from '../../../src/modules/certificates/certificates.evidence.ts';

const verified = new Date('2025-01-01T00:00:00Z');

describe('todayInVietnam', () => {
  it('reads the date in Asia/Ho_Chi_Minh (UTC+7, no daylight saving)', () => {
    expect(todayInVietnam(new Date('2026-06-30T16:59:59Z'))).toBe('2026-06-30');
    expect(todayInVietnam(new Date('2026-06-30T17:00:00Z'))).toBe('2026-07-01');
    expect(todayInVietnam(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });
});

describe('isCertificateValid', () => {
  it('counts a verified certificate up to and including its last valid day, in Vietnam', () => {
    const cert = { verifiedAt: verified, expiresOn: '2026-06-30' };
    expect(isCertificateValid(cert, '2026-06-29')).toBe(true);
    expect(isCertificateValid(cert, '2026-06-30')).toBe(true);
    expect(isCertificateValid(cert, '2026-07-01')).toBe(false);
    // 23:59 on 30 June in Hà Nội still counts; 00:00 on 1 July (17:00 UTC on 30 June) does not.
    expect(isCertificateValid(cert, todayInVietnam(new Date('2026-06-30T16:59:00Z')))).toBe(true);
    expect(isCertificateValid(cert, todayInVietnam(new Date('2026-06-30T17:00:00Z')))).toBe(false);
  });

  it('never counts an unverified certificate, and always counts a verified one without expiry', () => {
    expect(isCertificateValid({ verifiedAt: null, expiresOn: '2099-01-01' }, '2026-01-01')).toBe(
      false,
    );
    expect(isCertificateValid({ verifiedAt: null, expiresOn: null }, '2026-01-01')).toBe(false);
    expect(isCertificateValid({ verifiedAt: verified, expiresOn: null }, '2126-01-01')).toBe(true);
  });
});

describe('certificateStatus and daysToExpiry', () => {
  it.each([
    [{ verifiedAt: verified, expiresOn: '2026-09-29' }, '2026-07-01', 'expiring', 90],
    [{ verifiedAt: verified, expiresOn: '2026-09-30' }, '2026-07-01', 'valid', 91],
    [{ verifiedAt: verified, expiresOn: '2026-07-01' }, '2026-07-01', 'expiring', 0],
    [{ verifiedAt: verified, expiresOn: '2026-06-30' }, '2026-07-01', 'expired', -1],
    [{ verifiedAt: null, expiresOn: '2026-06-30' }, '2026-07-01', 'expired', -1],
    [{ verifiedAt: null, expiresOn: '2026-08-01' }, '2026-07-01', 'unverified', 31],
    [{ verifiedAt: verified, expiresOn: null }, '2026-07-01', 'valid', null],
    [{ verifiedAt: null, expiresOn: null }, '2026-07-01', 'unverified', null],
  ] as const)('%o on %s is %s with %s days left', (cert, today, status, days) => {
    expect(certificateStatus(cert, today)).toBe(status);
    expect(daysToExpiry(cert, today)).toBe(days);
  });
});

describe('reminderThreshold', () => {
  it.each([
    [120, null],
    [91, null],
    [90, 90],
    [31, 90],
    [30, 30],
    [8, 30],
    [7, 7],
    [0, 7],
    [-1, null],
  ])('%i days left → %s', (days, threshold) => {
    expect(reminderThreshold(days)).toBe(threshold);
  });
});

describe('date arithmetic', () => {
  it('adds days and months across month ends and leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(daysBetween('2026-01-01', '2025-12-31')).toBe(-1);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('lets an OCOP rating last 36 months, to the end of the corresponding day (or the month end)', () => {
    expect(ocopExpiry('2024-03-15')).toBe('2027-03-15');
    expect(ocopExpiry('2024-02-29')).toBe('2027-02-28');
  });

  it('lets an FDA registration run to the end of the next even-year renewal window', () => {
    expect(fdaRegistrationExpiry('2025-04-10')).toBe('2026-12-31');
    expect(fdaRegistrationExpiry('2026-03-01')).toBe('2026-12-31');
    // Registered during the renewal window (1 Oct – 31 Dec of an even year): counts as renewed.
    expect(fdaRegistrationExpiry('2026-10-05')).toBe('2028-12-31');
  });
});

describe('evidence files', () => {
  it('detects the type from the bytes only', () => {
    expect(detectEvidenceType(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toBe('application/pdf');
    expect(detectEvidenceType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(
      detectEvidenceType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])),
    ).toBe('image/png');
    expect(
      detectEvidenceType(
        Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]),
      ),
    ).toBe('image/webp');
    expect(
      detectEvidenceType(
        Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt ')]),
      ),
    ).toBeNull();
    expect(detectEvidenceType(Buffer.from('MZ\x90\x00\x03\x00\x00\x00'))).toBeNull();
    expect(detectEvidenceType(Buffer.from('%PD'))).toBeNull();
    expect(detectEvidenceType(Buffer.alloc(0))).toBeNull();
  });

  it('makes ASCII-only download names from the scheme and number', () => {
    const id = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    expect(
      evidenceFilename({ id, scheme: 'vietgap', number: 'VG-123/2024' }, 'application/pdf'),
    ).toBe('certificate-vietgap-vg-123-2024.pdf');
    expect(
      evidenceFilename(
        { id, scheme: 'ocop', number: 'Số 45/QĐ-UBND "đặc biệt"\r\nX: y' },
        'image/png',
      ),
    ).toBe('certificate-ocop-so-45-qd-ubnd-dac-biet-x-y.png');
    expect(evidenceFilename({ id, scheme: 'gi', number: '“”…' }, 'image/jpeg')).toBe(
      'certificate-gi-0c1d2e3f4a5b.jpg',
    );
  });
});
