// The names ../shared/perf-peer bundles to measure Rapport beside PRM (its README lists
// them). Without this file it imports each from the path it once had, and a name that moved
// comes out undefined with no error: parseYaml's move to src/cli/frontmatter.ts left the
// port's snapshots with no properties. Keep these names and shapes when the code moves; the
// type check fails here rather than in the comparison.
export { ContactIndex } from '../src/index/contactIndex';
export { MetadataCacheSource } from '../src/obsidian/metadataCacheSource';
export { computeQueue } from '../src/domain/queue';
export { defaultSettings } from '../src/domain/settings';
export { datedNoteMatcher } from '../src/domain/datedNotes';
export { parseIsoDay } from '../src/domain/day';
export { scanNote } from '../src/cli/scanNote';
export { parseYaml } from '../src/cli/frontmatter';
export { MemorySource } from './memorySource';
