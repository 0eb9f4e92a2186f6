/**
 * Builds positioned text items by hand, for tests of the pure layout functions: one item per
 * call, with a width estimated at half an em per character (Helvetica averages a little more).
 */
import type { PageText, TextItem } from './layout-types.js';

export interface ItemOptions {
  size?: number;
  bold?: boolean;
  page?: number;
  width?: number;
}

export function item(str: string, x: number, baseline: number, options: ItemOptions = {}): TextItem {
  const size = options.size ?? 10;
  return {
    str,
    x,
    y: baseline - size * 0.8,
    width: options.width ?? str.length * size * 0.5,
    height: size,
    baseline,
    fontName: options.bold ? 'bold' : 'regular',
    fontSize: size,
    bold: options.bold ?? false,
    page: options.page ?? 1,
  };
}

/** Lines of text starting at `top`, one item each, `leading` points apart. */
export function paragraphItems(lines: string[], x: number, top: number, options: ItemOptions & { leading?: number } = {}): TextItem[] {
  const leading = options.leading ?? (options.size ?? 10) * 1.2;
  return lines.map((text, i) => item(text, x, top + i * leading, options));
}

export function page(number: number, items: TextItem[], width = 595, height = 842): PageText {
  return { page: number, width, height, items: items.map((it) => ({ ...it, page: number })) };
}
