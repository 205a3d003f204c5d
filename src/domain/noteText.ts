// A note's text as lines, each keeping its own ending (a CRLF note stays CRLF, an old Mac
// note's lone CRs stay, a mixed one stays mixed) and its BOM, and inserting lines that way.
// Every write edits these lines, so it changes only the lines it must: the properties
// (noteProperties.ts) a key at a time, the body's sections (noteSections.ts) where the
// body reader (noteBody.ts) looks. The plugin (inside Vault.process) and the CLI (on disk)
// run the same edits, so both change notes identically.
export interface Line {
	text: string;
	/** '\n', '\r\n', '\r' (old Mac notes), or '' for a last line without one. */
	eol: string;
}

export interface NoteText {
	bom: boolean;
	lines: Line[];
}

export function splitNote(text: string): NoteText {
	const bom = text.charCodeAt(0) === 0xfeff;
	const body = bom ? text.slice(1) : text;
	const lines: Line[] = [];
	// A lone CR ends a line too, as the CLI's reader and the editor count lines: split on
	// LF only, an old Mac note is one line, with no properties to find.
	const pattern = /\r\n|\r|\n/g;
	let start = 0;
	for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
		lines.push({ text: body.slice(start, match.index), eol: match[0] });
		start = match.index + match[0].length;
	}
	lines.push({ text: body.slice(start), eol: '' });
	return { bom, lines };
}

export function joinNote(note: NoteText): string {
	return (note.bom ? '\uFEFF' : '') + note.lines.map((l) => l.text + l.eol).join('');
}

/** The line ending new lines get: the note's most common one, LF for a one-line note. */
export function eolOf(note: NoteText): string {
	let crlf = 0;
	let lf = 0;
	let cr = 0;
	for (const line of note.lines) {
		if (line.eol === '\r\n') crlf++;
		else if (line.eol === '\n') lf++;
		else if (line.eol === '\r') cr++;
	}
	if (cr > lf && cr > crlf) return '\r';
	return crlf > lf ? '\r\n' : '\n';
}

/**
 * In a note that mixes lone CRs with LFs, a CR at the end of one line and an LF that ends
 * the empty line after it would read back as one CRLF, and a line would vanish. The new
 * lines from `from` to `to` take a CRLF wherever their own ending would make that pair.
 */
function keepLinesApart(note: NoteText, from: number, to: number): void {
	for (let i = Math.max(from - 1, 0); i < Math.min(to, note.lines.length - 1); i++) {
		const line = note.lines[i];
		const next = note.lines[i + 1];
		if (!line || !next || !line.eol.endsWith('\r') || next.text !== '' || !next.eol.startsWith('\n')) continue;
		// One of the two is new: that one changes, never a line the user wrote.
		if (i >= from) line.eol = '\r\n';
		else next.eol = '\r\n';
	}
}

/**
 * Inserts lines before index `at` (the end when past it) and returns where the first one
 * landed. At the end, a text that ended with a newline still does, and one that did not
 * still does not: the new lines take the old last line's place as the tail.
 */
export function insertLines(note: NoteText, at: number, texts: readonly string[]): number {
	if (texts.length === 0) return at;
	const eol = eolOf(note);
	const added = texts.map((text) => ({ text, eol }));
	if (at < note.lines.length) {
		note.lines.splice(at, 0, ...added);
		keepLinesApart(note, at, at + added.length);
		return at;
	}
	const last = note.lines[note.lines.length - 1];
	if (!last || (last.text === '' && last.eol === '' && note.lines.length === 1)) {
		// An empty note: the new lines are all of it.
		note.lines.splice(0, note.lines.length, ...added);
		const tail = note.lines[note.lines.length - 1];
		if (tail) tail.eol = '';
		return 0;
	}
	if (last.text === '' && last.eol === '') {
		// The text ended with a newline: the new lines go before the empty tail.
		const position = note.lines.length - 1;
		note.lines.splice(position, 0, ...added);
		keepLinesApart(note, position, position + added.length);
		return position;
	}
	last.eol = eol;
	const position = note.lines.length;
	note.lines.push(...added);
	const tail = note.lines[note.lines.length - 1];
	if (tail) tail.eol = '';
	return position;
}
