declare module 'virtual:readback/course' {
	import type { CourseSource } from '$lib/content/course';
	const source: CourseSource<unknown>;
	export default source;
}
