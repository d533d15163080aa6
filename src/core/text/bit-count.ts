/** How many bits of the 32-bit integer `n` are set. */
export function bitCount(n: number): number {
  let count = 0;
  for (let v = n >>> 0; v !== 0; v &= v - 1) count++;
  return count;
}
