// Taxonomy: data + types, versioned in code.
export const TAXONOMY_VERSION = '0.0.0';
