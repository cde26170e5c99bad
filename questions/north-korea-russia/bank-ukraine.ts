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
	},
	{
		id: 'invasion-year',
		type: 'numeric',
		objective: 'ukraine-convergence',
		passage: 'p2',
		quote:
			'The invasion of Ukraine in 2022 has provided a basis for the convergence of political interests between North Korea and Russia.',
		difficulty: 1,
		prompt:
			'In which year, according to the article, did the invasion of Ukraine that provided a basis for the convergence of North Korean and Russian political interests take place? Type the year.',
		explanation:
			'The article says "The invasion of Ukraine in 2022 has provided a basis for the convergence of political interests between North Korea and Russia."',
		answer: 2022,
		feedback: {
			correct:
				'Right: "The invasion of Ukraine in 2022" provided the basis for the convergence of political interests.',
			incorrect: 'The article gives the year: "The invasion of Ukraine in 2022".',
			low: 'Too early: the article speaks of "The invasion of Ukraine in 2022".',
			high: 'Too late: the article speaks of "The invasion of Ukraine in 2022".'
		}
	},
	{
		id: 'convergence-links',
		type: 'matching',
		objective: 'ukraine-convergence',
		passage: 'p2',
		quote:
			'The invasion of Ukraine in 2022 has provided a basis for the convergence of political interests between North Korea and Russia. North Korea has offered political support to Russia by recognising the independence of Russian-installed governments in breakaway provinces in Ukraine. In return, Russia\'s political support has provided North Korea with protection and impunity from further UN Security Council condemnation. Russian foreign minister Sergei Lavrov declared a "new level" of relations with North Korea during his visit to Pyongyang in October',
		difficulty: 2,
		prompt: 'Match each item with what the article says about it.',
		explanation:
			'The article says "The invasion of Ukraine in 2022 has provided a basis for the convergence of political interests", that "North Korea has offered political support to Russia by recognising the independence of Russian-installed governments", that "Russia\'s political support has provided North Korea with protection and impunity from further UN Security Council condemnation", and that Lavrov declared a "new level" of relations "during his visit to Pyongyang in October".',
		premises: [
			{ id: 'invasion', text: 'The invasion of Ukraine in 2022', match: 'basis' },
			{
				id: 'recognition',
				text: "North Korea's recognition of Russian-installed governments in breakaway provinces in Ukraine",
				match: 'support-for-russia'
			},
			{ id: 'russian-support', text: "Russia's political support", match: 'un-protection' },
			{ id: 'lavrov-visit', text: "Lavrov's visit to Pyongyang in October", match: 'new-level' }
		],
		targets: [
			{
				id: 'basis',
				text: 'Provided a basis for the convergence of political interests between North Korea and Russia'
			},
			{ id: 'support-for-russia', text: 'Was the political support North Korea offered to Russia' },
			{
				id: 'un-protection',
				text: 'Has given North Korea protection and impunity from further UN Security Council condemnation'
			},
			{
				id: 'new-level',
				text: 'Was when a "new level" of relations with North Korea was declared'
			},
			{
				id: 'new-condemnation',
				text: 'Led to new UN Security Council condemnation of North Korea'
			}
		],
		feedback: {
			correct:
				'Right: the invasion "provided a basis", the recognition was North Korea\'s "political support to Russia", Russia\'s support brought "protection and impunity", and Lavrov declared the "new level" in Pyongyang.',
			incorrect:
				'Check the paragraph: the invasion "has provided a basis for the convergence of political interests"; the recognition is how "North Korea has offered political support to Russia"; Russia\'s support gives "protection and impunity from further UN Security Council condemnation"; Lavrov declared a "new level" of relations "during his visit to Pyongyang in October". Nothing led to new condemnation.'
		}
	},
	{
		id: 'un-shield-evidence',
		type: 'evidence',
		objective: 'ukraine-convergence',
		passage: 'p2',
		quote:
			"Russia's political support has provided North Korea with protection and impunity from further UN Security Council condemnation",
		difficulty: 2,
		prompt:
			'Which sentence shows that North Korea gains protection at the UN from its ties with Russia?',
		explanation:
			'The article says "In return, Russia\'s political support has provided North Korea with protection and impunity from further UN Security Council condemnation."',
		feedback: {
			correct:
				'Right: "Russia\'s political support has provided North Korea with protection and impunity from further UN Security Council condemnation."',
			incorrect:
				'Look for the sentence about the UN: "Russia\'s political support has provided North Korea with protection and impunity from further UN Security Council condemnation."'
		},
		distractors: [
			{
				quote: 'North Korea has offered political support to Russia',
				feedback:
					'This sentence shows what North Korea gives Russia, not what it gets back: the protection at the UN comes "In return", in the next sentence.'
			},
			{
				quote: 'Lavrov thanked North Korea for its "unambiguous support"',
				feedback:
					'This sentence is about Lavrov thanking North Korea for its support; it says nothing about the UN.'
			}
		]
	},
	{
		id: 'convergence-chain',
		type: 'ordering',
		objective: 'ukraine-convergence',
		passage: 'p2',
		quote:
			"The invasion of Ukraine in 2022 has provided a basis for the convergence of political interests between North Korea and Russia. North Korea has offered political support to Russia by recognising the independence of Russian-installed governments in breakaway provinces in Ukraine. In return, Russia's political support has provided North Korea with protection and impunity from further UN Security Council condemnation.",
		difficulty: 3,
		prompt:
			'The article describes a chain of cause and consequence since the invasion of Ukraine. Put these steps in order, starting with the cause.',
		explanation:
			'The article says the invasion "has provided a basis for the convergence of political interests between North Korea and Russia", that "North Korea has offered political support to Russia", and that "In return, Russia\'s political support has provided North Korea with protection and impunity from further UN Security Council condemnation."',
		items: [
			{
				id: 'invasion-basis',
				text: 'The invasion of Ukraine provides a basis for the convergence of political interests between North Korea and Russia.'
			},
			{
				id: 'nk-recognition',
				text: 'North Korea offers Russia political support by recognising Russian-installed governments in breakaway provinces in Ukraine.'
			},
			{
				id: 'russia-protection',
				text: "Russia's political support shields North Korea from further UN Security Council condemnation."
			}
		],
		feedback: {
			correct:
				'Right: the invasion "has provided a basis", North Korea offered its support, and Russia\'s support came "In return".',
			incorrect:
				'Follow the article: the invasion "has provided a basis for the convergence of political interests"; then "North Korea has offered political support to Russia"; Russia\'s support came "In return".'
		}
	}
]);
