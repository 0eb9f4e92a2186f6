/**
 * The content-stream operators pdfjs knows (pdfjs-dist 5.6.205, EvaluatorPreprocessor.opMap),
 * with the number of operands each takes. Their names decide how pdfjs's lexer cuts a run of
 * letters into operators ("qqq" is three saves, "BIq" an inline image and a save), and their
 * operand counts decide which operand a `Do` takes and where an inline image ends; so the meter
 * (graphics-state-meter.ts) must use the same table. pdf-content-operators.test.ts checks it
 * against the pdfjs build installed.
 */

export interface OperatorSpec {
  numArgs: number;
  /** The operand count is an upper bound (colour operators), not an exact one. */
  variableArgs: boolean;
}

const FIXED: [string, number][] = [
  ['w', 1], ['J', 1], ['j', 1], ['M', 1], ['d', 2], ['ri', 1], ['i', 1], ['gs', 1], ['q', 0], ['Q', 0], ['cm', 6],
  ['m', 2], ['l', 2], ['c', 6], ['v', 4], ['y', 4], ['h', 0], ['re', 4], ['S', 0], ['s', 0], ['f', 0], ['F', 0], ['f*', 0],
  ['B', 0], ['B*', 0], ['b', 0], ['b*', 0], ['n', 0], ['W', 0], ['W*', 0], ['BT', 0], ['ET', 0], ['Tc', 1], ['Tw', 1],
  ['Tz', 1], ['TL', 1], ['Tf', 2], ['Tr', 1], ['Ts', 1], ['Td', 2], ['TD', 2], ['Tm', 6], ['T*', 0], ['Tj', 1], ['TJ', 1],
  ["'", 1], ['"', 3], ['d0', 2], ['d1', 6], ['CS', 1], ['cs', 1], ['G', 1], ['g', 1], ['RG', 3], ['rg', 3], ['K', 4],
  ['k', 4], ['sh', 1], ['BI', 0], ['ID', 0], ['EI', 1], ['Do', 1], ['MP', 1], ['DP', 2], ['BMC', 1], ['BDC', 2],
  ['EMC', 0], ['BX', 0], ['EX', 0],
];
const VARIABLE: [string, number][] = [['SC', 4], ['SCN', 33], ['sc', 4], ['scn', 33]];
/** Prefixes pdfjs lists so that its lexer reads `BMC`, `BDC`, `false` and `null` whole; they run nothing. */
const PREFIXES_ONLY = ['BM', 'BD', 'true', 'fa', 'fal', 'fals', 'false', 'nu', 'nul', 'null'];

export const CONTENT_OPERATORS: ReadonlyMap<string, OperatorSpec> = new Map([
  ...FIXED.map(([name, numArgs]): [string, OperatorSpec] => [name, { numArgs, variableArgs: false }]),
  ...VARIABLE.map(([name, numArgs]): [string, OperatorSpec] => [name, { numArgs, variableArgs: true }]),
]);

/** Every name the lexer knows, operators and prefixes alike. */
export const KNOWN_COMMANDS: ReadonlySet<string> = new Set([...CONTENT_OPERATORS.keys(), ...PREFIXES_ONLY]);
