import { defineBank } from '../define';

// Paragraphs 4 and 6 (p4, p6): effects on the Korean Peninsula and East Asia.
// Objective: regional-effects.
export default defineBank([
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
				id: 'peninsula-and-east-asia',
				text: 'On the dynamics of the Korean Peninsula and East Asia',
				correct: true,
				feedback:
					'Right: the ties "are expected to have ripple effects on the dynamics of the Korean Peninsula and East Asia."'
			},
			{
				id: 'ukraine-only',
				text: 'Only on the war in Ukraine, not in East Asia',
				feedback:
					'The article expects ripple effects "on the dynamics of the Korean Peninsula and East Asia."'
			},
			{
				id: 'inside-north-korea-only',
				text: 'Only inside North Korea itself',
				feedback:
					'The effects are expected across "the Korean Peninsula and East Asia", not only inside North Korea.'
			},
			{
				id: 'no-wider-effects',
				text: 'Nowhere: the article expects no wider effects',
				feedback: 'The article says the ties "are expected to have ripple effects".'
			}
		]
	},
	{
		id: 'two-way-procurement',
		type: 'single-choice',
		objective: 'regional-effects',
		passage: 'p4',
		quote:
			'The renewal of the military relationship between the two nations could lead to two-way procurements of military goods, including technologies that North Korea has long desired but been deprived of due to international sanctions.',
		difficulty: 2,
		prompt:
			'According to the article, what could the renewal of the military relationship lead to?',
		explanation:
			'The article says the renewal "could lead to two-way procurements of military goods, including technologies that North Korea has long desired": goods could flow in both directions.',
		choices: [
			{
				id: 'goods-both-ways',
				text: 'Military goods flowing in both directions, including technologies North Korea has long wanted',
				correct: true,
				feedback:
					'Right: it "could lead to two-way procurements of military goods, including technologies that North Korea has long desired".'
			},
			{
				id: 'north-korea-to-russia-only',
				text: 'Military goods flowing only from North Korea to Russia',
				feedback:
					'The article speaks of "two-way procurements of military goods", so goods could flow both ways.'
			},
			{
				id: 'russia-gets-nothing',
				text: 'Russia supplying North Korea while receiving nothing in return',
				feedback:
					'The procurements would be "two-way": each side could obtain military goods from the other.'
			},
			{
				id: 'no-new-technology',
				text: 'An exchange that leaves out the technologies North Korea has wanted',
				feedback:
					'The article says the procurements could include "technologies that North Korea has long desired".'
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
		id: 'china-significance',
		type: 'true-false',
		objective: 'regional-effects',
		passage: 'p4',
		quote:
			'This shift also signals the geopolitical significance of closer China-North Korea-Russia relations.',
		difficulty: 2,
		prompt:
			'True or false? The article presents the shift in North Korea-Russia ties as significant for those two countries only, with no bearing on China.',
		explanation:
			'False. The article says "This shift also signals the geopolitical significance of closer China-North Korea-Russia relations."',
		answer: false,
		feedback: {
			true: 'Not so: the shift "signals the geopolitical significance of closer China-North Korea-Russia relations", so China is involved.',
			false: 'Correct: the article links the shift to "closer China-North Korea-Russia relations".'
		}
	},
	{
		id: 'shoigu-li-hosted',
		type: 'multiple-response',
		objective: 'regional-effects',
		passage: 'p4',
		quote:
			"North Korea's recent decision to host Russian Defense Minister Sergei Shoigu and Chinese Communist Party Central Committee Member Li Hongzhong",
		difficulty: 1,
		prompt:
			'Whom did North Korea recently decide to host, according to the article? Select all that apply.',
		explanation:
			'The article mentions "North Korea\'s recent decision to host Russian Defense Minister Sergei Shoigu and Chinese Communist Party Central Committee Member Li Hongzhong".',
		choices: [
			{
				id: 'sergei-shoigu',
				text: 'Russian Defense Minister Sergei Shoigu',
				correct: true,
				feedback: 'Right: North Korea decided to host "Russian Defense Minister Sergei Shoigu".'
			},
			{
				id: 'li-hongzhong',
				text: 'Chinese Communist Party Central Committee Member Li Hongzhong',
				correct: true,
				feedback:
					'Right: North Korea also decided to host "Chinese Communist Party Central Committee Member Li Hongzhong".'
			},
			{
				id: 'antony-blinken',
				text: 'US Secretary of State Antony Blinken',
				feedback:
					'Blinken issued his warning "On a recent visit to Seoul"; the article names Shoigu and Li Hongzhong as the visitors North Korea decided to host.'
			},
			{
				id: 'volodymyr-zelenskyy',
				text: 'Ukrainian president Volodymyr Zelenskyy',
				feedback:
					'The article names Shoigu and Li Hongzhong as the visitors North Korea decided to host; Zelenskyy appears only admitting that slower arms shipments hurt Ukraine.'
			}
		]
	},
	{
		id: 'coalition-signals',
		type: 'multiple-response',
		objective: 'regional-effects',
		passage: 'p4',
		quote:
			"North Korea's recent decision to host Russian Defense Minister Sergei Shoigu and Chinese Communist Party Central Committee Member Li Hongzhong suggests the emergence of a coalition that deepens inter-Korean and regional tensions.",
		difficulty: 3,
		prompt:
			"What does the article say North Korea's decision to host Shoigu and Li Hongzhong suggests? Select all that apply.",
		explanation:
			'North Korea\'s decision to host a Russian minister and a Chinese party official "suggests the emergence of a coalition that deepens inter-Korean and regional tensions."',
		choices: [
			{
				id: 'emerging-coalition',
				text: 'A coalition of North Korea, Russia and China may be emerging.',
				correct: true,
				feedback:
					'Right: the decision to host Russian and Chinese officials "suggests the emergence of a coalition".'
			},
			{
				id: 'inter-korean-tensions',
				text: 'Deeper tensions between North and South Korea',
				correct: true,
				feedback: 'Right: the coalition "deepens inter-Korean" tensions.'
			},
			{
				id: 'regional-tensions',
				text: 'Deeper tensions across the wider region',
				correct: true,
				feedback: 'Right: it deepens "inter-Korean and regional tensions."'
			},
			{
				id: 'easing-tensions',
				text: 'An easing of tensions on the Korean Peninsula',
				feedback:
					'The article says the coalition "deepens inter-Korean and regional tensions", not eases them.'
			},
			{
				id: 'china-distancing',
				text: 'China distancing itself from North Korea and Russia',
				feedback:
					'North Korea decided to host a Chinese party official alongside Shoigu, and the article speaks of "closer China-North Korea-Russia relations".'
			}
		]
	},
	{
		id: 'international-watch',
		type: 'single-choice',
		objective: 'regional-effects',
		passage: 'p6',
		quote:
			'the international community watches closely, aware of the potential implications for regional stability and the balance of power in the Korean peninsula',
		difficulty: 1,
		prompt:
			'Why is the international community watching North Korea and Russia closely, according to the article?',
		explanation:
			'The article says "the international community watches closely, aware of the potential implications for regional stability and the balance of power in the Korean peninsula".',
		choices: [
			{
				id: 'regional-implications',
				text: 'It is aware of potential implications for regional stability and the balance of power in the Korean peninsula.',
				correct: true,
				feedback:
					'Right: it watches "aware of the potential implications for regional stability and the balance of power in the Korean peninsula".'
			},
			{
				id: 'relations-broken-off',
				text: 'North Korea and Russia have broken off their relationship.',
				feedback:
					'The article says they "navigate this evolving relationship"; they have not broken it off.'
			},
			{
				id: 'relationship-fixed',
				text: 'It expects the relationship to stay exactly as it is.',
				feedback:
					'The article speaks of "this evolving relationship" and says "The geopolitical landscape continues to shift".'
			}
		]
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
			'The article says "The geopolitical landscape continues to shift" and that diplomacy "between North Korea, Russia, and their allies will likely shape the future dynamics of the region": the future is open and allies play a part.',
		choices: [
			{
				id: 'still-open',
				text: "The region's future is still open rather than settled.",
				correct: true,
				feedback:
					'Right: "The geopolitical landscape continues to shift", and outcomes "will likely shape the future dynamics of the region".'
			},
			{
				id: 'allies-play-a-part',
				text: "Diplomatic engagements involving the allies of North Korea and Russia are likely to help shape the region's future.",
				correct: true,
				feedback:
					'Right: diplomatic engagements "between North Korea, Russia, and their allies will likely shape the future dynamics of the region".'
			},
			{
				id: 'already-decided',
				text: "The region's future has already been decided.",
				feedback:
					'The article says "The geopolitical landscape continues to shift", so nothing is settled yet.'
			},
			{
				id: 'two-countries-alone',
				text: "Only North Korea and Russia themselves will shape the region's future.",
				feedback:
					'The article includes "their allies" among those whose diplomatic engagements will shape the region.'
			},
			{
				id: 'diplomacy-irrelevant',
				text: 'Diplomacy will make little difference to the region.',
				feedback:
					'The article says "the outcomes of diplomatic engagements" will likely shape the future dynamics of the region.'
			}
		]
	},
	{
		id: 'wider-consequences',
		type: 'true-false',
		objective: 'regional-effects',
		passage: 'p6',
		quote:
			'aware of the potential implications for regional stability and the balance of power in the Korean peninsula',
		difficulty: 2,
		prompt:
			"True or false? The article's conclusion treats the relationship as a matter for North Korea and Russia alone, with no consequences for the wider region.",
		explanation:
			'False. The international community is "aware of the potential implications for regional stability and the balance of power in the Korean peninsula".',
		answer: false,
		feedback: {
			true: 'Not so: the article points to "potential implications for regional stability and the balance of power in the Korean peninsula".',
			false:
				'Correct: the relationship has "potential implications for regional stability and the balance of power in the Korean peninsula".'
		}
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
		id: 'sanctions-evidence',
		type: 'evidence',
		objective: 'regional-effects',
		passage: 'p4',
		quote:
			'technologies that North Korea has long desired but been deprived of due to international sanctions',
		difficulty: 2,
		prompt:
			'Which sentence shows that international sanctions have kept North Korea from technologies it wants?',
		explanation:
			'The article speaks of "technologies that North Korea has long desired but been deprived of due to international sanctions".',
		feedback: {
			correct:
				'Right: it mentions "technologies that North Korea has long desired but been deprived of due to international sanctions".',
			incorrect:
				'Look for the sentence that mentions sanctions: it speaks of "technologies that North Korea has long desired but been deprived of due to international sanctions".'
		},
		distractors: [
			{
				quote: 'suggests the emergence of a coalition',
				feedback:
					'This sentence is about the visitors North Korea decided to host and a possible coalition; it does not mention sanctions or technologies.'
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
			'The article reasons from one recent decision to an effect on the region. Put the steps of that reasoning in order, starting with the decision.',
		explanation:
			'The article says "North Korea\'s recent decision to host Russian Defense Minister Sergei Shoigu and Chinese Communist Party Central Committee Member Li Hongzhong suggests the emergence of a coalition that deepens inter-Korean and regional tensions."',
		items: [
			{
				id: 'hosting-decision',
				text: 'North Korea decides to host Russian Defense Minister Sergei Shoigu and Chinese official Li Hongzhong.'
			},
			{ id: 'coalition-emerges', text: 'A coalition appears to be emerging.' },
			{ id: 'tensions-deepen', text: 'Inter-Korean and regional tensions deepen.' }
		],
		feedback: {
			correct:
				'Right: the decision to host the two officials "suggests the emergence of a coalition", and that coalition "deepens inter-Korean and regional tensions."',
			incorrect:
				'Follow the sentence: the decision to host Shoigu and Li Hongzhong "suggests the emergence of a coalition that deepens inter-Korean and regional tensions."'
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
			'Complete with one word: the international community is aware of the potential implications for regional stability and the balance of ____ in the Korean peninsula.',
		explanation:
			'The article says the international community is "aware of the potential implications for regional stability and the balance of power in the Korean peninsula".',
		answers: ['power', 'balance of power'],
		feedback: {
			correct: 'Right: "the balance of power in the Korean peninsula".',
			incorrect:
				'The article speaks of "the potential implications for regional stability and the balance of power in the Korean peninsula".'
		},
		anticipated: [
			{
				answer: 'stability',
				feedback:
					'Regional stability is named separately; the phrase is "the balance of power in the Korean peninsula".'
			}
		]
	},
	{
		id: 'closing-statements',
		type: 'matching',
		objective: 'regional-effects',
		passage: 'p6',
		quote:
			'the international community watches closely, aware of the potential implications for regional stability and the balance of power in the Korean peninsula. The geopolitical landscape continues to shift, and the outcomes of diplomatic engagements between North Korea, Russia, and their allies will likely shape the future dynamics of the region.',
		difficulty: 2,
		prompt: "Match each subject in the article's conclusion with what the article says about it.",
		explanation:
			'The article says "the international community watches closely", "The geopolitical landscape continues to shift", and "the outcomes of diplomatic engagements between North Korea, Russia, and their allies will likely shape the future dynamics of the region."',
		premises: [
			{ id: 'community', text: 'The international community', match: 'watches-closely' },
			{ id: 'landscape', text: 'The geopolitical landscape', match: 'keeps-shifting' },
			{
				id: 'diplomacy',
				text: 'The outcomes of diplomatic engagements between North Korea, Russia and their allies',
				match: 'shape-future'
			}
		],
		targets: [
			{
				id: 'watches-closely',
				text: 'Watches closely, aware of the potential implications for regional stability'
			},
			{ id: 'keeps-shifting', text: 'Continues to shift' },
			{ id: 'shape-future', text: 'Will likely shape the future dynamics of the region' },
			{
				id: 'already-settled',
				text: 'Has already settled the balance of power in the Korean peninsula'
			}
		],
		feedback: {
			correct:
				'Right: "the international community watches closely", "The geopolitical landscape continues to shift", and diplomatic outcomes "will likely shape the future dynamics of the region."',
			incorrect:
				'Check the conclusion: "the international community watches closely"; "The geopolitical landscape continues to shift"; the outcomes of diplomatic engagements "will likely shape the future dynamics of the region." Nothing is settled yet: the landscape "continues to shift" and the article speaks only of "potential implications".'
		}
	},
	{
		id: 'allies-role-evidence',
		type: 'evidence',
		objective: 'regional-effects',
		passage: 'p6',
		quote:
			'the outcomes of diplomatic engagements between North Korea, Russia, and their allies will likely shape the future dynamics of the region',
		difficulty: 3,
		prompt:
			"Which sentence suggests that parties other than North Korea and Russia are likely to help shape the region's future?",
		explanation:
			'The article says "the outcomes of diplomatic engagements between North Korea, Russia, and their allies will likely shape the future dynamics of the region": the allies take part too.',
		feedback: {
			correct:
				'Right: the diplomatic engagements that "will likely shape the future dynamics of the region" include "their allies".',
			incorrect:
				'Look for who will shape the future: "the outcomes of diplomatic engagements between North Korea, Russia, and their allies will likely shape the future dynamics of the region".'
		},
		distractors: [
			{
				quote: 'the international community watches closely',
				feedback:
					"This sentence says the international community is watching, aware of the implications; it does not say who will shape the region's future."
			}
		]
	}
]);
