// One file's text read in the format the user (or the CLI's first argument) names. A file
// that format's reader refuses is checked against the other formats' headers, so the
// refusal can say which one it is: a LinkedIn export given to `import google`.
import { isGoogleCsv, readGoogleCsv } from './googleCsv';
import { isLinkedInCsv, readLinkedIn } from './linkedinCsv';
import { IMPORT_FORMATS, type ImportFormat, type ParseOutcome, type ParsedImport } from './types';
import { isVcardFile, readVcards } from './vcard';

const READERS: Readonly<Record<ImportFormat, (text: string) => ParseOutcome>> = {
	linkedin: readLinkedIn,
	vcard: readVcards,
	google: readGoogleCsv,
};

/** Whether the format's reader would take the file, by its header or first card alone. */
const RECOGNISE: Readonly<Record<ImportFormat, (text: string) => boolean>> = {
	linkedin: isLinkedInCsv,
	vcard: isVcardFile,
	google: isGoogleCsv,
};

export function readImport(format: ImportFormat, text: string): ParseOutcome {
	const outcome = READERS[format](text);
	if (outcome.ok) return outcome;
	const looksLike = IMPORT_FORMATS.find((other) => other !== format && RECOGNISE[other](text));
	return looksLike ? { ...outcome, looksLike } : outcome;
}

/** What a file read holds, without the reader's `ok`: what both hosts plan from. */
export function parsedImport({ format, people, skipped, leftOut, records }: ParsedImport): ParsedImport {
	return { format, people, skipped, leftOut, records };
}
