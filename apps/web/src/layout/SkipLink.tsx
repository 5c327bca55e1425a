export const MAIN_CONTENT_ID = 'main-content';

/** First focusable element on every page: jumps past the header and navigation. */
export function SkipLink() {
  return (
    <a className="skip-link" href={`#${MAIN_CONTENT_ID}`}>
      Skip to content
    </a>
  );
}
