/** Chromium and Firefox name the module that failed in the error; Safari does not. */
function failedModuleUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  return /\bhttps?:\/\/[^\s'"]+/.exec(message)?.[0] ?? null;
}

/**
 * Imports a module again after its download failed. Browsers remember a failed module for the
 * life of the page, so asking for the same address again fails at once without a request; the same
 * file under a new query string is a new module to the browser, and is downloaded afresh. Where
 * the error does not say which file failed, the plain import is all there is to try.
 */
export async function importAgain<Module>(importModule: () => Promise<Module>, attempt: number): Promise<Module> {
  try {
    return await importModule();
  } catch (error) {
    const url = attempt > 0 ? failedModuleUrl(error) : null;
    if (!url) throw error;
    const again = new URL(url);
    again.searchParams.set('retry', String(attempt));
    return (await import(/* @vite-ignore */ again.href)) as Module;
  }
}
