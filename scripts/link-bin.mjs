#!/usr/bin/env node
// `npm install` links the bins of dependencies into node_modules/.bin but not the project's own;
// this links `storyline` there too, so scripts and hooks can call node_modules/.bin/storyline.
import { mkdirSync, rmSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const dir = join(root, "node_modules", ".bin");
mkdirSync(dir, { recursive: true });
const link = join(dir, "storyline");
rmSync(link, { force: true });
symlinkSync(join("..", "..", "bin", "storyline.js"), link);
