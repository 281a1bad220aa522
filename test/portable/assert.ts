// Minimal assertions for the portable suites, which also run in the web worker host: node:assert is
// not available there, and a bundled polyfill would pull in a Buffer/process shim the web suite
// would then no longer prove absent.

export class AssertionError extends Error {
  override name = 'AssertionError';
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value, null, 2) ?? String(value);
}

export function ok(value: unknown, message?: string): asserts value {
  if (!value) throw new AssertionError(message ?? `expected a truthy value, got ${show(value)}`);
}

export function equal<T>(actual: T, expected: T, message?: string): void {
  if (!Object.is(actual, expected)) throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
}

/** Structural equality of JSON-like values (arrays, plain objects, strings, numbers, booleans, null). */
export function deepEqual<T>(actual: T, expected: T, message?: string): void {
  const a = JSON.stringify(actual);
  const b = JSON.stringify(expected);
  if (a !== b) throw new AssertionError(`${message ? `${message}: ` : ''}expected\n${show(expected)}\ngot\n${show(actual)}`);
}

export function match(actual: string, pattern: RegExp, message?: string): void {
  if (!pattern.test(actual)) throw new AssertionError(`${message ? `${message}: ` : ''}${show(actual)} does not match ${pattern}`);
}

export function notEqual<T>(actual: T, unexpected: T, message?: string): void {
  if (Object.is(actual, unexpected)) throw new AssertionError(`${message ? `${message}: ` : ''}expected anything but ${show(unexpected)}`);
}

export function doesNotMatch(actual: string, pattern: RegExp, message?: string): void {
  if (pattern.test(actual)) throw new AssertionError(`${message ? `${message}: ` : ''}${show(actual)} matches ${pattern}`);
}
