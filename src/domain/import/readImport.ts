// One file's text read in the format the user (or the CLI's first argument) names.
import { readGoogleCsv } from './googleCsv';
import { readLinkedIn } from './linkedinCsv';
import type { ImportFormat, ParseOutcome } from './types';
import { readVcards } from './vcard';

const READERS: Readonly<Record<ImportFormat, (text: string) => ParseOutcome>> = {
	linkedin: readLinkedIn,
	vcard: readVcards,
	google: readGoogleCsv,
};

export function readImport(format: ImportFormat, text: string): ParseOutcome {
	return READERS[format](text);
}
