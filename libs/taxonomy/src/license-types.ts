// Licenses that allow independent practice of psychotherapy in at least one US
// state. Titles differ by state for much the same scope (LPC, LMHC, LCPC, LPCC,
// LCMHC are all licensed counselors), so each keeps its own code.

export interface LicenseTypeDefinition {
  readonly code: string;
  readonly name: string;
  /** The credential as printed after a name: "LCSW", "PhD", "MD". */
  readonly abbreviation: string;
  /** Plain-language profession shown to clients. */
  readonly profession: string;
  /**
   * Whether the license carries authority to prescribe medication. For nurse
   * practitioners some states also require a collaborative agreement.
   */
  readonly canPrescribe: boolean;
}

const LICENSE_TYPE_LIST = [
  {
    code: 'LCSW',
    name: 'Licensed Clinical Social Worker',
    abbreviation: 'LCSW',
    profession: 'Clinical social worker',
    canPrescribe: false,
  },
  {
    code: 'LICSW',
    name: 'Licensed Independent Clinical Social Worker',
    abbreviation: 'LICSW',
    profession: 'Clinical social worker',
    canPrescribe: false,
  },
  {
    code: 'LISW',
    name: 'Licensed Independent Social Worker',
    abbreviation: 'LISW',
    profession: 'Clinical social worker',
    canPrescribe: false,
  },
  {
    code: 'LPC',
    name: 'Licensed Professional Counselor',
    abbreviation: 'LPC',
    profession: 'Counselor',
    canPrescribe: false,
  },
  {
    code: 'LMHC',
    name: 'Licensed Mental Health Counselor',
    abbreviation: 'LMHC',
    profession: 'Counselor',
    canPrescribe: false,
  },
  {
    code: 'LCPC',
    name: 'Licensed Clinical Professional Counselor',
    abbreviation: 'LCPC',
    profession: 'Counselor',
    canPrescribe: false,
  },
  {
    code: 'LPCC',
    name: 'Licensed Professional Clinical Counselor',
    abbreviation: 'LPCC',
    profession: 'Counselor',
    canPrescribe: false,
  },
  {
    code: 'LCMHC',
    name: 'Licensed Clinical Mental Health Counselor',
    abbreviation: 'LCMHC',
    profession: 'Counselor',
    canPrescribe: false,
  },
  {
    code: 'LMFT',
    name: 'Licensed Marriage and Family Therapist',
    abbreviation: 'LMFT',
    profession: 'Marriage and family therapist',
    canPrescribe: false,
  },
  {
    code: 'PSYCHOLOGIST_PHD',
    name: 'Licensed Psychologist (PhD)',
    abbreviation: 'PhD',
    profession: 'Psychologist',
    canPrescribe: false,
  },
  {
    code: 'PSYCHOLOGIST_PSYD',
    name: 'Licensed Psychologist (PsyD)',
    abbreviation: 'PsyD',
    profession: 'Psychologist',
    canPrescribe: false,
  },
  {
    code: 'PSYCHIATRIST_MD',
    name: 'Psychiatrist (MD)',
    abbreviation: 'MD',
    profession: 'Psychiatrist',
    canPrescribe: true,
  },
  {
    code: 'PSYCHIATRIST_DO',
    name: 'Psychiatrist (DO)',
    abbreviation: 'DO',
    profession: 'Psychiatrist',
    canPrescribe: true,
  },
  {
    code: 'PMHNP',
    name: 'Psychiatric-Mental Health Nurse Practitioner',
    abbreviation: 'PMHNP',
    profession: 'Psychiatric nurse practitioner',
    canPrescribe: true,
  },
  // "LP" means Licensed Psychoanalyst in New York; Minnesota uses the same letters
  // for Licensed Psychologist, which is PSYCHOLOGIST_PHD / PSYCHOLOGIST_PSYD here.
  {
    code: 'LP',
    name: 'Licensed Psychoanalyst',
    abbreviation: 'LP',
    profession: 'Psychoanalyst',
    canPrescribe: false,
  },
  {
    code: 'LCAT',
    name: 'Licensed Creative Arts Therapist',
    abbreviation: 'LCAT',
    profession: 'Creative arts therapist',
    canPrescribe: false,
  },
] as const satisfies readonly LicenseTypeDefinition[];

export type LicenseTypeCode = (typeof LICENSE_TYPE_LIST)[number]['code'];

export interface LicenseType extends LicenseTypeDefinition {
  readonly code: LicenseTypeCode;
}

export const LICENSE_TYPES: readonly LicenseType[] = LICENSE_TYPE_LIST;

const LICENSE_TYPES_BY_CODE: ReadonlyMap<string, LicenseType> = new Map(LICENSE_TYPES.map((type) => [type.code, type]));

export function isLicenseTypeCode(value: unknown): value is LicenseTypeCode {
  return typeof value === 'string' && LICENSE_TYPES_BY_CODE.has(value);
}

export function findLicenseType(code: string): LicenseType | undefined {
  return LICENSE_TYPES_BY_CODE.get(code);
}
