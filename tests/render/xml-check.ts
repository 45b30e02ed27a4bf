/**
 * A minimal XML well-formedness checker for tests: balanced tags, quoted attributes, known entities,
 * no stray `<` or `&`. Enough to catch broken SVG or HTML fragments without a parser dependency.
 */

/** Elements HTML allows without a closing tag. */
const HTML_VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Result of a check: the problems found (empty when well-formed) and the element names seen, in order. */
export interface XmlCheck {
  readonly problems: string[];
  readonly elements: string[];
}

/**
 * Checks that `text` is a well-formed sequence of elements. With `html`, void elements may be left open and
 * a leading doctype is allowed; contents of <style> are skipped.
 */
export function checkXml(text: string, opts: { html?: boolean } = {}): XmlCheck {
  const problems: string[] = [];
  const elements: string[] = [];
  const stack: string[] = [];
  let i = 0;
  const checkText = (s: string, at: number): void => {
    const amp = /&(?!(amp|lt|gt|quot|#39|#\d+|#x[0-9a-fA-F]+|apos|nbsp);)/.exec(s);
    if (amp) problems.push(`bare & at ${at + amp.index}`);
    if (s.includes('>') && !opts.html) problems.push(`bare > at ${at + s.indexOf('>')}`);
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) {
      checkText(text.slice(i), i);
      break;
    }
    checkText(text.slice(i, lt), i);
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt);
      if (end < 0) {
        problems.push(`unclosed comment at ${lt}`);
        break;
      }
      i = end + 3;
      continue;
    }
    if (text.startsWith('<!', lt) || text.startsWith('<?', lt)) {
      const end = text.indexOf('>', lt);
      if (end < 0) break;
      i = end + 1;
      continue;
    }
    const end = text.indexOf('>', lt);
    if (end < 0) {
      problems.push(`unclosed tag at ${lt}`);
      break;
    }
    const inner = text.slice(lt + 1, end);
    if (inner.startsWith('/')) {
      const name = inner.slice(1).trim();
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}> at ${lt}`);
      i = end + 1;
      continue;
    }
    const m = /^([A-Za-z][\w:-]*)([\s\S]*?)(\/?)$/.exec(inner);
    if (!m) {
      problems.push(`bad tag <${inner.slice(0, 20)}> at ${lt}`);
      i = end + 1;
      continue;
    }
    const name = m[1] ?? '';
    const rest = (m[2] ?? '').trim();
    const selfClosing = m[3] === '/';
    const attrRe = /^([\w:-]+)="([^"<]*)"\s*/;
    let a = rest;
    while (a.length > 0) {
      const am = attrRe.exec(a);
      if (!am) {
        problems.push(`bad attribute in <${name}> near "${a.slice(0, 30)}" at ${lt}`);
        break;
      }
      checkText(am[2] ?? '', lt);
      a = a.slice(am[0].length);
    }
    elements.push(name);
    i = end + 1;
    if (selfClosing || (opts.html && HTML_VOID.has(name.toLowerCase()))) continue;
    if (opts.html && (name === 'style' || name === 'script')) {
      const close = text.indexOf(`</${name}>`, i);
      if (close < 0) {
        problems.push(`unclosed <${name}>`);
        break;
      }
      i = close + name.length + 3;
      continue;
    }
    stack.push(name);
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(' > ')}`);
  return { problems, elements };
}

/** Extracts every `<svg …>…</svg>` fragment (they do not nest in our output). */
export function svgFragments(html: string): string[] {
  return html.match(/<svg[\s>][\s\S]*?<\/svg>/g) ?? [];
}
