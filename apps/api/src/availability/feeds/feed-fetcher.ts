import { Injectable } from '@nestjs/common';
import { checkUrl, fetchFeedText } from './safe-fetch';

/**
 * The API's way to read a calendar feed: always the strict address policy
 * and production limits. Tests that need a local server provide another
 * FeedFetcher in their own module; there is no setting to loosen this one.
 */
@Injectable()
export class FeedFetcher {
  /** Throws FeedFetchError when the URL breaks the scheme/port/shape rules, before anything is fetched. */
  checkUrl(url: string): void {
    checkUrl(url);
  }

  fetchText(url: string): Promise<string> {
    return fetchFeedText(url);
  }
}
