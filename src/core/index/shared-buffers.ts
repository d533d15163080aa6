/**
 * Small typed arrays kept in large buffers shared with others. A typed array with a buffer of its own is two
 * heap objects more (the buffer and its backing store), and costly ones for every full garbage collection to mark
 * and sweep: an indexed article has two such arrays (its word hashes, its saved bytes), 38,400 articles at ~100 MB
 * of sources. A buffer lives while any array in it does.
 */
export class SharedBuffers<A extends Int32Array | Uint8Array> {
  private buffer: A | undefined;
  private used = 0;

  /** `create(length)` makes a buffer; each holds `size` elements. */
  constructor(private readonly create: (length: number) => A, private readonly size: number) {}

  /** `array` copied into the current buffer (a new one when it does not fit); one over an eighth of a buffer stays as it is. */
  share(array: A): A {
    if (array.length > this.size / 8) return array;
    if (!this.buffer || this.used + array.length > this.buffer.length) {
      this.buffer = this.create(this.size);
      this.used = 0;
    }
    const view = this.buffer.subarray(this.used, this.used + array.length) as A;
    view.set(array);
    this.used += array.length;
    return view;
  }
}
