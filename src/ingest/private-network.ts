/**
 * Addresses a fetch must not reach unless the user allows it: loopback, private, link-local,
 * unique-local, carrier-grade NAT, multicast and reserved ranges, IPv4 and IPv6 (including
 * IPv4-mapped IPv6). A news URL that resolves there is a mistake or an attack on the local network.
 */
import { BlockList, isIP } from "node:net";

const BLOCKED = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  BLOCKED.addSubnet(net, bits, "ipv4");
}
for (const [net, bits] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b:1::", 48],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const) {
  BLOCKED.addSubnet(net, bits, "ipv6");
}

/** Why an address may not be fetched from, or null if it is a public address. */
export function privateAddressProblem(address: string): string | null {
  const family = isIP(address);
  if (!family) return `not an IP address: ${address}`;
  const blocked = family === 4 ? BLOCKED.check(address, "ipv4") : BLOCKED.check(address, "ipv6");
  return blocked ? `${address} is a private, loopback or reserved address` : null;
}
