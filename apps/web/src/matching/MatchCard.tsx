import { Anchor, Badge, Card, Group, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import { therapistPath } from '../app/paths';
import { formatLabel } from '../therapists/format-labels';
import { TherapistAvatar } from '../therapists/TherapistAvatar';
import { feeLabel, slidingScaleLabel } from './fee-label';
import { MatchCaveats } from './MatchCaveats';
import { MatchReasons } from './MatchReasons';
import { NextOpenTimes } from './NextOpenTimes';
import type { TherapistMatch } from './use-paged-search';

interface MatchCardProps {
  match: TherapistMatch;
  /** Level of the therapist's name; the card's own subheadings go one deeper. */
  headingOrder?: 2 | 3;
}

/** One result: who they are, what it costs, why they fit, and when they're free. */
export function MatchCard({ match, headingOrder = 2 }: MatchCardProps) {
  const { therapist, reasons, caveats, nextSlots } = match;
  const nameId = useId();
  const subheading = (headingOrder + 1) as TitleOrder;
  const slidingScale = slidingScaleLabel(therapist);

  return (
    <Card component="article" aria-labelledby={nameId} withBorder radius="md" padding="md" data-match-card>
      <Stack gap="md">
        <Group align="flex-start" wrap="nowrap" gap="md">
          <TherapistAvatar name={therapist.displayName} photoUrl={therapist.photoUrl ?? null} size={64} />
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Title order={headingOrder} size="h4" id={nameId}>
              <Anchor component={Link} to={therapistPath(therapist.id)} inherit>
                {therapist.displayName}
              </Anchor>
            </Title>
            {therapist.pronouns && (
              <Text size="sm" c="dimmed">
                {therapist.pronouns}
              </Text>
            )}
            {therapist.headline && <Text>{therapist.headline}</Text>}
            <Group gap="md" mt={4} style={{ rowGap: 2 }}>
              <Text size="sm" fw={600}>
                {feeLabel(therapist)}
              </Text>
              {slidingScale && (
                <Text size="sm" fw={600}>
                  {slidingScale}
                </Text>
              )}
            </Group>
            <Group gap={6} aria-label="Session formats" role="list">
              {therapist.formats.map((format) => (
                <Badge key={format} variant="light" color="gray" c="dark.7" role="listitem">
                  {formatLabel(format)}
                </Badge>
              ))}
            </Group>
          </Stack>
        </Group>
        <MatchReasons reasons={reasons} headingOrder={subheading} />
        <MatchCaveats caveats={caveats} headingOrder={subheading} />
        <NextOpenTimes
          therapistId={therapist.id}
          therapistName={therapist.displayName}
          slots={nextSlots}
          headingOrder={subheading}
        />
      </Stack>
    </Card>
  );
}
