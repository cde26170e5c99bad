/**
 * One component per question type. The mapped type makes a type without a component a
 * compile error.
 */
import type { Component } from 'svelte';
import type { QuestionType } from '$lib/content/schema';
import Evidence from './Evidence.svelte';
import FillIn from './FillIn.svelte';
import Matching from './Matching.svelte';
import MultipleResponse from './MultipleResponse.svelte';
import Numeric from './Numeric.svelte';
import Ordering from './Ordering.svelte';
import SingleChoice from './SingleChoice.svelte';
import TrueFalse from './TrueFalse.svelte';
import type { QuestionProps } from './types';

export const questionComponents: { [K in QuestionType]: Component<QuestionProps<K>> } = {
	'single-choice': SingleChoice,
	'multiple-response': MultipleResponse,
	'true-false': TrueFalse,
	'fill-in': FillIn,
	numeric: Numeric,
	matching: Matching,
	ordering: Ordering,
	evidence: Evidence
};
