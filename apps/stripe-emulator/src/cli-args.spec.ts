import { parseCliArgs } from './cli-args';

describe('parseCliArgs', () => {
  it('defaults to 127.0.0.1:12111 with state under .data and no webhooks', () => {
    expect(parseCliArgs([])).toEqual({
      help: false,
      options: { port: 12111, host: '127.0.0.1', stateFile: '.data/stripe-emulator.json', webhookEndpoints: [], publicBaseUrl: undefined },
    });
  });

  it('reads repeated --webhook URL=secret pairs', () => {
    const parsed = parseCliArgs(['--port', '0', '--webhook', 'http://127.0.0.1:3000/webhooks/stripe=whsec_a', '--webhook', 'http://127.0.0.1:4000/hook?x=1=whsec_b']);
    expect(parsed.help === false && parsed.options.webhookEndpoints).toEqual([
      { url: 'http://127.0.0.1:3000/webhooks/stripe', secret: 'whsec_a' },
      { url: 'http://127.0.0.1:4000/hook?x=1', secret: 'whsec_b' },
    ]);
  });

  it('refuses a bad port or webhook without echoing the secret', () => {
    expect(() => parseCliArgs(['--port', '70000'])).toThrow('--port expects 0-65535, got 70000');
    expect(() => parseCliArgs(['--webhook', 'not a url=whsec_topsecret'])).toThrow(/^--webhook expects URL=whsec_SECRET$/);
    expect(() => parseCliArgs(['--webhook', 'http://127.0.0.1/x=sk_test_oops'])).toThrow(/^--webhook expects URL=whsec_SECRET$/);
    expect(parseCliArgs(['--help'])).toEqual({ help: true });
  });
});
