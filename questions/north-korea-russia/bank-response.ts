import { defineBank } from '../define';
import type article from './article';
import type course from './course';

// Paragraph 5 (p5): how the United States and its allies responded. Objective: allied-response.
// Retired ids (never reuse them): nk-tensions-claim, allied-actors, ukraine-link-evidence,
// warning-exchange-order, us-stance-reactive, response-paragraph-order.
export default defineBank<typeof article, typeof course>([
	{
		id: 'allies-oppose-cooperation',
		type: 'multiple-response',
		objective: 'allied-response',
		passage: 'p5',
		quote:
			'the United States and its regional allies have expressed concerns and have opposed the growing cooperation between North Korea and Russia',
		difficulty: 1,
		prompt:
			'According to the article, how have the United States and its regional allies responded to the cooperation between North Korea and Russia? Select all that apply.',
		explanation:
			'The article says "the United States and its regional allies have expressed concerns and have opposed" the cooperation between North Korea and Russia; it reports no call for talks and no request to China, and they have not stayed neutral.',
		choices: [
			{
				id: 'called-for-talks',
				text: 'They have called for talks on it.',
				feedback:
					'The article mentions no call for talks: the United States and its allies "have expressed concerns and have opposed" the cooperation.'
			},
			{
				id: 'expressed-concerns',
				text: 'They have voiced concern about it.',
				correct: true,
				feedback: 'Right: they "have expressed concerns".'
			},
			{
				id: 'asked-china',
				text: 'They have asked China to step in.',
				feedback:
					'The article mentions no such request: the United States and its allies "have expressed concerns and have opposed" the cooperation.'
			},
			{
				id: 'opposed',
				text: 'They have raised objections to it.',
				correct: true,
				feedback: 'Right: they "have opposed" the cooperation between North Korea and Russia.'
			},
			{
				id: 'stayed-neutral',
				text: 'They have stayed neutral on it.',
				feedback: 'Not neutral: they "have opposed" the cooperation.'
			}
		]
	},
	{
		id: 'blinken-warning',
		type: 'single-choice',
		objective: 'allied-response',
		passage: 'p5',
		quote:
			'issued a warning about the "growing and dangerous" military cooperation between North Korea and Russia',
		difficulty: 1,
		prompt:
			'How did US Secretary of State Antony Blinken describe the military cooperation between North Korea and Russia?',
		explanation:
			'Blinken issued a warning about the "growing and dangerous" military cooperation between North Korea and Russia.',
		choices: [
			{
				id: 'deepening-and-unlawful',
				text: 'As deepening and unlawful',
				feedback:
					'He used neither word: he warned about "growing and dangerous" military cooperation.'
			},
			{
				id: 'growing-and-unlawful',
				text: 'As growing and unlawful',
				feedback:
					'"Growing" is his word, "unlawful" is not: he warned about "growing and dangerous" military cooperation.'
			},
			{
				id: 'growing-and-dangerous',
				text: 'As growing and dangerous',
				correct: true,
				feedback: 'Right: Blinken warned about the "growing and dangerous" military cooperation.'
			},
			{
				id: 'deepening-and-dangerous',
				text: 'As deepening and dangerous',
				feedback:
					'"Dangerous" is his word, "deepening" is not: he warned about "growing and dangerous" military cooperation.'
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
		id: 'washington-goal',
		type: 'single-choice',
		objective: 'allied-response',
		passage: 'p5',
		quote:
			"Washington's goal will be to prevent North Korea from being further emboldened and to block Russian efforts to sustain its capacity to wage war in Ukraine.",
		difficulty: 3,
		prompt:
			"What does Washington's goal, as the article describes it, suggest about how the US sees the cooperation between North Korea and Russia?",
		explanation:
			'The goal is "to prevent North Korea from being further emboldened and to block Russian efforts to sustain its capacity to wage war in Ukraine": the US sees the cooperation as something that could make North Korea bolder and help Russia keep its war going.',
		choices: [
			{
				id: 'korea-only',
				text: 'As a purely Korean matter with no bearing on the war in Ukraine',
				feedback:
					'The goal includes blocking "Russian efforts to sustain its capacity to wage war in Ukraine."'
			},
			{
				id: 'emboldens-and-sustains',
				text: "As something that could embolden North Korea and sustain Russia's war in Ukraine",
				correct: true,
				feedback:
					'Right: the US wants to stop North Korea "being further emboldened" and to block Russia\'s efforts "to sustain its capacity to wage war in Ukraine".'
			},
			{
				id: 'weakness-to-exploit',
				text: "As a weakness in Russia's war effort that the US can exploit",
				feedback:
					'The US wants "to block Russian efforts to sustain its capacity to wage war": it sees the cooperation as sustaining Russia\'s war, not weakening it.'
			},
			{
				id: 'away-from-china',
				text: 'As a welcome sign that North Korea is moving away from China',
				feedback:
					'The paragraph does not mention China, and the US wants "to prevent North Korea from being further emboldened".'
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
				id: 'denied-ties',
				text: 'It denied that North Korea and Russia were cooperating militarily.',
				feedback:
					'The article reports no denial: the ministry said the US "should acknowledge the evolving dynamics of North Korea-Russia relations."'
			},
			{
				id: 'pushed-back',
				text: "It pushed back and criticised Blinken's warnings.",
				correct: true,
				feedback: 'Right: the ministry "fired back, criticising Blinken\'s warnings".'
			},
			{
				id: 'demanded-apology',
				text: 'It demanded that the US apologise for the warnings.',
				feedback:
					'The article reports no demand for an apology: the ministry "fired back, criticising Blinken\'s warnings".'
			},
			{
				id: 'threatened-weapons',
				text: 'It threatened to send more weapons to Russia in reply.',
				feedback: 'The article reports no threat; the ministry criticised "Blinken\'s warnings".'
			},
			{
				id: 'us-should-accept-change',
				text: 'It urged the US to recognise the changing ties with Russia.',
				correct: true,
				feedback:
					'Right: it asserted "that the US should acknowledge the evolving dynamics of North Korea-Russia relations."'
			}
		]
	},
	{
		id: 'warnings-counterproductive',
		type: 'single-choice',
		objective: 'allied-response',
		passage: 'p5',
		quote:
			'such comments by Blinken will only serve to heighten political and military tensions on the Korean peninsula',
		difficulty: 3,
		prompt:
			"What does the North Korean foreign ministry's conclusion suggest it thinks of Blinken's warnings?",
		explanation:
			'The ministry concluded "that such comments by Blinken will only serve to heighten political and military tensions on the Korean peninsula": in its view the warnings make things worse and achieve nothing good.',
		choices: [
			{
				id: 'fair-reply',
				text: 'That they are a fair reply to its ties with Russia',
				feedback:
					'Not in the ministry\'s view: it said such comments "will only serve to heighten political and military tensions".'
			},
			{
				id: 'calming',
				text: 'That they will help calm the Korean peninsula',
				feedback:
					'The opposite: it said they "will only serve to heighten political and military tensions on the Korean peninsula".'
			},
			{
				id: 'more-harm-than-good',
				text: 'That they do more harm than good',
				correct: true,
				feedback:
					'Right: it said such comments "will only serve to heighten political and military tensions on the Korean peninsula".'
			},
			{
				id: 'un-reply',
				text: 'That they deserve a reply at the UN Security Council',
				feedback:
					'The ministry mentions no such step; it said the comments "will only serve to heighten political and military tensions".'
			}
		]
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
			"True or false? Unease over North Korea's military cooperation with Russia has led South Korea and Japan to strengthen ties with the US but to step back from UN sanctions.",
		explanation:
			'False. South Korea and Japan were prompted "to strengthen ties with the US and reaffirm their commitment to uphold UN sanctions."',
		answer: false,
		feedback: {
			true: 'Not so: the statement is only half right. They did strengthen ties with the US, but they also chose to "reaffirm their commitment to uphold UN sanctions."',
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
				id: 'already-revised',
				text: 'It has already revised the policy and now sends weapons into active conflict zones.',
				feedback:
					'The article says only that it "has faced pressure in recent months to revise" the policy, not that it has done so.'
			},
			{
				id: 'bars-conflict-zones',
				text: 'Its longstanding policy prohibits sending weapons into active conflict zones.',
				correct: true,
				feedback:
					'Right: it has a "longstanding policy that prohibits sending weapons into active conflict zones".'
			},
			{
				id: 'promised-no-change',
				text: 'Its government has promised to keep the policy unchanged.',
				feedback:
					'The article mentions no such promise; it says South Korea "has faced pressure in recent months to revise" the policy.'
			},
			{
				id: 'fear-of-russia',
				text: 'Some South Koreans worry that changing the policy could antagonise Russia.',
				correct: true,
				feedback:
					'Right: the pressure to revise the policy comes "with some in South Korea fearful of antagonising Russia."'
			},
			{
				id: 'pressure-to-revise',
				text: 'It has faced pressure to change the policy.',
				correct: true,
				feedback: 'Right: it "has faced pressure in recent months to revise" the policy.'
			},
			{
				id: 'sent-to-ukraine',
				text: 'It has sent weapons to Ukraine in recent months.',
				feedback:
					'The article does not say so: its policy "prohibits sending weapons into active conflict zones", and it has only faced pressure to revise it.'
			}
		]
	},
	{
		id: 'arms-exporter-evidence',
		type: 'evidence',
		objective: 'allied-response',
		passage: 'p5',
		quote: 'South Korea, a major arms exporter',
		difficulty: 2,
		prompt: 'Which sentence shows that South Korea sells military equipment abroad?',
		explanation: 'The last sentence describes "South Korea, a major arms exporter".',
		feedback: {
			correct: 'Right: the sentence speaks of "South Korea, a major arms exporter".',
			incorrect:
				'Look for the sentence that describes South Korea\'s own arms trade: "South Korea, a major arms exporter".'
		},
		distractors: [
			{
				quote: 'prompted South Korea and Japan to strengthen ties with the US',
				feedback:
					"This sentence is about South Korea's ties with the US and UN sanctions, not about selling arms."
			},
			{
				quote: 'On a recent visit to Seoul',
				feedback:
					"This sentence is about the warning Blinken issued during his visit; it says nothing about South Korea's own arms trade."
			}
		]
	}
]);
