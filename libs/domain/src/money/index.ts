export * from './money';
export * from './payment-split';
