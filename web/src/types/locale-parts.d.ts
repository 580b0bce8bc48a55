// The build serves these parts of a locale file (vite.config.ts, `localePartsPlugin`).
declare module '*.json?part=public' {
  const strings: Record<string, unknown>;
  export default strings;
}
declare module '*.json?part=app' {
  const strings: Record<string, unknown>;
  export default strings;
}
