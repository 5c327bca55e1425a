import { pdfText } from '../../../../../test/support/pdf-text';
import { buildSuperbill, SuperbillData } from './build-superbill';

const DATA: SuperbillData = {
  issuedAt: new Date('2026-03-04T15:00:00Z'),
  issuedOn: '2026-03-04',
  provider: { name: 'Dr. Ada Rivera', licenses: [{ type: 'LCSW', number: 'R-1234', jurisdiction: 'NY' }], npi: '1234567893', address: null },
  client: { name: 'sam', email: 'sam@example.com' },
  services: [{ dateOfService: '2026-03-03', cptCode: '90834', description: 'Therapy, 50 minutes, video', chargedMinor: 15000, refundedMinor: 2550, paidMinor: 12450 }],
  diagnosis: null,
};

describe('buildSuperbill', () => {
  it('writes every field an insurer asks for, compressed or not', async () => {
    for (const compress of [false, true]) {
      const pdf = await buildSuperbill(DATA, { compress });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdfText(pdf);
      for (const expected of ['Name: Dr. Ada Rivera', 'License: LCSW R-1234, NY', 'NPI: 1234567893', 'Name: sam', 'Date of service: 2026-03-03', 'CPT code: 90834', 'Charged: $150', 'Refunded: $25.50', 'Amount paid: $124.50', 'Total paid: $124.50']) {
        expect(text).toContain(expected);
      }
      expect(text).toMatch(/Diagnosis \(ICD-10\): _+ \(not recorded by Rapport/);
    }
  });

  it('says so when a field is missing rather than leaving it out', async () => {
    const text = pdfText(await buildSuperbill({ ...DATA, provider: { ...DATA.provider, licenses: [], npi: null }, services: [{ ...DATA.services[0], cptCode: null, refundedMinor: 0 }] }));
    expect(text).toContain('License: none on file');
    expect(text).toContain('NPI: not on file');
    expect(text).toContain('CPT code: none');
    expect(text).not.toContain('Refunded');
  });
});
