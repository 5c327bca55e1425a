import { AuthResolver } from './auth/auth.resolver';

/** Every resolver class, listed once: the schema file is printed from these. */
export const RESOLVERS = [AuthResolver];
