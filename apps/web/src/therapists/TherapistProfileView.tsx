import { Divider, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { TaxonomyLookups } from '../taxonomy/taxonomy-lookups';
import { AboutSection } from './AboutSection';
import { ConcernsSection } from './ConcernsSection';
import { FeesSection } from './FeesSection';
import { LicensesSection } from './LicensesSection';
import { ModalitiesSection } from './ModalitiesSection';
import { ProfileHeader } from './ProfileHeader';
import { SessionsSection } from './SessionsSection';
import { subheading, type HeadingLevel, type TherapistProfileViewData } from './therapist-profile-view-data';

interface TherapistProfileViewProps {
  profile: TherapistProfileViewData;
  taxonomy: TaxonomyLookups | null;
  /** 1 on the public page; deeper inside the editor's preview. */
  headingLevel: HeadingLevel;
  /** Shown after the header, e.g. the booking slot picker on the public page. */
  aside?: ReactNode;
}

/** A therapist's public page content, shared by the public page and the editor's live preview. */
export function TherapistProfileView({ profile, taxonomy, headingLevel, aside }: TherapistProfileViewProps) {
  const order = subheading(headingLevel);
  return (
    <Stack gap="lg">
      <ProfileHeader profile={profile} headingLevel={headingLevel} />
      {aside}
      <AboutSection bio={profile.bio} order={order} />
      <ConcernsSection concerns={profile.concerns} order={order} />
      <ModalitiesSection modalities={profile.modalities} order={order} />
      <Divider />
      <SessionsSection profile={profile} taxonomy={taxonomy} order={order} />
      <FeesSection profile={profile} order={order} />
      <LicensesSection licenses={profile.licenses} order={order} />
    </Stack>
  );
}
