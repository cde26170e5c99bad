// The seed article, one passage per paragraph, verbatim from shared/article/north-korea-russia.txt.
// Do not edit the text: questions quote it, and a test compares it with the original.
import { defineArticle } from '../define';

export default defineArticle({
	id: 'north-korea-russia',
	title: 'The Shifting Dynamics of the North Korea-Russia Relationship',
	source: 'Analysis article supplied with the Readback seed course',
	passages: [
		{
			id: 'p1',
			text: 'In recent years, the relationship between North Korea and Russia has undergone significant changes, driven by geopolitical shifts and strategic considerations. Despite a historical legacy of close relations between North Korea and the Soviet Union, recent attempts at military and economic cooperation had faced challenges. In 2015, Russian President Vladimir Putin extended an invitation to North Korean leader Kim Jong Un for Russia’s commemoration of the seventieth anniversary of the end of World War 2. However, Kim was not ready to engage in summitry at that time. Russia also supported UN Security Council sanctions against North Korea through 2017, and the 2019 summit between Kim and Putin did not result in significant progress, reflecting the difficulty in finding common interests.'
		},
		{
			id: 'p2',
			text: 'The invasion of Ukraine in 2022 has provided a basis for the convergence of political interests between North Korea and Russia. North Korea has offered political support to Russia by recognising the independence of Russian-installed governments in breakaway provinces in Ukraine. In return, Russia\'s political support has provided North Korea with protection and impunity from further UN Security Council condemnation. Russian foreign minister Sergei Lavrov declared a "new level" of relations with North Korea during his visit to Pyongyang in October, praising the recent summit between Vladimir Putin and Kim Jong-un. Lavrov thanked North Korea for its "unambiguous support" for Russia\'s actions in Ukraine, a sentiment reciprocated during Kim\'s visit to Russia.'
		},
		{
			id: 'p3',
			text: "North Korea's capacity to aid the Russian war effort in Ukraine is primarily through significant weapons stockpiles, including old artillery and rocket systems lacking modern guidance systems. South Korea's National Intelligence Service has reported that North Korea has sent more than 1 million shells to Russia since early August, delivered in 10 separate shipments. This comes as the EU's weapons manufacturers face challenges in ramping up production to fulfill their promise to Ukraine. The slow pace of deliveries has prompted criticism, with Ukrainian president Volodymyr Zelenskyy admitting that slower arms shipments are hurting Ukraine’s counteroffensive."
		},
		{
			id: 'p4',
			text: "The expanded ties between North Korea and Russia are expected to have ripple effects on the dynamics of the Korean Peninsula and East Asia. The renewal of the military relationship between the two nations could lead to two-way procurements of military goods, including technologies that North Korea has long desired but been deprived of due to international sanctions. This shift also signals the geopolitical significance of closer China-North Korea-Russia relations. North Korea's recent decision to host Russian Defense Minister Sergei Shoigu and Chinese Communist Party Central Committee Member Li Hongzhong suggests the emergence of a coalition that deepens inter-Korean and regional tensions."
		},
		{
			id: 'p5',
			text: "In response to these developments, the United States and its regional allies have expressed concerns and have opposed the growing cooperation between North Korea and Russia. On a recent visit to Seoul, US Secretary of State Antony Blinken issued a warning about the \"growing and dangerous\" military cooperation between North Korea and Russia. Washington's goal will be to prevent North Korea from being further emboldened and to block Russian efforts to sustain its capacity to wage war in Ukraine. North Korea's foreign ministry fired back, criticising Blinken's warnings and asserting that the US should acknowledge the evolving dynamics of North Korea-Russia relations. The North Korean foreign ministry concluded that such comments by Blinken will only serve to heighten political and military tensions on the Korean peninsula. The concerns about North Korea's military cooperation with Russia have prompted South Korea and Japan to strengthen ties with the US and reaffirm their commitment to uphold UN sanctions. South Korea, a major arms exporter, has faced pressure in recent months to revise its longstanding policy that prohibits sending weapons into active conflict zones, with some in South Korea fearful of antagonising Russia."
		},
		{
			id: 'p6',
			text: 'As North Korea and Russia navigate this evolving relationship, the international community watches closely, aware of the potential implications for regional stability and the balance of power in the Korean peninsula. The geopolitical landscape continues to shift, and the outcomes of diplomatic engagements between North Korea, Russia, and their allies will likely shape the future dynamics of the region.'
		}
	]
});
