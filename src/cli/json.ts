// JSON output for scripts: dates as YYYY-MM-DD, section ids as in the design.
import type { Cadence } from '../domain/cadence';
import type { Contact } from '../domain/contact';
import { formatDay, type Day } from '../domain/day';
import type { Queue } from '../domain/queue';
import type { TimelineEntry } from '../domain/timeline';

/** JSON text for scripts: a missing value is `null`, so every key is always there. */
export function toJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) => (v === undefined ? null : v), 2);
}

const day = (d: Day | undefined): string | undefined => (d === undefined ? undefined : formatDay(d));
const cadence = (c: Cadence | undefined): string | undefined => (c ? `${c.count}${c.unit}` : undefined);

export function queueJson(queue: Queue): unknown {
	return {
		today: formatDay(queue.today),
		sections: queue.sections.map((section) => ({
			id: section.id,
			items: section.items.map((item) => ({
				id: item.id,
				kind: item.kind,
				name: item.name,
				path: item.path,
				due: formatDay(item.due),
				daysOverdue: item.daysOverdue,
				reason: item.reason,
				tie: item.tie,
				company: item.company,
				role: item.role,
				line: item.line,
				// The note `line` is in when it is not the contact's (a meeting note, a note linking them).
				source: item.source,
				// Everyone the row is for: one task written for several people is one row.
				people: item.people ?? [{ name: item.name, path: item.path }],
			})),
		})),
		// New people, listed for triage rather than queued by cadence.
		untriaged: queue.untriaged.map(({ name, path, company, role, met, connected }) => ({ name, path, company, role, met, connected })),
	};
}

export function contactJson(contact: Contact, timeline: readonly TimelineEntry[]): unknown {
	const last = timeline[0];
	const birthday = contact.birthday;
	return {
		name: contact.name,
		path: contact.path,
		aliases: contact.aliases,
		company: contact.company,
		role: contact.role,
		email: contact.email,
		linkedin: contact.linkedin,
		location: contact.location,
		tie: contact.tie,
		cadence: cadence(contact.cadence),
		effectiveCadence: cadence(contact.effectiveCadence),
		lastContact: day(contact.lastContact),
		effectiveLastContact: day(last?.date),
		lastInteraction: last ? { date: formatDay(last.date), kind: last.kind, via: last.via, source: last.source } : undefined,
		nextFollowUp: day(contact.nextFollowUp),
		status: contact.status,
		level: contact.level,
		met: contact.met,
		introducedBy: contact.introducedBy,
		birthday: birthday
			? [birthday.year, birthday.month, birthday.day]
					.filter((n) => n !== undefined)
					.map((n, i, all) => String(n).padStart(i === 0 && all.length === 3 ? 4 : 2, '0'))
					.join('-')
			: undefined,
		tags: contact.tags,
		interactions: contact.interactions.map((i) => ({
			date: formatDay(i.date),
			kind: i.kind,
			summary: i.summary,
			gave: i.gave,
			asked: i.asked,
			awaiting: i.awaiting,
			nudge: i.nudge,
		})),
		followUps: contact.followUps.map((f) => ({ text: f.text, due: day(f.due), done: f.done, cancelled: f.cancelled, line: f.line })),
		remember: contact.remember.map((r) => ({ text: r.text, date: day(r.date), done: r.done, line: r.line })),
		problems: contact.problems,
	};
}
