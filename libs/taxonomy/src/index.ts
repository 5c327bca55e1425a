// Taxonomy: data + types, versioned in code. No runtime dependencies, no I/O.
// Codes are stored in the database: add new ones freely, never rename or remove
// one without a migration, and bump the version when the data changes.
export const TAXONOMY_VERSION = '1.1.0';

export * from './age-groups';
export * from './communities';
export * from './concern-text';
export * from './concerns';
export * from './evidence';
export * from './evidence-sources';
export * from './jurisdictions';
export * from './languages';
export * from './license-types';
export * from './license-boards';
export * from './modalities';
export * from './modality-synonyms';
export * from './modality-text';
export * from './payers';
export * from './sentence-case';
export * from './term-matcher';
