import { defineBank } from '../define';

// Paragraph 5 (p5): how the United States and its allies responded. Objective: allied-response.
export default defineBank([
	{
		id: 'blinken-warning',
		type: 'single-choice',
		objective: 'allied-response',
		passage: 'p5',
		quote:
			'On a recent visit to Seoul, US Secretary of State Antony Blinken issued a warning about the "growing and dangerous" military cooperation between North Korea and Russia.',
		difficulty: 1,
		prompt:
			'How did US Secretary of State Antony Blinken describe the military cooperation between North Korea and Russia?',
		explanation:
			'On a recent visit to Seoul, Blinken issued a warning about the "growing and dangerous" military cooperation between North Korea and Russia.',
		choices: [
			{
				id: 'growing-and-dangerous',
				text: 'As "growing and dangerous"',
				correct: true,
				feedback: 'Right: Blinken warned about the "growing and dangerous" military cooperation.'
			},
			{
				id: 'new-level',
				text: 'As a "new level" of relations',
				feedback:
					'Those words were Lavrov\'s, in Pyongyang. Blinken warned about "growing and dangerous" military cooperation.'
			},
			{
				id: 'limited-and-harmless',
				text: 'As limited and no cause for concern',
				feedback: 'Blinken "issued a warning" and called the cooperation "growing and dangerous".'
			}
		]
	},
	{
		id: 'washington-goal',
		type: 'single-choice',
		objective: 'allied-response',
		passage: 'p5',
		quote:
			"Washington's goal will be to prevent North Korea from being further emboldened and to block Russian efforts to sustain its capacity to wage war in Ukraine.",
		difficulty: 3,
		prompt:
			"What does Washington's goal, as the article describes it, suggest about how the US sees North Korea-Russia cooperation?",
		explanation:
			'The goal covers both countries: "to prevent North Korea from being further emboldened and to block Russian efforts to sustain its capacity to wage war in Ukraine."',
		choices: [
			{
				id: 'problem-on-two-fronts',
				text: "As a problem both for North Korea's behaviour and for Russia's war in Ukraine",
				correct: true,
				feedback:
					'Right: the goal is to stop North Korea being "further emboldened" and to block Russia\'s "capacity to wage war in Ukraine".'
			},
			{
				id: 'korea-only',
				text: 'As a purely Korean matter with no link to Ukraine',
				feedback:
					'The goal includes blocking "Russian efforts to sustain its capacity to wage war in Ukraine."'
			},
			{
				id: 'ukraine-only',
				text: 'As a concern only for the war in Ukraine, not for North Korea',
				feedback: 'The goal also includes preventing "North Korea from being further emboldened".'
			},
			{
				id: 'to-be-encouraged',
				text: 'As something to encourage',
				feedback:
					'The aim is to "prevent" and "block", and the US and its allies "have opposed the growing cooperation".'
			}
		]
	},
	{
		id: 'nk-ministry-response',
		type: 'multiple-response',
		objective: 'allied-response',
		passage: 'p5',
		quote:
			"North Korea's foreign ministry fired back, criticising Blinken's warnings and asserting that the US should acknowledge the evolving dynamics of North Korea-Russia relations.",
		difficulty: 2,
		prompt:
			"How did North Korea's foreign ministry respond to Blinken's warnings? Select all that apply.",
		explanation:
			'The article says the ministry "fired back, criticising Blinken\'s warnings and asserting that the US should acknowledge the evolving dynamics of North Korea-Russia relations."',
		choices: [
			{
				id: 'pushed-back',
				text: 'It pushed back and criticised the warnings.',
				correct: true,
				feedback: 'Right: the ministry "fired back, criticising Blinken\'s warnings".'
			},
			{
				id: 'us-should-accept-change',
				text: 'It said the US should recognise that North Korea-Russia relations are changing.',
				correct: true,
				feedback:
					'Right: it asserted "that the US should acknowledge the evolving dynamics of North Korea-Russia relations."'
			},
			{
				id: 'stayed-silent',
				text: 'It chose not to respond.',
				feedback: 'The ministry "fired back".'
			},
			{
				id: 'agreed-dangerous',
				text: 'It agreed that the cooperation was dangerous.',
				feedback: 'It criticised "Blinken\'s warnings" rather than agreeing with them.'
			},
			{
				id: 'promised-scale-back',
				text: 'It promised to scale back cooperation with Russia.',
				feedback:
					'It defended the relationship, saying the US "should acknowledge the evolving dynamics of North Korea-Russia relations."'
			}
		]
	},
	{
		id: 'nk-tensions-claim',
		type: 'true-false',
		objective: 'allied-response',
		passage: 'p5',
		quote:
			'The North Korean foreign ministry concluded that such comments by Blinken will only serve to heighten political and military tensions on the Korean peninsula.',
		difficulty: 2,
		prompt:
			"True or false? North Korea's foreign ministry argued that the US warnings about its cooperation with Russia would make the Korean peninsula more tense.",
		explanation:
			'True. The ministry "concluded that such comments by Blinken will only serve to heighten political and military tensions on the Korean peninsula."',
		answer: true,
		feedback: {
			true: 'Correct: it said Blinken\'s comments "will only serve to heighten political and military tensions on the Korean peninsula."',
			false:
				'The ministry did say this: Blinken\'s comments "will only serve to heighten political and military tensions on the Korean peninsula."'
		}
	},
	{
		id: 'sk-japan-sanctions',
		type: 'true-false',
		objective: 'allied-response',
		passage: 'p5',
		quote:
			"The concerns about North Korea's military cooperation with Russia have prompted South Korea and Japan to strengthen ties with the US and reaffirm their commitment to uphold UN sanctions.",
		difficulty: 2,
		prompt:
			"True or false? Concern about North Korea's military cooperation with Russia has led South Korea and Japan to strengthen ties with the US but to step back from UN sanctions.",
		explanation:
			'False. The concerns have prompted South Korea and Japan "to strengthen ties with the US and reaffirm their commitment to uphold UN sanctions."',
		answer: false,
		feedback: {
			true: 'Only half right: they did strengthen ties with the US, but they also chose to "reaffirm their commitment to uphold UN sanctions."',
			false:
				'Correct: they strengthened ties with the US and chose to "reaffirm their commitment to uphold UN sanctions."'
		}
	},
	{
		id: 'sk-arms-policy',
		type: 'multiple-response',
		objective: 'allied-response',
		passage: 'p5',
		quote:
			'South Korea, a major arms exporter, has faced pressure in recent months to revise its longstanding policy that prohibits sending weapons into active conflict zones, with some in South Korea fearful of antagonising Russia.',
		difficulty: 3,
		prompt:
			"Which statements about South Korea's arms policy follow from the article? Select all that apply.",
		explanation:
			'South Korea "has faced pressure in recent months to revise its longstanding policy that prohibits sending weapons into active conflict zones, with some in South Korea fearful of antagonising Russia."',
		choices: [
			{
				id: 'bars-conflict-zones',
				text: 'Its longstanding policy prohibits sending weapons into active conflict zones.',
				correct: true,
				feedback:
					'Right: it has a "longstanding policy that prohibits sending weapons into active conflict zones".'
			},
			{
				id: 'pressure-to-revise',
				text: 'It has faced pressure to change that policy.',
				correct: true,
				feedback: 'Right: it "has faced pressure in recent months to revise" the policy.'
			},
			{
				id: 'fear-of-russia',
				text: 'Some South Koreans worry that changing the policy could antagonise Russia.',
				correct: true,
				feedback:
					'Right: the pressure to revise the policy comes "with some in South Korea fearful of antagonising Russia."'
			},
			{
				id: 'already-revised',
				text: 'It has already revised the policy and now sends weapons into active conflict zones.',
				feedback:
					'The article says only that it "has faced pressure in recent months to revise" the policy, not that it has done so.'
			},
			{
				id: 'minor-exporter',
				text: 'It is a minor arms exporter with little to offer.',
				feedback: 'The article calls South Korea "a major arms exporter".'
			}
		]
	},
	{
		id: 'blinken-seoul',
		type: 'fill-in',
		objective: 'allied-response',
		passage: 'p5',
		quote: 'On a recent visit to Seoul, US Secretary of State Antony Blinken issued a warning',
		difficulty: 1,
		prompt:
			'In which city did US Secretary of State Antony Blinken issue his warning about military cooperation between North Korea and Russia? (One word.)',
		explanation:
			'The article says "On a recent visit to Seoul, US Secretary of State Antony Blinken issued a warning" about the cooperation.',
		answers: ['Seoul', 'Seoul, South Korea'],
		feedback: {
			correct: 'Right: Blinken issued his warning "On a recent visit to Seoul".',
			incorrect: 'The article says Blinken issued his warning "On a recent visit to Seoul".'
		},
		anticipated: [
			{
				answer: 'Pyongyang',
				feedback: 'Not Pyongyang: Blinken issued his warning "On a recent visit to Seoul".'
			},
			{
				answer: 'Washington',
				feedback:
					'Washington is mentioned for the US goal, but Blinken issued his warning "On a recent visit to Seoul".'
			}
		]
	},
	{
		id: 'warning-exchange-order',
		type: 'ordering',
		objective: 'allied-response',
		passage: 'p5',
		quote:
			"In response to these developments, the United States and its regional allies have expressed concerns and have opposed the growing cooperation between North Korea and Russia. On a recent visit to Seoul, US Secretary of State Antony Blinken issued a warning about the \"growing and dangerous\" military cooperation between North Korea and Russia. Washington's goal will be to prevent North Korea from being further emboldened and to block Russian efforts to sustain its capacity to wage war in Ukraine. North Korea's foreign ministry fired back, criticising Blinken's warnings",
		difficulty: 2,
		prompt:
			'Each step after the first is a reaction to the step before it. Put them in order, earliest first.',
		explanation:
			'The US and its allies acted "In response to these developments"; Blinken warned about the "growing and dangerous" military cooperation; then "North Korea\'s foreign ministry fired back, criticising Blinken\'s warnings".',
		items: [
			{
				id: 'cooperation-grows',
				text: 'North Korea and Russia expand their military cooperation.'
			},
			{
				id: 'blinken-warns',
				text: 'On a visit to Seoul, Blinken warns about the "growing and dangerous" cooperation.'
			},
			{
				id: 'ministry-fires-back',
				text: "North Korea's foreign ministry fires back, criticising Blinken's warnings."
			}
		],
		feedback: {
			correct:
				'Right: the cooperation grew first; "In response to these developments" the US warned, through Blinken, about the "growing and dangerous" cooperation; and North Korea\'s foreign ministry "fired back, criticising Blinken\'s warnings".',
			incorrect:
				'Follow the reactions: the US acted "In response to these developments", so the cooperation comes first; Blinken warned about cooperation that was already "growing and dangerous"; North Korea\'s foreign ministry then "fired back, criticising Blinken\'s warnings".'
		}
	},
	{
		id: 'allied-actors',
		type: 'matching',
		objective: 'allied-response',
		passage: 'p5',
		quote:
			"On a recent visit to Seoul, US Secretary of State Antony Blinken issued a warning about the \"growing and dangerous\" military cooperation between North Korea and Russia. Washington's goal will be to prevent North Korea from being further emboldened and to block Russian efforts to sustain its capacity to wage war in Ukraine. North Korea's foreign ministry fired back, criticising Blinken's warnings and asserting that the US should acknowledge the evolving dynamics of North Korea-Russia relations. The North Korean foreign ministry concluded that such comments by Blinken will only serve to heighten political and military tensions on the Korean peninsula. The concerns about North Korea's military cooperation with Russia have prompted South Korea and Japan to strengthen ties with the US and reaffirm their commitment to uphold UN sanctions. South Korea, a major arms exporter, has faced pressure in recent months to revise its longstanding policy that prohibits sending weapons into active conflict zones, with some in South Korea fearful of antagonising Russia.",
		difficulty: 3,
		prompt: 'Match each actor with what the article says about it.',
		explanation:
			'The article says Blinken warned about the "growing and dangerous" military cooperation, North Korea\'s foreign ministry asserted "that the US should acknowledge the evolving dynamics of North Korea-Russia relations", South Korea and Japan chose to "reaffirm their commitment to uphold UN sanctions", and "some in South Korea" are "fearful of antagonising Russia".',
		premises: [
			{ id: 'blinken', text: 'Antony Blinken', match: 'warned' },
			{ id: 'nk-ministry', text: "North Korea's foreign ministry", match: 'acknowledge' },
			{ id: 'sk-and-japan', text: 'South Korea and Japan', match: 'uphold-sanctions' },
			{ id: 'some-south-koreans', text: 'Some in South Korea', match: 'fear-russia' }
		],
		targets: [
			{ id: 'warned', text: 'Warned about "growing and dangerous" military cooperation' },
			{
				id: 'acknowledge',
				text: 'Said the US should acknowledge the evolving dynamics of North Korea-Russia relations'
			},
			{ id: 'uphold-sanctions', text: 'Reaffirmed their commitment to uphold UN sanctions' },
			{ id: 'fear-russia', text: 'Are fearful of antagonising Russia' },
			{
				id: 'policy-revised',
				text: 'Revised the policy that prohibits sending weapons into active conflict zones'
			}
		],
		feedback: {
			correct:
				'Right: Blinken warned, North Korea\'s foreign ministry told the US to "acknowledge the evolving dynamics", South Korea and Japan reaffirmed "their commitment to uphold UN sanctions", and "some in South Korea" are "fearful of antagonising Russia".',
			incorrect:
				'Check the paragraph: Blinken warned about "growing and dangerous" cooperation; North Korea\'s foreign ministry said "the US should acknowledge the evolving dynamics of North Korea-Russia relations"; South Korea and Japan chose to "reaffirm their commitment to uphold UN sanctions"; "some in South Korea" are "fearful of antagonising Russia". No one has revised the arms policy: South Korea "has faced pressure in recent months to revise" it.'
		}
	},
	{
		id: 'ukraine-link-evidence',
		type: 'evidence',
		objective: 'allied-response',
		passage: 'p5',
		quote: 'block Russian efforts to sustain its capacity to wage war in Ukraine',
		difficulty: 3,
		prompt: 'Which sentence shows that the United States links its response to the war in Ukraine?',
		explanation:
			'The article says "Washington\'s goal will be to prevent North Korea from being further emboldened and to block Russian efforts to sustain its capacity to wage war in Ukraine."',
		feedback: {
			correct:
				'Right: Washington\'s goal includes blocking "Russian efforts to sustain its capacity to wage war in Ukraine."',
			incorrect:
				'Look for the sentence about Washington\'s goal: it aims "to block Russian efforts to sustain its capacity to wage war in Ukraine."'
		},
		distractors: [
			{
				quote: 'issued a warning about the "growing and dangerous" military cooperation',
				feedback:
					'Blinken warns about the cooperation itself here, but this sentence does not mention Ukraine.'
			},
			{
				quote: 'South Korea, a major arms exporter',
				feedback:
					'This sentence is about pressure on South Korea to change its arms policy; it does not state a US goal.'
			}
		]
	}
]);
