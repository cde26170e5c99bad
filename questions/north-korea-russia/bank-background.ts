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
	}
]);
