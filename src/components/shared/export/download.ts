/**
 * Saves `blob` as `filename`: a detached `<a download>` made in the click handler (never during a
 * render) and clicked. The object URL is released once the browser has had time to start the download.
 */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  a.rel = 'noopener'
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}
