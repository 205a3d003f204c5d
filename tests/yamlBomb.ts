// A "billion laughs" frontmatter for the tests of the YAML guard.

/** `levels` levels of nine aliases to the level below: 9^levels values once expanded. */
export function bomb(levels = 9): string {
	const names = 'abcdefghijklmnop';
	const lines = ['type: contact', 'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
	for (let i = 1; i < levels; i++)
		lines.push(
			`${names[i] ?? ''}: &${names[i] ?? ''} [${Array(9)
				.fill(`*${names[i - 1] ?? ''}`)
				.join(', ')}]`,
		);
	return lines.join('\n');
}
