import {
  createTheme,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type ModalProps,
  type NotificationProps,
  type PasswordInputProps,
} from '@mantine/core';
import type { TFunction } from 'i18next';

/** A rice-field green: the brand colour, with enough contrast on white at shades 8–9. */
const brand: MantineColorsTuple = [
  '#e6f7f1',
  '#cdeee2',
  '#9edcc5',
  '#6bc9a6',
  '#42b98c',
  '#28ae7b',
  '#16a472',
  '#0b8c5f',
  '#007a52',
  '#006944',
];

/**
 * The theme takes `t` because some Mantine parts carry built-in English labels (close buttons,
 * the password visibility toggle); they are translated here once for the whole app. The defaults
 * are plain objects, not `Modal.extend(…)`: that would put Modal and PasswordInput in the entry
 * chunk of every page.
 */
export function createAppTheme(t: TFunction) {
  return createTheme({
    primaryColor: 'brand',
    // Filled buttons, links and outlines in shade 8: white on it reads at 5.4:1 (shade 7 is
    // 4.3:1, under WCAG AA for the small buttons' labels).
    primaryShade: 8,
    colors: { brand },
    defaultRadius: 'md',
    fontFamily:
      "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
    headings: { fontWeight: '700' },
    cursorType: 'pointer',
    components: {
      Modal: {
        defaultProps: {
          closeButtonProps: { 'aria-label': t('common.close') },
        } satisfies Partial<ModalProps>,
      },
      Notification: {
        defaultProps: {
          closeButtonProps: { 'aria-label': t('common.close') },
        } satisfies Partial<NotificationProps>,
      },
      PasswordInput: {
        defaultProps: {
          visibilityToggleButtonProps: { 'aria-label': t('fields.togglePassword') },
        } satisfies Partial<PasswordInputProps>,
      },
    },
  });
}

/**
 * Secondary ("dimmed") text in a grey that reads at 4.8:1 on white (WCAG AA for body text);
 * Mantine's default, gray.6, is 3.3:1. The light badges' labels in darker shades, each at
 * least 4.9:1 on its tint: certifications (teal.9 on teal.1 is 4.3:1) and the OCOP stars
 * (yellow.9 on yellow.1 is 2.7:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#6b7280',
    '--mantine-color-teal-light-color': '#06694b',
    '--mantine-color-yellow-light-color': '#a65200',
  },
  dark: {},
});
