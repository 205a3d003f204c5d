// Snooze until a date: the question behind "Pick a date…" in the queue and the Snooze
// contact command. Any day after today will do.
import type { App } from 'obsidian';
import { addDays, formatDay, parseIsoDay, type Day } from '../domain/day';
import { AskModal } from './askModal';

/** Asks for the day a snoozed contact comes back: any day after today. */
export class SnoozeDateModal extends AskModal<Day> {
	protected readonly title = 'Snooze until';
	protected readonly submitText = 'Snooze';

	constructor(
		app: App,
		private readonly today: Day,
		onPick: (until: Day) => void,
	) {
		super(app, onPick);
	}

	protected field(parent: HTMLElement): HTMLInputElement {
		parent.addClass('rapport-snooze-modal');
		const input = parent.createEl('input', {
			cls: 'rapport-snooze-date',
			type: 'date',
			attr: { 'aria-label': 'Snooze until', min: formatDay(addDays(this.today, 1)) },
		});
		input.value = formatDay(addDays(this.today, 7));
		return input;
	}

	protected read(text: string): { value: Day } | { error: string } {
		const until = parseIsoDay(text);
		return until === undefined || until <= this.today ? { error: 'Pick a day after today.' } : { value: until };
	}
}
