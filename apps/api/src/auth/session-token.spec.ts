import { parse } from 'cookie';
import { cookieNamed, SESSION_COOKIE } from './session-token';

// The parser cookie-parser used (and Express's res.cookie writes for): cookieNamed must read the
// session cookie from any header exactly as the API read it before it stopped parsing every cookie.
const HEADERS = [
  '',
  'rapport_session=abc',
  'theme=dark; rapport_session=abc; other=1',
  '  rapport_session  =  abc  ;theme=dark',
  'rapport_session="quoted-token"',
  'rapport_session="',
  'rapport_session=""',
  'rapport_session=',
  'rapport_session=first; rapport_session=second',
  'theme; rapport_session=after-a-pair-without-equals',
  'a=1;;; rapport_session=after-empty-pairs;',
  'rapport_session=with%20space%3B',
  'rapport_session=bad%zzencoding',
  'rapport_session=a=b=c',
  'xrapport_session=not-it; rapport_session_x=not-it-either',
  'rapport_sessio=near-miss',
  'theme=dark',
  '=no-name; rapport_session=ok',
  'rapport_session=j:{"not":"parsed"}',
  `rapport_session=${'Zm9v_-'.repeat(8)}`,
];

describe('cookieNamed', () => {
  it.each(HEADERS)('reads the session cookie from %j as the cookie package parses it', (header) => {
    expect(cookieNamed(header, SESSION_COOKIE)).toBe(parse(header)[SESSION_COOKIE] ?? null);
  });

  it('reads nothing from a request without a Cookie header', () => {
    expect(cookieNamed(undefined, SESSION_COOKIE)).toBeNull();
  });

  it('finds the session token among other cookies', () => {
    expect(cookieNamed('theme=dark; rapport_session=T0k3n; lang=es', SESSION_COOKIE)).toBe('T0k3n');
  });
});
