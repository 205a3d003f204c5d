// `rapport`: Rapport's core over a vault folder, from a terminal.
import { run } from './run';

// Past a file-size limit (`ulimit -f`) the system ends the process with SIGXFSZ; handled,
// the write fails with EFBIG instead and the note is left whole, with a sentence saying why.
process.on('SIGXFSZ', () => undefined);

void run(process.argv.slice(2), {
	out: (text) => process.stdout.write(`${text}\n`),
	err: (text) => process.stderr.write(`${text}\n`),
}).then((code) => {
	process.exitCode = code;
});
