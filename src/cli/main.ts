// `rapport`: Rapport's core over a vault folder, from a terminal.
import { run } from './run';

process.exitCode = run(process.argv.slice(2), {
	out: (text) => process.stdout.write(`${text}\n`),
	err: (text) => process.stderr.write(`${text}\n`),
});
