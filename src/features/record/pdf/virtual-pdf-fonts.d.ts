/** The subset PDF fonts made by scripts/pdf-font-plugin.ts: URLs on the app's own origin, each weight's faces in order. */
declare module 'virtual:pdf-fonts' {
  const fonts: { regular: string[]; bold: string[] };
  export default fonts;
}
