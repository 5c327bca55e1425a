export * from './screener-content';
export * from './score-screeners';
