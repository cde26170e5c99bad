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

export interface Manifest2004Input extends ManifestInput {
	/** Learning objective ids, listed as secondary objectives of the SCO. */
	objectives: readonly string[];
}

/**
 * SCORM 2004 4th Edition manifest: schemaversion exactly "2004 4th Edition" (anything else
 * makes Moodle run the package as 1.2), adlcp:scormType, and the passing score as the primary
 * objective's imsss:minNormalizedMeasure (0-1), read by the content as cmi.scaled_passing_score.
 */
export function manifest2004({
	courseId,
	title,
	masteryScore,
	files,
	version,
	objectives
}: Manifest2004Input): string {
	const fileLines = [...files]
		.sort()
		.map((file) => `      <file href="${x(file)}"/>`)
		.join('\n');
	const secondary = objectives
		.map((id) => `\n            <imsss:objective objectiveID="${x(id)}"/>`)
		.join('');
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="readback-${x(courseId)}" version="${x(version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org-${x(courseId)}">
    <organization identifier="org-${x(courseId)}">
      <title>${x(title)}</title>
      <item identifier="item-${x(courseId)}" identifierref="sco-${x(courseId)}">
        <title>${x(title)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="passing-score" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${(masteryScore / 100).toFixed(2)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>${secondary}
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-${x(courseId)}" type="webcontent" adlcp:scormType="sco" href="index.html">
${fileLines}
    </resource>
  </resources>
</manifest>
`;
}
