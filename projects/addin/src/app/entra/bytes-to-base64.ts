/** Base64 of bytes, in slices, so that a 25 MB message does not overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  const SLICE = 0x8000 * 3; // a multiple of 3: each slice encodes without padding
  let out = '';
  for (let i = 0; i < bytes.length; i += SLICE) {
    const slice = bytes.subarray(i, i + SLICE);
    let binary = '';
    for (let j = 0; j < slice.length; j += 0x8000) {
      binary += String.fromCharCode(...slice.subarray(j, j + 0x8000));
    }
    out += btoa(binary);
  }
  return out;
}
