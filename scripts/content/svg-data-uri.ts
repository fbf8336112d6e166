/**
 * An SVG as a `data:` URI for an `<img src>`. Percent-encoding only the characters a URI needs
 * is smaller than base64 and leaves the text for gzip to compress.
 */
export function svgDataUri(svg: string): string {
  const compact = svg.replace(/\s+/g, ' ').replace(/> </g, '><').replace(/"/g, "'").trim();
  return `data:image/svg+xml,${compact.replace(/[\r\n%#()<>?[\\\]^`{|}]/g, encodeURIComponent)}`;
}
