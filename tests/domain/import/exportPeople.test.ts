// Where the plugin's export goes: today's name in the vault's root, never over a file.
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/domain/import/exportPeople';
import { day } from '../../builders';

describe('exportFileName', () => {
	it("is today's name in the vault root, or the next free number when that is taken", () => {
		const taken = new Set(['Rapport contacts 2026-12-03.vcf', 'Rapport contacts 2026-12-03 2.vcf']);
		expect(exportFileName(day('2026-12-04'), (p) => taken.has(p))).toBe('Rapport contacts 2026-12-04.vcf');
		expect(exportFileName(day('2026-12-03'), (p) => taken.has(p))).toBe('Rapport contacts 2026-12-03 3.vcf');
	});
});
