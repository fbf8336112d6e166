import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface JsdomModule {
  JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } };
}

/** Parses XML in Node with jsdom's namespace-aware DOMParser; throws on a well-formedness error. */
export function parseXml(xml: string): Document {
  // jsdom ships no type declarations; only its DOMParser is used, typed by the DOM lib.
  const { JSDOM } = require('jsdom') as JsdomModule;
  const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`XML is not well-formed: ${error.textContent ?? ''}`);
  return doc;
}
