// Browser test of the hosted payment page: Debian's chromium driven by playwright-core (never a
// downloaded browser). Starts `ov-server --demo` on a free loopback port, opens two payments of
// the demo user's unpaid invoices through the API, then in a real headless browser: loads the
// first page, clicks Pay and sees the confirmation (the API says approved); loads the second,
// clicks Cancel and sees it declined; a form on another site posting to the third is refused.
// The page must load its styles under its CSP, with no violation and no script.
//   node tests/browser/payment-page.mjs <path to ov-server>
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';

const serverBin = process.argv[2];
if (!serverBin || !existsSync(serverBin)) {
  console.error('usage: payment-page.mjs <ov-server>');
  process.exit(2);
}
const browserPath = process.env.OV_CHROMIUM || '/usr/bin/chromium';
if (!existsSync(browserPath)) {
  // Debian has it (scripts/deps installs it); Ubuntu only as a snap. ctest reports a skip.
  console.error(`SKIP: no browser at ${browserPath} (apt-get install chromium)`);
  process.exit(77);
}

const fail = (message) => {
  throw new Error(message);
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const dir = mkdtempSync(join(tmpdir(), 'ov-browser-'));
const portFile = join(dir, 'port');
const server = spawn(serverBin, ['--demo', '--data-dir', join(dir, 'data'), '--port', '0',
                                 '--port-file', portFile, '--access-log', 'off'],
                     { stdio: ['ignore', 'ignore', 'inherit'] });
let browser;
try {
  let port = '';
  for (let i = 0; i < 300 && !port; ++i) {
    await sleep(100);
    if (existsSync(portFile)) port = readFileSync(portFile, 'utf8').trim();
  }
  if (!port) fail('ov-server did not start');
  const base = `http://127.0.0.1:${port}`;
  const api = async (path, init = {}) => {
    const r = await fetch(base + '/api/v1' + path, init);
    return { status: r.status, body: await r.json().catch(() => ({})) };
  };

  const session = await api('/sessions', {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login: 'demo', password: 'Demo-2026' }) });
  if (session.status !== 201 && session.status !== 200) fail(`sign-in: ${session.status}`);
  const auth = { Authorization: `Bearer ${session.body.accessToken}` };
  const unpaid = [];
  for (const c of (await api('/contracts', { headers: auth })).body.items)
    for (const i of (await api(`/contracts/${c.id}/invoices`, { headers: auth })).body.items)
      if (i.status !== 'paid') unpaid.push(i);
  if (unpaid.length < 3) fail('the demo needs three unpaid invoices');
  const open = async (invoice) => {
    const r = await api(`/invoices/${invoice.id}/payments`, {
      method: 'POST', headers: { ...auth, 'Idempotency-Key': randomUUID() } });
    if (r.status !== 201) fail(`create payment: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };
  const toPay = await open(unpaid[0]);
  const toCancel = await open(unpaid[1]);
  const toForge = await open(unpaid[2]);

  browser = await chromium.launch({
    executablePath: browserPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const context = await browser.newContext({ locale: 'es-CO' }); // a fresh profile of its own
  const page = await context.newPage();
  const violations = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });

  // Pay.
  await page.goto(toPay.payUrl);
  const amount = await page.textContent('#amount');
  if (!amount || !amount.includes('COP')) fail(`the page shows no amount: ${amount}`);
  if ((await page.textContent('#invoice')) !== unpaid[0].number) fail('wrong invoice on the page');
  if (await page.$('script')) fail('the page has a script');
  const color = await page.$eval('button#pay', (b) => getComputedStyle(b).backgroundColor);
  if (color === 'rgba(0, 0, 0, 0)' || color === 'rgb(239, 239, 239)')
    fail(`the styles did not load (CSP nonce?): ${color}`);
  await page.click('button#pay');
  await page.waitForSelector('#status.good', { timeout: 10000 });
  const approved = await api(`/payments/${toPay.id}`, { headers: auth });
  if (approved.body.status !== 'approved') fail(`after Pay: ${approved.body.status}`);

  // Cancel.
  await page.goto(toCancel.payUrl);
  await page.click('button#cancel');
  await page.waitForSelector('#status.bad');
  const declined = await api(`/payments/${toCancel.id}`, { headers: auth });
  if (declined.body.status !== 'declined') fail(`after Cancel: ${declined.body.status}`);

  // Another site's form (the customer has the real page open, so its cookie exists): refused,
  // and the payment stays pending.
  await page.goto(toForge.payUrl);
  const attacker = await context.newPage();
  await attacker.setContent(`<form method="post" action="${toForge.payUrl}">` +
                            '<input name="csrf" value="guess"><input name="action" value="pay">' +
                            '</form>');
  const [forged] = await Promise.all([attacker.waitForNavigation(),
                                      attacker.$eval('form', (f) => f.submit())]);
  if (forged.status() !== 403) fail(`a cross-site post answered ${forged.status()}`);
  const still = await api(`/payments/${toForge.id}`, { headers: auth });
  if (still.body.status !== 'pending') fail(`after a forged post: ${still.body.status}`);

  // The page may not be framed: a frame-ancestors violation, not a payment page in a frame.
  if (violations.length) fail(`CSP violations: ${violations.join(' | ')}`);
  console.log('PASS: paid and cancelled through the hosted page in chromium');
} catch (e) {
  console.error('FAIL:', e.message);
  process.exitCode = 1;
} finally {
  if (browser) await browser.close();
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
