// The person panel's body, drawn from PersonDetails: who they are, where they stand, what
// the queue owes them, how you met, open follow-ups (ticked here), what to remember and
// every interaction, each opening its note. Plain DOM; the panel draws it afresh on a change.
import { humanDay, type Day } from '../domain/day';
import { baseName, linkTarget, readableReason, withoutEmphasis } from '../domain/links';
import type { OpenFollowUp, PersonDetails, PersonEntry } from '../domain/person';
import { SECTION_TITLES } from '../domain/queue';
import { entryLabel } from '../domain/timeline';
import { personCalendar } from '../domain/review/calendar';
import { drawCalendar } from './contactCalendar';
import { dueBadge } from './queueRowPainter';

/** Entries drawn at first: a long history waits behind a button. */
const TIMELINE_SHOWN = 50;

export interface PersonContext {
	today: Day;
	/** Opens a note in the main area, at a line when given; in a new tab when asked (Mod-click, middle-click). */
	open(path: string, line: number | undefined, newTab: boolean): void;
	/** Ticks a follow-up; false when nothing was written. */
	tick(path: string, line: number, text: string, due?: Day): Promise<boolean>;
	/** The note a link in a property reaches, as Obsidian resolves it; undefined when none. */
	linkPath(target: string, from: string): string | undefined;
}

/** A title and what to do, when there is no one to show. */
export function drawMessage(el: HTMLElement, title: string, body?: string): void {
	const message = el.createDiv({ cls: 'rapport-person-message' });
	message.createDiv({ cls: 'rapport-person-message-title', text: title });
	if (body) message.createDiv({ text: body });
}

export function drawPerson(el: HTMLElement, details: PersonDetails, ctx: PersonContext): void {
	drawHeader(el, details, ctx);
	drawStanding(el, details, ctx.today);
	drawOrigin(el, details, ctx);
	drawFollowUps(el, details, ctx);
	drawRemember(el, details, ctx.today);
	drawWeeks(el, details, ctx);
	drawTimeline(el, details, ctx);
}

/** A year of weeks in touch with them, as the review's calendar draws the network's. */
function drawWeeks(el: HTMLElement, { contact, timeline }: PersonDetails, ctx: PersonContext): void {
	if (timeline.length === 0) return;
	const part = section(el, 'Weeks in touch', 0, 'is-weeks');
	const weeks = personCalendar(
		contact,
		timeline.map((item) => item.entry),
		ctx.today,
	);
	drawCalendar(part, weeks, { today: ctx.today, open: (path, line, newTab) => ctx.open(path, line, newTab), onePerson: true });
}

/** A button that reads as a link and opens a note: Mod-click and middle-click in a new tab. */
function noteLink(parent: HTMLElement, cls: string, open: (newTab: boolean) => void): HTMLButtonElement {
	const button = parent.createEl('button', { cls: `rapport-person-link ${cls}` });
	button.addEventListener('click', (evt) => open(evt.metaKey || evt.ctrlKey));
	button.addEventListener('auxclick', (evt) => {
		if (evt.button === 1) open(true);
	});
	return button;
}

function section(el: HTMLElement, title: string, count: number, cls: string): HTMLElement {
	const part = el.createDiv({ cls: `rapport-person-section ${cls}` });
	part.createDiv({
		cls: 'rapport-person-heading',
		text: count ? `${title} · ${count}` : title,
		attr: { role: 'heading', 'aria-level': '3' },
	});
	return part;
}

function drawHeader(el: HTMLElement, { contact, name }: PersonDetails, ctx: PersonContext): void {
	const header = el.createDiv({ cls: 'rapport-person-header' });
	const title = header.createDiv({ attr: { role: 'heading', 'aria-level': '2' } });
	const link = noteLink(title, 'rapport-person-name', (newTab) => ctx.open(contact.path, undefined, newTab));
	// Named by the name alone, so the heading reads as the person. No tooltip either: Obsidian's
	// setTooltip names the element by its aria-label, which would read as the heading again.
	link.setText(name);
	const work = [contact.role, contact.company].filter(Boolean).join(' at ');
	if (work) header.createDiv({ cls: 'rapport-person-meta', text: work });
}

const TIE_WORDS = { strong: 'Strong tie', medium: 'Medium tie', weak: 'Weak tie' } as const;

function drawStanding(el: HTMLElement, { contact, standing, queued, lastContactAhead }: PersonDetails, today: Day): void {
	const part = el.createDiv({ cls: 'rapport-person-standing' });
	const cadence = contact.cadence ? contact.effectiveCadence.label : `${contact.effectiveCadence.label} (from the tie)`;
	part.createDiv({ cls: 'rapport-person-tie', text: `${contact.tie ? TIE_WORDS[contact.tie] : 'No tie set'} · ${cadence}` });
	const due = part.createDiv({ cls: `rapport-person-due is-${standing.state}` });
	due.setText(
		standing.due === undefined || standing.state === 'inactive' ? standing.label : `${standing.label} · ${humanDay(standing.due, today)}`,
	);
	if (standing.state !== 'inactive' && standing.due !== undefined) {
		const percent = Math.round(standing.elapsed * 100);
		const bar = part.createDiv({
			cls: `rapport-person-progress is-${standing.state}`,
			attr: {
				role: 'progressbar',
				'aria-label': 'Cadence elapsed',
				'aria-valuemin': '0',
				'aria-valuemax': '100',
				'aria-valuenow': String(percent),
			},
		});
		bar.createDiv({ cls: 'rapport-person-progress-fill' }).setCssProps({ '--rapport-elapsed': `${percent}%` });
	}
	// A last_contact after today counts for nothing yet: said beside the standing it would contradict.
	if (lastContactAhead) part.createDiv({ cls: 'rapport-person-remark', text: lastContactAhead });
	if (queued.length === 0) return;
	const list = part.createEl('ul', { cls: 'rapport-person-queued' });
	for (const item of queued) list.createEl('li', { text: `${SECTION_TITLES[item.section]}: ${readableReason(item.reason)}` });
}

function drawOrigin(el: HTMLElement, { contact }: PersonDetails, ctx: PersonContext): void {
	const facts: [string, string][] = [];
	if (contact.met) facts.push(['Met', contact.met]);
	if (contact.introducedBy) facts.push(['Introduced by', contact.introducedBy]);
	// Plain facts an import brings: the day you connected (never a contact) and where they worked before.
	const plain: [string, string][] = [];
	if (contact.connected) plain.push(['Connected', contact.connected]);
	if (contact.previousCompanies.length > 0) plain.push(['Previously at', contact.previousCompanies.join(', ')]);
	if (facts.length === 0 && plain.length === 0) return;
	const part = el.createDiv({ cls: 'rapport-person-facts' });
	for (const [label, text] of plain) {
		const row = part.createDiv({ cls: 'rapport-person-fact' });
		row.createSpan({ cls: 'rapport-person-fact-label', text: label });
		row.createSpan({ cls: 'rapport-person-fact-value', text });
	}
	for (const [label, target] of facts) {
		const row = part.createDiv({ cls: 'rapport-person-fact' });
		row.createSpan({ cls: 'rapport-person-fact-label', text: label });
		const path = ctx.linkPath(linkTarget(target), contact.path);
		const shown = baseName(target);
		// Only a link that reaches a note opens one: clicking an unresolved link would create it.
		if (path) noteLink(row, 'rapport-person-fact-value', (newTab) => ctx.open(path, undefined, newTab)).setText(shown);
		else row.createSpan({ cls: 'rapport-person-fact-value', text: shown });
	}
}

function drawFollowUps(el: HTMLElement, { contact, followUps }: PersonDetails, ctx: PersonContext): void {
	const part = section(el, 'Follow-ups', followUps.length, 'is-follow-ups');
	if (followUps.length === 0) {
		part.createDiv({ cls: 'rapport-person-empty', text: 'No open follow-ups: add one under ## Follow-ups, or when you log.' });
		return;
	}
	for (const open of followUps) drawFollowUp(part, open, contact.path, ctx);
}

function drawFollowUp(part: HTMLElement, { path, followUp }: OpenFollowUp, contactPath: string, ctx: PersonContext): void {
	const row = part.createDiv({ cls: 'rapport-person-task' });
	const box = row.createEl('input', {
		type: 'checkbox',
		cls: 'task-list-item-checkbox rapport-person-tick',
		attr: { 'aria-label': `Mark '${followUp.text}' done` },
	});
	box.addEventListener('change', () => {
		if (!box.checked) return;
		// Held ticked while the write goes through, and until the index takes the line out; put back when nothing was written.
		box.disabled = true;
		row.addClass('is-done');
		void ctx.tick(path, followUp.line, followUp.text, followUp.due).then((ok) => {
			if (ok) return;
			box.checked = false;
			box.disabled = false;
			row.removeClass('is-done');
		});
	});
	const main = row.createDiv({ cls: 'rapport-person-task-main' });
	noteLink(main, 'rapport-person-task-text', (newTab) => ctx.open(path, followUp.line, newTab)).setText(readableReason(followUp.text));
	const when: string[] = [];
	if (followUp.due !== undefined) when.push(`${humanDay(followUp.due, ctx.today)}, ${dueBadge(ctx.today - followUp.due)}`);
	if (path !== contactPath) when.push(`in ${baseName(path)}`);
	if (when.length) {
		const meta = main.createDiv({ cls: 'rapport-person-task-meta', text: when.join(' · ') });
		if (followUp.due !== undefined && followUp.due < ctx.today) meta.addClass('is-overdue');
	}
}

function drawRemember(el: HTMLElement, { remember }: PersonDetails, today: Day): void {
	const part = section(el, 'Remember', remember.length, 'is-remember');
	if (remember.length === 0) {
		part.createDiv({ cls: 'rapport-person-empty', text: 'Nothing to remember yet: note family, interests and plans under ## Remember.' });
		return;
	}
	const list = part.createEl('ul', { cls: 'rapport-person-remember' });
	for (const item of remember) {
		const li = list.createEl('li', { text: readableReason(item.text) });
		if (item.date !== undefined) li.createSpan({ cls: 'rapport-person-date', text: ` · ${humanDay(item.date, today)}` });
	}
}

function drawTimeline(el: HTMLElement, { timeline }: PersonDetails, ctx: PersonContext): void {
	const part = section(el, 'Interactions', timeline.length, 'is-interactions');
	if (timeline.length === 0) {
		part.createDiv({ cls: 'rapport-person-empty', text: 'No interactions yet: log one below.' });
		return;
	}
	const list = part.createDiv({ cls: 'rapport-person-timeline' });
	const drawFrom = (from: number, to: number): void => {
		for (const entry of timeline.slice(from, to)) drawEntry(list, entry, ctx);
	};
	drawFrom(0, TIMELINE_SHOWN);
	if (timeline.length <= TIMELINE_SHOWN) return;
	const more = part.createEl('button', { cls: 'rapport-person-more', text: `Show ${timeline.length - TIMELINE_SHOWN} older` });
	more.addEventListener('click', () => {
		more.remove();
		drawFrom(TIMELINE_SHOWN, timeline.length);
	});
}

/**
 * What an entry says beside its date and kind: the logged summary as it reads (links and
 * emphasis without their marks), else the note it is in; nothing for a daily note, whose
 * name is the date already shown.
 */
function entryWords({ entry }: PersonEntry): string {
	if (entry.interaction) return withoutEmphasis(readableReason(entry.interaction.summary));
	if (entry.via === 'frontmatter') return 'last_contact in the note';
	if (entry.via === 'dated') return '';
	return baseName(entry.source);
}

function drawEntry(list: HTMLElement, item: PersonEntry, ctx: PersonContext): void {
	const { entry } = item;
	const row = noteLink(list, `rapport-person-entry is-${entry.via}`, (newTab) => ctx.open(item.path, item.line, newTab));
	if (item.ahead) row.addClass('is-ahead');
	row.createSpan({ cls: 'rapport-person-date', text: humanDay(entry.date, ctx.today) });
	row.createSpan({ cls: 'rapport-person-kind', text: entry.via === 'frontmatter' ? 'last contact' : entryLabel(entry) });
	const words = entryWords(item);
	if (words) row.createSpan({ cls: 'rapport-person-words', text: words });
	const marks = entry.interaction ? (['gave', 'asked', 'awaiting', 'nudge'] as const).filter((m) => entry.interaction?.[m]) : [];
	for (const mark of marks) row.createSpan({ cls: `rapport-person-mark is-${mark}`, text: mark });
	if (item.ahead) row.createSpan({ cls: 'rapport-person-mark', text: 'ahead' });
}
