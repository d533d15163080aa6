/** Set by esbuild.js per suite bundle: 'web' (web worker extension host) or 'desktop' (Node extension host). */
declare const SOURCECHECK_TEST_HOST: 'web' | 'desktop';
