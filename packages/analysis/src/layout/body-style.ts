/**
 * The style of the body text (most characters), against which headings stand out.
 */
import type { TextLine } from './layout-types.js';

export interface BodyStyle {
  fontSize: number;
  /** True when most body text is bold: then boldness says nothing about headings. */
  bold: boolean;
  /** Usual distance between baselines of consecutive body lines, in ems. */
  lineSpacing: number;
}

export function measureBodyStyle(lines: TextLine[]): BodyStyle {
  const weight = new Map<number, number>();
  for (const line of lines) weight.set(line.fontSize, (weight.get(line.fontSize) ?? 0) + line.text.length);
  let fontSize = 10;
  let best = -1;
  for (const [size, w] of weight) {
    if (w > best) {
      best = w;
      fontSize = size;
    }
  }
  let boldChars = 0;
  let bodyChars = 0;
  const spacings: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (Math.abs(line.fontSize - fontSize) > 0.5) continue;
    bodyChars += line.text.length;
    if (line.bold) boldChars += line.text.length;
    const next = lines[i + 1];
    if (next && next.flow === line.flow && Math.abs(next.fontSize - fontSize) <= 0.5) {
      const pitch = (next.baseline - line.baseline) / fontSize;
      if (pitch > 0.8 && pitch < 3) spacings.push(pitch);
    }
  }
  spacings.sort((a, b) => a - b);
  // The lower quartile: paragraph gaps inflate the median when paragraphs are short.
  const lineSpacing = spacings.length > 0 ? spacings[Math.floor(spacings.length / 4)] : 1.2;
  return { fontSize, bold: bodyChars > 0 && boldChars > bodyChars * 0.5, lineSpacing };
}
