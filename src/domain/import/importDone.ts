// What the import action reports once it has written: the notes it made and changed, and
// how many of the people now wait in triage. Stands in for the action's own type until it lands.
export interface ImportDone {
	created: string[];
	updated: string[];
	/** Notes whose company or role the user took a change for. */
	changed: string[];
	untriaged: number;
}
