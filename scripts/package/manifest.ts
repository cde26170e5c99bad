/** `imsmanifest.xml` for a one-SCO package (pure: data in, XML text out). */
import { escapeXml as x } from './xml';

export interface ManifestInput {
	courseId: string;
	title: string;
	/** Passing score 0-100. */
	masteryScore: number;
	/** Every file of the package except the manifest, with `/` separators. */
	files: readonly string[];
	version: string;
}

export function manifest12({
	courseId,
	title,
	masteryScore,
	files,
	version
}: ManifestInput): string {
	const fileLines = [...files]
		.sort()
		.map((file) => `      <file href="${x(file)}"/>`)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="readback-${x(courseId)}" version="${x(version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-${x(courseId)}">
    <organization identifier="org-${x(courseId)}">
      <title>${x(title)}</title>
      <item identifier="item-${x(courseId)}" identifierref="sco-${x(courseId)}" isvisible="true">
        <title>${x(title)}</title>
        <adlcp:masteryscore>${masteryScore}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-${x(courseId)}" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileLines}
    </resource>
  </resources>
</manifest>
`;
}
