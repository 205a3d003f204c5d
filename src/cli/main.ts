// `rapport`: Rapport's core over a vault folder, from a terminal.
import { run } from './run';

// Past a file-size limit (`ulimit -f`) the system ends the process with SIGXFSZ; handled,
// the write fails with EFBIG instead and the note is left whole, with a sentence saying why.
process.on('SIGXFSZ', () => undefined);

/**
 * Writes to a stream until its reader goes (`rapport queue | head`): then the rest of the
 * output is dropped, as other command-line tools do, and the command still finishes what it
 * was doing (a note being written is written) and exits with its own code. Unhandled, the
 * closed pipe ended the process with a stack trace.
 */
function writer(stream: typeof process.stdout | typeof process.stderr): (text: string) => void {
	let closed = false;
	stream.on('error', (error: Error & { code?: string }) => {
		if (error.code !== 'EPIPE') throw error;
		closed = true;
	});
	return (text) => {
		if (!closed) stream.write(`${text}\n`);
	};
}

/** A terminal's status line on stderr: rewritten in place, cleared with ''. */
const status = process.stderr.isTTY ? (text: string): void => void process.stderr.write(`\r\x1b[K${text}`) : undefined;

void run(process.argv.slice(2), { out: writer(process.stdout), err: writer(process.stderr), ...(status ? { status } : {}) }).then(
	(code) => {
		process.exitCode = code;
	},
);
