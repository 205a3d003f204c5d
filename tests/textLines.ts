// A note's lines with their endings, split independently of the code under test, so a
// property test can say which bytes a write kept.

export interface Line {
	text: string;
	eol: string;
}

/** The note's lines, each with its ending (CRLF, LF or a lone CR), without the BOM. */
export function linesOf(text: string): Line[] {
	const body = text.replace(/^\uFEFF/, '');
	const out: Line[] = [];
	const re = /\r\n|\r|\n/g;
	let start = 0;
	for (let m = re.exec(body); m; m = re.exec(body)) {
		out.push({ text: body.slice(start, m.index), eol: m[0] });
		start = m.index + m[0].length;
	}
	out.push({ text: body.slice(start), eol: '' });
	return out;
}
