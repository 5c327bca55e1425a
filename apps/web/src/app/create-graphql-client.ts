import { cacheExchange, Client, fetchExchange } from 'urql';

/**
 * The one urql client factory. POST only: Apollo's CSRF prevention rejects
 * simple GET requests. `same-origin` credentials carry the httpOnly session cookie.
 */
export function createGraphqlClient(): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin' },
  });
}
