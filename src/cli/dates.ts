// The CLI writes `{{date:FORMAT}}` with the moment package in its own English, as
// Obsidian's moment does for a user whose app is in English.
import moment from 'moment';
import { momentFormatter } from '../domain/dateFormat';

export const formatDate = momentFormatter(moment);
