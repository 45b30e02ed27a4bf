import { describe, expect, it } from 'vitest';
import { checkXml, svgFragments } from './xml-check.js';

describe('checkXml (the test helper itself)', () => {
  it('accepts well-formed fragments', () => {
    expect(checkXml('<svg a="1"><g><path d="M0 0"/></g><text>a &amp; b</text></svg>').problems).toEqual([]);
  });
  it('rejects broken ones', () => {
    expect(checkXml('<a><b></a>').problems).not.toEqual([]);
    expect(checkXml('<a x=1></a>').problems).not.toEqual([]);
    expect(checkXml('<a>x & y</a>').problems).not.toEqual([]);
    expect(checkXml('<a>').problems).not.toEqual([]);
    expect(checkXml('<a title="x<y"></a>').problems).not.toEqual([]);
  });
  it('allows HTML void elements and skips style contents in HTML mode', () => {
    expect(
      checkXml('<!DOCTYPE html><html><head><meta charset="utf-8"><style>a > b {}</style></head></html>', { html: true })
        .problems,
    ).toEqual([]);
  });
  it('extracts svg fragments', () => {
    expect(svgFragments('<p>x</p><svg id="a"></svg><svg id="b"><g></g></svg>')).toHaveLength(2);
  });
});
