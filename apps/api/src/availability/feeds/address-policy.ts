import ipaddr from 'ipaddr.js';

/**
 * Decides whether the server may connect to an IP address on a therapist's
 * behalf. Returns null when allowed, else a short category for the logs
 * (never shown to the therapist).
 */
export type AddressPolicy = (address: string) => string | null;

type IPv4 = ipaddr.IPv4;
type IPv6 = ipaddr.IPv6;

// IPv6 prefixes that carry an IPv4 address inside them; the embedded address is what a
// packet ends up reaching, so it is judged by the IPv4 rules. [prefix, length, where the 32 bits start]
const IPV4_CARRIERS: { prefix: IPv6; length: number; v4StartsAtBit: number; name: string }[] = [
  { prefix: ipaddr.IPv6.parse('::ffff:0:0'), length: 96, v4StartsAtBit: 96, name: 'IPv4-mapped' },
  { prefix: ipaddr.IPv6.parse('::ffff:0:0:0'), length: 96, v4StartsAtBit: 96, name: 'IPv4-translated' },
  { prefix: ipaddr.IPv6.parse('64:ff9b::'), length: 96, v4StartsAtBit: 96, name: 'NAT64' },
  { prefix: ipaddr.IPv6.parse('2002::'), length: 16, v4StartsAtBit: 16, name: '6to4' },
  // IPv4-compatible (deprecated): ::a.b.c.d; :: and ::1 themselves are caught as unspecified/loopback first.
  { prefix: ipaddr.IPv6.parse('::'), length: 96, v4StartsAtBit: 96, name: 'IPv4-compatible' },
];

// Global unicast space; anything outside it (and every special range ipaddr.js knows inside it) is refused.
const IPV6_GLOBAL_UNICAST: [IPv6, number] = [ipaddr.IPv6.parse('2000::'), 3];

/**
 * The only policy production uses: public unicast addresses only. Refuses
 * loopback, private, link-local, CGNAT, multicast, unspecified, broadcast,
 * documentation, benchmarking and reserved ranges, in IPv4 and IPv6, and
 * IPv6 forms that embed an IPv4 address (mapped, compatible, NAT64, 6to4) of
 * any of those. Teredo and local-use NAT64 are refused outright.
 */
export const publicAddressesOnly: AddressPolicy = (address) => {
  // A zone id (fe80::1%eth0) names a local interface: never public.
  if (address.includes('%')) return 'scoped address';
  const parsed = parseAddress(address);
  if (!parsed) return 'not an IP address';
  return parsed.kind() === 'ipv4' ? judgeIPv4(parsed as IPv4) : judgeIPv6(parsed as IPv6);
};

/** Any IP notation ipaddr.js understands (dotted, decimal, octal, hex, short, bracketed IPv6); null for names. */
export function parseAddress(text: string): IPv4 | IPv6 | null {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  if (!ipaddr.isValid(bare)) return null;
  return ipaddr.parse(bare);
}

function judgeIPv4(address: IPv4): string | null {
  const range = address.range();
  return range === 'unicast' ? null : range;
}

function judgeIPv6(address: IPv6): string | null {
  const range = address.range();
  if (range === 'unspecified' || range === 'loopback') return range;
  for (const carrier of IPV4_CARRIERS) {
    if (address.match(carrier.prefix, carrier.length)) {
      const embedded = embeddedIPv4(address, carrier.v4StartsAtBit);
      const verdict = judgeIPv4(embedded);
      return verdict === null ? null : `${carrier.name} ${verdict}`;
    }
  }
  if (range !== 'unicast') return range;
  if (!address.match(...IPV6_GLOBAL_UNICAST)) return 'outside global unicast';
  return null;
}

function embeddedIPv4(address: IPv6, startBit: number): IPv4 {
  const bytes = address.toByteArray();
  const start = startBit / 8;
  return new ipaddr.IPv4(bytes.slice(start, start + 4));
}
