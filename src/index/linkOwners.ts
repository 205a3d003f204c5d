// Who a link key goes to, as Obsidian resolves it: a contact's path beats its name beats
// an alias, the shortest path wins between equals, and an alias never shadows a note's
// own name. Kept per key (by its number, linkKeys.ts), so a contact added, renamed or
// given an alias moves only its keys.
import { baseName, linkKey } from '../domain/links';
import { IntList } from './intList';
import { NO_KEY, type LinkKeys } from './linkKeys';

/** How strongly a contact claims a link key: its path beats its name beats an alias. */
const Strength = { Path: 0, Name: 1, Alias: 2 } as const;
type Strength = (typeof Strength)[keyof typeof Strength];

/** A key a contact answers to (by its number), and how strongly. */
export interface KeyClaim {
	key: number;
	strength: Strength;
}

interface Claim {
	path: string;
	strength: Strength;
}

/** The key of a note's name: `People/Sam Rivera.md` answers to `sam rivera`. */
export function nameKeyOf(path: string, keys: LinkKeys): number {
	return keys.id(baseName(path).toLowerCase());
}

/**
 * The keys a contact note answers to: its path, its name and its aliases, each at its
 * strongest. `name`: its name's key, when the caller has it already.
 */
export function contactClaims(path: string, aliases: readonly string[], keys: LinkKeys, name = nameKeyOf(path, keys)): KeyClaim[] {
	const claims: KeyClaim[] = [];
	const claim = (key: number, strength: Strength): void => {
		if (key === NO_KEY) return;
		const held = claims.find((c) => c.key === key);
		if (!held) claims.push({ key, strength });
		else if (held.strength > strength) held.strength = strength;
	};
	claim(keys.id(linkKey(path)), Strength.Path);
	claim(name, Strength.Name);
	for (const alias of aliases) claim(keys.id(alias.toLowerCase()), Strength.Alias);
	return claims;
}

export class LinkOwners {
	/**
	 * Key number → contacts claiming it. Most keys have one claim (a contact's path, its
	 * name): that one is the contact's path alone, its strength in `loneStrength`, with no
	 * object or list for it (at 10,000 contacts those were 1.5 MB); several are a list.
	 */
	private claims: (string | Claim[] | undefined)[] = [];
	/** The strength of a key's one claim, where `claims` holds a path. */
	private loneStrength = new IntList();
	/** Key number of a lower-case base name → how many notes have it (an alias never shadows a real note). */
	private noteNames = new IntList();

	constructor(private readonly keys: LinkKeys) {}

	clear(): void {
		this.claims = [];
		this.loneStrength = new IntList();
		this.noteNames = new IntList();
	}

	/** Cuts each key's claims to size after a build (a pushed array keeps room for 16 more). */
	trim(): void {
		this.loneStrength.trim();
		this.noteNames.trim();
		for (let key = 0; key < this.claims.length; key++) {
			const list = this.claims[key];
			if (Array.isArray(list) && list.length > 1) this.claims[key] = list.slice();
		}
	}

	/** A note by this name is in the vault. `name`: its name's key, when the caller has it already. */
	addName(path: string, name = nameKeyOf(path, this.keys)): void {
		if (name !== NO_KEY) this.noteNames.set(name, this.noteNames.at(name) + 1);
	}

	dropName(path: string): void {
		const name = nameKeyOf(path, this.keys);
		if (name === NO_KEY) return;
		this.noteNames.set(name, Math.max(0, this.noteNames.at(name) - 1));
	}

	/** How many notes have this lower-case name. */
	notesNamed(name: string): number {
		const key = this.keys.find(name);
		return key === NO_KEY ? 0 : this.noteNames.at(key);
	}

	hasNoteNamed(name: string): boolean {
		return this.notesNamed(name) > 0;
	}

	/** A key's claims as a list, whichever way they are held. */
	private claimsOf(key: number): readonly Claim[] {
		const held = this.claims[key];
		if (held === undefined) return [];
		if (typeof held !== 'string') return held;
		return [{ path: held, strength: this.loneStrength.at(key) as Strength }];
	}

	private setClaims(key: number, list: Claim[]): void {
		const only = list.length === 1 ? list[0] : undefined;
		if (only) {
			this.claims[key] = only.path;
			this.loneStrength.set(key, only.strength);
		} else this.claims[key] = list.length ? list : undefined;
	}

	addClaims(path: string, claims: readonly KeyClaim[]): void {
		for (const { key, strength } of claims) {
			const held = this.claims[key];
			if (held === undefined) {
				this.claims[key] = path;
				this.loneStrength.set(key, strength);
			} else if (typeof held === 'string') this.setClaims(key, [...this.claimsOf(key), { path, strength }]);
			else held.push({ path, strength });
		}
	}

	dropClaims(path: string, keys: readonly number[]): void {
		for (const key of keys)
			this.setClaims(
				key,
				this.claimsOf(key).filter((c) => c.path !== path),
			);
	}

	/** Which contact a link key goes to: path over name over alias, then the shortest path. */
	ownerOf(key: string): string | undefined {
		return this.ownerOfId(this.keys.find(key));
	}

	/** The same, by the key's number. */
	ownerOfId(key: number): string | undefined {
		if (key === NO_KEY) return undefined;
		const claims = this.claims[key];
		if (claims === undefined) return undefined;
		// A contact's path and name are most claims: the one claim there is decides, unless
		// it is an alias and a note has that name.
		if (typeof claims === 'string') return this.loneStrength.at(key) === Strength.Alias && this.noteNames.at(key) > 0 ? undefined : claims;
		let best: Claim | undefined;
		for (const claim of claims) {
			// Obsidian resolves a link to a note's name before anyone's alias.
			if (claim.strength === Strength.Alias && this.noteNames.at(key) > 0) continue;
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
		for (let key = 0; key < this.claims.length; key++) {
			const claims = this.claims[key];
			if (!Array.isArray(claims)) continue;
			const named = claims.filter((c) => c.strength === Strength.Name);
			if (named.length < 2) continue;
			yield { paths: named.map((c) => c.path), owner: this.ownerOfId(key) };
		}
	}
}
