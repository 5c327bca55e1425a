import type { FeedFailure } from './safe-fetch';

const CHECK_LINK = 'Check that it is the public iCal link from your calendar app (it starts with https:// or webcal://) and try again.';

/**
 * What a therapist reads when a feed cannot be read: plain words and a next
 * step, never the address we reached, what it answered, or why we refused it
 * (a refused private address reads like any other wrong link).
 */
export function feedFailureMessage(failure: FeedFailure | 'unreadable_calendar', parserMessage?: string): string {
  switch (failure) {
    case 'timeout':
      return "We couldn't read that calendar address: it took too long to answer. Try again in a few minutes.";
    case 'too_large':
      return "We couldn't read that calendar address: the calendar is larger than 2 MB. Share a calendar with fewer events, or upload an export of the coming months.";
    case 'http_status':
      return "We couldn't read that calendar address: the calendar server refused. Check that the calendar is still shared, or copy its link again.";
    case 'unreadable_calendar':
      return `We reached that calendar address, but couldn't read the calendar there. ${parserMessage ?? ''}`.trim();
    default:
      return `We couldn't read that calendar address. ${CHECK_LINK}`;
  }
}
