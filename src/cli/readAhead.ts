// Reads a vault's notes on a second thread while the index is built from them on this one,
// so on a machine with two cores the build's wall time is nearer the larger of reading and
// indexing than their sum. The worker only reads: it hands on each file's text as node
// decodes it, or nothing. Everything that decides (strict UTF-8, a file that can't be
// read, a file that is not a regular file) stays with the caller, which reads a file
// itself whenever the read-ahead has nothing for it yet. So the index never depends on, or
// waits for, the worker: if it can't start, dies or falls behind, the notes are read as they were.
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { READ_FLAGS } from './noteFiles';

/** Below this many notes, starting a thread costs more than the reads it would overlap. */
export const READ_AHEAD_MIN_NOTES = 2000;

/** From how many notes to read ahead here: never on one core, where the threads would take turns. */
export function readAheadFrom(): number {
	return availableParallelism() > 1 ? READ_AHEAD_MIN_NOTES : Number.POSITIVE_INFINITY;
}

// What the two threads share, as Int32 slots: batches sent, batches received, a stop, and
// how far this thread has gone on its own (the worker reads nothing before that).
const SENT = 0;
const RECEIVED = 1;
const STOP = 2;
const PASSED = 3;
// The worker keeps at most this many batches in flight (of 128 notes or 1 MB of text at
// most each), so a vault of large notes is never held in memory whole while the index
// catches up.
const AHEAD = 8;

// Plain JavaScript on purpose: the program the worker runs, with nothing but node:fs, so
// the thread starts without loading the CLI's bundle. The first batch is small so the
// build can take from it soon; later ones are larger, since each message has a fixed cost.
// A file the main thread has already read for itself is sent as nothing, unread.
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
	for (;;) {
		const received = Atomics.load(shared, ${RECEIVED});
		if (Atomics.load(shared, ${STOP}) === 1 || Atomics.load(shared, ${SENT}) - received < ${AHEAD}) return;
		Atomics.wait(shared, ${RECEIVED}, received);
	}
}
port.once('message', (files) => {
	for (let index = 0; index < files.length; index++) {
		if (Atomics.load(shared, ${STOP}) === 1) break;
		let text = null;
		if (index >= Atomics.load(shared, ${PASSED}))
			try {
				text = readFileSync(files[index], { encoding: 'utf8', flag });
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
	private stopped = false;
	/** Settles when the thread has ended: it read every file, or was stopped. */
	readonly ended: Promise<void>;

	private constructor(
		private readonly worker: Worker,
		private readonly port: MessagePort,
		signal: SharedArrayBuffer,
	) {
		this.shared = new Int32Array(signal);
		this.ended = new Promise((resolve) => worker.once('exit', () => resolve()));
	}

	/**
	 * Starts the thread, which waits for `read` to say which files; undefined when no thread
	 * can be had. Starting it before the list is known lets it set up while the list is made.
	 */
	static start(): ReadAhead | undefined {
		const signal = new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT);
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
	 * The file's text as the worker read it, when it has come; undefined when it has not come
	 * yet (the worker is behind, and is told to skip it), was taken already, is not one of the
	 * worker's files, or could not be read. Then the caller reads the file itself: this thread
	 * never waits for the worker.
	 */
	take(file: string): string | undefined {
		const index = this.at.get(file);
		if (index === undefined || this.stopped) return undefined;
		this.at.delete(file);
		const text = this.received(index);
		if (this.at.size === 0) this.stop();
		return text;
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

	/** The text at this place in the list if its batch is in, else undefined and the worker told to skip it. */
	private received(index: number): string | undefined {
		while (this.texts.length <= index) {
			const batch: { message: (string | null)[] } | undefined = receiveMessageOnPort(this.port);
			if (!batch) {
				if (index >= Atomics.load(this.shared, PASSED)) Atomics.store(this.shared, PASSED, index + 1);
				return undefined;
			}
			// What this thread has passed (read for itself) is not kept.
			const passed = Atomics.load(this.shared, PASSED);
			for (const text of batch.message) this.texts.push(this.texts.length < passed ? null : text);
			Atomics.add(this.shared, RECEIVED, 1);
			Atomics.notify(this.shared, RECEIVED);
		}
		const text = this.texts[index];
		this.texts[index] = undefined;
		return text ?? undefined;
	}
}
