// A list of small integers in a typed array that grows as it is written: four bytes an
// entry, where a plain array of numbers takes a pointer's width for each (eight bytes in
// node) and room to grow. For the index's per-note and per-key numbers.

export class IntList {
	private data: Int32Array;
	/** One past the highest index written. */
	length = 0;

	constructor(capacity = 16) {
		this.data = new Int32Array(capacity);
	}

	/** The entry at an index; 0 where nothing was written. */
	at(index: number): number {
		return index < this.length ? (this.data[index] ?? 0) : 0;
	}

	set(index: number, value: number): void {
		if (index >= this.data.length) this.grow(index + 1);
		this.data[index] = value;
		if (index >= this.length) this.length = index + 1;
	}

	push(value: number): void {
		this.set(this.length, value);
	}

	/** The entries from `start`, `count` of them, as a plain list. */
	slice(start: number, count: number): number[] {
		// A plain loop: a typed view and Array.from cost more than the copy, on the queue's path.
		const list = new Array<number>(count);
		for (let i = 0; i < count; i++) list[i] = this.data[start + i] ?? 0;
		return list;
	}

	/** Cut to its length: the room left to grow is given back. */
	trim(): void {
		if (this.data.length > this.length) this.data = this.data.slice(0, this.length);
	}

	private grow(least: number): void {
		const grown = new Int32Array(Math.max(least, this.data.length * 2, 16));
		grown.set(this.data);
		this.data = grown;
	}
}
