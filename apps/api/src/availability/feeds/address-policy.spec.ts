import { parseAddress, publicAddressesOnly } from './address-policy';

describe('publicAddressesOnly', () => {
  it.each([
    ['8.8.8.8'],
    ['1.1.1.1'],
    ['93.184.216.34'],
    ['2606:4700:4700::1111'],
    ['2a00:1450:4001:80b::200e'],
    ['::ffff:8.8.8.8'], // mapped form of a public address: reaches the public address
    ['64:ff9b::808:808'], // NAT64 of 8.8.8.8
  ])('allows the public address %s', (address) => {
    expect(publicAddressesOnly(address)).toBeNull();
  });

  it.each([
    // IPv4
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['100.64.0.1', 'CGNAT'],
    ['100.127.255.255', 'CGNAT'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', '"this network"'],
    ['255.255.255.255', 'broadcast'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['192.0.0.8', 'IETF protocol assignments'],
    ['192.0.2.10', 'documentation (TEST-NET-1)'],
    ['198.51.100.7', 'documentation (TEST-NET-2)'],
    ['203.0.113.9', 'documentation (TEST-NET-3)'],
    ['198.18.0.1', 'benchmarking'],
    ['198.19.255.255', 'benchmarking'],
    ['240.0.0.1', 'reserved'],
    ['192.88.99.1', '6to4 relay anycast'],
    // IPv6
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['febf::1', 'link-local'],
    ['fc00::1', 'unique local'],
    ['fd12:3456::1', 'unique local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation'],
    ['100::1', 'discard-only'],
    ['fec0::1', 'site-local (deprecated)'],
    ['2001::1', 'Teredo'],
    ['64:ff9b:1::1', 'local-use NAT64'],
    ['4000::1', 'outside global unicast'],
    ['fe80::1%eth0', 'scoped'],
    // IPv6 forms that carry a forbidden IPv4 address
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback, hex'],
    ['0:0:0:0:0:ffff:7f00:0001', 'IPv4-mapped loopback, long form'],
    ['::ffff:10.0.0.1', 'IPv4-mapped private'],
    ['::ffff:169.254.169.254', 'IPv4-mapped link-local'],
    ['::127.0.0.1', 'IPv4-compatible loopback'],
    ['::a00:1', 'IPv4-compatible private'],
    ['::ffff:0:7f00:1', 'IPv4-translated loopback'],
    ['64:ff9b::7f00:1', 'NAT64 loopback'],
    ['64:ff9b::10.0.0.1', 'NAT64 private'],
    ['2002:7f00:1::', '6to4 loopback'],
    ['2002:a9fe:a9fe::1', '6to4 link-local'],
    // Other IPv4 notations
    ['2130706433', 'decimal loopback'],
    ['0x7f000001', 'hex loopback'],
    ['0x7f.1', 'hex short loopback'],
    ['0177.0.0.1', 'octal loopback'],
    ['127.1', 'short loopback'],
    ['017700000001', 'octal 32-bit loopback'],
    ['167772161', 'decimal private (10.0.0.1)'],
    ['[::1]', 'bracketed loopback'],
  ])('refuses %s (%s)', (address) => {
    expect(publicAddressesOnly(address)).toEqual(expect.any(String));
  });

  it('refuses what is not an address at all', () => {
    expect(publicAddressesOnly('localhost')).toBe('not an IP address');
    expect(publicAddressesOnly('')).toBe('not an IP address');
  });
});

describe('parseAddress', () => {
  it('reads every IPv4 notation to the same address and leaves names alone', () => {
    for (const notation of ['2130706433', '0x7f000001', '0x7f.1', '0177.0.0.1', '127.1', '127.0.0.1']) {
      expect(parseAddress(notation)?.toString()).toBe('127.0.0.1');
    }
    expect(parseAddress('[::ffff:7f00:1]')?.toString()).toBe('::ffff:7f00:1');
    expect(parseAddress('calendar.example.com')).toBeNull();
  });
});
