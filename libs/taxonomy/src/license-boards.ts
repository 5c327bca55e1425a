// Where an admin checks a license with the state that issued it. One entry per
// jurisdiction in jurisdictions.ts (license-boards.spec.ts keeps them in step).
// `url` is the board's public license lookup (verification) page; where a state's
// behavioral-health boards share one portal, that portal. States without a single
// lookup page point at the board's site, whose lookup is one click away.

import type { JurisdictionCode } from './jurisdictions';

export interface LicenseBoard {
  /** Who issues and verifies mental-health licenses there. */
  readonly name: string;
  /** https only. */
  readonly url: string;
}

export const LICENSE_BOARDS: Readonly<Record<JurisdictionCode, LicenseBoard>> = {
  AL: { name: 'Alabama Board of Examiners in Counseling', url: 'https://abec.alabama.gov/' },
  AK: { name: 'Alaska Division of Corporations, Business and Professional Licensing', url: 'https://www.commerce.alaska.gov/cbp/main/search/professional' },
  AZ: { name: 'Arizona Board of Behavioral Health Examiners', url: 'https://azbbhe.us/' },
  AR: { name: 'Arkansas Board of Examiners in Counseling', url: 'https://abec.arkansas.gov/' },
  CA: { name: 'California Department of Consumer Affairs (Board of Behavioral Sciences, Board of Psychology)', url: 'https://search.dca.ca.gov/' },
  CO: { name: 'Colorado Division of Professions and Occupations', url: 'https://apps.colorado.gov/dora/licensing/Lookup/LicenseLookup.aspx' },
  CT: { name: 'Connecticut Department of Public Health', url: 'https://www.elicense.ct.gov/Lookup/LicenseLookup.aspx' },
  DE: { name: 'Delaware Division of Professional Regulation', url: 'https://delpros.delaware.gov/OH_VerifyLicense' },
  DC: { name: 'DC Health, Health Professional Licensing Administration', url: 'https://dchealth.dc.gov/service/health-professional-license-verification' },
  FL: { name: 'Florida Department of Health, Division of Medical Quality Assurance', url: 'https://mqa-internet.doh.state.fl.us/MQASearchServices/HealthCareProviders' },
  GA: { name: 'Georgia Secretary of State, Professional Licensing Boards', url: 'https://verify.sos.ga.gov/verification/' },
  HI: { name: 'Hawaii Professional and Vocational Licensing', url: 'https://mypvl.dcca.hawaii.gov/public-license-search/' },
  ID: { name: 'Idaho Division of Occupational and Professional Licenses', url: 'https://dopl.idaho.gov/' },
  IL: { name: 'Illinois Department of Financial and Professional Regulation', url: 'https://online-dfpr.micropact.com/lookup/licenselookup.aspx' },
  IN: { name: 'Indiana Professional Licensing Agency', url: 'https://mylicense.in.gov/everification/' },
  IA: { name: 'Iowa Department of Inspections, Appeals and Licensing', url: 'https://dial.iowa.gov/' },
  KS: { name: 'Kansas Behavioral Sciences Regulatory Board', url: 'https://ksbsrb.ks.gov/' },
  KY: { name: 'Kentucky Board of Licensed Professional Counselors', url: 'https://lpc.ky.gov/' },
  LA: { name: 'Louisiana Licensed Professional Counselors Board of Examiners', url: 'https://www.lpcboard.org/' },
  ME: { name: 'Maine Office of Professional and Occupational Regulation', url: 'https://www.pfr.maine.gov/ALMSOnline/ALMSQuery/SearchIndividual.aspx' },
  MD: { name: 'Maryland Board of Professional Counselors and Therapists', url: 'https://health.maryland.gov/bopc/' },
  MA: { name: 'Massachusetts Board of Registration of Allied Mental Health Professions', url: 'https://www.mass.gov/how-to/check-a-health-care-license' },
  MI: { name: 'Michigan Department of Licensing and Regulatory Affairs', url: 'https://aca-prod.accela.com/MILARA/GeneralProperty/PropertyLookUp.aspx?isLicensee=Y' },
  MN: { name: 'Minnesota Board of Behavioral Health and Therapy', url: 'https://mn.gov/boards/behavioral-health/' },
  MS: { name: 'Mississippi State Board of Examiners for Licensed Professional Counselors', url: 'https://www.lpc.ms.gov/' },
  MO: { name: 'Missouri Division of Professional Registration', url: 'https://pr.mo.gov/licensee-search.asp' },
  MT: { name: 'Montana Department of Labor and Industry, Business Standards Division', url: 'https://ebizws.mt.gov/PUBLICPORTAL/searchform?mylist=licenses' },
  NE: { name: 'Nebraska Department of Health and Human Services, Licensure Unit', url: 'https://www.nebraska.gov/LISSearch/search.cgi' },
  NV: { name: 'Nevada Board of Examiners for Marriage and Family Therapists and Clinical Professional Counselors', url: 'https://marriage.nv.gov/' },
  NH: { name: 'New Hampshire Office of Professional Licensure and Certification', url: 'https://forms.nh.gov/licenseverification/' },
  NJ: { name: 'New Jersey Division of Consumer Affairs', url: 'https://newjersey.mylicense.com/verification/' },
  NM: { name: 'New Mexico Counseling and Therapy Practice Board', url: 'https://www.rld.nm.gov/boards-and-commissions/individual-boards-and-commissions/counseling-and-therapy-practice/' },
  NY: { name: 'New York State Education Department, Office of the Professions', url: 'https://www.op.nysed.gov/verification-search' },
  NC: { name: 'North Carolina Board of Licensed Clinical Mental Health Counselors', url: 'https://www.ncblcmhc.org/' },
  ND: { name: 'North Dakota Board of Counselor Examiners', url: 'https://www.ndbce.org/' },
  OH: { name: 'Ohio eLicense (Counselor, Social Worker and Marriage and Family Therapist Board)', url: 'https://elicense.ohio.gov/oh_verifylicense' },
  OK: { name: 'Oklahoma Board of Behavioral Health Licensure', url: 'https://oklahoma.gov/behavioralhealth.html' },
  OR: { name: 'Oregon Board of Licensed Professional Counselors and Therapists', url: 'https://www.oregon.gov/oblpct/' },
  PA: { name: 'Pennsylvania Licensing System (PALS)', url: 'https://www.pals.pa.gov/#/page/search' },
  RI: { name: 'Rhode Island Department of Health', url: 'https://healthri.mylicense.com/verification/' },
  SC: { name: 'South Carolina Department of Labor, Licensing and Regulation', url: 'https://verify.llronline.com/LicLookup/LookupMain.aspx' },
  SD: { name: 'South Dakota Board of Examiners for Counselors and Marriage and Family Therapists', url: 'https://dss.sd.gov/licensingboards/' },
  TN: { name: 'Tennessee Department of Health, Health Professional Boards', url: 'https://apps.health.tn.gov/Licensure/' },
  TX: { name: 'Texas Behavioral Health Executive Council', url: 'https://bhec.texas.gov/verify-a-license/' },
  UT: { name: 'Utah Division of Professional Licensing', url: 'https://secure.utah.gov/llv/search/index.html' },
  VT: { name: 'Vermont Office of Professional Regulation', url: 'https://sos.vermont.gov/opr/' },
  VA: { name: 'Virginia Department of Health Professions', url: 'https://dhp.virginiainteractive.org/Lookup/Index' },
  WA: { name: 'Washington State Department of Health', url: 'https://fortress.wa.gov/doh/providercredentialsearch/' },
  WV: { name: 'West Virginia Board of Examiners in Counseling', url: 'https://wvbec.org/' },
  WI: { name: 'Wisconsin Department of Safety and Professional Services', url: 'https://licensesearch.wi.gov/' },
  WY: { name: 'Wyoming Mental Health Professions Licensing Board', url: 'https://mentalhealth.wyo.gov/' },
};

/** The board that verifies licenses in this jurisdiction; undefined for a code not in the taxonomy. */
export function licenseBoardFor(jurisdiction: string): LicenseBoard | undefined {
  return Object.hasOwn(LICENSE_BOARDS, jurisdiction) ? LICENSE_BOARDS[jurisdiction as JurisdictionCode] : undefined;
}
