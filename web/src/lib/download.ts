/**
 * Hands a downloaded file to the browser as if the person had clicked a link to it. Files behind
 * authentication (templates, error reports) are fetched with the access token first, so a plain
 * `<a href>` would not do: it carries no Authorization header.
 */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next tick: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `12.5 MB`-style size for messages about upload limits. */
export function megabytes(bytes: number) {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
