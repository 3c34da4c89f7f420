#!/usr/bin/env node
// Lists the operations of an OpenAPI document, one per line: "METHOD /path", followed by
// " planned" when the operation has `x-ov-status: planned`. Sorted, so the output can be compared
// with the routes ov-server registers (tests compare both lists).
//
// Usage: node scripts/openapi-routes.mjs docs/api/openapi.yaml
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function fail(message) {
  process.stderr.write(`openapi-routes: ${message}\n`);
  process.exit(1);
}

const specPath = process.argv[2];
if (!specPath)
  fail('usage: node scripts/openapi-routes.mjs <openapi.yaml>');

let doc;
try {
  doc = yaml.load(readFileSync(specPath, 'utf8'), { filename: specPath });
} catch (error) {
  fail(`cannot read or parse ${specPath}: ${error.message}`);
}
if (!doc || typeof doc !== 'object' || !doc.paths || typeof doc.paths !== 'object')
  fail(`${specPath} has no "paths" object`);

const lines = [];
for (const [path, item] of Object.entries(doc.paths)) {
  if (!item || typeof item !== 'object')
    fail(`path item ${path} is not an object`);
  for (const method of METHODS) {
    const operation = item[method];
    if (operation === undefined)
      continue;
    if (!operation || typeof operation !== 'object')
      fail(`operation ${method.toUpperCase()} ${path} is not an object`);
    const status = operation['x-ov-status'];
    if (status !== undefined && status !== 'planned')
      fail(`${method.toUpperCase()} ${path}: unknown x-ov-status "${status}"`);
    lines.push(`${method.toUpperCase()} ${path}${status === 'planned' ? ' planned' : ''}`);
  }
}

// Plain code-point order, independent of the locale.
lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
