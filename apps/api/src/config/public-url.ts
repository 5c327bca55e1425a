import { AppConfig } from './config.schema';

/** Where people reach Rapport, for links in e-mail and calendar feeds: PUBLIC_URL, else this server. */
export function publicUrlOf(config: Pick<AppConfig, 'PUBLIC_URL' | 'HOST' | 'PORT'>): string {
  const base = config.PUBLIC_URL ?? `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
  return base.replace(/\/+$/, '');
}
