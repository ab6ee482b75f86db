// Files the API sends as base64 (exported documents), saved through a temporary <a download>.

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = window.atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Offers the file to the browser's downloads under its own name. */
export function downloadBase64(file: { filename: string; mimeType: string; base64: string }): void {
  const blob = new Blob([base64ToBytes(file.base64)], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the click; the object URL can go a moment later.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
