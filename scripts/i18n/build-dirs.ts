import { SOURCE_LOCALE } from './locale-build';

/**
 * Where each language's build goes: the source language in dist/, as it always has, so the
 * preview LMS and the tests find it there; every other language in dist-locales/<code>/.
 */
export function buildDirFor(locale: string): string {
  return locale === SOURCE_LOCALE ? 'dist' : `dist-locales/${locale}`;
}
