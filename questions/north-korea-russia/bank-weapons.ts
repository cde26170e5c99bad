import { defineBank } from '../define';
import type article from './article';
import type course from './course';

// Paragraph 3 (p3): what North Korea supplies to Russia's war effort. Objective: military-aid.
// Retired ids (never reuse them): shell-deliveries.
export default defineBank<typeof article, typeof course>([
	{
		id: 'stockpile-weapons',
		type: 'single-choice',
		objective: 'military-aid',
		passage: 'p3',
		quote:
			"North Korea's capacity to aid the Russian war effort in Ukraine is primarily through significant weapons stockpiles",
		difficulty: 1,
		prompt:
			"According to the article, what is North Korea's main way of aiding the Russian war effort in Ukraine?",
		explanation:
			'The article says North Korea\'s capacity to aid the Russian war effort "is primarily through significant weapons stockpiles".',
		choices: [
			{
				id: 'cash-payments',
				text: "Cash payments to Russia's government",
				feedback:
					'The article mentions no payments: North Korea\'s capacity to aid Russia "is primarily through significant weapons stockpiles".'
			},
			{
				id: 'troops',
				text: 'Troops sent to fight alongside Russian forces',
				feedback:
					'The article mentions no troops: North Korea\'s capacity to aid Russia "is primarily through significant weapons stockpiles".'
			},
			{
				id: 'eu-made-weapons',
				text: 'Weapons it buys from EU manufacturers and passes on',
				feedback:
					'EU manufacturers are working to "fulfill their promise to Ukraine"; North Korea aids Russia from its own stockpiles.'
			},
			{
				id: 'weapons-stockpiles',
				text: 'Its significant weapons stockpiles',
				correct: true,
				feedback:
					'Right: its capacity to aid Russia "is primarily through significant weapons stockpiles".'
			}
		]
	},
	{
		id: 'quantity-over-sophistication',
		type: 'true-false',
		objective: 'military-aid',
		passage: 'p3',
		quote:
			'significant weapons stockpiles, including old artillery and rocket systems lacking modern guidance systems',
		difficulty: 3,
		prompt:
			"True or false? The article suggests that North Korea's value to Russia's war effort lies in the quantity of its weapons rather than in advanced technology.",
		explanation:
			'True. The article describes large stocks of "old artillery and rocket systems lacking modern guidance systems": what North Korea offers is quantity, not advanced technology.',
		answer: true,
		feedback: {
			true: 'Correct: the stocks are large, but they hold "old artillery and rocket systems lacking modern guidance systems".',
			false:
				'The article describes "old artillery and rocket systems lacking modern guidance systems", held in large stocks: quantity, not advanced technology.'
		}
	},
	{
		id: 'outdated-arms-evidence',
		type: 'evidence',
		objective: 'military-aid',
		passage: 'p3',
		quote: 'old artillery and rocket systems lacking modern guidance systems',
		difficulty: 2,
		prompt: 'Which sentence shows that much of what North Korea can offer is dated equipment?',
		explanation:
			'The first sentence speaks of "old artillery and rocket systems lacking modern guidance systems".',
		feedback: {
			correct:
				'Right: the sentence speaks of "old artillery and rocket systems lacking modern guidance systems".',
			incorrect:
				'Look for the sentence that describes the weapons themselves: "old artillery and rocket systems lacking modern guidance systems".'
		},
		distractors: [
			{
				quote: "South Korea's National Intelligence Service has reported",
				feedback:
					'This sentence reports shells sent to Russia; it says nothing about how modern the weapons are.'
			},
			{
				quote: "the EU's weapons manufacturers face challenges",
				feedback:
					'This sentence is about EU manufacturers, not about the weapons North Korea can offer.'
			}
		]
	},
	{
		id: 'shell-count',
		type: 'numeric',
		objective: 'military-aid',
		passage: 'p3',
		quote: 'North Korea has sent more than 1 million shells to Russia since early August',
		difficulty: 2,
		prompt:
			"According to South Korea's National Intelligence Service, North Korea has sent Russia more than how many shells since early August? Type the full number in digits (for example 250000).",
		explanation:
			'The article says "North Korea has sent more than 1 million shells to Russia since early August": more than 1,000,000 shells.',
		answer: 1000000,
		unit: 'shells',
		feedback: {
			correct:
				'Right: North Korea "has sent more than 1 million shells to Russia since early August".',
			incorrect:
				'The article says North Korea "has sent more than 1 million shells to Russia": the number is 1000000.',
			low: 'Too low: the report speaks of "more than 1 million shells", that is 1000000. If you meant 1 million, type all the digits.',
			high: 'Too high: the report speaks of "more than 1 million shells": the number to enter is 1000000.'
		}
	},
	{
		id: 'war-supply-actors',
		type: 'matching',
		objective: 'military-aid',
		passage: 'p3',
		quote:
			"South Korea's National Intelligence Service has reported that North Korea has sent more than 1 million shells to Russia since early August, delivered in 10 separate shipments. This comes as the EU's weapons manufacturers face challenges in ramping up production to fulfill their promise to Ukraine.",
		difficulty: 2,
		prompt: 'Match each actor with what the article says about it.',
		explanation:
			'"South Korea\'s National Intelligence Service has reported that North Korea has sent" shells "to Russia since early August", while "the EU\'s weapons manufacturers face challenges in ramping up production to fulfill their promise to Ukraine."',
		premises: [
			{
				id: 'eu-manufacturers',
				text: "The EU's weapons manufacturers",
				match: 'production-challenges'
			},
			{ id: 'north-korea', text: 'North Korea', match: 'sent-shells' },
			{ id: 'nis', text: "South Korea's National Intelligence Service", match: 'reported' }
		],
		targets: [
			{ id: 'sent-shells', text: 'Sending shells to Russia since early August' },
			{ id: 'guidance-systems', text: 'Supplying modern guidance systems for old rocket systems' },
			{ id: 'reported', text: 'Reporting the shell deliveries' },
			{ id: 'stop-deliveries', text: 'Promising to stop arms deliveries to Russia' },
			{
				id: 'production-challenges',
				text: 'Struggling to ramp up production'
			}
		],
		feedback: {
			correct:
				'Right: North Korea sent the shells, the National Intelligence Service "has reported" it, and the EU\'s manufacturers "face challenges in ramping up production".',
			incorrect:
				'Check the paragraph: North Korea "has sent" shells "to Russia since early August"; South Korea\'s National Intelligence Service "has reported" this; the EU\'s manufacturers "face challenges in ramping up production". No one supplied guidance systems (the old systems are "lacking modern guidance systems"), and no one promised to stop deliveries to Russia.'
		}
	},
	{
		id: 'shipment-count',
		type: 'numeric',
		objective: 'military-aid',
		passage: 'p3',
		quote: 'delivered in 10 separate shipments',
		difficulty: 1,
		prompt:
			"According to South Korea's National Intelligence Service, in how many separate shipments were North Korea's shells delivered to Russia? Type a number.",
		explanation: 'The article says the shells were "delivered in 10 separate shipments."',
		answer: 10,
		unit: 'shipments',
		feedback: {
			correct: 'Right: the shells were "delivered in 10 separate shipments."',
			incorrect: 'The article says the shells were "delivered in 10 separate shipments."',
			low: 'Too few: the shells were "delivered in 10 separate shipments."',
			high: 'Too many: the shells were "delivered in 10 separate shipments."'
		}
	},
	{
		id: 'eu-production-contrast',
		type: 'single-choice',
		objective: 'military-aid',
		passage: 'p3',
		quote:
			"This comes as the EU's weapons manufacturers face challenges in ramping up production to fulfill their promise to Ukraine.",
		difficulty: 3,
		prompt:
			"Why does the article mention the EU's weapons manufacturers right after North Korea's shell deliveries?",
		explanation:
			'The shell deliveries come "as the EU\'s weapons manufacturers face challenges in ramping up production to fulfill their promise to Ukraine": Russia is being supplied while the arms promised to Ukraine lag behind.',
		choices: [
			{
				id: 'eu-supplies-russia',
				text: 'To show that EU weapons manufacturers are also sending arms to Russia',
				feedback:
					'The EU manufacturers are working to "fulfill their promise to Ukraine", not to supply Russia.'
			},
			{
				id: 'contrast-with-ukraine-supply',
				text: 'To contrast the shells Russia receives with the arms Ukraine is still waiting for',
				correct: true,
				feedback:
					'Right: the shells arrive "as the EU\'s weapons manufacturers face challenges in ramping up production to fulfill their promise to Ukraine."'
			},
			{
				id: 'eu-outproduces',
				text: 'To show that EU production easily outpaces the shells North Korea sends',
				feedback: 'The article says EU manufacturers "face challenges in ramping up production".'
			},
			{
				id: 'promise-fulfilled',
				text: 'To show that the EU has already delivered the arms it promised Ukraine',
				feedback:
					'The manufacturers still "face challenges in ramping up production to fulfill their promise to Ukraine."'
			}
		]
	},
	{
		id: 'slow-deliveries-impact',
		type: 'multiple-response',
		objective: 'military-aid',
		passage: 'p3',
		quote:
			'The slow pace of deliveries has prompted criticism, with Ukrainian president Volodymyr Zelenskyy admitting that slower arms shipments are hurting Ukraine’s counteroffensive.',
		difficulty: 1,
		prompt:
			'What does the article say about the slow pace of arms deliveries to Ukraine? Select all that apply.',
		explanation:
			'The article says "The slow pace of deliveries has prompted criticism, with Ukrainian president Volodymyr Zelenskyy admitting that slower arms shipments are hurting Ukraine’s counteroffensive."',
		choices: [
			{
				id: 'counteroffensive-unaffected',
				text: "Zelenskyy said Ukraine's counteroffensive was unaffected by the delays.",
				feedback:
					'He admitted the opposite: "slower arms shipments are hurting Ukraine’s counteroffensive."'
			},
			{
				id: 'criticism',
				text: 'It has prompted criticism.',
				correct: true,
				feedback: 'Right: "The slow pace of deliveries has prompted criticism".'
			},
			{
				id: 'shells-from-north-korea',
				text: 'Ukraine began receiving shells from North Korea to make up the gap.',
				feedback: 'North Korea has sent its shells "to Russia", not to Ukraine.'
			},
			{
				id: 'hurting-counteroffensive',
				text: "Zelenskyy admitted that slower arms shipments are hurting Ukraine's counteroffensive.",
				correct: true,
				feedback:
					'Right: Zelenskyy admitted "that slower arms shipments are hurting Ukraine’s counteroffensive."'
			},
			{
				id: 'eu-cancelled',
				text: 'It has led the EU to withdraw its promise to Ukraine.',
				feedback:
					'The article says EU manufacturers are still trying "to fulfill their promise to Ukraine"; nothing was withdrawn.'
			}
		]
	}
]);
