// The six built-in templates, each with the sections the product promises, rendered for
// two people the way a new meeting note is.
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/cli/dates';
import { peopleMet } from '../../src/domain/peopleMet';
import { TEMPLATE_IDS, builtInTemplate, renderTemplate, type TemplateId } from '../../src/domain/templates';
import { day, vault } from '../builders';

const TODAY = day('2026-11-21');

function render(id: TemplateId): string {
	const index = vault()
		.contact('Sam Rivera', (c) =>
			c
				.company('Acme')
				.prop('role', 'Staff engineer')
				.interaction('2026-11-02 coffee: reorg')
				.remember('Training for the Berlin marathon')
				.followUp('Send the talk link'),
		)
		.contact('Jo Park', (c) => c.company('Globex'))
		.index();
	const paths = ['People/Sam Rivera.md', 'People/Jo Park.md'];
	const people = paths.map((p) => index.contact(p)).filter((c) => c !== undefined);
	return renderTemplate(builtInTemplate(id), {
		date: TODAY,
		time: '09:30',
		formatDate,
		title: 'The title',
		people,
		today: TODAY,
		timelines: paths.map((p) => index.timeline(p)),
	});
}

/** The `##` sections in order, each with its lines, blank lines dropped. */
function sections(text: string): [string, string[]][] {
	return text
		.split(/^## /m)
		.slice(1)
		.map((part) => {
			const [heading = '', ...lines] = part.split('\n');
			return [heading, lines.filter((line) => line.trim() !== '')];
		});
}

function section(text: string, heading: string): string[] {
	const found = sections(text).find(([h]) => h === heading);
	if (!found) throw new Error(`no section ${heading} in\n${text}`);
	return found[1];
}

describe('the built-in templates', () => {
	it('each opens with the title and leaves no placeholder unfilled', () => {
		for (const id of TEMPLATE_IDS) {
			const text = render(id);
			expect(text.startsWith('# The title\n\n## '), id).toBe(true);
			expect(text, id).not.toContain('{{');
		}
	});

	it('informational interview: why this person, what to learn, their background, 5–8 questions, notes, and after', () => {
		const text = render('informational-interview');
		expect(text.startsWith('# The title\n')).toBe(true);
		expect(sections(text).map(([h]) => h)).toEqual([
			'Why Sam Rivera and Jo Park',
			'What I want to learn',
			'Background',
			'Questions',
			'Notes',
			'After',
		]);
		const background = section(text, 'Background');
		expect(background.slice(0, 2)).toEqual(['### [[Sam Rivera]]', '- Staff engineer at Acme']);
		expect(background).toEqual(
			expect.arrayContaining([
				'  - 2 Nov coffee: reorg',
				'  - Training for the Berlin marathon',
				'  - Send the talk link',
				'### [[Jo Park]]',
				'- Globex',
			]),
		);
		const questions = section(text, 'Questions');
		expect(questions.length).toBeGreaterThanOrEqual(5);
		expect(questions.length).toBeLessThanOrEqual(8);
		for (const question of questions) expect(question).toMatch(/^- .+\?$/);
		expect(section(text, 'After')).toEqual([
			'- [ ] Send a thank-you within a day',
			'- [ ] Act on the advice: ',
			'- People they suggested: ',
			'- [ ] Report back on what I did with their advice',
		]);
	});

	it('coffee chat: catching up from what to remember and last time, what they work on, how I can help, follow-ups', () => {
		const text = render('coffee-chat');
		expect(sections(text).map(([h]) => h)).toEqual(['Catching up', 'What they are working on', 'How I can help', 'Follow-ups']);
		expect(section(text, 'Catching up')).toEqual(
			expect.arrayContaining(['- Last time:', '  - 2 Nov coffee: reorg', '- Remember:', '  - Training for the Berlin marathon']),
		);
		expect(section(text, 'Follow-ups')).toEqual(['- [ ] ']);
	});

	it('event: goals, everyone to meet as a link of their own, people met, follow up within 48 hours', () => {
		const text = render('event');
		expect(sections(text).map(([h]) => h)).toEqual(['Goals for the event', 'People to meet', 'People met', 'Follow up within 48 hours']);
		expect(section(text, 'People to meet')).toEqual(['- [[Sam Rivera]]', '- [[Jo Park]]']);
		expect(section(text, 'Follow up within 48 hours')).toEqual([
			'- [ ] Message everyone in People met; run "Follow up people met" to add them as contacts',
		]);
	});

	it('event: whoever is written under its People met is who Follow up people met finds', () => {
		const text = render('event');
		// Fill every blank list item, as a user would: only those under People met are people met.
		let n = 0;
		const filled = text.replace(/^- $/gm, () => `- [[Person ${++n}]] from the hallway`);
		const met = peopleMet(filled);
		expect(met).toHaveLength(1);
		expect(section(filled, 'People met')).toEqual([`- [[${met[0] ?? ''}]] from the hallway`]);
		expect(peopleMet(text)).toEqual([]);
	});

	it('referral request: the role and link, why I fit, what I will send, keep the referrer posted, thank them', () => {
		const text = render('referral-request');
		expect(sections(text).map(([h]) => h)).toEqual(['The role', 'Why I am a fit', 'What I will send', 'Context', 'After']);
		expect(section(text, 'The role')).toEqual(['- Role: ', '- Link: ']);
		expect(section(text, 'What I will send')).toEqual(['- [ ] Resume', '- [ ] A three-line blurb they can forward']);
		expect(section(text, 'After')).toEqual([
			'- [ ] Keep Sam Rivera and Jo Park posted on how it goes',
			'- [ ] Thank them, whatever the outcome',
		]);
	});

	it('introduction: who and why each benefits, then asking each person by name, the intro, following up with both', () => {
		const text = render('introduction');
		expect(sections(text).map(([h]) => h)).toEqual(['Who and why', 'Double opt-in', 'Context']);
		expect(section(text, 'Who and why')).toEqual(['- Introducing: [[Sam Rivera]], [[Jo Park]]', '- Why each benefits: ']);
		expect(section(text, 'Double opt-in')).toEqual([
			'- [ ] Asked Sam Rivera',
			'- [ ] Asked Jo Park',
			'- [ ] Intro sent',
			'- [ ] Followed up with both',
		]);
	});

	it('recruiter call: role, company, compensation range, process, next steps', () => {
		const text = render('recruiter-call');
		expect(sections(text).map(([h]) => h)).toEqual(['Role', 'Process', 'Next steps', 'Context']);
		expect(section(text, 'Role')).toEqual(['- Role: ', '- Company: Acme', '- Compensation range: ']);
		expect(section(text, 'Next steps')).toEqual(['- [ ] ']);
	});
});
