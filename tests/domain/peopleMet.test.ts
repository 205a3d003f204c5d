import { describe, expect, it } from 'vitest';
import { peopleMet } from '../../src/domain/peopleMet';

describe('the people met at an event', () => {
	it('reads names from links or the words before a note about them, each once', () => {
		const text = [
			'# DevTools Summit',
			'## People met',
			'- [[Ana Ruiz]] — runs DevRel at Paylark',
			'- [[People/Ben Adler|Ben]]',
			'- Chen Wei: platform team at Globex',
			'- Dana Fox (speaker)',
			'- [x] [[Ana Ruiz]] again',
			'  - a note about Dana',
			'## Follow up within 48 hours',
			'- [ ] Not a person',
			'```',
			'## People met',
			'- Fake Person',
			'```',
		].join('\n');
		expect(peopleMet(text)).toEqual(['Ana Ruiz', 'Ben Adler', 'Chen Wei', 'Dana Fox']);
	});

	it('reads every link on a line, and no embed', () => {
		const text = [
			'## People met',
			'- [[Ana Ruiz]] and [[People/Ben Adler|Ben]] from Paylark, with [[Chen Wei]]',
			'- ![[badge.png]] [[Dana Fox]]',
			'- ![[hallway.jpg]]',
			'- [[Ben Adler]] again',
		].join('\n');
		expect(peopleMet(text)).toEqual(['Ana Ruiz', 'Ben Adler', 'Chen Wei', 'Dana Fox']);
	});

	it('finds nobody in a note without the section', () => {
		expect(peopleMet('# Notes\n- [[Ana Ruiz]]\n')).toEqual([]);
	});
});
