/**
 * Splits `text` into lines of at most `width` characters at spaces (a longer word keeps its line).
 * Never at a no-break space: « Source : Insee » keeps its colon with its word, as French sets it.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}
