import { Injectable } from '@nestjs/common';
import { fetchFeedText } from './safe-fetch';

/**
 * The API's way to read a calendar feed: always the strict address policy
 * and production limits. Tests that need a local server provide another
 * FeedFetcher in their own module; there is no setting to loosen this one.
 */
@Injectable()
export class FeedFetcher {
  fetchText(url: string): Promise<string> {
    return fetchFeedText(url);
  }
}
