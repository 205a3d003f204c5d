// The plugin's note store: Vault.process replaces a note only while it reads as the
// action saw it (Obsidian runs the callback on the note as it is at that moment, so an edit
// typed meanwhile is never overwritten), Vault.create never writes over a file, and a
// note Rapport made is undone by moving it to the trash the user has set.
//
// Properties are edited a line at a time (src/domain/noteProperties.ts) rather than through
// processFrontMatter: that re-serialises the whole block (reflowing `[a, b]` lists,
// re-quoting strings, dropping comments), which would change lines the user wrote and
// differ from the CLI.
import { TFile, normalizePath, type App } from 'obsidian';
import { NoteError, refused, stale, written, type NoteStore, type StoreResult } from '../actions/noteStore';

/** Thrown inside Vault.process to leave a note as it is. */
class Moved extends Error {}

export class VaultNoteStore implements NoteStore {
	constructor(private readonly app: App) {}

	async read(path: string): Promise<string | undefined> {
		const found = this.app.vault.getAbstractFileByPath(normalizePath(path));
		if (!found) return undefined;
		if (!(found instanceof TFile)) throw new NoteError('is a folder, not a note');
		return this.app.vault.read(found);
	}

	exists(path: string): boolean {
		return this.app.vault.getAbstractFileByPath(normalizePath(path)) !== null;
	}

	async replace(path: string, expected: string, text: string): Promise<StoreResult> {
		const file = this.app.vault.getFileByPath(normalizePath(path));
		if (!file) return stale('no longer exists');
		try {
			await this.app.vault.process(file, (current) => {
				if (current !== expected) throw new Moved();
				return text;
			});
			return written;
		} catch (error) {
			if (error instanceof Moved) return stale('changed since Rapport read it');
			return refused(`can't be written (${messageOf(error)})`);
		}
	}

	async create(path: string, text: string): Promise<StoreResult> {
		const normal = normalizePath(path);
		if (this.exists(normal)) return stale('a note is there now');
		const folder = normal.includes('/') ? normal.slice(0, normal.lastIndexOf('/')) : '';
		try {
			if (folder && !this.app.vault.getAbstractFileByPath(folder)) await this.app.vault.createFolder(folder);
			await this.app.vault.create(normal, text);
			return written;
		} catch (error) {
			// Made by someone else between the look and the create (a sync, a second click).
			if (this.exists(normal)) return stale('a note is there now');
			return refused(`can't be made (${messageOf(error)})`);
		}
	}

	async remove(path: string, expected: string): Promise<StoreResult> {
		const file = this.app.vault.getFileByPath(normalizePath(path));
		if (!file) return stale('no longer exists');
		try {
			if ((await this.app.vault.read(file)) !== expected) return stale('changed since Rapport made it');
			await this.app.fileManager.trashFile(file);
			return written;
		} catch (error) {
			return refused(`can't be moved to the trash (${messageOf(error)})`);
		}
	}
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
