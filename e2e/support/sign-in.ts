import type { Page } from 'playwright-core';
import { waitForPath } from './browser.ts';

/**
 * Signs in through the sign-in page and waits for the home page.
 *
 * @example await signInThroughPage(page, server.url, mentee.email, demoPassword);
 */
export async function signInThroughPage(page: Page, serverUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${serverUrl}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await waitForPath(page, '/');
}
