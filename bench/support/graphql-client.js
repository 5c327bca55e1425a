'use strict';
// GraphQL over HTTP, the way an API client calls it (Bearer token, JSON body).

class GraphqlRequestError extends Error {}

/** POSTs one operation; returns `data`, throwing on HTTP or GraphQL errors. */
async function graphql(baseUrl, query, variables = {}, token) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new GraphqlRequestError(`HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`);
  }
  if (body.errors?.length || !body.data) {
    throw new GraphqlRequestError(`${operationOf(query)} failed (HTTP ${response.status}): ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

/** The first field an operation asks for, to name it in an error. */
function operationOf(query) {
  return /\{\s*(\w+)/.exec(query)?.[1] ?? 'operation';
}

module.exports = { graphql, operationOf, GraphqlRequestError };
