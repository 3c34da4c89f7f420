#!/usr/bin/env node
// Checks real answers of ov-server against docs/api/openapi.yaml: each one's status must be
// documented for its operation, its body must validate against the documented schema (JSON
// Schema 2020-12, as OpenAPI 3.1 has it), and an answer documented without content must have no
// body. The captures come from tests/server/tst_openapi_responses.cpp.
//
// Usage: node scripts/openapi-validate.mjs docs/api/openapi.yaml captures.json
//   captures.json: [{"method": "GET", "path": "/api/v1/contracts/{contractId}",
//                    "status": 200, "contentType": "application/json", "body": "…"}, …]
// Prints one line per problem and exits 1 when there is any.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const [specPath, capturesPath] = process.argv.slice(2);
if (!specPath || !capturesPath) {
  process.stderr.write('usage: node scripts/openapi-validate.mjs <openapi.yaml> <captures.json>\n');
  process.exit(2);
}
const spec = yaml.load(readFileSync(specPath, 'utf8'));
const captures = JSON.parse(readFileSync(capturesPath, 'utf8'));

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...spec, $id: 'openapi' });

const pointer = (...parts) =>
  '#/' + parts.map((p) => String(p).replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
const resolve = (object) => {
  // Follows a chain of $ref within the document (responses, headers).
  while (object && object.$ref) {
    const parts = object.$ref.replace(/^#\//, '').split('/')
      .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));
    object = parts.reduce((o, k) => (o ? o[k] : undefined), spec);
  }
  return object;
};

const problems = [];
let checked = 0;
for (const c of captures) {
  const where = `${c.method} ${c.path} → ${c.status}`;
  const operation = spec.paths?.[c.path]?.[c.method.toLowerCase()];
  if (!operation) {
    problems.push(`${where}: no such operation in the spec`);
    continue;
  }
  const responses = operation.responses || {};
  const key = String(c.status) in responses ? String(c.status)
    : `${String(c.status)[0]}XX` in responses ? `${String(c.status)[0]}XX` : 'default';
  const response = resolve(responses[key]);
  if (!response) {
    problems.push(`${where}: status not documented (documented: ${Object.keys(responses).join(', ')})`);
    continue;
  }
  const mediaType = (c.contentType || '').split(';')[0].trim();
  if (!response.content) {
    if (c.body && c.body.length > 0)
      problems.push(`${where}: documented without a body, but has one: ${c.body.slice(0, 80)}`);
    ++checked;
    continue;
  }
  if (!(mediaType in response.content)) {
    problems.push(`${where}: content type ${mediaType || '(none)'} not documented ` +
      `(documented: ${Object.keys(response.content).join(', ')})`);
    continue;
  }
  if (!response.content[mediaType].schema) {
    ++checked;
    continue;
  }
  // The schema's own place in the document, so its $refs resolve.
  const base = responses[key].$ref
    ? responses[key].$ref.replace(/^#\//, '').split('/').map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'))
    : ['paths', c.path, c.method.toLowerCase(), 'responses', key];
  const validate = ajv.getSchema('openapi' + pointer(...base, 'content', mediaType, 'schema'));
  let body;
  try {
    body = JSON.parse(c.body);
  } catch (e) {
    problems.push(`${where}: the body is not JSON: ${e.message}`);
    continue;
  }
  if (!validate(body)) {
    const errors = validate.errors.slice(0, 5)
      .map((e) => `${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`);
    problems.push(`${where}: ${errors.join('; ')}`);
    continue;
  }
  ++checked;
}
for (const p of problems)
  process.stdout.write(`${p}\n`);
process.stdout.write(`openapi-validate: ${checked} answers match the spec, ${problems.length} do not\n`);
process.exit(problems.length ? 1 : 0);
