import { Query, Resolver } from '@nestjs/graphql';
import {
  AGE_GROUPS,
  COMMUNITIES,
  CONCERNS,
  EVIDENCE_LINKS,
  JURISDICTIONS,
  LANGUAGES,
  LICENSE_TYPES,
  MODALITIES,
  PAYERS,
  TAXONOMY_VERSION,
} from '@rapport/taxonomy';
import { Public } from '../auth/guards/access.decorators';
import { TaxonomyModel } from './taxonomy.models';

// Built once: the taxonomy is data in code and never changes at run time.
const TAXONOMY: TaxonomyModel = {
  version: TAXONOMY_VERSION,
  concerns: CONCERNS.map(({ code, name, category, synonyms }) => ({ code, name, category, synonyms: [...synonyms] })),
  modalities: MODALITIES.map(({ code, name, shortName, description }) => ({ code, name, shortName, description })),
  evidenceLinks: EVIDENCE_LINKS.map((link) => ({ ...link })),
  licenseTypes: LICENSE_TYPES.map((type) => ({ ...type })),
  jurisdictions: JURISDICTIONS.map((jurisdiction) => ({ ...jurisdiction })),
  communities: COMMUNITIES.map(({ code, label }) => ({ code, label })),
  languages: LANGUAGES.map(({ code, name }) => ({ code, label: name })),
  ageGroups: AGE_GROUPS.map((group) => ({ ...group })),
  payers: PAYERS.map(({ id, name, aliases }) => ({ id, name, aliases: [...aliases] })),
};

@Resolver()
export class TaxonomyResolver {
  @Query(() => TaxonomyModel, { description: 'Concerns, modalities, evidence, license types and other reference data.' })
  @Public()
  taxonomy(): TaxonomyModel {
    return TAXONOMY;
  }
}
