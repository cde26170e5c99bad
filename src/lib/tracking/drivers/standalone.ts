/** No LMS: the lesson works, nothing is recorded, and the learner is told so. */
import type { LaunchData, Tracker } from '../types';

export class StandaloneTracker implements Tracker {
	readonly kind = 'standalone';
	readonly recording = false;
	readonly problems = [];
	readonly launch: LaunchData = {
		entry: 'ab-initio',
		mode: 'normal',
		credit: false,
		learnerName: '',
		suspendData: '',
		location: '',
		status: 'not attempted'
	};
	recordAnswer(): void {}
	finish(): void {}
	suspend(): void {}
}
