// Create contacts base: writes `People.base` (src/domain/contactsBase.ts) at the vault's
// root, never over a file there: a second one is `People 2.base`.
import { CONTACTS_BASE_NAME, contactsBaseYaml } from '../domain/contactsBase';
import { Draft } from './changes';
import type { ActionContext } from './context';
import type { Plan } from './runner';

export async function planContactsBase(ctx: ActionContext): Promise<Plan<string>> {
	const draft = new Draft(ctx.store);
	let path = `${CONTACTS_BASE_NAME}.base`;
	for (let n = 2; ctx.store.exists(path) || draft.makesAs(path) !== undefined; n++) path = `${CONTACTS_BASE_NAME} ${n}.base`;
	draft.create(path, contactsBaseYaml(ctx.settings));
	return Promise.resolve({ ok: true, draft, label: `Created ${path}`, value: path });
}
