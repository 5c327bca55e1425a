import { Alert, Button, Checkbox, Group, NativeSelect, NumberInput, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useCallback, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { useMe } from '../auth/use-me';
import type { SlotSelection } from '../availability/SlotPicker';
import type { BookingFieldsFragment, BookSeriesMutation, SeriesInterval, SessionFormat } from '../gql/graphql';
import { JurisdictionSelect } from '../intake/JurisdictionSelect';
import { ErrorAlert } from '../layout/ErrorAlert';
import { useDefaultJurisdiction } from '../matching/use-default-jurisdiction';
import { useTaxonomy } from '../taxonomy/use-taxonomy';
import { bookingPath } from '../app/paths';
import { formatCents } from '../format/money';
import { FORMAT_LABEL, whereText } from './booking-labels';
import { BookingSignInGate } from './BookingSignInGate';
import { BookingTermsList } from './BookingTermsList';
import { bookingTermsQuery, bookSeriesMutation, cancelBookingMutation, confirmBookingMutation, holdSlotMutation } from './bookings.operations';
import { HoldCountdown } from './HoldCountdown';
import { newIdempotencyKey } from './idempotency-key';
import { SeriesOutcome } from './SeriesOutcome';

const SERIES_COUNT = { min: 2, max: 26, initial: 6 } as const;

interface BookingReviewProps {
  therapistId: string;
  officeAddress: string | null;
  selection: SlotSelection;
}

/**
 * Review → hold (with a countdown) → confirm, for the time chosen in the slot picker;
 * or a weekly series booked in one go.
 */
export function BookingReview({ therapistId, officeAddress, selection }: BookingReviewProps) {
  const headingId = useId();
  const { me } = useMe();
  const { slot, sessionType, timeZone } = selection;
  const [format, setFormat] = useState<SessionFormat>(sessionType.formats[0]);
  const [{ data: termsData, error: termsError }] = useQuery({
    query: bookingTermsQuery,
    variables: { therapistId, sessionTypeId: sessionType.id, startsAt: slot.startsAt },
    requestPolicy: 'cache-and-network',
  });
  const terms = termsData?.bookingTerms;
  const where = whereText(format, officeAddress);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={3} size="h5" id={headingId}>
          Review this time
        </Title>
        {termsError && <ErrorAlert title="We couldn't load the price and policy" message={describeGraphqlError(termsError).message} />}
        {terms && <BookingTermsList priceMinor={terms.priceMinor} policyText={terms.policyText} cancellation={terms.cancellationPreview} where={where} timeZone={timeZone} />}
        {sessionType.formats.length > 1 && (
          <Radio.Group label="How would you like to meet?" value={format} onChange={(value) => setFormat(value as SessionFormat)}>
            <Group gap="md" mt={4}>
              {sessionType.formats.map((option) => (
                <Radio key={option} value={option} label={FORMAT_LABEL[option]} />
              ))}
            </Group>
          </Radio.Group>
        )}
        {!me && <BookingSignInGate />}
        {me && me.role !== 'CLIENT' && <Text>Only client accounts can book sessions. Log in with a client account to book.</Text>}
        {me?.role === 'CLIENT' && terms && (
          <HoldAndConfirm therapistId={therapistId} selection={selection} format={format} priceMinor={terms.priceMinor} holdMinutes={terms.holdMinutes} />
        )}
      </Stack>
    </Paper>
  );
}

interface HoldAndConfirmProps {
  therapistId: string;
  selection: SlotSelection;
  format: SessionFormat;
  priceMinor: number;
  holdMinutes: number;
}

function HoldAndConfirm({ therapistId, selection, format, priceMinor, holdMinutes }: HoldAndConfirmProps) {
  const navigate = useNavigate();
  const { taxonomy } = useTaxonomy();
  const defaultJurisdiction = useDefaultJurisdiction(taxonomy, true);
  const [chosenJurisdiction, setJurisdiction] = useState<string | null>(null);
  const jurisdiction = chosenJurisdiction ?? defaultJurisdiction.code ?? '';
  const [repeat, setRepeat] = useState(false);
  const [every, setEvery] = useState<SeriesInterval>('WEEKLY');
  const [count, setCount] = useState<number | string>(SERIES_COUNT.initial);
  // One key per attempt: a double click, or a retry after a lost answer, is the same hold.
  const [attemptKey, setAttemptKey] = useState(newIdempotencyKey);
  const [held, setHeld] = useState<BookingFieldsFragment | null>(null);
  const [series, setSeries] = useState<BookSeriesMutation['bookSeries'] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [lapsed, setLapsed] = useState(false);
  const [{ fetching: holding }, holdSlot] = useMutation(holdSlotMutation);
  const [{ fetching: confirming }, confirmBooking] = useMutation(confirmBookingMutation);
  const [{ fetching: booking }, bookSeries] = useMutation(bookSeriesMutation);
  const [{ fetching: releasing }, cancelBooking] = useMutation(cancelBookingMutation);
  const { slot, sessionType } = selection;

  const onExpired = useCallback(() => {
    setHeld(null);
    setLapsed(true);
    setAttemptKey(newIdempotencyKey());
    selection.refreshSlots();
  }, [selection]);

  function handleError(error: CombinedError) {
    const code = error.graphQLErrors[0]?.extensions?.code;
    const message = describeGraphqlError(error).message;
    if (code === 'SLOT_TAKEN' && message) {
      selection.reportSlotTaken(message);
      return;
    }
    setProblem(message);
  }

  async function hold() {
    if (holding || !jurisdiction) return;
    setProblem(null);
    setLapsed(false);
    const result = await holdSlot({
      input: { therapistId, sessionTypeId: sessionType.id, startsAt: slot.startsAt, idempotencyKey: attemptKey, format, jurisdiction },
    });
    if (result.error) handleError(result.error);
    else if (result.data) setHeld(result.data.holdSlot);
  }

  async function confirm() {
    if (!held || confirming) return;
    setProblem(null);
    const result = await confirmBooking({ id: held.id });
    if (result.error) handleError(result.error);
    else if (result.data) navigate(`${bookingPath(result.data.confirmBooking.id)}?booked=1`);
  }

  // Changed their mind: free the time for others at once instead of leaving the hold to lapse.
  async function release() {
    if (!held || releasing) return;
    setProblem(null);
    const result = await cancelBooking({ id: held.id, reason: null });
    if (result.error) {
      setProblem(describeGraphqlError(result.error).message);
      return;
    }
    selection.clearSelection();
    selection.refreshSlots();
  }

  async function bookWeekly() {
    if (booking || !jurisdiction) return;
    setProblem(null);
    const sessions = typeof count === 'number' ? count : Number.parseInt(count, 10);
    if (!Number.isInteger(sessions) || sessions < SERIES_COUNT.min || sessions > SERIES_COUNT.max) {
      setProblem(`Choose ${SERIES_COUNT.min}–${SERIES_COUNT.max} sessions.`);
      return;
    }
    const result = await bookSeries({
      input: { therapistId, sessionTypeId: sessionType.id, firstStartsAt: slot.startsAt, every, count: sessions, idempotencyKey: attemptKey, format, jurisdiction },
    });
    if (result.error) handleError(result.error);
    else if (result.data) setSeries(result.data.bookSeries);
  }

  if (series) return <SeriesOutcome outcome={series} timeZone={selection.timeZone} />;

  if (held) {
    return (
      <Stack gap="sm">
        <Alert color="rapportTeal" variant="light" title="This time is held for you" styles={{ title: { color: 'var(--mantine-color-rapportTeal-9)' } }}>
          <Stack gap={4}>
            {held.holdExpiresAt && <HoldCountdown expiresAt={held.holdExpiresAt} onExpired={onExpired} />}
            <Text size="sm">{priceMinor === 0 ? 'Nobody else can book it until then. Confirm to book it.' : 'Nobody else can book it until then. Pay to book it: you pay on Stripe\'s secure page, and your card details never reach Rapport.'}</Text>
          </Stack>
        </Alert>
        <ErrorAlert title="We couldn't confirm this booking" message={problem} />
        {priceMinor === 0 ? (
          <Button onClick={confirm} loading={confirming}>
            Confirm booking
          </Button>
        ) : held.checkoutUrl ? (
          <Button component="a" href={held.checkoutUrl}>
            Pay {formatCents(priceMinor)} on the payment page
          </Button>
        ) : (
          <Text size="sm">Paying online is not open yet: this time stays held for you until the countdown ends.</Text>
        )}
        <Button variant="default" onClick={release} loading={releasing}>
          Release this time
        </Button>
      </Stack>
    );
  }

  return (
    <Stack gap="sm">
      {taxonomy && (
        <JurisdictionSelect
          taxonomy={taxonomy}
          label="State you will be in for sessions"
          description={defaultJurisdiction.guessed && !chosenJurisdiction ? 'A guess from your time zone: change it if it is wrong.' : 'Therapists can only see clients in states where they are licensed.'}
          value={jurisdiction}
          onChange={setJurisdiction}
          required
        />
      )}
      <Checkbox label="Keep this time every week" checked={repeat} onChange={(event) => setRepeat(event.currentTarget.checked)} />
      {repeat && (
        <Group grow align="flex-start" wrap="wrap">
          <NativeSelect
            label="How often"
            value={every}
            onChange={(event) => setEvery(event.currentTarget.value as SeriesInterval)}
            data={[
              { value: 'WEEKLY', label: 'Every week' },
              { value: 'BIWEEKLY', label: 'Every other week' },
            ]}
          />
          <NumberInput label="Sessions" description={`${SERIES_COUNT.min}–${SERIES_COUNT.max}, this one included`} min={SERIES_COUNT.min} max={SERIES_COUNT.max} value={count} onChange={setCount} allowDecimal={false} />
        </Group>
      )}
      {lapsed && (
        <Alert color="gray" variant="light" title="Your hold ran out">
          Hold the time again if it is still open.
        </Alert>
      )}
      <ErrorAlert title="We couldn't hold this time" message={problem} />
      {!repeat && <Text size="sm">Holding keeps this time for you for {holdMinutes} minutes while you confirm.</Text>}
      {repeat ? (
        <Button onClick={bookWeekly} loading={booking} disabled={!jurisdiction}>
          Book these sessions
        </Button>
      ) : (
        <Button onClick={hold} loading={holding} disabled={!jurisdiction}>
          Hold this time
        </Button>
      )}
    </Stack>
  );
}
