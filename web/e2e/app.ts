import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo.ts';
import en from '../src/locales/en.json';
import vi from '../src/locales/vi.json';
import { visible } from './browser.ts';

/**
 * What the scenarios know about the app: its translations (so a reworded label is one edit, and
 * a missing one fails here as it would for a person) and how a person signs in.
 */
export { en, vi, DEMO_PASSWORD };

/** i18next-style `{{name}}` interpolation, for texts with values in them. */
export function fill(template: string, values: Record<string, string | number>) {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

/**
 * An input by its visible label: the whole label, so "Mật khẩu" does not match the toggle
 * "Hiện/ẩn mật khẩu", with the " *" Mantine appends to required fields.
 */
export const field = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`));

/** A Mantine Select (role combobox) by its label; its option list is labelled the same way. */
export const combobox = (page: Page, label: string) =>
  page.getByRole('combobox', { name: label, exact: true });

/** Signs in through the login form (Vietnamese UI) and waits for the dashboard's greeting. */
export async function signIn(page: Page, email: string, name: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await field(page, vi.fields.email).fill(email);
  await field(page, vi.fields.password).fill(password);
  await page.getByRole('button', { name: vi.login.submit, exact: true }).click();
  await visible(
    page.getByRole('heading', { level: 1, name: fill(vi.dashboard.greeting, { name }) }),
  );
}
