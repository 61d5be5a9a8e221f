import { test } from "node:test";
import assert from "node:assert/strict";
import { privateAddressProblem } from "./private-network.js";

test("private, loopback, link-local and unique-local addresses are refused, public ones pass", () => {
  const refused = [
    "127.0.0.1",
    "127.8.9.10",
    "10.1.2.3",
    "172.20.0.1",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "::1",
    "::",
    "fe80::1",
    "fd12:3456::1",
    "fc00::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
  ];
  for (const a of refused) assert.ok(privateAddressProblem(a), a);
  for (const a of ["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8"]) {
    assert.equal(privateAddressProblem(a), null, a);
  }
});
