/** Paths of the pages that exist today; nav items and links use these. */
export const paths = {
  home: '/',
  signUp: '/signup',
  logIn: '/login',
} as const;
