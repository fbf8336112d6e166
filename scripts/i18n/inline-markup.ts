/**
 * The text of one translation unit as XLIFF 1.2 holds it: words, with any inline markup of the
 * source (bold, a link, an inline component) as placeholders the translator moves but never
 * edits. `<g id>…</g>` wraps words (bold, emphasis, a link); `<x id/>` stands alone (inline
 * code, an expression). Each unit's text is kept as the XML inside `<source>` or `<target>`.
 */
export type Segment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'open'; readonly id: string; readonly ctype: string }
  | { readonly kind: 'close'; readonly id: string }
  | { readonly kind: 'standalone'; readonly id: string; readonly ctype: string };

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeXmlAttribute(text: string): string {
  return escapeXml(text).replace(/"/g, '&quot;');
}

/** Plain words as unit text. */
export function plainUnitText(text: string): string {
  return escapeXml(text);
}

export function segmentsToUnitText(segments: readonly Segment[]): string {
  return segments
    .map((s) => {
      if (s.kind === 'text') return escapeXml(s.text);
      if (s.kind === 'open') return `<g id="${escapeXmlAttribute(s.id)}" ctype="${escapeXmlAttribute(s.ctype)}">`;
      if (s.kind === 'close') return '</g>';
      return `<x id="${escapeXmlAttribute(s.id)}" ctype="${escapeXmlAttribute(s.ctype)}"/>`;
    })
    .join('');
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const CHARACTER_REFERENCE = /&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g;

/** XML text with its character references decoded; null when it holds a bare & or an entity XML does not define. */
function decodeEntities(text: string): string | null {
  if (text.replace(CHARACTER_REFERENCE, '').includes('&')) return null;
  let unknown = false;
  const decoded = text.replace(CHARACTER_REFERENCE, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    const known = ENTITIES[name];
    if (known === undefined) unknown = true;
    return known ?? whole;
  });
  return unknown ? null : decoded;
}

function attributeOf(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  const raw = match?.[1] ?? match?.[2];
  return raw === undefined ? undefined : (decodeEntities(raw) ?? raw);
}

/** Unit text back into segments; a message instead when it is not well-formed XLIFF inline markup. */
export function parseUnitText(unitText: string): Segment[] | { problem: string } {
  const segments: Segment[] = [];
  const open: string[] = [];
  const pattern = /<(\/?)([a-zA-Z][\w:-]*)([^>]*?)(\/?)>/g;
  let at = 0;
  const pushText = (raw: string): string | null => {
    if (raw === '') return null;
    if (raw.includes('<') || raw.includes('>')) return 'a stray < or > (write &lt; or &gt;)';
    const text = decodeEntities(raw);
    if (text === null) return 'a stray & (write &amp;)';
    const last = segments.at(-1);
    if (last?.kind === 'text') segments[segments.length - 1] = { kind: 'text', text: last.text + text };
    else segments.push({ kind: 'text', text });
    return null;
  };
  for (const match of unitText.matchAll(pattern)) {
    const [whole, closing, name, attributes = '', selfClosing] = match;
    const textProblem = pushText(unitText.slice(at, match.index));
    if (textProblem) return { problem: textProblem };
    at = match.index + whole.length;
    if (name !== 'g' && name !== 'x')
      return { problem: `<${name}> is not a placeholder this course uses; keep only <g> and <x/> from the source` };
    if (name === 'x') {
      const id = attributeOf(whole, 'id');
      if (closing || !selfClosing || id === undefined) return { problem: 'an <x/> placeholder must be <x id="…"/>' };
      segments.push({ kind: 'standalone', id, ctype: attributeOf(whole, 'ctype') ?? '' });
      continue;
    }
    if (closing) {
      const id = open.pop();
      if (id === undefined) return { problem: 'a </g> closes nothing' };
      segments.push({ kind: 'close', id });
      continue;
    }
    const id = attributeOf(`<g${attributes}>`, 'id');
    if (id === undefined || selfClosing) return { problem: 'a <g> placeholder must be <g id="…">words</g>' };
    open.push(id);
    segments.push({ kind: 'open', id, ctype: attributeOf(whole, 'ctype') ?? '' });
  }
  const tailProblem = pushText(unitText.slice(at));
  if (tailProblem) return { problem: tailProblem };
  if (open.length > 0) return { problem: `<g id="${open.at(-1) ?? ''}"> is never closed` };
  return segments;
}

/** The words of unit text without markup, as a learner would read them. */
export function wordsOf(segments: readonly Segment[]): string {
  return segments.map((s) => (s.kind === 'text' ? s.text : '')).join('');
}

/**
 * What is wrong with a translation's placeholders compared with its source: one lost, one added,
 * or one used twice. Order may change, as another language may need it to.
 */
export function placeholderProblems(source: readonly Segment[], target: readonly Segment[]): string[] {
  const ids = (segments: readonly Segment[]) =>
    segments.flatMap((s) => (s.kind === 'open' ? [`g:${s.id}`] : s.kind === 'standalone' ? [`x:${s.id}`] : []));
  const wanted = ids(source);
  const found = ids(target);
  const problems: string[] = [];
  const show = (key: string) => (key.startsWith('g:') ? `<g id="${key.slice(2)}">` : `<x id="${key.slice(2)}"/>`);
  for (const key of new Set(wanted)) if (!found.includes(key)) problems.push(`the placeholder ${show(key)} was lost`);
  for (const key of new Set(found)) {
    if (!wanted.includes(key)) problems.push(`the placeholder ${show(key)} is not in the source`);
    else if (found.filter((k) => k === key).length > wanted.filter((k) => k === key).length)
      problems.push(`the placeholder ${show(key)} is used more than once`);
  }
  return problems;
}
