/** Whole numbers in words, as wordings print them ("fifteen (15) days", "thirty-six months"). */

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 0–9999 in British English words; anything else (fractions, larger numbers) in digits. */
export function numberInWords(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 9999) return String(value);
  if (value < 20) return ONES[value];
  if (value < 100) return TENS[Math.floor(value / 10)] + (value % 10 ? `-${ONES[value % 10]}` : '');
  if (value < 1000) {
    const rest = value % 100;
    return `${ONES[Math.floor(value / 100)]} hundred${rest ? ` and ${numberInWords(rest)}` : ''}`;
  }
  const rest = value % 1000;
  return `${ONES[Math.floor(value / 1000)]} thousand${rest ? (rest < 100 ? ' and ' : ' ') + numberInWords(rest) : ''}`;
}
