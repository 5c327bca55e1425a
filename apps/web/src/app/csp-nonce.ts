import { setNonce } from 'get-nonce';

/**
 * This page's Content-Security-Policy nonce, which the API writes into
 * <meta property="csp-nonce"> for each response. Every library that injects a
 * <style> element must put it on that element, so the policy needs no
 * 'unsafe-inline' for styles. Read through the `nonce` property: browsers hide
 * the attribute's value.
 */
export function cspNonce(): string | undefined {
  return document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;
}

/**
 * Hands the nonce to the style injectors outside Mantine's provider:
 * react-remove-scroll (Mantine's modals and popovers) asks get-nonce for it.
 * Mantine's own <style> elements take it from MantineProvider getStyleNonce.
 */
export function shareCspNonce(nonce: string | undefined): void {
  if (nonce) setNonce(nonce);
}
