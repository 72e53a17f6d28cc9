/**
 * The 13 key phrases of the manual's reference pages (the seed's own words,
 * its PDF line breaks joined), each a group of strings that must all be
 * shown. Read from the rendered page by the unit test and the browser test.
 */
export const manualPhrases: readonly { name: string; texts: readonly string[] }[] = [
  {
    name: 'the incident definition',
    texts: ['インシデント：セキュリティインシデントのこと。望まない又は予期しない、単独又は一連の情報セキュリティ事象であって、事業運営を危うくする確率及び情報セキュリティを脅かす確率が高いもの。'],
  },
  {
    name: 'the role diagram: parties and arrow labels',
    texts: ['システム管理者', '経営層', '職員 等', '外部委託事業者', '関係機関', '組織内', '報告', '指示・周知', '連絡・依頼', '連絡・対応', '報告・相談', '連絡・指導', '医療情報システムベンダ', '個人情報保護委員会'],
  },
  {
    name: '番号順 (the flowchart mapping)',
    texts: ['医療情報システム等の障害発生時の対応フローチャートは、緊急時に各役割が行うべき手順を可視化して整理しています。番号順に対応を進める際、具体的に行動する内容がインシデントチェックリストに記載してあります。'],
  },
  { name: '赤枠', texts: ['赤枠：システム管理者の対応範囲'] },
  {
    name: 'the 【2-10】 worked example',
    texts: ['【2-10】被害状況調査で具体的に調査する内容は？', 'インシデントチェックリストを確認', '自治体や個人情報保護委員会への連絡は必要か', '今後の被害拡大の可能性はあるか など'],
  },
  {
    name: "the flowchart's URL",
    texts: ['「医療情報システム等の障害発生時の対応フローチャート」（厚生労働省）', 'https://www.mhlw.go.jp/stf/shingi/0000516275_00002.html'],
  },
  {
    name: 'the 個人情報保護法 trigger table headings',
    texts: ['【参考】個人情報保護法における報告義務等', '個人の権利利益を害するおそれが大きいもの', '個人データの件数'],
  },
  {
    name: 'the 個人情報保護法 trigger table rows',
    texts: [
      '不正の目的をもって行われたおそれがある個人データ',
      '1人以上',
      '要配慮個人情報が含まれる個人データ',
      '（例：クレジットカード番号やインターネットバンキングのＩＤ・パスワード等）',
      '個人データに係る本人の数が1,000人を超える',
    ],
  },
  {
    name: 'the report flow: 速報 and 確報',
    texts: ['速報（概ね3-5日以内）及び、確報（30日又は60日以内）が必要', '事態の状況に応じて速やかに', '※委託元へ通知した場合は、委託先から個人情報保護委員会への報告義務は免除'],
  },
  { name: "the PPC report form's URL", texts: ['https://www.ppc.go.jp/personalinfo/legal/leakAction/'] },
  {
    name: '漏えい, 滅失, 毀損',
    texts: [
      '漏えい、滅失、毀損とは、次のことを主に指します。',
      '個人データが外部に流出することをいう。',
      '機密性に相当',
      '個人データの内容が失われることをいう。',
      '可用性に相当',
      '個人データの内容が意図しない形で変更されることや、内容を保ちつつも利用不能な状態となることをいう。',
      '完全性に相当',
      'ウイルス等により個人データが暗号化され、復元できなくなった場合',
    ],
  },
  { name: 'the ※ about data kept elsewhere', texts: ['※当該データと同じデータが他に保管されている場合は毀損に該当しません。'] },
  {
    name: 'the three IPA systems: 根拠, 届出先, URL',
    texts: [
      'コンピュータ不正アクセス届出制度',
      'コンピュータウイルス届出制度',
      'ソフトウェア等の脆弱性関連情報に関する届出制度',
      'コンピュータ不正アクセス対策基準',
      'コンピュータウイルス対策基準',
      'ソフトウエア製品等の脆弱性関連情報に関する取扱規程',
      '独立行政法人 情報処理推進機構',
      'https://www.ipa.go.jp/security/outline/todokede-j.html',
      'https://www.ipa.go.jp/security/vuln/report/index.html',
    ],
  },
];
