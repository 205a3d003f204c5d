// Where a CLI command's words go: its answer on stdout, everything else on stderr.
export interface Io {
	out: (text: string) => void;
	err: (text: string) => void;
	/**
	 * Where stderr is a terminal: one line saying how far long work has got, each replacing
	 * the last, '' to clear it. Absent where output is kept (a pipe, a file, a test).
	 */
	status?: (text: string) => void;
}
