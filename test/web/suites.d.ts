// The module esbuild.mjs generates for the web suite: every *.test.ts of test/web and test/portable.
declare module 'speech-outline:web-suites' {
  /** Suite name (`host.test`, `portable/outline.test`) → a lazy import of its file. */
  export const SUITES: Record<string, () => Promise<unknown>>;
}
