import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { demoMentees, demoPassword } from '../src/services/demo/demo-people.ts';
import { collectPageErrors, newPage, screenshot, skipWithoutChromium, waitForPath } from './support/browser.ts';
import { useServerAndBrowser } from './support/environment.ts';
import { signInThroughPage } from './support/sign-in.ts';

const person = demoMentees[9];
const phoneUser = demoMentees[2];
const newPassword = 'lanterns over the quiet harbour';

/**
 * Records every CSP violation the page reports; the listener is installed before any page script.
 * Browser code is written as strings because this project's TypeScript has no DOM types.
 */
async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(`
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline')));
  `);
  return async () => (await page.evaluate('window.__cspViolations ?? []')) as string[];
}

describe('security headers in the browser', { skip: skipWithoutChromium(), timeout: 180_000 }, () => {
  const environment = useServerAndBrowser();

  test('the app works under its Content-Security-Policy: no violation on the sign-in and home pages, and injected inline code is blocked', async () => {
    const { server, browser } = environment();
    if (!person) throw new Error('demo people exist');
    const page = await newPage(browser);
    const errors = collectPageErrors(page);
    const violations = await watchCspViolations(page);

    const response = await page.goto(`${server.url}/sign-in`);
    const csp = response?.headers()['content-security-policy'] ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /frame-ancestors 'none'/);
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    assert.deepEqual(await violations(), [], 'the sign-in page loads without a CSP violation');

    await signInThroughPage(page, server.url, person.email, demoPassword);
    await page.getByRole('heading', { name: `Welcome, ${person.displayName}` }).waitFor();
    // Mantine's injected <style> tags took effect: its CSS variables are defined.
    const primary = (await page.evaluate(
      `getComputedStyle(document.documentElement).getPropertyValue('--mantine-color-indigo-8').trim()`,
    )) as string;
    assert.notEqual(primary, '', "Mantine's styles apply under the policy");
    assert.deepEqual(await violations(), [], 'the home page loads without a CSP violation');
    assert.deepEqual(errors, [], 'no console errors');
    await screenshot(page, 'security-01-home-under-csp');

    // A control: markup slipped into the page cannot run inline code.
    await page.evaluate(`{
      const holder = document.createElement('div');
      holder.innerHTML = '<img src="data:," onerror="window.__xss = 1">';
      document.body.append(holder);
      const script = document.createElement('script');
      script.textContent = 'window.__xss = 2';
      document.body.append(script);
    }`);
    await page.waitForFunction('window.__cspViolations.length >= 2');
    assert.equal(await page.evaluate('window.__xss'), undefined, 'the policy blocked the inline code');
    assert.ok(
      (await violations()).every((violation) => violation.startsWith('script-src')),
      (await violations()).join('\n'),
    );
  });

  test('the API reference page works under the policy: it shows every operation of the OpenAPI document, nothing is blocked', async () => {
    const { server, browser } = environment();
    const page = await newPage(browser);
    const errors = collectPageErrors(page);
    const violations = await watchCspViolations(page);
    await page.goto(`${server.url}/api/docs`);
    await page.getByText('Sign in with email and password; sets the session cookie').first().waitFor();
    const document = (await (await page.request.get(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { summary?: string }>>;
    };
    const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods));
    assert.ok(operations.length > 100, `${operations.length} operations in the document`);
    assert.equal(await page.evaluate('window.ui.specSelectors.operations().size'), operations.length, 'Swagger UI read every operation');
    // The page renders the sections near the viewport: the last operation appears at the end of the page.
    await page.keyboard.press('End');
    await page
      .getByText(operations.at(-1)?.summary ?? 'the last summary', { exact: true })
      .first()
      .waitFor();
    await screenshot(page, 'security-api-reference');
    assert.deepEqual(await violations(), [], 'no CSP violation on /api/docs');
    assert.deepEqual(errors, [], 'no console errors on /api/docs');
  });

  test('changing the password in the header dialog keeps this session and ends the others', async () => {
    const { server, browser } = environment();
    if (!person) throw new Error('demo people exist');
    const other = await newPage(browser);
    await signInThroughPage(other, server.url, person.email, demoPassword);
    const page = await newPage(browser);
    const errors = collectPageErrors(page);
    await signInThroughPage(page, server.url, person.email, demoPassword);

    await page.getByRole('button', { name: 'Change password' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change password' });
    await dialog.getByLabel('Current password', { exact: true }).fill(demoPassword);
    await dialog.getByLabel('New password', { exact: true }).fill('password1234');
    await dialog.getByLabel('Confirm new password', { exact: true }).fill('password1234');
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await dialog.getByText(/too easy to guess/).waitFor();
    await screenshot(page, 'security-02-weak-password-refused');

    await dialog.getByLabel('New password', { exact: true }).fill(newPassword);
    await dialog.getByLabel('Confirm new password', { exact: true }).fill(newPassword);
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed').waitFor();
    await dialog.waitFor({ state: 'detached' });

    await page.reload();
    await page.getByRole('heading', { name: `Welcome, ${person.displayName}` }).waitFor();
    await other.reload();
    await waitForPath(other, '/sign-in');
    await signInThroughPage(other, server.url, person.email, newPassword);
    // The weak attempt's 422 is an expected failed resource load in the console; nothing else is.
    assert.deepEqual(
      errors.filter((error) => !/status of 422/.test(error)),
      [],
    );
  });

  test('on a phone-width screen the Account menu signs out, and the session ends on the server', async () => {
    const { server, browser } = environment();
    if (!phoneUser) throw new Error('demo people exist');
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, locale: 'en-GB' });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInThroughPage(page, server.url, phoneUser.email, demoPassword);
    const account = page.getByRole('button', { name: 'Account' });
    const box = await account.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `the Account button is on the screen: ${JSON.stringify(box)}`);
    await account.click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await waitForPath(page, '/sign-in');
    const session = await page.request.get(`${server.url}/api/v1/auth/session`);
    assert.equal(session.status(), 401);
    await screenshot(page, 'security-03-phone-signed-out');
    await context.close();
    assert.deepEqual(errors, []);
  });
});
