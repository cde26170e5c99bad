import { defineBank } from '../define';

// Paragraph 3 (p3): what North Korea supplies to Russia's war effort. Objective: military-aid.
export default defineBank([
	{
		id: 'shell-deliveries',
		type: 'multiple-response',
		objective: 'military-aid',
		passage: 'p3',
		quote:
			"South Korea's National Intelligence Service has reported that North Korea has sent more than 1 million shells to Russia since early August, delivered in 10 separate shipments.",
		difficulty: 1,
		prompt:
			"Which details does the article give about North Korea's shell deliveries to Russia? Select all that apply.",
		explanation:
			'The article says "South Korea\'s National Intelligence Service has reported that North Korea has sent more than 1 million shells to Russia since early August, delivered in 10 separate shipments."',
		choices: [
			{
				id: 'over-one-million',
				text: 'More than 1 million shells have been sent.',
				correct: true,
				feedback:
					'Right: North Korea "has sent more than 1 million shells to Russia since early August".'
			},
			{
				id: 'ten-shipments',
				text: 'The shells were delivered in 10 separate shipments.',
				correct: true,
				feedback: 'Right: they were "delivered in 10 separate shipments."'
			},
			{
				id: 'nis-report',
				text: "The figures come from a report by South Korea's National Intelligence Service.",
				correct: true,
				feedback:
					'Right: "South Korea\'s National Intelligence Service has reported" the deliveries.'
			},
			{
				id: 'single-shipment',
				text: 'The shells were delivered in a single large shipment.',
				feedback: 'The article says the shells were "delivered in 10 separate shipments."'
			},
			{
				id: 'russian-announcement',
				text: "The figures were announced by Russia's foreign minister.",
				feedback:
					'The article credits the report to "South Korea\'s National Intelligence Service", not to Russia.'
			}
		]
	},
	{
		id: 'stockpile-weapons',
		type: 'single-choice',
		objective: 'military-aid',
		passage: 'p3',
		quote:
			"North Korea's capacity to aid the Russian war effort in Ukraine is primarily through significant weapons stockpiles, including old artillery and rocket systems lacking modern guidance systems.",
		difficulty: 1,
		prompt:
			"According to the article, what is North Korea's main way of aiding the Russian war effort in Ukraine?",
		explanation:
			'The article says North Korea\'s capacity to aid the Russian war effort "is primarily through significant weapons stockpiles".',
		choices: [
			{
				id: 'weapons-stockpiles',
				text: 'Its significant weapons stockpiles',
				correct: true,
				feedback:
					'Right: its capacity to aid Russia "is primarily through significant weapons stockpiles".'
			},
			{
				id: 'modern-guided-rockets',
				text: 'Newly built rocket systems with modern guidance',
				feedback:
					'The article describes "old artillery and rocket systems lacking modern guidance systems".'
			},
			{
				id: 'eu-made-weapons',
				text: 'Weapons it buys from EU manufacturers and passes on',
				feedback:
					'EU manufacturers are working to "fulfill their promise to Ukraine"; North Korea aids Russia from its own stockpiles.'
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
			'True. North Korea offers "significant weapons stockpiles, including old artillery and rocket systems lacking modern guidance systems": a large amount of old, unguided weapons, not advanced technology.',
		answer: true,
		feedback: {
			true: 'Correct: the stockpiles are "significant", but the systems are "old" and lack "modern guidance systems".',
			false:
				'The article describes "significant weapons stockpiles" of "old artillery and rocket systems lacking modern guidance systems": quantity, not advanced technology.'
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
			'The shell deliveries come "as the EU\'s weapons manufacturers face challenges in ramping up production to fulfill their promise to Ukraine": Russia is being supplied while Ukraine\'s promised supplies lag.',
		choices: [
			{
				id: 'contrast-with-ukraine-supply',
				text: "To show that Russia gets large deliveries while Ukraine's promised supplies are hard to produce",
				correct: true,
				feedback:
					'Right: the shells arrive "as the EU\'s weapons manufacturers face challenges in ramping up production to fulfill their promise to Ukraine."'
			},
			{
				id: 'eu-supplies-russia',
				text: 'To show that EU manufacturers also supply Russia',
				feedback:
					'The EU manufacturers are working to "fulfill their promise to Ukraine", not to supply Russia.'
			},
			{
				id: 'eu-outproduces',
				text: "To show that EU production easily outpaces North Korea's deliveries",
				feedback: 'The article says EU manufacturers "face challenges in ramping up production".'
			},
			{
				id: 'promise-fulfilled',
				text: 'To show that the EU has already fulfilled its promise to Ukraine',
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
		difficulty: 2,
		prompt:
			'What does the article say about the slow pace of arms deliveries to Ukraine? Select all that apply.',
		explanation:
			'The article says "The slow pace of deliveries has prompted criticism, with Ukrainian president Volodymyr Zelenskyy admitting that slower arms shipments are hurting Ukraine’s counteroffensive."',
		choices: [
			{
				id: 'criticism',
				text: 'It has prompted criticism.',
				correct: true,
				feedback: 'Right: "The slow pace of deliveries has prompted criticism".'
			},
			{
				id: 'hurting-counteroffensive',
				text: "Zelenskyy admitted that slower arms shipments are hurting Ukraine's counteroffensive.",
				correct: true,
				feedback:
					'Right: Zelenskyy admitted "that slower arms shipments are hurting Ukraine’s counteroffensive."'
			},
			{
				id: 'counteroffensive-unaffected',
				text: "Zelenskyy said Ukraine's counteroffensive was unaffected by the delays.",
				feedback:
					'He admitted the opposite: "slower arms shipments are hurting Ukraine’s counteroffensive."'
			},
			{
				id: 'shells-from-north-korea',
				text: 'Ukraine began receiving shells from North Korea to make up the gap.',
				feedback: 'North Korea "has sent more than 1 million shells to Russia", not to Ukraine.'
			}
		]
	},
	{
		id: 'shipment-count',
		type: 'numeric',
		objective: 'military-aid',
		passage: 'p3',
		quote: 'delivered in 10 separate shipments',
		difficulty: 1,
		prompt:
			"According to South Korea's National Intelligence Service, in how many separate shipments were North Korea's shells delivered to Russia?",
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
			"South Korea's National Intelligence Service has reported that North Korea has sent more than 1 million shells to Russia since early August, delivered in 10 separate shipments. This comes as the EU's weapons manufacturers face challenges in ramping up production to fulfill their promise to Ukraine. The slow pace of deliveries has prompted criticism, with Ukrainian president Volodymyr Zelenskyy admitting that slower arms shipments are hurting Ukraine’s counteroffensive.",
		difficulty: 2,
		prompt: 'Match each actor with what the article says about it.',
		explanation:
			'The article says "South Korea\'s National Intelligence Service has reported that North Korea has sent more than 1 million shells to Russia", that "the EU\'s weapons manufacturers face challenges in ramping up production to fulfill their promise to Ukraine", and that Zelenskyy admitted "that slower arms shipments are hurting Ukraine’s counteroffensive."',
		premises: [
			{ id: 'north-korea', text: 'North Korea', match: 'sent-shells' },
			{ id: 'nis', text: "South Korea's National Intelligence Service", match: 'reported' },
			{
				id: 'eu-manufacturers',
				text: "The EU's weapons manufacturers",
				match: 'production-challenges'
			},
			{ id: 'zelenskyy', text: 'Volodymyr Zelenskyy', match: 'admitted' }
		],
		targets: [
			{
				id: 'sent-shells',
				text: 'Has sent more than 1 million shells to Russia since early August'
			},
			{ id: 'reported', text: 'Reported the figures on the shell deliveries' },
			{
				id: 'production-challenges',
				text: 'Face challenges in ramping up production to fulfill their promise to Ukraine'
			},
			{
				id: 'admitted',
				text: "Admitted that slower arms shipments are hurting Ukraine's counteroffensive"
			},
			{ id: 'guidance-systems', text: 'Supplied modern guidance systems for old rocket systems' }
		],
		feedback: {
			correct:
				'Right: North Korea sent the shells, the National Intelligence Service "has reported" it, the EU\'s manufacturers "face challenges in ramping up production", and Zelenskyy admitted the slow shipments hurt.',
			incorrect:
				'Check the paragraph: North Korea "has sent more than 1 million shells to Russia"; South Korea\'s National Intelligence Service "has reported" this; the EU\'s manufacturers "face challenges in ramping up production"; Zelenskyy admitted "that slower arms shipments are hurting Ukraine’s counteroffensive." No one supplied guidance systems: the old systems are "lacking modern guidance systems".'
		}
	}
]);
