import { SaxesParser } from 'saxes';
import { escapeXml, escapeXmlAttribute } from './inline-markup';

/** A trans-unit as a translator's file has it. */
export interface ReadUnit {
  readonly id: string;
  /** The source file it belongs to, from <file original>. */
  readonly file: string;
  /** Line of the <trans-unit> in the XLIFF file. */
  readonly line: number;
  readonly source: string;
  /** Null when the unit has no <target>, or an empty one. */
  readonly target: string | null;
  /** The XLIFF state as written; a tool may write one of its own. */
  readonly state: string;
}

export interface ReadXliff {
  readonly targetLocale: string | null;
  readonly units: readonly ReadUnit[];
}

/** The XML inside <source> or <target>, kept as written: text escaped again, elements with their attributes. */
class InnerXml {
  private depth = 0;
  text = '';
  /** True when every element opened inside is closed, so a closing tag of the outer name ends it. */
  get isAtTop(): boolean {
    return this.depth === 0;
  }
  open(name: string, attributes: Readonly<Record<string, string>>): void {
    const written = Object.entries(attributes)
      .filter(([key]) => !key.startsWith('xmlns'))
      .map(([key, value]) => ` ${key}="${escapeXmlAttribute(value)}"`)
      .join('');
    this.text += `<${name}${written}>`;
    this.depth += 1;
  }
  close(name: string, selfClosing: boolean): void {
    this.depth -= 1;
    if (selfClosing) this.text = `${this.text.slice(0, -1)}/>`;
    else this.text += `</${name}>`;
  }
}

/**
 * Reads an XLIFF 1.2 document: every trans-unit with its line, source and target. Throws with the
 * line when the file is not well-formed XML, as a translator's tool sometimes writes it.
 */
export function readXliff(xml: string): ReadXliff {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const units: ReadUnit[] = [];
  let targetLocale: string | null = null;
  let file = '';
  let unit: { id: string; line: number; source: string; target: string | null; state: string } | null = null;
  let inner: InnerXml | null = null;
  let innerOf: 'source' | 'target' | null = null;
  let state = '';
  parser.on('error', (e) => {
    throw new Error(`line ${parser.line}: ${e.message.split('\n')[0] ?? e.message}`);
  });
  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    if (inner) {
      inner.open(tag.name, attributes);
      return;
    }
    const name = tag.name.replace(/^.*:/, '');
    if (name === 'file') {
      file = attributes.original ?? '';
      targetLocale ??= attributes['target-language'] ?? null;
    } else if (name === 'trans-unit') {
      unit = { id: attributes.id ?? '', line: parser.line, source: '', target: null, state: '' };
    } else if (unit && (name === 'source' || name === 'target')) {
      inner = new InnerXml();
      innerOf = name;
      if (name === 'target') state = attributes.state ?? '';
    }
  });
  parser.on('closetag', (tag) => {
    const name = tag.name.replace(/^.*:/, '');
    if (inner && !(innerOf === name && inner.isAtTop)) {
      inner.close(tag.name, tag.isSelfClosing);
      return;
    }
    if (inner && unit) {
      if (innerOf === 'source') unit.source = inner.text;
      else {
        unit.target = inner.text.trim() === '' ? null : inner.text;
        unit.state = state;
      }
      inner = null;
      innerOf = null;
      return;
    }
    if (name === 'trans-unit' && unit) {
      units.push({ ...unit, file });
      unit = null;
    }
  });
  const onText = (text: string) => {
    if (inner) inner.text += escapeXml(text);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.write(xml).close();
  return { targetLocale, units };
}
