// Text output for people: sections with counts, aligned columns, the reason on each row.
import type { Contact } from '../domain/contact';
import { formatDay, type Day } from '../domain/day';
import { SECTION_TITLES, type Queue } from '../domain/queue';

// East Asian wide and full-width characters take two columns in a terminal.
const WIDE =
	/[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** How many terminal columns a text takes. */
export function columns(text: string): number {
	let width = 0;
	for (const char of text) width += WIDE.test(char) ? 2 : 1;
	return width;
}

function pad(text: string, width: number): string {
	const length = columns(text);
	return length >= width ? text : text + ' '.repeat(width - length);
}

function widest(values: string[], cap: number): number {
	return Math.min(
		cap,
		values.reduce((w, v) => Math.max(w, columns(v)), 0),
	);
}

export function formatQueueText(queue: Queue): string {
	const out: string[] = [`Follow-up queue for ${formatDay(queue.today)}`];
	const all = queue.sections.flatMap((s) => s.items);
	if (all.length === 0) {
		out.push('', 'Nobody to reach out to today.');
		return out.join('\n');
	}
	const nameWidth = widest(
		all.map((i) => i.name),
		28,
	);
	for (const section of queue.sections) {
		if (section.items.length === 0) continue;
		out.push('', `${SECTION_TITLES[section.id]} (${section.items.length})`);
		for (const item of section.items) out.push(`  ${pad(item.name, nameWidth)}  ${pad(formatDay(item.due), 10)}  ${item.reason}`);
	}
	return out.join('\n');
}

export function formatContactsText(contacts: readonly Contact[], lastContact: (path: string) => Day | undefined): string {
	if (contacts.length === 0) return 'No contacts found.';
	const nameWidth = widest(
		contacts.map((c) => c.name),
		28,
	);
	const companyWidth = widest(
		contacts.map((c) => c.company ?? ''),
		24,
	);
	const lines = contacts.map((c) => {
		const last = lastContact(c.path);
		const details = [c.tie ?? '', c.effectiveCadence.label, c.status === 'active' ? '' : c.status].filter(Boolean).join(' · ');
		const company = companyWidth > 0 ? `${pad(c.company ?? '', companyWidth)}  ` : '';
		return `${pad(c.name, nameWidth)}  ${company}${pad(last === undefined ? 'never' : formatDay(last), 10)}  ${details}`;
	});
	return [`${contacts.length} contact${contacts.length === 1 ? '' : 's'}`, ...lines].join('\n');
}

export function formatProblemsText(problems: { path: string; message: string }[]): string {
	if (problems.length === 0) return 'No problems found.';
	return [
		`${problems.length} problem${problems.length === 1 ? '' : 's'}`,
		...problems.map((p) => `${p.path || '(settings)'}: ${p.message}`),
	].join('\n');
}
