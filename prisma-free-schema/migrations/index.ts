import { Migration20261125000000Foundation } from './Migration20261125000000Foundation';
import { Migration20261125010000ProfilesLicensesAudit } from './Migration20261125010000ProfilesLicensesAudit';
import { Migration20261125020000Availability } from './Migration20261125020000Availability';
import { Migration20261125030000SearchIndexes } from './Migration20261125030000SearchIndexes';
import { Migration20261125040000IntakeAndGoals } from './Migration20261125040000IntakeAndGoals';
import { Migration20261125050000Outbox } from './Migration20261125050000Outbox';
import { Migration20261125060000LicenseSearchIndex } from './Migration20261125060000LicenseSearchIndex';
import { Migration20261125071500OverrideWindowCount } from './Migration20261125071500OverrideWindowCount';
import { Migration20261127100000AuditRefusesTruncate } from './Migration20261127100000AuditRefusesTruncate';
import { Migration20261127110000SessionLastUsed } from './Migration20261127110000SessionLastUsed';
import { Migration20261128000000HttpsPhotoUrls } from './Migration20261128000000HttpsPhotoUrls';
import { Migration20261130050000LocalMailbox } from './Migration20261130050000LocalMailbox';
import { Migration20261130060000Bookings } from './Migration20261130060000Bookings';
import { Migration20261130070000PayerIds } from './Migration20261130070000PayerIds';
import { Migration20261130080000BookingCare } from './Migration20261130080000BookingCare';
import { Migration20261130090000Payments } from './Migration20261130090000Payments';
import { Migration20261130100000AccountSettings } from './Migration20261130100000AccountSettings';
import { Migration20261201000000FarSessionPayments } from './Migration20261201000000FarSessionPayments';
import { Migration20261201010000LedgerAndSuperbills } from './Migration20261201010000LedgerAndSuperbills';
import { Migration20261201020000IntakeDrafts } from './Migration20261201020000IntakeDrafts';
import { Migration20261201030000SearchProjection } from './Migration20261201030000SearchProjection';
import { Migration20261202000000SearchFacetCounts } from './Migration20261202000000SearchFacetCounts';

/** Applied in this order. Append new migrations; never edit one that has landed. */
export const ALL_MIGRATIONS = [
  { name: 'Migration20261125000000Foundation', class: Migration20261125000000Foundation },
  { name: 'Migration20261125010000ProfilesLicensesAudit', class: Migration20261125010000ProfilesLicensesAudit },
  { name: 'Migration20261125020000Availability', class: Migration20261125020000Availability },
  { name: 'Migration20261125030000SearchIndexes', class: Migration20261125030000SearchIndexes },
  { name: 'Migration20261125040000IntakeAndGoals', class: Migration20261125040000IntakeAndGoals },
  { name: 'Migration20261125050000Outbox', class: Migration20261125050000Outbox },
  { name: 'Migration20261125060000LicenseSearchIndex', class: Migration20261125060000LicenseSearchIndex },
  { name: 'Migration20261125071500OverrideWindowCount', class: Migration20261125071500OverrideWindowCount },
  { name: 'Migration20261127100000AuditRefusesTruncate', class: Migration20261127100000AuditRefusesTruncate },
  { name: 'Migration20261127110000SessionLastUsed', class: Migration20261127110000SessionLastUsed },
  { name: 'Migration20261128000000HttpsPhotoUrls', class: Migration20261128000000HttpsPhotoUrls },
  { name: 'Migration20261130050000LocalMailbox', class: Migration20261130050000LocalMailbox },
  { name: 'Migration20261130060000Bookings', class: Migration20261130060000Bookings },
  { name: 'Migration20261130070000PayerIds', class: Migration20261130070000PayerIds },
  { name: 'Migration20261130080000BookingCare', class: Migration20261130080000BookingCare },
  { name: 'Migration20261130090000Payments', class: Migration20261130090000Payments },
  { name: 'Migration20261130100000AccountSettings', class: Migration20261130100000AccountSettings },
  { name: 'Migration20261201000000FarSessionPayments', class: Migration20261201000000FarSessionPayments },
  { name: 'Migration20261201010000LedgerAndSuperbills', class: Migration20261201010000LedgerAndSuperbills },
  { name: 'Migration20261201020000IntakeDrafts', class: Migration20261201020000IntakeDrafts },
  { name: 'Migration20261201030000SearchProjection', class: Migration20261201030000SearchProjection },
  { name: 'Migration20261202000000SearchFacetCounts', class: Migration20261202000000SearchFacetCounts },
];
