// Who a link key goes to, as Obsidian resolves it: a contact's path beats its name beats
// an alias, the shortest path wins between equals, and an alias never shadows a note's
// own name. Kept per key, so a contact added, renamed or given an alias moves only its keys.
import { baseName, linkKey } from '../domain/links';

/** How strongly a contact claims a link key: its path beats its name beats an alias. */
const Strength = { Path: 0, Name: 1, Alias: 2 } as const;
type Strength = (typeof Strength)[keyof typeof Strength];

/** A key a contact answers to, and how strongly. */
export interface KeyClaim {
	key: string;
	strength: Strength;
}

interface Claim {
	path: string;
	strength: Strength;
}

/** The keys a contact note answers to: its path, its name and its aliases, each at its strongest. */
export function contactClaims(path: string, aliases: readonly string[]): KeyClaim[] {
	const claims = new Map<string, Strength>();
	const claim = (key: string, strength: Strength): void => {
		const held = claims.get(key);
		if (key && (held === undefined || held > strength)) claims.set(key, strength);
	};
	claim(linkKey(path), Strength.Path);
	claim(baseName(path).toLowerCase(), Strength.Name);
	for (const alias of aliases) claim(alias.toLowerCase(), Strength.Alias);
	return [...claims].map(([key, strength]) => ({ key, strength }));
}

export class LinkOwners {
	/** Link key → contacts claiming it. */
	private readonly claims = new Map<string, Claim[]>();
	/** Lower-case base name → how many notes have it (an alias never shadows a real note). */
	private readonly noteNames = new Map<string, number>();

	clear(): void {
		this.claims.clear();
		this.noteNames.clear();
	}

	/** A note by this name is in the vault. */
	addName(path: string): void {
		const name = baseName(path).toLowerCase();
		this.noteNames.set(name, (this.noteNames.get(name) ?? 0) + 1);
	}

	dropName(path: string): void {
		const name = baseName(path).toLowerCase();
		const count = (this.noteNames.get(name) ?? 1) - 1;
		if (count > 0) this.noteNames.set(name, count);
		else this.noteNames.delete(name);
	}

	/** How many notes have this lower-case name. */
	notesNamed(name: string): number {
		return this.noteNames.get(name) ?? 0;
	}

	hasNoteNamed(name: string): boolean {
		return this.noteNames.has(name);
	}

	addClaims(path: string, claims: readonly KeyClaim[]): void {
		for (const { key, strength } of claims) {
			const list = this.claims.get(key);
			if (list) list.push({ path, strength });
			else this.claims.set(key, [{ path, strength }]);
		}
	}

	dropClaims(path: string, claims: readonly KeyClaim[]): void {
		for (const { key } of claims) {
			const list = this.claims.get(key)?.filter((c) => c.path !== path);
			if (list?.length) this.claims.set(key, list);
			else this.claims.delete(key);
		}
	}

	/** Which contact a link key goes to: path over name over alias, then the shortest path. */
	ownerOf(key: string): string | undefined {
		const claims = this.claims.get(key);
		if (!claims) return undefined;
		let best: Claim | undefined;
		for (const claim of claims) {
			// Obsidian resolves a link to a note's name before anyone's alias.
			if (claim.strength === Strength.Alias && this.noteNames.has(key)) continue;
			if (
				!best ||
				claim.strength < best.strength ||
				(claim.strength === best.strength &&
					(claim.path.length < best.path.length || (claim.path.length === best.path.length && claim.path < best.path)))
			)
				best = claim;
		}
		return best?.path;
	}

	/** Names two or more contacts share, with those contacts' paths and who links to the name reach. */
	*sharedNames(): Generator<{ paths: string[]; owner: string | undefined }> {
		for (const [key, claims] of this.claims) {
			const named = claims.filter((c) => c.strength === Strength.Name);
			if (named.length < 2) continue;
			yield { paths: named.map((c) => c.path), owner: this.ownerOf(key) };
		}
	}
}
