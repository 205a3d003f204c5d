// Properties that expand huge through YAML aliases ("billion laughs": `b: &b [*a, *a, …]`,
// nine levels deep) are a problem for their note, found before any parser sees them and
// without expanding them. Parsers share an alias's value by reference, so the parse itself
// is quick; what hangs is whatever walks the value afterwards as a tree. So the text is
// measured first, and every walk over property values is bounded (a visited set, a budget),
// and a value shown in a message is cut short.

/** The most characters the properties may stand for once every alias is expanded. */
export const MAX_EXPANDED_CHARS = 1_000_000;
/** The most aliases (`*name`) one note's properties may use. */
export const MAX_ALIASES = 1_000;

interface Anchor {
	/** Where the anchored node starts in the text, and the expanded total then. */
	start: number;
	expandedBefore: number;
	/** Its size once closed; open while undefined. */
	size?: number;
	/** A block node ends at a line indented less (or as much and not a `- ` item, for a key's value). */
	indent: number;
	item: boolean;
	/** A flow node (`[…]`, `{…}`) ends when the bracket depth falls back to this. */
	depth?: number;
}

const NAME_END = new Set([' ', '\t', '\r', '\n', ',', '[', ']', '{', '}']);
const TOKEN_BEFORE = new Set([' ', '\t', '\r', '\n', ',', '[', '{']);

/**
 * Why the properties can't be read safely, or undefined: the aliases in them would expand
 * past MAX_EXPANDED_CHARS characters, or there are more than MAX_ALIASES of them. One pass
 * over the text, which over-estimates (a node is taken to run as far as it could), never
 * under-estimates, so no bomb gets through; ordinary properties come nowhere near.
 */
export function yamlExpansionProblem(yaml: string): string | undefined {
	if (yaml.indexOf('*') === -1) return undefined;
	const anchors = new Map<string, Anchor>();
	const open: Anchor[] = [];
	let expanded = 0;
	let aliases = 0;
	let depth = 0;
	let lineStart = 0;
	let indent = 0;
	let item = false;
	let atLineStart = true;
	const close = (anchor: Anchor, at: number): void => {
		anchor.size = at - anchor.start + (expanded - anchor.expandedBefore);
	};
	const sizeOf = (anchor: Anchor, at: number): number => anchor.size ?? at - anchor.start + (expanded - anchor.expandedBefore);
	for (let i = 0; i < yaml.length; i++) {
		const c = yaml[i] ?? '';
		if (c === '\n') {
			atLineStart = true;
			lineStart = i + 1;
			continue;
		}
		if (atLineStart) {
			if (c === ' ' || c === '\t') continue;
			if (c === '#' || c === '\r') {
				// A comment or a blank line ends no node.
				i = lineEnd(yaml, i);
				continue;
			}
			atLineStart = false;
			indent = i - lineStart;
			item = c === '-';
			if (depth === 0) {
				for (
					let top = open[open.length - 1];
					top && top.depth === undefined && (indent < top.indent || (indent === top.indent && (top.item || !item)));
					top = open[open.length - 1]
				) {
					close(top, i);
					open.pop();
				}
			}
		}
		const tokenStart = i === 0 || TOKEN_BEFORE.has(yaml[i - 1] ?? '');
		if (c === '#' && tokenStart) {
			i = lineEnd(yaml, i);
			continue;
		}
		if ((c === '"' || c === "'") && tokenStart) {
			i = quoteEnd(yaml, i);
			continue;
		}
		if (c === '[' || c === '{') {
			depth++;
			continue;
		}
		if (c === ']' || c === '}') {
			depth = Math.max(0, depth - 1);
			for (let top = open[open.length - 1]; top && top.depth !== undefined && top.depth >= depth; top = open[open.length - 1]) {
				close(top, i + 1);
				open.pop();
			}
			continue;
		}
		if ((c !== '&' && c !== '*') || !tokenStart) continue;
		let end = i + 1;
		while (end < yaml.length && !NAME_END.has(yaml[end] ?? '')) end++;
		const name = yaml.slice(i + 1, end);
		if (name === '') continue;
		if (c === '*') {
			aliases++;
			const target = anchors.get(name);
			expanded += target ? sizeOf(target, i) : 0;
			if (aliases > MAX_ALIASES) return `the properties use more than ${MAX_ALIASES} aliases (*${shortName(name)}), so they are not read`;
			if (expanded > MAX_EXPANDED_CHARS)
				return (
					`the properties' aliases (*${shortName(name)}) expand ` +
					`past ${MAX_EXPANDED_CHARS.toLocaleString('en')} characters, so they are not read`
				);
			i = end - 1;
			continue;
		}
		// An anchor: its node is a flow collection, a block below it, or a scalar here.
		let next = end;
		while (next < yaml.length && (yaml[next] === ' ' || yaml[next] === '\t')) next++;
		if (yaml[next] === '!') while (next < yaml.length && !NAME_END.has(yaml[next] ?? '')) next++;
		while (next < yaml.length && (yaml[next] === ' ' || yaml[next] === '\t')) next++;
		const anchor: Anchor = { start: i, expandedBefore: expanded, indent, item };
		const following = yaml[next] ?? '\n';
		if (following === '[' || following === '{') anchor.depth = depth;
		else if (following !== '\n' && following !== '\r' && following !== '#') anchor.size = lineEnd(yaml, next) - i;
		anchors.set(name, anchor);
		if (anchor.size === undefined) open.push(anchor);
		i = end - 1;
	}
	return undefined;
}

function lineEnd(text: string, from: number): number {
	const end = text.indexOf('\n', from);
	return end === -1 ? text.length : end;
}

/** Where a quoted scalar opened at `at` closes (its last character), or the text's end. */
function quoteEnd(text: string, at: number): number {
	const quote = text[at];
	for (let i = at + 1; i < text.length; i++) {
		if (quote === '"' && text[i] === '\\') i++;
		else if (text[i] === quote) {
			if (quote === "'" && text[i + 1] === "'") i++;
			else return i;
		}
	}
	return text.length;
}

function shortName(name: string): string {
	return name.length > 20 ? `${name.slice(0, 20)}…` : name;
}

/** The most characters a value takes in a message. */
export const SHOWN_CHARS = 80;

/**
 * A property value as a message shows it: JSON-like, cut at `max` characters with "…".
 * It writes no more than it shows, so a value shared a billion times over costs nothing,
 * and a value that contains itself shows `[…]` where it comes round again.
 */
export function showValue(value: unknown, max = SHOWN_CHARS): string {
	let out = '';
	const full = (): boolean => out.length > max;
	const inside = new Set<object>();
	const write = (v: unknown): void => {
		if (full()) return;
		if (typeof v === 'string') out += JSON.stringify(v.length > max ? v.slice(0, max + 1) : v);
		else if (v instanceof Date) out += Number.isNaN(v.getTime()) ? 'an invalid date' : v.toISOString().slice(0, 10);
		else if (v === null || typeof v !== 'object') out += String(v);
		else if (inside.has(v)) out += '[…]';
		else {
			inside.add(v);
			const list = Array.isArray(v);
			out += list ? '[' : '{';
			let first = true;
			for (const key of list ? v.keys() : Object.keys(v)) {
				if (full()) break;
				if (!first) out += ',';
				first = false;
				if (!list) out += `${JSON.stringify(key)}:`;
				write((v as Record<string | number, unknown>)[key]);
			}
			out += list ? ']' : '}';
			inside.delete(v);
		}
	};
	write(value);
	return out.length > max ? `${out.slice(0, max)}…` : out;
}

/** The most values a walk over one property reads. */
export const WALK_BUDGET = 10_000;

/**
 * The scalar values inside a property value (itself when it is one), lists (and maps,
 * unless `maps` is false: then a map is a value) opened in order; each once, however
 * often it is shared, and at most `budget` values in all.
 */
export function leafValues(value: unknown, budget = WALK_BUDGET, maps = true): unknown[] {
	const leaves: unknown[] = [];
	const seen = new Set<object>();
	let steps = 0;
	const visit = (v: unknown): void => {
		if (++steps > budget) return;
		if (v === null || typeof v !== 'object' || v instanceof Date || (!maps && !Array.isArray(v))) {
			leaves.push(v);
			return;
		}
		if (seen.has(v)) return;
		seen.add(v);
		for (const item of Array.isArray(v) ? v : Object.values(v)) visit(item);
	};
	visit(value);
	return leaves;
}
