import { encodeForm, parseForm } from './form';

describe('parseForm (Stripe bracket notation)', () => {
  it.each([
    ['amount=5000&currency=usd', { amount: '5000', currency: 'usd' }],
    ['metadata[booking_id]=b1&metadata[note]=', { metadata: { booking_id: 'b1', note: '' } }],
    ['expand[]=payment_intent&expand[]=customer', { expand: ['payment_intent', 'customer'] }],
    ['expand[0]=a&expand[1]=b', { expand: ['a', 'b'] }],
    [
      'line_items[0][price_data][unit_amount]=12000&line_items[0][quantity]=1&line_items[1][quantity]=2',
      { line_items: [{ price_data: { unit_amount: '12000' }, quantity: '1' }, { quantity: '2' }] },
    ],
    ['created[gte]=10&created[lt]=20', { created: { gte: '10', lt: '20' } }],
    ['name=Ana+Mar%C3%ADa&email=a%2Bb%40example.com', { name: 'Ana María', email: 'a+b@example.com' }],
    ['metadata=', { metadata: '' }],
    ['', {}],
  ])('%s', (body, expected) => {
    expect(parseForm(body)).toEqual(expected);
  });

  it('keeps a malformed percent sequence as it came instead of failing', () => {
    expect(parseForm('name=100%&ok=%E2%9C%93')).toEqual({ name: '100%', ok: '✓' });
  });

  it('orders indexed arrays by index, not by arrival', () => {
    expect(parseForm('items[2]=c&items[0]=a&items[1]=b')).toEqual({ items: ['a', 'b', 'c'] });
  });

  it('refuses keys that would reach Object.prototype', () => {
    const parsed = parseForm('__proto__[polluted]=yes&constructor[prototype][x]=1&ok=1');
    expect(parsed).toEqual({ ok: '1' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads back what the SDK-style encoder writes', () => {
    const data = { mode: 'payment', line_items: [{ price_data: { currency: 'usd', unit_amount: 100 }, quantity: 1 }], metadata: { a: 'b c' } };
    expect(parseForm(encodeForm(data))).toEqual({ mode: 'payment', line_items: [{ price_data: { currency: 'usd', unit_amount: '100' }, quantity: '1' }], metadata: { a: 'b c' } });
  });
});
