/**
 * One component per question type. The mapped type makes a type without a component a
 * compile error.
 */
import type { Component } from 'svelte';
import type { QuestionType } from '$lib/content/schema';
import MultipleResponse from './MultipleResponse.svelte';
import SingleChoice from './SingleChoice.svelte';
import TrueFalse from './TrueFalse.svelte';
import type { QuestionProps } from './types';

export const questionComponents: { [K in QuestionType]: Component<QuestionProps<K>> } = {
	'single-choice': SingleChoice,
	'multiple-response': MultipleResponse,
	'true-false': TrueFalse
};
