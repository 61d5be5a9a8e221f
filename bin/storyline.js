#!/usr/bin/env node
// The `storyline` command. TypeScript runs through tsx so that no build step stands between
// `npm install` and the first run.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
await main(process.argv);
