// Some browsers resolve a download's URL only after click() has returned.
const REVOKE_DELAY_MS = 1000;

/** Hands a file to the browser's download, through a Blob URL released afterwards. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
}
