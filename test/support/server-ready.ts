/**
 * The line the compiled server (apps/api/src/main.ts) writes to stderr once it listens. Matched as
 * a whole line start: PostgreSQL's "Address already in use" contains "ready in" too.
 */
export const SERVER_READY_LINE = /^\[rapport\] ready in \d+ ms/m;
