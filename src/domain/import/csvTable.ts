// A CSV export as a table read by column name: papaparse reads the fields (RFC 4180:
// quoted commas, quotes and line breaks), this finds the header line and says, for each
// record after it, its fields by column, or why it can't be read and on which line.
import Papa from 'papaparse';

/** One data record: its fields by header name, or why it can't be read. */
export type CsvRecord =
	| { row: number; line: number; ok: true; field: (column: string) => string; columns: readonly string[] }
	| { row: number; line: number; ok: false; reason: string };

export interface CsvTable {
	/** The header's column names, trimmed, in the file's order. */
	columns: string[];
	records: CsvRecord[];
}

/** The cells of one line read loosely (quotes dropped), for telling a header line from the lines before it. */
function looseCells(line: string): string[] {
	return line.split(',').map((cell) => cell.replace(/"/g, '').trim().toLowerCase());
}

/** The first line `isHeader` accepts: its number from 1 and where it starts; undefined when none does. */
function findHeader(body: string, isHeader: (cells: readonly string[]) => boolean): { line: number; offset: number } | undefined {
	let offset = 0;
	for (const [index, line] of body.split('\n').entries()) {
		if (isHeader(looseCells(line))) return { line: index + 1, offset };
		offset += line.length + 1;
	}
	return undefined;
}

/** Whether a line of the text is a header `isHeader` accepts: what the table would start from, without reading the rest. */
export function hasCsvHeader(text: string, isHeader: (cells: readonly string[]) => boolean): boolean {
	return findHeader(text.replace(/^\uFEFF/, ''), isHeader) !== undefined;
}

/**
 * The table from the first line that `isHeader` accepts (given that line's cells, lower
 * case), or undefined when no line is a header. Lines before it (LinkedIn's `Notes:`) are
 * passed over; records are numbered from 1 after it, and empty lines are not records.
 */
export function readCsvTable(text: string, isHeader: (cells: readonly string[]) => boolean): CsvTable | undefined {
	const body = text.replace(/^\uFEFF/, '');
	const header = findHeader(body, isHeader);
	if (!header) return undefined;
	const { offset, line: headerLine } = header;
	const rest = body.slice(offset);
	const table: CsvTable = { columns: [], records: [] };
	let index: Map<string, number> | undefined;
	let line = headerLine;
	let cursor = 0;
	Papa.parse<string[]>(rest, {
		delimiter: ',',
		skipEmptyLines: 'greedy',
		step: (result) => {
			// The record starts after the blank lines papaparse passed over; count the line breaks up to it.
			let start = cursor;
			while (start < rest.length && /\s/.test(rest[start] ?? '')) start++;
			line += lineBreaks(rest, cursor, start);
			const recordLine = line;
			line += lineBreaks(rest, start, result.meta.cursor);
			cursor = result.meta.cursor;
			const cells = result.data;
			if (!index) {
				table.columns = cells.map((cell) => cell.trim());
				index = new Map(table.columns.map((name, i) => [name.toLowerCase(), i]));
				return;
			}
			const row = table.records.length + 1;
			const columns = index;
			const quoteError = result.errors.find((error) => error.type === 'Quotes');
			if (quoteError) {
				table.records.push({ row, line: recordLine, ok: false, reason: `line ${recordLine}: ${quoteProblem(quoteError.code)}` });
			} else if (cells.length !== table.columns.length) {
				const counts = `${cells.length} fields where the header has ${table.columns.length}`;
				table.records.push({ row, line: recordLine, ok: false, reason: `line ${recordLine}: ${counts}, so which is which can't be told` });
			} else {
				const field = (column: string): string => cells[columns.get(column.toLowerCase()) ?? -1] ?? '';
				table.records.push({ row, line: recordLine, ok: true, field, columns: table.columns });
			}
		},
	});
	return table;
}

function lineBreaks(text: string, from: number, to: number): number {
	let count = 0;
	for (let i = from; i < to; i++) if (text[i] === '\n') count++;
	return count;
}

function quoteProblem(code: string): string {
	return code === 'MissingQuotes'
		? 'a quoted field is never closed, so the rest of the file is inside it'
		: 'a quoted field has text after its closing quote';
}
