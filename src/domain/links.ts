// Link text as people write it in properties and bodies: `[[Sam Rivera|Sam]]`,
// `[[People/Sam Rivera#Notes]]`, `[Sam](People/Sam%20Rivera.md)`, or a bare name.

/**
 * A wikilink in text: `[[Sam Rivera|Sam]]`, or an embed, `![[card.png]]`. Group 1 is the
 * `!` of an embed (empty for a link), group 2 what is inside the brackets. It is global:
 * use it with `matchAll` or `replace`, which start from the beginning, never with `exec`
 * or `test`, which would leave it part-way through a text. Inside there is no `[` (a link
 * can't reach a note whose name has one; `[[a [[b]]` links b): each `[[` is read up to the
 * next bracket, so a line of thousands of unclosed `[[` is read once, not once per `[[`.
 */
export const WIKILINK = /(!?)\[\[([^\][\n]+)\]\]/g;

/**
 * A wikilink (groups 1 and 2, as `WIKILINK`) or a markdown link, `[the article](https://…)`
 * (group 3 its `!`, group 4 its text): what a reason shows as words. Global, as `WIKILINK`;
 * neither kind's brackets hold a bracket, so each `[` is read up to the next one.
 */
export const SHOWN_LINK = /(!?)\[\[([^\][\n]+)\]\]|(!?)\[([^\][\n]*)\]\([^()\n]*\)/g;

/**
 * What a note or person typed as an option names: a `[[link]]`'s target, else the text as
 * typed (`People/Sam Rivera.md`, `Sam Rivera`), so a path's dots and brackets stay as they are.
 */
export function typedTarget(text: string): string {
	return /^\[\[.*\]\]$/.test(text.trim()) ? linkTarget(text) : text;
}

/** The linked note's path or name from a wikilink, markdown link or bare text. */
export function linkTarget(raw: string): string {
	// Most links are a bare name: nothing to take apart.
	if (!/[[\]|#(.%\\]/.test(raw) && raw.trim() === raw) return raw;
	let text = raw.trim();
	const wiki = /^!?\[\[([^\]]*)\]\]$/.exec(text);
	if (wiki) text = wiki[1] ?? '';
	else {
		const markdown = /^!?\[[^\]]*\]\((.*)\)$/.exec(text);
		if (markdown) text = safeDecode((markdown[1] ?? '').trim().replace(/^<|>$/g, ''));
	}
	const pipe = text.indexOf('|');
	if (pipe !== -1) text = text.slice(0, pipe);
	const hash = text.indexOf('#');
	if (hash !== -1) text = text.slice(0, hash);
	// A table escapes the alias bar (`[[Ann\|Annie]]`): its backslash is no part of the name.
	let end = text.length;
	while (end > 0 && text[end - 1] === '\\') end--;
	text = text.slice(0, end);
	// A markdown link's path may come percent-encoded, whichever port read it.
	if (/%[0-9a-f]{2}/i.test(text)) text = safeDecode(text);
	return text.trim().replace(/\.md$/i, '');
}

/** What a link shows: the display text of `[[Acme|Acme Corp]]`, else the target. */
export function linkDisplay(raw: string): string {
	const text = raw.trim();
	// Read for each contact's company, role and aliases: most are no link.
	if (text.charCodeAt(0) !== 91) return text;
	const wiki = /^\[\[([^\]|]*)(?:\|([^\]]*))?\]\]$/.exec(text);
	if (!wiki) return text;
	return (wiki[2] ?? wiki[1] ?? '').trim();
}

/**
 * Inline Markdown's emphasis without its marks, as the words read: `*Team Topologies*`,
 * `**Acme**`, `_this_`, `~~old~~`, `==new==` and `` `code` `` as their text. An asterisk or
 * underscore inside a word (`snake_case`, `2*3`) is left as it is.
 */
export function withoutEmphasis(text: string): string {
	if (!/[*_~=`]/.test(text)) return text;
	return text
		.replace(/`([^`\n]+)`/g, '$1')
		.replace(/\*\*([^*\n]+)\*\*/g, '$1')
		.replace(/__([^_\n]+)__/g, '$1')
		.replace(/(^|[^\w*])\*([^\s*][^*\n]*)\*(?![\w*])/g, '$1$2')
		.replace(/(^|[^\w_])_([^\s_][^_\n]*)_(?![\w_])/g, '$1$2')
		.replace(/~~([^~\n]+)~~/g, '$1')
		.replace(/==([^=\n]+)==/g, '$1');
}

/**
 * A reason as it reads: `[[2026-12-01 Event]]` as "2026-12-01 Event", `[[People/Sam|Sam]]`
 * as "Sam", `[[#Agenda]]` (a heading of the same note) as "Agenda", an embed
 * `![[Events/Offsite]]` as "Offsite", `[the article](https://…)` as "the article". What
 * people read, in the plugin and in the CLI's text: a queue row's reason, a follow-up's
 * words, an introducer's why. JSON keeps the text as written.
 */
export function readableReason(reason: string): string {
	if (!reason.includes('[')) return reason;
	// A reason cut to fit may end inside a link: `… see [[2026-11-19 DevTo…`.
	return reason
		.replace(SHOWN_LINK, (link, _embed: string, inner: string | undefined, _bang: string, text: string | undefined) =>
			inner !== undefined ? linkShown(inner) : (text ?? link),
		)
		.replace(/\[\[([^\][\n]*…)/, (_cut, rest: string) => linkShown(rest));
}

/** What the inside of a `[[…]]` shows: its alias, else its note's name, else its heading. */
function linkShown(inner: string): string {
	const bar = inner.indexOf('|');
	const alias = bar === -1 ? '' : inner.slice(bar + 1).trim();
	if (alias) return alias;
	const target = (bar === -1 ? inner : inner.slice(0, bar)).trim();
	const hash = target.indexOf('#');
	const note = hash === -1 ? target : target.slice(0, hash);
	const name = note.split('/').pop()?.trim() ?? '';
	if (name || hash === -1) return name;
	return target
		.slice(hash + 1)
		.replace(/^[#^]+/, '')
		.trim();
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** The key links are matched on: lower case, `/`-separated, no extension. */
export function linkKey(target: string): string {
	if (!/[\\/.]/.test(target)) return target.toLowerCase();
	return target.replace(/\\/g, '/').replace(/^\/+/, '').replace(/\.md$/i, '').toLowerCase();
}

export function baseName(path: string): string {
	const slash = path.lastIndexOf('/');
	const name = slash === -1 ? path : path.slice(slash + 1);
	// `.md` in any case, read from its characters (for every contact and every note).
	const end = name.length - 3;
	const md = end >= 0 && name.charCodeAt(end) === 46 && (name.charCodeAt(end + 1) | 32) === 109 && (name.charCodeAt(end + 2) | 32) === 100;
	return md ? name.slice(0, end) : name;
}

export function folderOf(path: string): string {
	const slash = path.lastIndexOf('/');
	return slash === -1 ? '' : path.slice(0, slash);
}

// One collator for every name sort: far cheaper than localeCompare, which sets one up per call.
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Orders names as people expect (Zoë next to Zoe, "Note 2" before "Note 10"). */
export function compareNames(a: string, b: string): number {
	return collator.compare(a, b);
}

/**
 * A link target as a path from the vault root: `../People/Sam.md` written in
 * `Daily/2026-10-02.md` is `People/Sam.md`. Other targets are returned as they are.
 */
export function fromVaultRoot(target: string, sourcePath: string): string {
	if (!target.startsWith('./') && !target.startsWith('../')) return target;
	const parts = folderOf(sourcePath).split('/').filter(Boolean);
	for (const part of target.split('/')) {
		if (part === '..') parts.pop();
		else if (part !== '.' && part !== '') parts.push(part);
	}
	return parts.join('/');
}
