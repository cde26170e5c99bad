import { defineBank } from '../define';

// Paragraph 1 (p1): the earlier, difficult relationship. Objective: past-relations.
export default defineBank([
	{
		id: 'summit-2015-invitation',
		type: 'single-choice',
		objective: 'past-relations',
		passage: 'p1',
		quote: 'However, Kim was not ready to engage in summitry at that time.',
		difficulty: 1,
		prompt: "How did Kim Jong Un respond to Putin's 2015 invitation, according to the article?",
		explanation:
			'The article says that after the 2015 invitation "Kim was not ready to engage in summitry at that time."',
		choices: [
			{
				id: 'declined',
				text: 'He was not ready to engage in summitry at that time.',
				correct: true,
				feedback: 'Right: the article says "Kim was not ready to engage in summitry at that time."'
			},
			{
				id: 'attended',
				text: 'He attended the commemoration in Russia and held a summit with Putin there.',
				feedback:
					'The article says the opposite: "Kim was not ready to engage in summitry at that time."'
			},
			{
				id: 'proposed-other-summit',
				text: 'He proposed holding a different summit with Putin instead.',
				feedback:
					'Kim was not ready for any summitry then: the article says he "was not ready to engage in summitry at that time."'
			}
		]
	},
	{
		id: 'change-drivers',
		type: 'true-false',
		objective: 'past-relations',
		passage: 'p1',
		quote: 'driven by geopolitical shifts and strategic considerations',
		difficulty: 1,
		prompt:
			'True or false? The article says the recent changes in the North Korea-Russia relationship were driven by personal friendship between the leaders, not by geopolitical or strategic factors.',
		explanation:
			'False. The article says the changes were "driven by geopolitical shifts and strategic considerations".',
		answer: false,
		feedback: {
			true: 'Not so: the article says the changes were "driven by geopolitical shifts and strategic considerations", not by friendship.',
			false:
				'Correct: the article names "geopolitical shifts and strategic considerations" as the drivers of the changes.'
		}
	},
	{
		id: 'legacy-not-enough',
		type: 'single-choice',
		objective: 'past-relations',
		passage: 'p1',
		quote:
			'Despite a historical legacy of close relations between North Korea and the Soviet Union, recent attempts at military and economic cooperation had faced challenges.',
		difficulty: 3,
		prompt:
			'Which conclusion about the relationship before its recent changes follows from the article?',
		explanation:
			'The article says that despite "a historical legacy of close relations between North Korea and the Soviet Union, recent attempts at military and economic cooperation had faced challenges": shared history did not make cooperation easy.',
		choices: [
			{
				id: 'history-not-enough',
				text: 'A history of close ties with the Soviet Union did not make recent cooperation easy.',
				correct: true,
				feedback:
					'Right: in spite of that legacy, "recent attempts at military and economic cooperation had faced challenges".'
			},
			{
				id: 'never-close',
				text: 'North Korea and the Soviet Union had never been close.',
				feedback:
					'The article speaks of "a historical legacy of close relations between North Korea and the Soviet Union".'
			},
			{
				id: 'cooperation-smooth',
				text: 'Recent military and economic cooperation had gone smoothly.',
				feedback:
					'The article says "recent attempts at military and economic cooperation had faced challenges".'
			},
			{
				id: 'only-economic-problems',
				text: 'Only economic cooperation had run into problems; military cooperation had worked well.',
				feedback:
					'The article says attempts at both "military and economic cooperation had faced challenges".'
			}
		]
	},
	{
		id: 'russia-backed-sanctions',
		type: 'true-false',
		objective: 'past-relations',
		passage: 'p1',
		quote: 'Russia also supported UN Security Council sanctions against North Korea through 2017',
		difficulty: 2,
		prompt:
			'True or false? Through 2017, Russia backed measures against North Korea at the UN Security Council.',
		explanation:
			'True. The article says "Russia also supported UN Security Council sanctions against North Korea through 2017": sanctions are measures against North Korea.',
		answer: true,
		feedback: {
			true: 'Correct: "Russia also supported UN Security Council sanctions against North Korea through 2017".',
			false:
				'The article says "Russia also supported UN Security Council sanctions against North Korea through 2017", so it did back measures against North Korea.'
		}
	},
	{
		id: 'summit-2019-outcome',
		type: 'single-choice',
		objective: 'past-relations',
		passage: 'p1',
		quote:
			'the 2019 summit between Kim and Putin did not result in significant progress, reflecting the difficulty in finding common interests',
		difficulty: 2,
		prompt:
			'What does the article say the outcome of the 2019 summit between Kim and Putin reflected?',
		explanation:
			'The article says the 2019 summit "did not result in significant progress, reflecting the difficulty in finding common interests".',
		choices: [
			{
				id: 'hard-to-find-common-interests',
				text: 'That it was difficult for the two sides to find common interests.',
				correct: true,
				feedback:
					'Right: the summit "did not result in significant progress, reflecting the difficulty in finding common interests".'
			},
			{
				id: 'many-shared-interests',
				text: 'That the two sides already shared many common interests.',
				feedback:
					'The article says the opposite: the outcome reflected "the difficulty in finding common interests".'
			},
			{
				id: 'military-breakthrough',
				text: 'That the two sides had achieved a breakthrough in military cooperation.',
				feedback: 'The article says the 2019 summit "did not result in significant progress".'
			},
			{
				id: 'kim-stayed-away',
				text: 'That Kim was still not ready to meet Putin.',
				feedback:
					'The two leaders did meet: it was a "summit between Kim and Putin". It simply "did not result in significant progress".'
			}
		]
	},
	{
		id: 'early-contacts-order',
		type: 'ordering',
		objective: 'past-relations',
		passage: 'p1',
		quote:
			'In 2015, Russian President Vladimir Putin extended an invitation to North Korean leader Kim Jong Un for Russia’s commemoration of the seventieth anniversary of the end of World War 2. However, Kim was not ready to engage in summitry at that time. Russia also supported UN Security Council sanctions against North Korea through 2017, and the 2019 summit between Kim and Putin did not result in significant progress',
		difficulty: 1,
		prompt:
			'Put these points in the earlier relationship between North Korea and Russia in the order of the years the article gives for them, earliest first.',
		explanation:
			'The article dates each point: "In 2015, Russian President Vladimir Putin extended an invitation" to Kim; "Russia also supported UN Security Council sanctions against North Korea through 2017"; and "the 2019 summit between Kim and Putin did not result in significant progress".',
		items: [
			{
				id: 'putin-invites-kim',
				text: "Putin invites Kim Jong Un to Russia's commemoration of the end of World War 2."
			},
			{
				id: 'sanctions-support-ends',
				text: 'The last year through which, according to the article, Russia supported UN Security Council sanctions against North Korea.'
			},
			{
				id: 'summit-no-progress',
				text: 'Kim and Putin hold a summit that does not result in significant progress.'
			}
		],
		feedback: {
			correct:
				'Right: the invitation came "In 2015", Russia supported the sanctions "through 2017", and the summit without significant progress was "the 2019 summit".',
			incorrect:
				'Not quite: use the years in the paragraph. Putin\'s invitation came "In 2015"; Russia supported UN Security Council sanctions "through 2017"; the summit that "did not result in significant progress" was "the 2019 summit".'
		}
	},
	{
		id: 'ww2-anniversary-years',
		type: 'numeric',
		objective: 'past-relations',
		passage: 'p1',
		quote: 'for Russia’s commemoration of the seventieth anniversary of the end of World War 2',
		difficulty: 2,
		prompt:
			"In 2015, Putin invited Kim to Russia's commemoration of an anniversary of the end of World War 2. How many years after the end of the war was that anniversary? Type a number.",
		explanation:
			'The article says Putin invited Kim "for Russia’s commemoration of the seventieth anniversary of the end of World War 2": 70 years after the end of the war.',
		answer: 70,
		unit: 'years',
		feedback: {
			correct: 'Right: it was "the seventieth anniversary of the end of World War 2".',
			incorrect:
				'The article speaks of "the seventieth anniversary of the end of World War 2": 70 years.',
			low: 'Too low: it was "the seventieth anniversary", 70 years after the end of the war.',
			high: 'Too high: it was "the seventieth anniversary", 70 years after the end of the war.'
		}
	},
	{
		id: 'soviet-union-legacy',
		type: 'fill-in',
		objective: 'past-relations',
		passage: 'p1',
		quote:
			'Despite a historical legacy of close relations between North Korea and the Soviet Union',
		difficulty: 2,
		prompt:
			'Complete the sentence with the two words the article uses: "Despite a historical legacy of close relations between North Korea and the ____ ____, recent attempts at military and economic cooperation had faced challenges."',
		explanation:
			'The article says "Despite a historical legacy of close relations between North Korea and the Soviet Union, recent attempts at military and economic cooperation had faced challenges."',
		answers: ['Soviet Union', 'the Soviet Union'],
		feedback: {
			correct:
				'Right: the legacy of close relations is one "between North Korea and the Soviet Union".',
			incorrect:
				'The article speaks of "a historical legacy of close relations between North Korea and the Soviet Union".'
		},
		anticipated: [
			{
				answer: 'Russia',
				feedback:
					'Not the name used here: the article speaks of a legacy of close relations "between North Korea and the Soviet Union".'
			},
			{
				answer: 'China',
				feedback:
					'China does not appear in this paragraph: the legacy is of close relations "between North Korea and the Soviet Union".'
			},
			{
				answer: 'USSR',
				feedback:
					'Same country, but not the article\'s two words: it speaks of close relations "between North Korea and the Soviet Union".'
			}
		]
	}
]);
