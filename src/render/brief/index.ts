/** The brief: data shape, Markdown and self-contained HTML renderers. */
export type * from './brief-types.js';
export { briefMarkdown, mdCell } from './brief-markdown.js';
export { briefHtml } from './brief-html.js';
export { sourceText, leverValueText } from './brief-text.js';
