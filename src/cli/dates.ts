// The CLI writes `{{date:FORMAT}}` with the moment package in its own English, as
// Obsidian's moment does for a user whose app is in English.
import { momentFormatter, type DateFormatter } from '../domain/dateFormat';

let formatter: DateFormatter | undefined;

/** moment is loaded the first time a date is written: most commands write none. */
export const formatDate: DateFormatter = (...args) => {
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- require() loads the package when first needed
	formatter ??= momentFormatter(require('moment') as typeof import('moment'));
	return formatter(...args);
};
