/** Counts every call the course makes to an LMS API, whatever its name. */
export function countedLms<Api extends object>(api: Api): { api: Api; calls: () => number } {
  let calls = 0;
  const counted = Object.fromEntries(
    Object.entries(api).map(([name, method]) => [
      name,
      (...args: unknown[]) => {
        calls += 1;
        return (method as (...a: unknown[]) => unknown)(...args);
      },
    ]),
  );
  return { api: counted as Api, calls: () => calls };
}
