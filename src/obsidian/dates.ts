// The plugin writes `{{date:FORMAT}}` with the moment Obsidian ships (no copy in main.js),
// in the language the user set for the app, as Daily Notes names its notes.
import { moment } from 'obsidian';
import type momentFunction from 'moment';
import { momentFormatter } from '../domain/dateFormat';

// obsidian.d.ts types `moment` as `import * as Moment from 'moment'`, a namespace, which
// under esModuleInterop has no call signature; at run time it is the moment function.
const obsidianMoment = moment as unknown as typeof momentFunction;

export const formatDate = momentFormatter(obsidianMoment);
