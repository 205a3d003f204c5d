// Where a CLI command's words go: its answer on stdout, everything else on stderr.
export interface Io {
	out: (text: string) => void;
	err: (text: string) => void;
}
