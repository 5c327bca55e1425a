import { useEffect } from 'react';

/** Sets the browser tab title, e.g. "Log in · Rapport". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Rapport` : 'Rapport';
  }, [title]);
}
