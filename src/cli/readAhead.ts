// Reads a vault's notes on a second thread while the index is built from them on this one,
// so on a machine with two cores the build's wall time is nearer the larger of reading and
// indexing than their sum. The worker only reads: it hands on each file's text as node
// decodes it, or nothing. Everything that decides (strict UTF-8, a file that can't be
// read, a file that is not a regular file) stays with the caller, which reads a file
// itself whenever the read-ahead has nothing for it. So the index never depends on the
// worker: if it can't start, dies or falls behind, the notes are read as they were.
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { READ_FLAGS } from './noteFiles';

/** Below this many notes, starting a thread costs more than the reads it would overlap. */
export const READ_AHEAD_MIN_NOTES = 2000;

/** From how many notes to read ahead here: never on one core, where the threads would take turns. */
export function readAheadFrom(): number {
	return availableParallelism() > 1 ? READ_AHEAD_MIN_NOTES : Number.POSITIVE_INFINITY;
}

// How long to wait for the next batch before reading the notes here instead. The worker
// reads what this thread would read; waiting longer than this only means the disk is slow,
// and this thread reading the next note itself is then no slower.
const PATIENCE_MS = 2000;

// What the two threads share, as Int32 slots: batches sent, batches received, and a stop.
const SENT = 0;
const RECEIVED = 1;
const STOP = 2;
// The worker keeps at most this many batches in flight (of 128 notes or 1 MB of text at
// most each), so a vault of large notes is never held in memory whole while the index
// catches up.
const AHEAD = 8;

// Plain JavaScript on purpose: the program the worker runs, with nothing but node:fs, so
// the thread starts without loading the CLI's bundle. The first batch is small so the
// build can start at once; later ones are larger, since each message has a fixed cost.
const READER_SCRIPT = `
const { readFileSync } = require('node:fs');
const { workerData } = require('node:worker_threads');
const { flag, signal, port } = workerData;
const shared = new Int32Array(signal);
let batch = [];
let bytes = 0;
let size = 16;
function send() {
	port.postMessage(batch);
	batch = [];
	bytes = 0;
	size = 128;
	Atomics.add(shared, ${SENT}, 1);
	Atomics.notify(shared, ${SENT});
	for (;;) {
		const received = Atomics.load(shared, ${RECEIVED});
		if (Atomics.load(shared, ${STOP}) === 1 || Atomics.load(shared, ${SENT}) - received < ${AHEAD}) return;
		Atomics.wait(shared, ${RECEIVED}, received);
	}
}
port.once('message', (files) => {
	for (const file of files) {
		if (Atomics.load(shared, ${STOP}) === 1) break;
		let text = null;
		try {
			text = readFileSync(file, { encoding: 'utf8', flag });
		} catch {
			// The main thread reads it again and says what went wrong.
		}
		batch.push(text);
		if (text !== null) bytes += text.length;
		if (batch.length === size || bytes >= 1 << 20) send();
	}
	if (batch.length > 0) send();
});
`;

export class ReadAhead {
	private readonly at = new Map<string, number>();
	private readonly texts: (string | null | undefined)[] = [];
	private readonly shared: Int32Array;
	/** Batches sent, as last seen. */
	private seen = 0;
	private stopped = false;

	private constructor(
		private readonly worker: Worker,
		private readonly port: MessagePort,
		signal: SharedArrayBuffer,
	) {
		this.shared = new Int32Array(signal);
	}

	/**
	 * Starts the thread, which waits for `read` to say which files; undefined when no thread
	 * can be had. Starting it before the list is known lets it set up while the list is made.
	 */
	static start(): ReadAhead | undefined {
		const signal = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
		const { port1, port2 } = new MessageChannel();
		let worker: Worker;
		try {
			worker = new Worker(READER_SCRIPT, {
				eval: true,
				// The main thread's flags: a FIFO put in a note's place reads as empty, never blocks.
				workerData: { flag: READ_FLAGS, signal, port: port2 },
				transferList: [port2],
			});
		} catch {
			port1.close();
			return undefined;
		}
		// Never what keeps the process alive: a command that is done exits.
		worker.unref();
		// An error in the thread only means its notes are read here.
		worker.on('error', () => undefined);
		return new ReadAhead(worker, port1, signal);
	}

	/** Reads these files, in this order, once; a file not among them is left to the caller. */
	read(files: readonly string[]): void {
		if (this.stopped || this.at.size > 0) return;
		files.forEach((file, index) => this.at.set(file, index));
		if (this.at.size === 0) this.stop();
		else this.port.postMessage(files);
	}

	/**
	 * The file's text as the worker read it, waiting for it if it is on its way; undefined
	 * when the worker has nothing for it (not one of its files, taken already, a read that
	 * failed, or the worker gone quiet), and the caller reads it itself.
	 */
	take(file: string): string | undefined {
		const index = this.at.get(file);
		if (index === undefined || this.stopped) return undefined;
		while (this.texts.length <= index) if (!this.receive()) return undefined;
		const text = this.texts[index];
		this.texts[index] = undefined;
		this.at.delete(file);
		if (this.at.size === 0) this.stop();
		return text ?? undefined;
	}

	/** Ends the worker and lets go of what it read and nobody took. */
	stop(): void {
		if (this.stopped) return;
		this.stopped = true;
		Atomics.store(this.shared, STOP, 1);
		Atomics.notify(this.shared, RECEIVED);
		this.texts.length = 0;
		this.at.clear();
		this.port.close();
		void this.worker.terminate();
	}

	/** One batch more into `texts`; false (and the read-ahead stopped) when none comes in time. */
	private receive(): boolean {
		for (;;) {
			const batch: { message: (string | null)[] } | undefined = receiveMessageOnPort(this.port);
			if (batch) {
				for (const text of batch.message) this.texts.push(text);
				Atomics.add(this.shared, RECEIVED, 1);
				Atomics.notify(this.shared, RECEIVED);
				return true;
			}
			if (Atomics.wait(this.shared, SENT, this.seen, PATIENCE_MS) === 'timed-out') {
				this.stop();
				return false;
			}
			this.seen = Atomics.load(this.shared, SENT);
		}
	}
}
