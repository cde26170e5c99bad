import { defineCourse } from '../define';

export default defineCourse({
	id: 'north-korea-russia',
	title: 'The North Korea-Russia Relationship',
	description:
		'Read a short analysis of how relations between North Korea and Russia have changed, then check what you understood.',
	// 65, not 70: in the test-wise benchmark (docs/adaptive.md) readers of the article pass
	// about 96% of lessons at 65 and 92% at 70, and no cue-only strategy ever scores above 30.
	masteryScore: 65,
	objectives: [
		{
			id: 'past-relations',
			title: 'Describe the earlier relationship between the two countries',
			passages: ['p1']
		},
		{
			id: 'ukraine-convergence',
			title: 'Describe what has brought the two countries together',
			passages: ['p2']
		},
		{
			id: 'military-aid',
			title: "Identify what North Korea supplies to Russia's war effort",
			passages: ['p3']
		},
		{
			id: 'regional-effects',
			title: 'Explain the expected effects of the closer ties',
			passages: ['p4', 'p6']
		},
		{
			id: 'allied-response',
			title: 'Describe the stance of the United States and its allies',
			passages: ['p5']
		}
	]
});
