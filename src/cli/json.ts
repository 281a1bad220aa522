// JSON output: the driver's array of per-file records, each written as JSON.stringify(record,
// null, 2) would write it inside the array. (Writing the outline tree as text directly instead of
// stringifying objects was measured slower: see the README's performance notes.)

/** One record `{ file, ...fields }` at the indentation of an array element. */
export function recordJson(file: string, fields: Record<string, unknown>, indent: string): string {
  const text = JSON.stringify({ file, ...fields }, null, 2);
  return text.replace(/\n/g, '\n' + indent);
}
