// Imported rows and worlds for the plan's tests: a row reads like the line of the file it came from.
import type { ImportWorld } from '../../../src/domain/import/plan';
import type { FieldLeftOut, ImportedPerson, ImportFormat, ParsedImport, SkippedRow } from '../../../src/domain/import/types';
import type { VaultBuilder } from '../../builders';

export function person(row: number, name: string, more: Partial<ImportedPerson> = {}): ImportedPerson {
	return { row, name, nicknames: [], emails: [], phones: [], tags: [], ...more };
}

export function parsed(
	people: ImportedPerson[],
	skipped: SkippedRow[] = [],
	format: ImportFormat = 'linkedin',
	leftOut: FieldLeftOut[] = [],
): ParsedImport {
	return { format, people, skipped, leftOut, records: people.length + skipped.length };
}

/** The contacts of a built vault, and its files as what exists. */
export function worldOf(v: VaultBuilder): ImportWorld {
	return { contacts: v.index().contacts(), exists: (path) => v.files.has(path) };
}

export const KEEP = { folder: '', overwrite: false };
