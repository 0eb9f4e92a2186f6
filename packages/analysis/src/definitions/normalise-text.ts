/**
 * Policy PDFs mix typographic quotes, dashes and odd spacing ("Flood : means"). Every matcher in the
 * definitions, classification and DNA stages works on this normalised form so one pattern fits all.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '–')
    .replace(/\u00A0/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?)])(?=\s|$)/g, '$1')
    .trim();
}
