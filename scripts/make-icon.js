// Writes media/icon.png, the 128x128 Marketplace icon: a page with a quotation mark and a check mark on a dark
// tile. Drawn from signed distances with 4x4 supersampling, so no image tool is needed (node scripts/make-icon.js).
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZE = 128;
const SAMPLES = 4;

const roundedBox = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const segment = (x, y, ax, ay, bx, by, r) => {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy) - r;
};
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;

// Layers from back to front: [distance function, RGB].
const layers = [
  [(x, y) => roundedBox(x, y, 64, 64, 62, 62, 22), [0x1f, 0x3a, 0x5f]],
  [(x, y) => roundedBox(x, y, 58, 62, 34, 42, 6), [0xf5, 0xf3, 0xee]],
  // a closing quotation mark: two commas
  [(x, y) => Math.min(circle(x, y, 44, 44, 7), segment(x, y, 49, 45, 43, 60, 3.2)), [0x1f, 0x3a, 0x5f]],
  [(x, y) => Math.min(circle(x, y, 64, 44, 7), segment(x, y, 69, 45, 63, 60, 3.2)), [0x1f, 0x3a, 0x5f]],
  // lines of text
  [(x, y) => Math.min(segment(x, y, 38, 76, 78, 76, 2.6), segment(x, y, 38, 88, 66, 88, 2.6)), [0x9a, 0xa5, 0xb4]],
  // a check mark on a green disc
  [(x, y) => circle(x, y, 92, 94, 22), [0x2e, 0x9e, 0x5b]],
  [(x, y) => Math.min(segment(x, y, 81, 95, 89, 103, 3.6), segment(x, y, 89, 103, 103, 86, 3.6)), [0xff, 0xff, 0xff]],
  ];

function pixel(px, py) {
  let [r, g, b, a] = [0, 0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = px + (sx + 0.5) / SAMPLES;
      const y = py + (sy + 0.5) / SAMPLES;
      let colour = null;
      for (const [inside, rgb] of layers) if (inside(x, y) <= 0) colour = rgb;
      if (colour) {
        r += colour[0];
        g += colour[1];
        b += colour[2];
        a += 1;
      }
    }
  }
  return a === 0 ? [0, 0, 0, 0] : [r / a, g / a, b / a, (255 * a) / (SAMPLES * SAMPLES)].map(Math.round);
}

function crc32(bytes) {
  let c = ~0;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const rows = [];
for (let y = 0; y < SIZE; y++) {
  rows.push(Buffer.from([0])); // filter: none
  const row = Buffer.alloc(SIZE * 4);
  for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(row, x * 4);
  rows.push(row);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(__dirname, '..', 'media', 'icon.png');
fs.writeFileSync(out, png);
console.log(`${out}: ${png.length} bytes`);
