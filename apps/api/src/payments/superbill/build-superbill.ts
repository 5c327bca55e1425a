import PDFDocument from 'pdfkit';
import { formatDollars } from '@rapport/domain';

/** What a superbill says: everything an insurer asks for out-of-network reimbursement, in plain data. Amounts in cents. */
export interface SuperbillData {
  /** When it was made (the PDF's creation date) and that local date (YYYY-MM-DD) in the therapist's zone. */
  issuedAt: Date;
  issuedOn: string;
  provider: {
    name: string;
    licenses: { type: string; number: string; jurisdiction: string }[];
    npi: string | null;
    address: string | null;
  };
  client: { name: string; email: string };
  services: {
    /** Local date of the session in the therapist's zone (YYYY-MM-DD). */
    dateOfService: string;
    cptCode: string | null;
    description: string;
    chargedMinor: number;
    refundedMinor: number;
    paidMinor: number;
  }[];
  /** The diagnosis (ICD-10) when recorded; Rapport records none, so the client or therapist fills it in. */
  diagnosis: string | null;
}

const BLANK_LINE = '______________________________';

/**
 * The superbill as a PDF (pdfkit, built-in Helvetica, no files read). A plain
 * function: no clock, no I/O beyond the in-memory stream. `compress: false`
 * keeps the content streams readable (tests search them).
 */
export function buildSuperbill(data: SuperbillData, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 54,
    compress: options.compress ?? true,
    info: { Title: `Superbill ${data.services[0]?.dateOfService ?? ''}`.trim(), Author: data.provider.name, Creator: 'Rapport', CreationDate: data.issuedAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const heading = (text: string) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text(text).font('Helvetica').fontSize(10).moveDown(0.2);
  const line = (label: string, value: string) => doc.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(value);

  doc.font('Helvetica-Bold').fontSize(18).text('Superbill (statement for insurance reimbursement)');
  doc.font('Helvetica').fontSize(10).text(`Issued ${data.issuedOn}. Paid in full to the provider; submit to your insurer for out-of-network reimbursement.`);

  heading('Provider');
  line('Name', data.provider.name);
  if (data.provider.licenses.length === 0) line('License', 'none on file');
  for (const license of data.provider.licenses) line('License', `${license.type} ${license.number}, ${license.jurisdiction}`);
  line('NPI', data.provider.npi ?? 'not on file');
  if (data.provider.address) line('Address', data.provider.address);

  heading('Client');
  line('Name', data.client.name);
  line('Email', data.client.email);
  line('Diagnosis (ICD-10)', data.diagnosis ?? `${BLANK_LINE} (not recorded by Rapport: ask your therapist and fill in)`);

  heading('Services');
  for (const service of data.services) {
    line('Date of service', service.dateOfService);
    line('CPT code', service.cptCode ?? 'none (not billable as psychotherapy)');
    line('Service', service.description);
    line('Charged', formatDollars(service.chargedMinor));
    if (service.refundedMinor > 0) line('Refunded', formatDollars(service.refundedMinor));
    line('Amount paid', formatDollars(service.paidMinor));
    doc.moveDown(0.4);
  }
  const total = data.services.reduce((sum, service) => sum + service.paidMinor, 0);
  heading(`Total paid: ${formatDollars(total)}`);

  doc.moveDown(1).fontSize(8).fillColor('#444444').text('Payments were processed by Stripe for the provider through Rapport. Rapport is not an insurer and does not submit claims.');
  doc.end();
  return done;
}
