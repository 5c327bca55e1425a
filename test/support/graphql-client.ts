export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
  setCookie: string | null;
}

/** POSTs one GraphQL operation the way an API client would. */
export async function graphql<T = Record<string, any>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  auth: { token?: string; cookie?: string; forwardedFor?: string } = {},
): Promise<GraphqlResponse<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
      ...(auth.cookie ? { cookie: auth.cookie } : {}),
      // As a load balancer in front of the app would add it (believed only from TRUSTED_PROXIES).
      ...(auth.forwardedFor ? { 'x-forwarded-for': auth.forwardedFor } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphqlResponse<T>, 'status' | 'setCookie'>;
  return { ...body, status: response.status, setCookie: response.headers.get('set-cookie') };
}

/** The code of the first error, for compact assertions. */
export const errorCode = (response: GraphqlResponse<unknown>) => response.errors?.[0]?.extensions?.code;
