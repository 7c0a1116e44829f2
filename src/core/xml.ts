/**
 * XML to a small element tree with namespaces resolved, for feeds and chapter files. Parsing is
 * fast-xml-parser's (no DOM, so `core/` stays pure); this module only gives its output one shape:
 * elements with a prefix, a local name, the namespace URI their prefix is bound to, attributes,
 * children and text. Undeclared prefixes (common in hand-made feeds) are kept, unbound.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
  /** The name as written: "podcast:transcript". */
  name: string;
  prefix: string;
  local: string;
  /** The namespace URI the prefix is bound to here; undefined when it is not declared. */
  ns: string | undefined;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (CDATA included), not its children's. */
  text: string;
}

/** A file that is not well-formed XML: where, and what the parser expected. */
export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
  constructor(
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`line ${line}, column ${column}: ${detail}`);
  }
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

function splitName(name: string): { prefix: string; local: string } {
  const colon = name.indexOf(':');
  return colon < 0
    ? { prefix: '', local: name }
    : { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
}

function build(node: OrderedNode, scope: ReadonlyMap<string, string>): XmlElement | null {
  const name = Object.keys(node).find((key) => key !== ':@');
  if (name === undefined || name === '#text' || name.startsWith('?') || name.startsWith('!')) {
    return null;
  }
  const attrs = node[':@'] ?? {};
  let bindings = scope;
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'xmlns' || key.startsWith('xmlns:')) {
      if (bindings === scope) bindings = new Map(scope);
      (bindings as Map<string, string>).set(key === 'xmlns' ? '' : key.slice(6), String(value));
    }
  }
  const { prefix, local } = splitName(name);
  const element: XmlElement = {
    name,
    prefix,
    local,
    ns: bindings.get(prefix),
    attrs: Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, String(v)])),
    children: [],
    text: '',
  };
  for (const child of (node[name] as OrderedNode[] | undefined) ?? []) {
    if ('#text' in child) element.text += String(child['#text']);
    else {
      const built = build(child, bindings);
      if (built) element.children.push(built);
    }
  }
  return element;
}

/** The document's root element; throws XmlSyntaxError when the text is not well-formed XML. */
export function parseXml(text: string): XmlElement {
  const source = text.replace(/^\uFEFF/, '');
  const verdict = XMLValidator.validate(source, { allowBooleanAttributes: true });
  if (verdict !== true) {
    const { line, col, msg } = verdict.err;
    throw new XmlSyntaxError(line, col, msg);
  }
  const nodes = parser.parse(source) as OrderedNode[];
  for (const node of nodes) {
    const root = build(node, new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]));
    if (root) return root;
  }
  throw new XmlSyntaxError(1, 1, 'the file has no root element.');
}

/** A namespace: the URIs it is known by, and the prefix that names it when none is declared. */
export interface Namespace {
  prefix: string;
  matches(uri: string): boolean;
}

/** Whether `element` is `local` in namespace `ns` (null: no namespace, or the document's default). */
export function isElement(element: XmlElement, ns: Namespace | null, local: string): boolean {
  if (element.local !== local) return false;
  if (ns === null) return element.prefix === '';
  return element.ns === undefined ? element.prefix === ns.prefix : ns.matches(element.ns);
}

export const childrenOf = (
  element: XmlElement,
  ns: Namespace | null,
  local: string,
): XmlElement[] => element.children.filter((child) => isElement(child, ns, local));

export const childOf = (
  element: XmlElement,
  ns: Namespace | null,
  local: string,
): XmlElement | undefined => element.children.find((child) => isElement(child, ns, local));

/** The trimmed text of the first such child, or undefined when it is missing or empty. */
export function childText(
  element: XmlElement,
  ns: Namespace | null,
  local: string,
): string | undefined {
  const text = childOf(element, ns, local)?.text.trim();
  return text ? text : undefined;
}

/** Every element below `element` (depth first) that is `local` in `ns`. */
export function findAll(element: XmlElement, ns: Namespace | null, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlElement): void => {
    for (const child of node.children) {
      if (isElement(child, ns, local)) found.push(child);
      visit(child);
    }
  };
  visit(element);
  return found;
}

const uriLike =
  (...patterns: RegExp[]) =>
  (uri: string): boolean =>
    patterns.some((pattern) => pattern.test(uri));

/** The namespaces podcast feeds use, by every URI seen in the wild. */
export const NS = {
  // The canonical URI, and the GitHub page early feeds declared instead.
  podcast: {
    prefix: 'podcast',
    matches: uriLike(/podcastindex\.org\/namespace/i, /podcast-namespace/i),
  },
  itunes: { prefix: 'itunes', matches: uriLike(/itunes\.com\/dtds/i) },
  psc: { prefix: 'psc', matches: uriLike(/podlove\.org\/simple-chapters/i) },
  atom: { prefix: 'atom', matches: uriLike(/^http:\/\/www\.w3\.org\/2005\/Atom$/) },
  content: { prefix: 'content', matches: uriLike(/purl\.org\/rss\/1\.0\/modules\/content/i) },
} satisfies Record<string, Namespace>;
