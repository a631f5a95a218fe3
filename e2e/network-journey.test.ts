import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { mentoringFunctions } from '../shared/enums.ts';
import { networkTieKinds, tieFrequencies } from '../shared/network-ties.ts';
import { demoMentees, demoPassword } from '../src/services/demo/demo-people.ts';
import { collectPageErrors, newPage, resultsDir, screenshot, skipWithoutChromium } from './support/browser.ts';
import { useServerAndBrowser } from './support/environment.ts';
import { signInThroughPage } from './support/sign-in.ts';

const owner = demoMentees[10];
const crowdedOwner = demoMentees[11];
const colleague = demoMentees[7];

/** Picks an option of a Mantine Select or MultiSelect found by its label. */
async function pick(page: Page, label: string | RegExp, option: string): Promise<void> {
  // A MultiSelect's pills wrapper covers its input: click through it.
  await page.getByRole('combobox', { name: label }).first().click({ force: true });
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Saves the map section alone (from the page's top, so the fixed header does not cover it). */
async function screenshotMap(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  const box = await page.getByRole('region', { name: 'The map' }).boundingBox();
  assert.ok(box, 'the map is on the page');
  await page.screenshot({ path: `${resultsDir}${name}.png`, fullPage: true, clip: box });
}

describe('network journey', { skip: skipWithoutChromium(), timeout: 240_000 }, () => {
  const environment = useServerAndBrowser();

  test('a person adds two ties, sees them on the map and in the grid, and a gap from their plan', async () => {
    const { server, browser } = environment();
    if (!owner || !colleague) throw new Error('demo people exist');
    const page = await newPage(browser);
    const errors = collectPageErrors(page);
    await signInThroughPage(page, server.url, owner.email, demoPassword);
    await page.getByRole('link', { name: 'My network' }).click();
    await page.getByRole('heading', { name: 'My network', level: 1 }).waitFor();
    await page.getByText('Nobody in your network yet').waitFor();

    await page.getByRole('button', { name: 'Add someone' }).click();
    const form = page.getByRole('dialog', { name: 'Add someone to your network' });
    await form.getByLabel('Name').fill('Meera, my aunt');
    await pick(page, 'Kind of tie', 'Family or acquaintance');
    await pick(page, 'Mentoring functions they give you', 'Role modeling');
    await page.keyboard.press('Escape');
    await form.getByText('Very close').click();
    await form.getByLabel('Potential activities').fill('Talk about where my career is going');
    await page.keyboard.press('Enter');
    // The tags input's suggestions may open after the Enter (a loaded machine): leave the field so
    // they close, and wait until none covers the switch below.
    await form.getByLabel('Potential activities').blur();
    await page.getByRole('option').first().waitFor({ state: 'hidden' });
    await form.getByLabel('Inside my organization').uncheck();
    await form.getByLabel('Their organization').fill('City Hospital');
    await form.getByLabel('Private note').fill('Ran a ward of 40 people for a decade');
    await form.getByRole('button', { name: 'Add to my network' }).click();
    await form.waitFor({ state: 'hidden' });
    const map = page.getByRole('img', { name: 'Map of your developmental network' });
    await map.waitFor();
    assert.equal(await page.getByTestId('network-map-tie').count(), 1);
    await screenshot(page, 'network-01-one-tie');
    await screenshotMap(page, 'network-01-map-one-tie');

    await page.getByRole('button', { name: 'Add someone' }).click();
    await form.getByText('A colleague on the platform').click();
    await form.getByRole('combobox', { name: 'Colleague' }).fill('Hiroshi');
    await page.getByRole('option', { name: /Hiroshi Sato/ }).click();
    await pick(page, 'Kind of tie', 'Professional peer');
    await pick(page, 'Mentoring functions they give you', 'Coaching');
    await page.keyboard.press('Escape');
    await form.getByRole('button', { name: 'Add to my network' }).click();
    await form.waitFor({ state: 'hidden' });
    assert.equal(await page.getByTestId('network-map-tie').count(), 2);
    const grid = page.getByRole('table', { name: 'Mentoring functions by tie' });
    await grid.getByRole('rowheader', { name: /Hiroshi Sato/ }).waitFor();
    await grid.getByRole('rowheader', { name: /Meera, my aunt/ }).waitFor();

    const plan = page.getByRole('region', { name: 'My development plan' });
    await plan.getByRole('button', { name: 'Add a need' }).click();
    await plan.getByLabel('Need 1', { exact: true }).fill('Run the release process for my team on my own');
    await plan.getByLabel('The transition ahead').fill('From QA engineer to release lead');
    await pick(page, 'Functions that would help', 'Coaching');
    await page.getByRole('option', { name: 'Sponsorship', exact: true }).click();
    await page.keyboard.press('Escape');
    await plan.getByRole('button', { name: 'Save plan' }).click();
    await plan.getByText('Plan saved.').waitFor();
    const gaps = page.getByRole('region', { name: 'Gaps' });
    await gaps.getByText('Sponsorship', { exact: true }).waitFor();
    assert.equal(await gaps.getByText('Coaching', { exact: true }).count(), 0, 'coaching is covered by Hiroshi');
    await page.getByText(/1 of the 2 functions your development plan needs have someone/).waitFor();
    const suggestions = gaps.getByRole('list', { name: 'People who could give you sponsorship' });
    await suggestions.waitFor();
    const ask = suggestions.getByRole('link', { name: /^Ask .+ for help with sponsorship$/ }).first();
    assert.match((await ask.getAttribute('href')) ?? '', /^\/requests\/new\?mentorId=[0-9a-f-]{36}&need=Sponsorship&function=sponsorship$/);
    assert.match((await suggestions.getByRole('listitem').first().textContent()) ?? '', /offers sponsorship, which your network lacks/);
    await screenshot(page, 'network-02-two-ties-and-a-gap');
    await gaps.screenshot({ path: `${resultsDir}network-02-gap-suggestions.png` });
    assert.deepEqual(errors, []);
  });

  test('a network of 25 ties still reads well', async () => {
    const { server, browser } = environment();
    if (!crowdedOwner) throw new Error('demo people exist');
    const page = await newPage(browser);
    const errors = collectPageErrors(page);
    await signInThroughPage(page, server.url, crowdedOwner.email, demoPassword);
    const names = [
      'Ana Ruiz',
      'Bea Okafor',
      'Carl Jensen',
      'Dana Levi',
      'Emeka Obi',
      'Fatima Zahra',
      'Gustav Berg',
      'Hana Kim',
      'Ivan Petrov',
      'Julia Rossi',
      'Kofi Mensah',
      'Lena Vogel',
      'Mateo Díaz',
      'Nadia Haddad',
      'Olu Adeyemi',
      'Pia Larsen',
      'Quinn Taylor',
      'Rosa Lima',
      'Sven Holm',
      'Tariq Aziz',
      'Uma Patel',
      'Victor Chen',
      'Wen Li',
      'Ximena Soto',
      'Yusuf Demir',
    ];
    for (const [index, name] of names.entries()) {
      const response = await page.request.post(`${server.url}/api/v1/me/network/ties`, {
        data: {
          name,
          kind: networkTieKinds[index % networkTieKinds.length],
          insideOrganization: index % 3 !== 0,
          functions: [mentoringFunctions[index % 9], mentoringFunctions[(index + 4) % 9]],
          closeness: (index % 5) + 1,
          frequency: tieFrequencies[index % tieFrequencies.length],
          department: ['Finance', 'Engineering', 'Sales', 'Legal'][index % 4],
        },
      });
      assert.equal(response.status(), 201, await response.text());
    }
    await page.goto(`${server.url}/network`);
    await page.getByRole('img', { name: 'Map of your developmental network' }).waitFor();
    assert.equal(await page.getByTestId('network-map-tie').count(), 25);
    await screenshot(page, 'network-03-25-ties');
    await screenshotMap(page, 'network-03-map-25-ties');
    assert.deepEqual(errors, []);
  });
});
