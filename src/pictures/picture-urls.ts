/** The URL of a generated picture from a glob of `./generated/<prefix>-<id>.svg`, or undefined. */
export function pictureUrl(urls: Readonly<Record<string, string>>, prefix: string, id: string): string | undefined {
  return urls[`./generated/${prefix}-${id}.svg`];
}
