/**
 * The printable report's stylesheet, inlined in its one <style> element. Allowed there by its hash,
 * which content-security-policy.ts (at the package root) computes from this same constant when the
 * app is built: edit it freely, the policies follow.
 */
export const REPORT_STYLE = `
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.45 "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: #1a1f29; margin: 0 auto; max-width: 190mm; padding: 12mm 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { font-size: 18pt; margin: 0 0 4pt; } h2 { font-size: 13pt; margin: 18pt 0 6pt; border-bottom: 1.5pt solid #1f4e79; padding-bottom: 2pt; color: #1f4e79; }
h3 { font-size: 11pt; margin: 0 0 4pt; } h4, h5, h6 { font-size: 10.5pt; margin: 8pt 0 2pt; }
.muted { color: #5b6474; } .headline { font-size: 12pt; font-weight: 600; margin: 8pt 0; }
table { width: 100%; border-collapse: collapse; font-size: 9.5pt; } th, td { text-align: left; padding: 3pt 5pt; border-bottom: 0.5pt solid #c9ced8; vertical-align: top; }
th { background: #eef1f6; } td.num { text-align: right; white-space: nowrap; }
.badge { display: inline-block; border: 0.75pt solid #9aa3b2; border-radius: 3pt; padding: 0 4pt; font-size: 8.5pt; }
.dir-narrower { color: #a1261b; border-color: #a1261b; } .dir-broader { color: #1d6b34; border-color: #1d6b34; } .dir-ambiguous { color: #8a5300; border-color: #8a5300; }
.mat-high { background: #fbe3e0; } .mat-medium { background: #fdf0d9; }
.change { break-inside: avoid; page-break-inside: avoid; border: 0.75pt solid #c9ced8; border-radius: 4pt; padding: 7pt 9pt; margin: 8pt 0; }
.meta { margin: 0 0 4pt; } .why { margin: 2pt 0 4pt; } .verdict { margin: 6pt 0 0; } .verdict-mixed { color: #8a5300; border-color: #8a5300; } .verdict-narrower { color: #a1261b; border-color: #a1261b; } .verdict-broader { color: #1d6b34; border-color: #1d6b34; }
code.rule { font-family: ui-monospace, Consolas, monospace; font-size: 8pt; } .deltas { margin: 4pt 0; padding-left: 14pt; } .fromto { font-family: ui-monospace, Consolas, monospace; background: #eef1f6; padding: 0 3pt; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 8pt; } .side { border-top: 0.5pt solid #c9ced8; padding-top: 3pt; font-size: 9.5pt; } .side-head { font-weight: 600; color: #5b6474; font-size: 8.5pt; text-transform: uppercase; letter-spacing: .03em; }
.side p { white-space: pre-wrap; margin: 2pt 0 0; }
del { background: #fbe3e0; color: #8c1d13; text-decoration: line-through; } ins { background: #ddf1e2; color: #14522a; text-decoration: underline; }
a { color: #1f4e79; } footer { margin-top: 18pt; font-size: 8.5pt; color: #5b6474; border-top: 0.5pt solid #c9ced8; padding-top: 4pt; }
@media screen { body { padding: 24px; } }
`;
