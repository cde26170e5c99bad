import { defineBank } from '../define';

// Paragraph 2 (p2): how the invasion of Ukraine brought the two countries together.
// Objective: ukraine-convergence.
export default defineBank([
	{
		id: 'convergence-basis',
		type: 'single-choice',
		objective: 'ukraine-convergence',
		passage: 'p2',
		quote:
			'The invasion of Ukraine in 2022 has provided a basis for the convergence of political interests between North Korea and Russia.',
		difficulty: 1,
		prompt:
			'According to the article, what provided a basis for the convergence of political interests between North Korea and Russia?',
		explanation:
			'The article says "The invasion of Ukraine in 2022 has provided a basis for the convergence of political interests between North Korea and Russia."',
		choices: [
			{
				id: 'ukraine-invasion',
				text: 'The invasion of Ukraine in 2022',
				correct: true,
				feedback:
					'Right: "The invasion of Ukraine in 2022 has provided a basis for the convergence of political interests".'
			},
			{
				id: 'summit-2019',
				text: 'The 2019 summit between Kim and Putin',
				feedback:
					'The article says the 2019 summit "did not result in significant progress"; the basis was the invasion of Ukraine in 2022.'
			},
			{
				id: 'ww2-commemoration',
				text: 'Putin’s 2015 invitation to Russia’s commemoration of the end of World War 2',
				feedback:
					'At that time "Kim was not ready to engage in summitry"; the article names the invasion of Ukraine in 2022 as the basis.'
			},
			{
				id: 'un-sanctions',
				text: "Russia's support for UN Security Council sanctions against North Korea",
				feedback:
					'That support belongs to the difficult earlier period; the article names the invasion of Ukraine in 2022 as the basis.'
			}
		]
	},
	{
		id: 'nk-political-support',
		type: 'single-choice',
		objective: 'ukraine-convergence',
		passage: 'p2',
		quote:
			'North Korea has offered political support to Russia by recognising the independence of Russian-installed governments in breakaway provinces in Ukraine.',
		difficulty: 1,
		prompt: 'How has North Korea offered political support to Russia, according to the article?',
		explanation:
			'The article says "North Korea has offered political support to Russia by recognising the independence of Russian-installed governments in breakaway provinces in Ukraine."',
		choices: [
			{
				id: 'recognised-breakaway-governments',
				text: 'By recognising the independence of Russian-installed governments in breakaway provinces in Ukraine',
				correct: true,
				feedback:
					'Right: that recognition is how "North Korea has offered political support to Russia".'
			},
			{
				id: 'backed-ukraine-authority',
				text: "By recognising the Ukrainian government's authority over the breakaway provinces",
				feedback:
					'The article says North Korea recognised "the independence of Russian-installed governments" there, not Ukraine\'s authority.'
			},
			{
				id: 'called-for-return',
				text: 'By calling for the breakaway provinces to be returned to Ukraine',
				feedback:
					'The opposite: North Korea recognised "the independence of Russian-installed governments in breakaway provinces in Ukraine".'
			},
			{
				id: 'criticised-russia',
				text: "By criticising Russia's actions in Ukraine",
				feedback:
					'Lavrov thanked North Korea for its "unambiguous support" for Russia\'s actions in Ukraine, not for criticism.'
			}
		]
	},
	{
		id: 'political-exchange',
		type: 'single-choice',
		objective: 'ukraine-convergence',
		passage: 'p2',
		quote:
			"North Korea has offered political support to Russia by recognising the independence of Russian-installed governments in breakaway provinces in Ukraine. In return, Russia's political support has provided North Korea with protection and impunity from further UN Security Council condemnation.",
		difficulty: 3,
		prompt:
			'Which description of the political relationship since the invasion of Ukraine best fits the article?',
		explanation:
			'"North Korea has offered political support to Russia", and "In return, Russia\'s political support has provided North Korea with protection and impunity from further UN Security Council condemnation." Each side gains from the other.',
		choices: [
			{
				id: 'mutual-exchange',
				text: 'An exchange in which each side gains political backing from the other',
				correct: true,
				feedback:
					'Right: North Korea supports Russia, and "In return" Russia\'s support shields North Korea at the UN Security Council.'
			},
			{
				id: 'one-sided',
				text: 'A one-sided arrangement in which only Russia benefits',
				feedback:
					'North Korea benefits too: Russia\'s support gives it "protection and impunity from further UN Security Council condemnation".'
			},
			{
				id: 'russia-backs-condemnation',
				text: 'An arrangement in which Russia backs new UN Security Council condemnation of North Korea',
				feedback:
					'The opposite: Russia\'s support protects North Korea "from further UN Security Council condemnation".'
			},
			{
				id: 'economic-only',
				text: 'A purely economic deal with no political side',
				feedback:
					'The article describes a "convergence of political interests" and an exchange of "political support".'
			}
		]
	},
	{
		id: 'lavrov-pyongyang-visit',
		type: 'multiple-response',
		objective: 'ukraine-convergence',
		passage: 'p2',
		quote:
			'Russian foreign minister Sergei Lavrov declared a "new level" of relations with North Korea during his visit to Pyongyang in October, praising the recent summit between Vladimir Putin and Kim Jong-un.',
		difficulty: 1,
		prompt:
			'What did Russian foreign minister Sergei Lavrov do during his visit to Pyongyang, according to the article? Select all that apply.',
		explanation:
			'The article says Lavrov declared a "new level" of relations with North Korea during his visit, "praising the recent summit between Vladimir Putin and Kim Jong-un."',
		choices: [
			{
				id: 'declared-new-level',
				text: 'He declared a "new level" of relations with North Korea.',
				correct: true,
				feedback:
					'Right: during his visit to Pyongyang, Lavrov declared a "new level" of relations with North Korea.'
			},
			{
				id: 'praised-summit',
				text: 'He praised the recent summit between Vladimir Putin and Kim Jong-un.',
				correct: true,
				feedback:
					'Right: he was "praising the recent summit between Vladimir Putin and Kim Jong-un."'
			},
			{
				id: 'warned-dangerous',
				text: 'He warned about "growing and dangerous" military cooperation.',
				feedback:
					'That warning came from US Secretary of State Antony Blinken "On a recent visit to Seoul", not from Lavrov.'
			},
			{
				id: 'criticised-summit',
				text: 'He criticised the recent Putin-Kim summit as a failure.',
				feedback:
					'Lavrov did the opposite: he was "praising the recent summit between Vladimir Putin and Kim Jong-un."'
			}
		]
	},
	{
		id: 'support-reciprocated',
		type: 'true-false',
		objective: 'ukraine-convergence',
		passage: 'p2',
		quote:
			'Lavrov thanked North Korea for its "unambiguous support" for Russia\'s actions in Ukraine, a sentiment reciprocated during Kim\'s visit to Russia.',
		difficulty: 2,
		prompt:
			"True or false? According to the article, the sentiment Lavrov expressed in thanking North Korea for its support was returned during Kim's visit to Russia.",
		explanation:
			'True. Lavrov thanked North Korea for its "unambiguous support", and the article calls this "a sentiment reciprocated during Kim\'s visit to Russia".',
		answer: true,
		feedback: {
			true: 'Correct: Lavrov\'s thanks were "a sentiment reciprocated during Kim\'s visit to Russia".',
			false:
				'Not so: the article calls Lavrov\'s thanks "a sentiment reciprocated during Kim\'s visit to Russia", so it was returned.'
		}
	}
]);
