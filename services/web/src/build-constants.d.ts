/** Defined at build time by content-security-policy.ts (vite.config.ts): the printable report's style hash, `'sha256-…'`. */
declare const __REPORT_STYLE_HASH__: string;
