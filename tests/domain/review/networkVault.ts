// One small network, reviewed on Saturday 21 Nov 2026: every figure the review tests check
// can be worked out by hand from this file.
import { vault, type VaultBuilder } from '../../builders';

export const TODAY = '2026-11-21';

export function networkVault(): VaultBuilder {
	return (
		vault()
			.with((s) => {
				s.targetCompanies = ['Stripe', 'societe generale'];
				s.targetTags = ['fintech'];
			})
			// Strong, in touch every two weeks; at a target company (spelt with accents) and in a target field.
			.contact('Ana', (c) =>
				c
					.tie('strong')
					.company('Société Générale')
					.prop('level', 'senior')
					.prop('location', '"Paris, France"')
					.prop('tags', '[contact, fintech]')
					.interaction('2026-11-15 event: Summit')
					.interaction('2026-11-10 coffee: Roadmap #gave')
					.interaction('2026-10-27 call: Hiring')
					.interaction('2026-10-13 call: Hiring')
					.interaction('2026-09-29 call: First chat'),
			)
			// Strong, weekly in August, then silent since 1 Sep: overdue and drifting; asked twice, never gave.
			.contact('Ben', (c) =>
				c
					.tie('strong')
					.company('Acme')
					.prop('level', 'peer')
					.prop('location', 'Lisbon')
					.prop('tags', '[contact/work]')
					.interaction('2026-09-01 coffee: Catch-up')
					.interaction('2026-08-25 call: Intro to their CTO #asked')
					.interaction('2026-08-18 call: Advice on the offer #asked')
					.interaction('2026-08-11 call: First call'),
			)
			// Weak, connected on 1 Nov, used to work at Stripe.
			.contact('Cleo', (c) =>
				c
					.tie('weak')
					.company('acme')
					.prop('level', 'junior')
					.prop('location', 'lisbon')
					.prop('connected', '2026-11-01')
					.prop('previous_companies', '[Stripe]')
					.interaction('2026-11-05 email: Asked about the team #asked'),
			)
			// Dormant: asked twice, but out of the take-only list.
			.contact('Dev', (c) =>
				c
					.tie('medium')
					.status('dormant')
					.interaction('2026-06-02 email: Follow-up #asked')
					.interaction('2026-06-01 call: Asked for a referral #asked'),
			)
			// New (no tie, cadence or status): never in touch, connected long ago.
			.contact('Eve', (c) => c.company('Globex').prop('connected', '2019-05-01'))
			// Archived, at Stripe: not someone you know there, but whoever links them might introduce you.
			.contact('Finn', (c) => c.tie('strong').status('archived').company('Stripe'))
			// Introduced by Finn; first coffee yesterday.
			.contact('Gus', (c) => c.tie('medium').introducedBy('Finn').interaction('2026-11-20 coffee: Met through Finn'))
			// Strong, never in touch.
			.contact('Hal', (c) => c.tie('strong'))
			.meeting('2026-11-15 Summit', '2026-11-15', ['Ana', 'Cleo'], '', 'event')
	);
}

/** Twenty strong ties at Stripe never in touch, and twelve people asked twice and never given to: lists longer than a line holds. */
export function crowdVault(): VaultBuilder {
	const built = vault().with((s) => {
		s.targetCompanies = ['Stripe'];
	});
	for (let i = 1; i <= 20; i++) built.contact(`Person ${String(i).padStart(2, '0')}`, (c) => c.tie('strong').company('Stripe'));
	for (let i = 1; i <= 12; i++)
		built.contact(`Taker ${String(i).padStart(2, '0')}`, (c) =>
			c.tie('weak').interaction('2026-11-02 call: A favour #asked').interaction('2026-10-05 call: Advice #asked'),
		);
	return built;
}
