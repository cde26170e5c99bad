import { defineBank } from '../define';
import type article from './article';
import type course from './course';

// Paragraphs 4 and 6 (p4, p6): effects on the Korean Peninsula and East Asia.
// Objective: regional-effects. Paragraph 6 has two sentences: three questions quote each.
// Retired ids (never reuse them): china-significance, shoigu-li-hosted, coalition-signals,
// international-watch, closing-statements, allies-role-evidence, wider-consequences.
export default defineBank<typeof article, typeof course>([
	{
		id: 'ripple-effects',
		type: 'single-choice',
		objective: 'regional-effects',
		passage: 'p4',
		quote:
			'The expanded ties between North Korea and Russia are expected to have ripple effects on the dynamics of the Korean Peninsula and East Asia.',
		difficulty: 1,
		prompt:
			'Where does the article expect the expanded ties between North Korea and Russia to have ripple effects?',
		explanation:
			'The article says the expanded ties "are expected to have ripple effects on the dynamics of the Korean Peninsula and East Asia."',
		choices: [
			{
				id: 'ukraine-not-asia',
				text: 'On the course of the war in Ukraine rather than on Asia',
				feedback:
					'The article expects ripple effects "on the dynamics of the Korean Peninsula and East Asia."'
			},
			{
				id: 'european-union',
				text: 'On relations between Russia and the European Union',
				feedback:
					'The article expects ripple effects "on the dynamics of the Korean Peninsula and East Asia", not in Europe.'
			},
			{
				id: 'peninsula-and-east-asia',
				text: 'On the Korean Peninsula and East Asia',
				correct: true,
				feedback:
					'Right: the ties "are expected to have ripple effects on the dynamics of the Korean Peninsula and East Asia."'
			},
			{
				id: 'peninsula-without-east-asia',
				text: 'On the Korean Peninsula, with East Asia unaffected',
				feedback:
					'The article expects ripple effects on East Asia as well: "on the dynamics of the Korean Peninsula and East Asia."'
			}
		]
	},
	{
		id: 'two-way-procurement',
		type: 'single-choice',
		objective: 'regional-effects',
		passage: 'p4',
		quote:
			'The renewal of the military relationship between the two nations could lead to two-way procurements of military goods',
		difficulty: 2,
		prompt:
			'According to the article, what could the renewal of the military relationship lead to?',
		explanation:
			'The article says the renewal "could lead to two-way procurements of military goods": goods could flow in both directions.',
		choices: [
			{
				id: 'north-korea-to-russia',
				text: 'Military goods passing one way, from North Korea to Russia',
				feedback:
					'The article speaks of "two-way procurements of military goods", so goods could flow both ways.'
			},
			{
				id: 'trade-ban',
				text: 'A ban on military trade between the two countries',
				feedback:
					'The opposite: the renewal "could lead to two-way procurements of military goods".'
			},
			{
				id: 'joint-production',
				text: 'Joint production of weapons for the war in Ukraine',
				feedback:
					'The article mentions no joint production; it says the renewal "could lead to two-way procurements of military goods".'
			},
			{
				id: 'goods-both-ways',
				text: 'Military goods passing both ways between them',
				correct: true,
				feedback: 'Right: it "could lead to two-way procurements of military goods".'
			}
		]
	},
	{
		id: 'sanctions-undercut',
		type: 'true-false',
		objective: 'regional-effects',
		passage: 'p4',
		quote:
			'could lead to two-way procurements of military goods, including technologies that North Korea has long desired but been deprived of due to international sanctions',
		difficulty: 3,
		prompt:
			'True or false? The article implies that renewed military ties with Russia could weaken the effect of international sanctions on North Korea.',
		explanation:
			'True. Sanctions have kept from North Korea technologies it "has long desired", and the renewed ties "could lead to two-way procurements" that include them, undercutting the sanctions.',
		answer: true,
		feedback: {
			true: 'Correct: the ties could bring North Korea "technologies that North Korea has long desired but been deprived of due to international sanctions".',
			false:
				'The article says the ties could bring North Korea technologies it has "been deprived of due to international sanctions", which would weaken their effect.'
		}
	},
	{
		id: 'sanctions-evidence',
		type: 'evidence',
		objective: 'regional-effects',
		passage: 'p4',
		quote:
			'technologies that North Korea has long desired but been deprived of due to international sanctions',
		difficulty: 2,
		prompt:
			'Which sentence shows that outside restrictions have kept North Korea from equipment it has wanted for years?',
		explanation:
			'The article speaks of "technologies that North Korea has long desired but been deprived of due to international sanctions".',
		feedback: {
			correct:
				'Right: it mentions "technologies that North Korea has long desired but been deprived of due to international sanctions".',
			incorrect:
				'Look for the sentence about what North Korea has gone without: "technologies that North Korea has long desired but been deprived of due to international sanctions".'
		},
		distractors: [
			{
				quote: 'are expected to have ripple effects',
				feedback:
					'This sentence is about the wider effects of the ties; it says nothing about what North Korea has been kept from.'
			},
			{
				quote: 'closer China-North Korea-Russia relations',
				feedback:
					'This sentence is about closer relations with China; it does not mention restrictions on North Korea.'
			},
			{
				quote: 'suggests the emergence of a coalition',
				feedback:
					'This sentence is about the visitors North Korea decided to host and a possible coalition; it does not mention restrictions or equipment.'
			}
		]
	},
	{
		id: 'chinese-guest-purpose',
		type: 'single-choice',
		objective: 'regional-effects',
		passage: 'p4',
		quote:
			"This shift also signals the geopolitical significance of closer China-North Korea-Russia relations. North Korea's recent decision to host Russian Defense Minister Sergei Shoigu and Chinese Communist Party Central Committee Member Li Hongzhong",
		difficulty: 3,
		prompt:
			'Why might the article mention that North Korea decided to host a Chinese official as well as a Russian minister?',
		explanation:
			'Just before, the article says "This shift also signals the geopolitical significance of closer China-North Korea-Russia relations." Hosting a Chinese Communist Party official alongside a Russian minister shows China, too, drawing closer.',
		choices: [
			{
				id: 'china-mediates',
				text: 'To show that China is mediating between North Korea and Russia',
				feedback:
					'The article does not describe China as a go-between; it speaks of "closer China-North Korea-Russia relations".'
			},
			{
				id: 'china-opposes',
				text: 'To show that China opposes the military ties between North Korea and Russia',
				feedback: 'The article points the other way: "closer China-North Korea-Russia relations".'
			},
			{
				id: 'china-supplies-technology',
				text: 'To show that China will supply the technologies North Korea wants',
				feedback:
					'The article says nothing about China supplying technologies; it speaks of "closer China-North Korea-Russia relations".'
			},
			{
				id: 'china-drawing-closer',
				text: 'To show that China, too, is drawing closer to North Korea and Russia',
				correct: true,
				feedback:
					'Right: the shift "signals the geopolitical significance of closer China-North Korea-Russia relations", and a Chinese official was among the guests.'
			}
		]
	},
	{
		id: 'shoigu-hosted',
		type: 'fill-in',
		objective: 'regional-effects',
		passage: 'p4',
		quote: 'host Russian Defense Minister Sergei Shoigu',
		difficulty: 1,
		prompt:
			'Which Russian Defense Minister did North Korea recently decide to host, according to the article? (His surname is enough.)',
		explanation:
			'The article mentions "North Korea\'s recent decision to host Russian Defense Minister Sergei Shoigu".',
		answers: [
			'Shoigu',
			'Sergei Shoigu',
			'Sergey Shoigu',
			'Shoygu',
			'Sergei Shoygu',
			'Sergey Shoygu',
			'Minister Shoigu',
			'Defense Minister Shoigu',
			'Defence Minister Shoigu',
			'Defense Minister Sergei Shoigu'
		],
		feedback: {
			correct: 'Right: North Korea decided to "host Russian Defense Minister Sergei Shoigu".',
			incorrect:
				'The article names him: North Korea decided to "host Russian Defense Minister Sergei Shoigu".'
		},
		anticipated: [
			{
				answer: 'Lavrov',
				feedback:
					'Sergei Lavrov is the Russian foreign minister who visited Pyongyang; the Defense Minister North Korea decided to host is "Sergei Shoigu".'
			},
			{
				answer: 'Sergei Lavrov',
				feedback:
					'Sergei Lavrov is the Russian foreign minister who visited Pyongyang; the Defense Minister North Korea decided to host is "Sergei Shoigu".'
			},
			{
				answer: 'Li Hongzhong',
				feedback:
					'Li Hongzhong is the Chinese official North Korea also decided to host; the Russian Defense Minister is "Sergei Shoigu".'
			}
		]
	},
	{
		id: 'coalition-reasoning',
		type: 'ordering',
		objective: 'regional-effects',
		passage: 'p4',
		quote:
			"North Korea's recent decision to host Russian Defense Minister Sergei Shoigu and Chinese Communist Party Central Committee Member Li Hongzhong suggests the emergence of a coalition that deepens inter-Korean and regional tensions.",
		difficulty: 2,
		prompt:
			"Put the steps of the article's reasoning about North Korea's recent guests in order, the first step at the top.",
		explanation:
			'The decision to host a Russian minister and a Chinese party official "suggests the emergence of a coalition that deepens inter-Korean and regional tensions": the decision is the sign, a coalition is what it suggests, and deeper tensions are what such a coalition would bring.',
		items: [
			{
				id: 'hosting-decision',
				text: 'North Korea decides to host a Russian minister and a Chinese Communist Party official.'
			},
			{ id: 'coalition-emerges', text: 'A coalition may be emerging.' },
			{ id: 'tensions-deepen', text: 'Inter-Korean and regional tensions may deepen.' }
		],
		feedback: {
			correct:
				'Right: the decision to host the two officials "suggests the emergence of a coalition", and such a coalition "deepens inter-Korean and regional tensions."',
			incorrect:
				'Follow the sentence: the decision to host the two officials "suggests the emergence of a coalition that deepens inter-Korean and regional tensions." The article hedges: the coalition is suggested, not certain.'
		}
	},
	{
		id: 'balance-of-power',
		type: 'fill-in',
		objective: 'regional-effects',
		passage: 'p6',
		quote: 'the balance of power in the Korean peninsula',
		difficulty: 1,
		prompt:
			'Complete the phrase from the article\'s conclusion with the missing words: "regional stability and ____ in the Korean peninsula".',
		explanation:
			'The conclusion speaks of "regional stability and the balance of power in the Korean peninsula".',
		// Compared ignoring case ("Korean Peninsula" too), but words count: the article's phrase
		// with or without "the", a plural slip, and the place as learners write it (the prompt
		// says "in the Korean peninsula"; the article also says "on the Korean peninsula").
		answers: [
			'the balance of power',
			'balance of power',
			'the balance of powers',
			'balance of powers',
			'the balance of power in the Korean peninsula',
			'balance of power in the Korean peninsula',
			'the balance of power on the Korean peninsula',
			'balance of power on the Korean peninsula',
			'the balance of power in the peninsula',
			'balance of power in the peninsula'
		],
		feedback: {
			correct: 'Right: "the balance of power in the Korean peninsula".',
			incorrect:
				'The conclusion speaks of "regional stability and the balance of power in the Korean peninsula".'
		},
		anticipated: [
			{
				answer: 'stability',
				feedback:
					'Regional stability is already in the phrase; the missing words are "the balance of power".'
			},
			{
				answer: 'regional stability',
				feedback:
					'Regional stability is already in the phrase; the missing words are "the balance of power".'
			},
			{
				answer: 'security',
				feedback:
					'Not the article\'s words: it speaks of "the balance of power in the Korean peninsula".'
			},
			{
				answer: 'power balance',
				feedback:
					'Close in meaning, but the question asks for the article\'s own words: "the balance of power".'
			},
			{
				answer: 'the power balance',
				feedback:
					'Close in meaning, but the question asks for the article\'s own words: "the balance of power".'
			}
		]
	},
	{
		id: 'closing-actors',
		type: 'matching',
		objective: 'regional-effects',
		passage: 'p6',
		quote:
			'As North Korea and Russia navigate this evolving relationship, the international community watches closely',
		difficulty: 1,
		prompt: "Match each subject in the article's conclusion with what it is doing.",
		explanation:
			'The article says "As North Korea and Russia navigate this evolving relationship, the international community watches closely".',
		premises: [
			{ id: 'community', text: 'The international community', match: 'watching' },
			{ id: 'nk-and-russia', text: 'North Korea and Russia', match: 'navigating' }
		],
		targets: [
			{ id: 'navigating', text: 'Navigating an evolving relationship' },
			{ id: 'sanctioning', text: 'Imposing new sanctions' },
			{ id: 'watching', text: 'Watching closely' },
			{ id: 'settling', text: 'Settling old differences for good' }
		],
		feedback: {
			correct:
				'Right: "North Korea and Russia navigate this evolving relationship", and "the international community watches closely".',
			incorrect:
				'Check the first sentence of the conclusion: "North Korea and Russia navigate this evolving relationship", and "the international community watches closely". Nothing is settled, and the conclusion mentions no new sanctions.'
		}
	},
	{
		id: 'stability-implications',
		type: 'true-false',
		objective: 'regional-effects',
		passage: 'p6',
		quote: 'the potential implications for regional stability',
		difficulty: 2,
		prompt:
			"True or false? The article's last paragraph says that the relationship between North Korea and Russia has made the region less stable.",
		explanation:
			'False. The conclusion speaks of "the potential implications for regional stability": effects that could come, not a loss of stability that it reports as having happened.',
		answer: false,
		feedback: {
			true: 'Not so: the conclusion speaks of "the potential implications for regional stability". It does not report that the region has become less stable.',
			false:
				'Correct: the conclusion speaks of "the potential implications for regional stability", effects that could come, not a loss of stability that has happened.'
		}
	},
	{
		id: 'closing-outlook',
		type: 'multiple-response',
		objective: 'regional-effects',
		passage: 'p6',
		quote:
			'The geopolitical landscape continues to shift, and the outcomes of diplomatic engagements between North Korea, Russia, and their allies will likely shape the future dynamics of the region.',
		difficulty: 3,
		prompt: "Which conclusions follow from the article's closing outlook? Select all that apply.",
		explanation:
			'The article says "The geopolitical landscape continues to shift" and that diplomacy "between North Korea, Russia, and their allies will likely shape the future dynamics of the region": the future is open, and the allies take part.',
		choices: [
			{
				id: 'already-decided',
				text: "The region's future has already been decided.",
				feedback:
					'The article says "The geopolitical landscape continues to shift", so nothing is settled yet.'
			},
			{
				id: 'still-open',
				text: "The region's future is still open rather than settled.",
				correct: true,
				feedback:
					'Right: "The geopolitical landscape continues to shift", and outcomes "will likely shape the future dynamics of the region".'
			},
			{
				id: 'two-countries-by-themselves',
				text: "North Korea and Russia will decide the region's future by themselves, without their allies.",
				feedback:
					'The article includes "their allies" among those whose diplomatic engagements will shape the region.'
			},
			{
				id: 'others-have-a-hand',
				text: "Parties beyond North Korea and Russia are likely to have a hand in the region's future.",
				correct: true,
				feedback:
					'Right: diplomatic engagements "between North Korea, Russia, and their allies will likely shape the future dynamics of the region".'
			},
			{
				id: 'war-decides',
				text: "The war in Ukraine will decide the region's future.",
				feedback:
					'The conclusion does not mention Ukraine: it says "the outcomes of diplomatic engagements" will likely shape the future of the region.'
			}
		]
	},
	{
		id: 'outlook-subjects',
		type: 'matching',
		objective: 'regional-effects',
		passage: 'p6',
		quote:
			'The geopolitical landscape continues to shift, and the outcomes of diplomatic engagements between North Korea, Russia, and their allies will likely shape the future dynamics of the region.',
		difficulty: 2,
		prompt: "Match each subject in the article's last sentence with what it says about it.",
		explanation:
			'The article says "The geopolitical landscape continues to shift, and the outcomes of diplomatic engagements" between North Korea, Russia and their allies "will likely shape the future dynamics of the region."',
		premises: [
			{ id: 'diplomacy', text: 'The outcomes of diplomatic engagements', match: 'shape-future' },
			{ id: 'landscape', text: 'The geopolitical landscape', match: 'keeps-shifting' }
		],
		targets: [
			{ id: 'settled', text: 'Already settled into a stable pattern' },
			{ id: 'keeps-shifting', text: 'Still shifting' },
			{ id: 'end-the-war', text: 'Certain to end the war in Ukraine' },
			{ id: 'shape-future', text: 'Likely to shape the future dynamics of the region' }
		],
		feedback: {
			correct:
				'Right: "The geopolitical landscape continues to shift", and the outcomes of diplomatic engagements "will likely shape the future dynamics of the region."',
			incorrect:
				'Check the last sentence: "The geopolitical landscape continues to shift"; the outcomes of diplomatic engagements "will likely shape the future dynamics of the region." Nothing has settled, and the sentence does not mention the war in Ukraine.'
		}
	},
	{
		id: 'outlook-hedge',
		type: 'true-false',
		objective: 'regional-effects',
		passage: 'p6',
		quote: 'will likely shape the future dynamics of the region',
		difficulty: 2,
		prompt:
			"True or false? The article states as a certainty that diplomacy between North Korea, Russia and their allies will decide the region's future.",
		explanation:
			'False. The article says the outcomes of diplomatic engagements "will likely shape the future dynamics of the region": a likelihood, not a certainty.',
		answer: false,
		feedback: {
			true: 'Not so: the article hedges. The outcomes "will likely shape the future dynamics of the region".',
			false:
				'Correct: the article says only that they "will likely shape the future dynamics of the region".'
		}
	}
]);
