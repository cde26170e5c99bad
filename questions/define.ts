// Authors import the typed helpers from here: `import { defineBank } from '../define';`
export { defineArticle, defineBank, defineCourse } from '../src/lib/content/define';
