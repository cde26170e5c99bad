import { defineBank } from '../define';
import type article from './article';
import type course from './course';

// Paragraph 1 (p1): the earlier, difficult relationship. Objective: past-relations.
// Retired ids (never reuse them): summit-2019-outcome, russia-backed-sanctions, change-nature,
// legacy-not-enough.
export default defineBank<typeof article, typeof course>([
	{
		id: 'summit-2015-invitation',
		type: 'single-choice',
		objective: 'past-relations',
		passage: 'p1',
		quote: 'However, Kim was not ready to engage in summitry at that time.',
		difficulty: 1,
		prompt: "How did Kim Jong Un respond to Putin's invitation, according to the article?",
		explanation:
			'The article says that after Putin\'s invitation "Kim was not ready to engage in summitry at that time."',
		choices: [
			{
				id: 'attended',
				text: 'He accepted and attended the commemoration in Russia.',
				feedback:
					'The article says the opposite: "Kim was not ready to engage in summitry at that time."'
			},
			{
				id: 'sent-official',
				text: 'He sent a senior official to the commemoration instead.',
				feedback:
					'The article mentions no one sent in his place; it says only that "Kim was not ready to engage in summitry at that time."'
			},
			{
				id: 'declined',
				text: 'He was not ready to engage in summitry at that time.',
				correct: true,
				feedback: 'Right: the article says "Kim was not ready to engage in summitry at that time."'
			},
			{
				id: 'proposed-other-summit',
				text: 'He proposed holding a summit in Pyongyang instead.',
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
			'True or false? The article puts the recent changes in the North Korea-Russia relationship down to a personal friendship between the two leaders.',
		explanation:
			'False. The article says the changes were "driven by geopolitical shifts and strategic considerations".',
		answer: false,
		feedback: {
			true: 'Not so: the article says the changes were "driven by geopolitical shifts and strategic considerations"; it says nothing about friendship.',
			false:
				'Correct: the article names "geopolitical shifts and strategic considerations" as the drivers of the changes.'
		}
	},
	{
		id: 'soviet-union-legacy',
		type: 'fill-in',
		objective: 'past-relations',
		passage: 'p1',
		quote:
			'Despite a historical legacy of close relations between North Korea and the Soviet Union',
		difficulty: 1,
		prompt:
			'Complete the phrase from the article with the missing name: "a historical legacy of close relations between North Korea and the ____".',
		explanation:
			'The article speaks of "a historical legacy of close relations between North Korea and the Soviet Union".',
		answers: ['Soviet Union', 'the Soviet Union', 'USSR', 'the USSR'],
		feedback: {
			correct:
				'Right: the legacy of close relations is one "between North Korea and the Soviet Union".',
			incorrect:
				'The article speaks of "a historical legacy of close relations between North Korea and the Soviet Union".'
		},
		anticipated: [
			{
				answer: 'Russia',
				feedback:
					'Not the name the article uses in this phrase: it speaks of a legacy of close relations "between North Korea and the Soviet Union".'
			},
			{
				answer: 'China',
				feedback:
					'China does not appear in this paragraph: the legacy is of close relations "between North Korea and the Soviet Union".'
			}
		]
	},
	{
		id: 'ww2-anniversary-years',
		type: 'numeric',
		objective: 'past-relations',
		passage: 'p1',
		quote: 'for Russia’s commemoration of the seventieth anniversary of the end of World War 2',
		difficulty: 2,
		prompt:
			"Putin invited Kim to Russia's commemoration of an anniversary of the end of World War 2. How many years after the end of the war was that anniversary? Type a number.",
		explanation:
			'The article says Putin invited Kim "for Russia’s commemoration of the seventieth anniversary of the end of World War 2": 70 years after the end of the war.',
		answer: 70,
		unit: 'years',
		feedback: {
			correct: 'Right: it was "the seventieth anniversary of the end of World War 2".',
			incorrect:
				'The article speaks of "the seventieth anniversary of the end of World War 2": 70 years.',
			low: 'Too low: it was "the seventieth anniversary", 70 years after the end of the war.',
			high: 'Too high: it was "the seventieth anniversary", 70 years after the end of the war.'
		}
	},
	{
		id: 'invitation-evidence',
		type: 'evidence',
		objective: 'past-relations',
		passage: 'p1',
		quote: 'Vladimir Putin extended an invitation to North Korean leader Kim Jong Un',
		difficulty: 2,
		prompt: 'Which sentence shows Russia making an early overture to Kim?',
		explanation:
			'The article says "In 2015, Russian President Vladimir Putin extended an invitation to North Korean leader Kim Jong Un".',
		feedback: {
			correct:
				'Right: "Russian President Vladimir Putin extended an invitation to North Korean leader Kim Jong Un".',
			incorrect:
				'Look for Russia reaching out first: "In 2015, Russian President Vladimir Putin extended an invitation to North Korean leader Kim Jong Un".'
		},
		distractors: [
			{
				quote: 'Kim was not ready to engage in summitry',
				feedback: "This sentence gives Kim's answer, not Russia's approach."
			},
			{
				quote: 'the 2019 summit between Kim and Putin',
				feedback:
					'This sentence is about UN sanctions and a later summit, not about Russia reaching out.'
			}
		]
	},
	{
		id: 'joint-efforts-evidence',
		type: 'evidence',
		objective: 'past-relations',
		passage: 'p1',
		quote: 'recent attempts at military and economic cooperation',
		difficulty: 2,
		prompt:
			'Which sentence shows that the two countries had tried to work together in more than one area?',
		explanation:
			'The sentence speaks of "recent attempts at military and economic cooperation": two areas, the military and the economy.',
		feedback: {
			correct:
				'Right: the sentence speaks of "recent attempts at military and economic cooperation", in two areas.',
			incorrect:
				'Look for the sentence that names the areas in which the two countries had tried to work together: "recent attempts at military and economic cooperation".'
		},
		distractors: [
			{
				quote: 'has undergone significant changes',
				feedback: 'This sentence names no area in which the two countries tried to work together.'
			},
			{
				quote: 'Vladimir Putin extended an invitation',
				feedback:
					'This sentence is about a single invitation, to a commemoration, not about working together in several areas.'
			},
			{
				quote: 'Russia also supported UN Security Council sanctions',
				feedback:
					'This sentence is about sanctions against North Korea and one summit, not about areas in which the two countries tried to work together.'
			}
		]
	},
	{
		id: 'early-contacts-order',
		type: 'ordering',
		objective: 'past-relations',
		passage: 'p1',
		quote:
			'In 2015, Russian President Vladimir Putin extended an invitation to North Korean leader Kim Jong Un for Russia’s commemoration of the seventieth anniversary of the end of World War 2. However, Kim was not ready to engage in summitry at that time. Russia also supported UN Security Council sanctions against North Korea through 2017, and the 2019 summit between Kim and Putin did not result in significant progress',
		difficulty: 2,
		prompt:
			'Put these points about the earlier relationship between North Korea and Russia in the order of the years the article gives for them, earliest at the top.',
		explanation:
			'The article dates each point: "In 2015, Russian President Vladimir Putin extended an invitation" to Kim; "Russia also supported UN Security Council sanctions against North Korea through 2017"; and "the 2019 summit between Kim and Putin did not result in significant progress".',
		items: [
			{
				id: 'putin-invites-kim',
				text: "Putin invites Kim Jong Un to Russia's commemoration of the end of World War 2."
			},
			{
				id: 'sanctions-support-ends',
				text: 'The year up to which Russia supported UN Security Council sanctions against North Korea.'
			},
			{
				id: 'summit-no-progress',
				text: 'Kim and Putin hold a summit without significant progress.'
			}
		],
		feedback: {
			correct:
				'Right: the invitation came "In 2015", Russia supported the sanctions "through 2017", and the summit without significant progress was "the 2019 summit".',
			incorrect:
				'Use the years in the paragraph. Putin\'s invitation came "In 2015"; Russia supported UN Security Council sanctions "through 2017"; the summit that "did not result in significant progress" was "the 2019 summit".'
		}
	},
	{
		id: 'opening-topics-order',
		type: 'ordering',
		objective: 'past-relations',
		passage: 'p1',
		quote:
			'In recent years, the relationship between North Korea and Russia has undergone significant changes, driven by geopolitical shifts and strategic considerations. Despite a historical legacy of close relations between North Korea and the Soviet Union, recent attempts at military and economic cooperation had faced challenges.',
		difficulty: 2,
		prompt: 'Put these topics in the order in which the paragraph brings them up.',
		explanation:
			'The paragraph opens with the recent changes and what drove them, then recalls "a historical legacy of close relations", and then turns to the difficulties of more recent times.',
		items: [
			{
				id: 'reasons-for-change',
				text: 'The reasons for the recent changes in the relationship'
			},
			{ id: 'close-past', text: 'The close relations of the past' },
			{ id: 'recent-difficulties', text: 'The difficulties of more recent times' }
		],
		feedback: {
			correct:
				'Right: first the recent changes and what drove them, then "a historical legacy of close relations", then the difficulties of more recent times.',
			incorrect:
				'The paragraph opens with the recent changes and what drove them, then recalls "a historical legacy of close relations", and then turns to the difficulties of more recent times.'
		}
	},
	{
		id: 'sanctions-support-role',
		type: 'single-choice',
		objective: 'past-relations',
		passage: 'p1',
		quote: 'Russia also supported UN Security Council sanctions against North Korea',
		difficulty: 3,
		prompt:
			"Why does the first paragraph bring up Russia's support for UN Security Council sanctions against North Korea?",
		explanation:
			'The paragraph adds that "Russia also supported UN Security Council sanctions against North Korea" to its account of cooperation that "had faced challenges": backing sanctions against a country is a sign of trouble between the two, not of closeness.',
		choices: [
			{
				id: 'us-pressure',
				text: 'As a sign that Russia was giving in to pressure from the United States',
				feedback:
					"The article gives no such reason; it adds the sanctions to the paragraph's other signs of difficulty."
			},
			{
				id: 'cooperation-trouble',
				text: 'As a further sign that attempts at cooperation had run into trouble',
				correct: true,
				feedback:
					'Right: backing sanctions "against North Korea" is one more sign of trouble between the two countries.'
			},
			{
				id: 'lost-interest',
				text: 'As a sign that Russia had lost interest in North Korea',
				feedback:
					"Russia had not lost interest: the paragraph reports Putin's invitation to Kim and a summit between Kim and Putin."
			},
			{
				id: 'arms-sales',
				text: 'As a sign that Russia wanted to stop North Korea selling arms abroad',
				feedback:
					"The article gives no such reason; it adds the sanctions to the paragraph's other signs of difficulty."
			}
		]
	},
	{
		id: 'why-cooperation-stalled',
		type: 'single-choice',
		objective: 'past-relations',
		passage: 'p1',
		quote: 'reflecting the difficulty in finding common interests',
		difficulty: 2,
		prompt:
			'What reason does the first paragraph give for the lack of progress in relations between North Korea and Russia?',
		explanation:
			'The article says the summit between Kim and Putin "did not result in significant progress, reflecting the difficulty in finding common interests".',
		choices: [
			{
				id: 'few-shared-interests',
				text: 'The two countries struggled to identify goals they shared.',
				correct: true,
				feedback:
					'Right: the lack of progress reflected "the difficulty in finding common interests".'
			},
			{
				id: 'no-contact',
				text: 'The two governments had no contact with each other.',
				feedback:
					'They were in contact: the article reports a summit between Kim and Putin. The reason it gives is "the difficulty in finding common interests".'
			},
			{
				id: 'ukraine-distraction',
				text: 'The war in Ukraine had drawn Russia’s attention elsewhere.',
				feedback:
					'The first paragraph does not mention the war in Ukraine. The reason it gives is "the difficulty in finding common interests".'
			},
			{
				id: 'old-hostility',
				text: 'Old hostility from their shared past still divided them.',
				feedback:
					'The paragraph does not blame old hostility. The reason it gives is "the difficulty in finding common interests".'
			}
		]
	}
]);
