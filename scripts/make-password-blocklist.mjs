#!/usr/bin/env node
// Makes app/domain/passwords/blocklist.txt, the list PasswordPolicy refuses, from zxcvbn-ts's
// frequency lists (MIT; pinned in package.json) and our own curated entries:
//   - the 49,233 most common passwords (@zxcvbn-ts/language-common),
//   - Spanish first names, last names and common words of 5 letters or more
//     (@zxcvbn-ts/language-es-es),
//   - app/domain/passwords/curated.txt (regional patterns: "colombia2026", "medellin123"…).
// Entries are normalised as PasswordBlocklist does (lower case, accents dropped), kept when
// printable ASCII, sorted by byte and unique. The output is committed, so no build needs the
// network; run this again after updating the packages:  node scripts/make-password-blocklist.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const read = (p) => JSON.parse(readFileSync(root + p, 'utf8'));
const normalise = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

const sources = [
  ['node_modules/@zxcvbn-ts/language-common/src/passwords.json', 1],
  ['node_modules/@zxcvbn-ts/language-es-es/src/firstnames.json', 4],
  ['node_modules/@zxcvbn-ts/language-es-es/src/lastnames.json', 4],
  ['node_modules/@zxcvbn-ts/language-es-es/src/commonWords.json', 5],
];
const entries = new Set();
for (const [path, minLength] of sources)
  for (const word of read(path)) {
    const w = normalise(String(word));
    if (w.length >= minLength && /^[\x21-\x7e]+$/.test(w))
      entries.add(w);
  }
for (const line of readFileSync(root + 'app/domain/passwords/curated.txt', 'utf8').split('\n')) {
  const w = normalise(line);
  if (w && !w.startsWith('#') && /^[\x21-\x7e]+$/.test(w))
    entries.add(w);
}
const sorted = [...entries].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(root + 'app/domain/passwords/blocklist.txt', sorted.join('\n') + '\n');
process.stdout.write(`blocklist.txt: ${sorted.length} entries\n`);
