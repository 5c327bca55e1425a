import { AppConfig } from '../config/config.schema';

/** Where the web app is reached; links in Checkout and e-mail return there. */
export function publicUrlOf(config: AppConfig): string {
  return (config.PUBLIC_URL ?? `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`).replace(/\/$/, '');
}
