import { defineBank } from '../define';
import type article from './article';
import type course from './course';

// Paragraph 2 (p2): how the invasion of Ukraine brought the two countries together.
// Objective: ukraine-convergence. One question links it to paragraph 1 (russia-un-reversal): its
// prompt says what paragraph 1 reports, so the passage shown is enough. What a prompt says is no
// longer a question: no paragraph-1 question may ask it.
// Retired ids (never reuse them): convergence-basis, political-exchange, lavrov-pyongyang-visit,
// support-reciprocated, convergence-links, un-shield-evidence, interests-turnaround.
export default defineBank<typeof article, typeof course>([
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
				id: 'expelled-diplomats',
				text: "By expelling Ukrainian diplomats and closing Ukraine's embassy in Pyongyang",
				feedback:
					'The article does not mention this. North Korea supports Russia "by recognising the independence of Russian-installed governments in breakaway provinces in Ukraine".'
			},
			{
				id: 'shielded-russia-at-un',
				text: 'By protecting Russia from condemnation at the UN Security Council',
				feedback:
					'The article does not say this. North Korea supports Russia "by recognising the independence of Russian-installed governments in breakaway provinces in Ukraine".'
			},
			{
				id: 'recognised-breakaway-governments',
				text: 'By recognising the independence of Russian-installed governments in Ukraine',
				correct: true,
				feedback:
					'Right: that recognition is how "North Korea has offered political support to Russia".'
			},
			{
				id: 'cut-trade',
				text: 'By cutting off its trade with Ukraine and urging other countries to do the same',
				feedback:
					'The article does not mention this. North Korea supports Russia "by recognising the independence of Russian-installed governments in breakaway provinces in Ukraine".'
			}
		]
	},
	{
		id: 'russia-un-reversal',
		type: 'single-choice',
		objective: 'ukraine-convergence',
		passage: 'p2',
		quote:
			"In return, Russia's political support has provided North Korea with protection and impunity from further UN Security Council condemnation.",
		difficulty: 3,
		prompt:
			'The first paragraph says Russia "supported UN Security Council sanctions against North Korea". What does the second paragraph say about Russia\'s stance on North Korea at the Security Council since the invasion of Ukraine?',
		explanation:
			'Russia once backed sanctions against North Korea; now "Russia\'s political support has provided North Korea with protection and impunity from further UN Security Council condemnation." Russia has gone from backing measures against North Korea to shielding it.',
		choices: [
			{
				id: 'unchanged',
				text: 'It is unchanged: Russia still backs sanctions and condemnation of North Korea there.',
				feedback:
					'The second paragraph says Russia\'s support gives North Korea "protection and impunity from further UN Security Council condemnation", so its stance has changed.'
			},
			{
				id: 'leaves-it-to-china',
				text: "Russia has stepped back and leaves North Korea's case there to China.",
				feedback:
					'China is not mentioned in this paragraph. Russia\'s own support gives North Korea "protection and impunity" at the Security Council.'
			},
			{
				id: 'blocks-sanctions-only',
				text: 'Russia now blocks new sanctions but still backs condemnation of North Korea there.',
				feedback:
					'Not condemnation: Russia\'s support gives North Korea "protection and impunity from further UN Security Council condemnation".'
			},
			{
				id: 'turned-around',
				text: "It has turned around: Russia's backing now spares North Korea further condemnation there.",
				correct: true,
				feedback:
					'Right: after once backing sanctions, Russia now gives North Korea "protection and impunity from further UN Security Council condemnation".'
			}
		]
	},
	{
		id: 'invasion-year',
		type: 'numeric',
		objective: 'ukraine-convergence',
		passage: 'p2',
		quote: 'The invasion of Ukraine in 2022',
		difficulty: 1,
		prompt:
			'According to the article, in which year did the invasion of Ukraine take place? Type the year.',
		explanation:
			'The article says "The invasion of Ukraine in 2022 has provided a basis for the convergence of political interests between North Korea and Russia."',
		answer: 2022,
		feedback: {
			correct: 'Right: the article speaks of "The invasion of Ukraine in 2022".',
			incorrect: 'The article gives the year: "The invasion of Ukraine in 2022".',
			low: 'Too early: the article speaks of "The invasion of Ukraine in 2022".',
			high: 'Too late: the article speaks of "The invasion of Ukraine in 2022".'
		}
	},
	{
		id: 'new-level-evidence',
		type: 'evidence',
		objective: 'ukraine-convergence',
		passage: 'p2',
		quote: 'declared a "new level" of relations with North Korea',
		difficulty: 2,
		prompt: 'Which sentence shows an official visitor hailing a step up in ties?',
		explanation:
			'Russian foreign minister Sergei Lavrov declared a "new level" of relations with North Korea "during his visit to Pyongyang in October".',
		feedback: {
			correct:
				'Right: during his visit to Pyongyang, Lavrov declared a "new level" of relations with North Korea.',
			incorrect:
				'Look for a visitor speaking of progress in relations: Lavrov declared a "new level" of relations with North Korea "during his visit to Pyongyang in October".'
		},
		distractors: [
			{
				quote: 'Lavrov thanked North Korea for its "unambiguous support"',
				feedback:
					'Here Lavrov thanks North Korea for its support; the step up in relations is declared in the sentence before.'
			},
			{
				quote: 'has provided a basis for the convergence of political interests',
				feedback:
					'This sentence says what brought the two countries together, not that a visitor hailed a step up in relations.'
			}
		]
	},
	{
		id: 'lavrov-visit-links',
		type: 'matching',
		objective: 'ukraine-convergence',
		passage: 'p2',
		quote:
			'during his visit to Pyongyang in October, praising the recent summit between Vladimir Putin and Kim Jong-un. Lavrov thanked North Korea for its "unambiguous support" for Russia\'s actions in Ukraine',
		difficulty: 2,
		prompt: 'Match each item with what the article says about it.',
		explanation:
			'Lavrov spoke "during his visit to Pyongyang in October, praising the recent summit between Vladimir Putin and Kim Jong-un", and "Lavrov thanked North Korea for its "unambiguous support" for Russia\'s actions in Ukraine".',
		premises: [
			{
				id: 'nk-support',
				text: "North Korea's support for Russia's actions in Ukraine",
				match: 'thanked'
			},
			{ id: 'lavrov-visit', text: "Lavrov's visit to Pyongyang", match: 'october' },
			{ id: 'recent-summit', text: 'The recent summit between Putin and Kim', match: 'praised' }
		],
		targets: [
			{ id: 'called-off', text: 'Was called off at the last minute' },
			{ id: 'praised', text: 'Lavrov praised it' },
			{ id: 'thanked', text: 'Lavrov thanked North Korea for it, calling it "unambiguous"' },
			{ id: 'october', text: 'Took place in October' }
		],
		feedback: {
			correct:
				'Right: Lavrov visited Pyongyang "in October", was "praising the recent summit", and thanked North Korea for its "unambiguous support".',
			incorrect:
				'Check the last two sentences: Lavrov\'s visit to Pyongyang was "in October"; there he was "praising the recent summit between Vladimir Putin and Kim Jong-un"; and he "thanked North Korea for its "unambiguous support" for Russia\'s actions in Ukraine". Nothing was called off.'
		}
	},
	{
		id: 'russia-view-of-nk',
		type: 'single-choice',
		objective: 'ukraine-convergence',
		passage: 'p2',
		quote:
			'Lavrov declared a "new level" of relations with North Korea during his visit to Pyongyang in October, praising the recent summit between Vladimir Putin and Kim Jong-un. Lavrov thanked North Korea for its "unambiguous support" for Russia\'s actions in Ukraine',
		difficulty: 3,
		prompt:
			"Taken together, what do Lavrov's words and actions in the paragraph's last two sentences suggest about how Russia now regards North Korea?",
		explanation:
			'Everything Lavrov says and does about "relations with North Korea" in these two sentences is friendly: Russia treats North Korea as a partner it values.',
		choices: [
			{
				id: 'troublesome-neighbour',
				text: 'As a troublesome neighbour to keep at a distance',
				feedback:
					'Lavrov went to Pyongyang himself and spoke warmly of North Korea: the opposite of keeping it at a distance.'
			},
			{
				id: 'valued-partner',
				text: 'As a partner it values',
				correct: true,
				feedback:
					'Right: everything Lavrov says and does in these two sentences is friendly towards North Korea.'
			},
			{
				id: 'neutral-party',
				text: 'As a neutral party in the war in Ukraine',
				feedback:
					'North Korea has taken a side: the paragraph says "North Korea has offered political support to Russia".'
			},
			{
				id: 'doubtful-ally',
				text: 'As an ally whose loyalty is in doubt',
				feedback:
					"Nothing in these two sentences doubts North Korea's loyalty: everything Lavrov says and does there is friendly."
			}
		]
	},
	{
		id: 'kim-visit-sentiment',
		type: 'single-choice',
		objective: 'ukraine-convergence',
		passage: 'p2',
		quote:
			'Lavrov thanked North Korea for its "unambiguous support" for Russia\'s actions in Ukraine, a sentiment reciprocated during Kim\'s visit to Russia.',
		difficulty: 3,
		prompt:
			"What does the last sentence of the second paragraph suggest happened during Kim's visit to Russia?",
		explanation:
			'The sentence calls what Lavrov expressed "a sentiment reciprocated during Kim\'s visit to Russia". A sentiment is reciprocated when the other side returns it, so during that visit the North Korean side expressed the same sentiment towards Russia.',
		choices: [
			{
				id: 'russia-repeated-words',
				text: "Russia's side repeated what Lavrov had said about North Korea.",
				feedback:
					'Not Russia\'s side: a sentiment is "reciprocated" when the other side returns it. What Lavrov expressed was "a sentiment reciprocated during Kim\'s visit to Russia", so the North Korean side returned the feeling.'
			},
			{
				id: 'nk-returned-feeling',
				text: "North Korea's side showed the same feeling towards Russia.",
				correct: true,
				feedback:
					'Right: what Lavrov expressed was "a sentiment reciprocated during Kim\'s visit to Russia", returned by the North Korean side.'
			},
			{
				id: 'second-lavrov-visit',
				text: 'Kim invited Lavrov to make a second visit to Pyongyang.',
				feedback:
					'The article mentions no such invitation. It says what Lavrov expressed was "a sentiment reciprocated during Kim\'s visit to Russia".'
			},
			{
				id: 'peace-plan-agreed',
				text: 'Kim and Putin agreed on a joint peace plan for the war in Ukraine.',
				feedback:
					'The article mentions no peace plan. It says what Lavrov expressed was "a sentiment reciprocated during Kim\'s visit to Russia".'
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
		difficulty: 2,
		prompt:
			'The article describes a chain of cause and consequence between North Korea and Russia. Put its steps in order, the cause at the top.',
		explanation:
			'The invasion "has provided a basis for the convergence of political interests between North Korea and Russia"; "North Korea has offered political support to Russia"; and Russia\'s political support came "In return".',
		items: [
			{
				id: 'invasion-basis',
				text: 'The invasion of Ukraine begins.'
			},
			{
				id: 'nk-recognition',
				text: 'North Korea offers Russia political support.'
			},
			{
				id: 'russia-support',
				text: 'Russia gives North Korea political support.'
			}
		],
		feedback: {
			correct:
				'Right: the invasion "has provided a basis" for converging interests, North Korea offered its support, and Russia\'s support came "In return".',
			incorrect:
				'Follow the paragraph: the invasion "has provided a basis for the convergence of political interests"; "North Korea has offered political support to Russia"; Russia\'s support came "In return".'
		}
	}
]);
