/**
 * `npm run topic-table`: writes utils/core/topic-table-packed.ts, the topic
 * vocabulary (utils/core/topic-terms.ts) folded and classified as the engine
 * ships it. Run it after changing the vocabulary or how terms are folded; a
 * unit test fails while the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { buildTopicTable, packTopicTable } from '../utils/core/topic-table';

const out = new URL('../utils/core/topic-table-packed.ts', import.meta.url);
const packed = JSON.stringify(packTopicTable(buildTopicTable()));
writeFileSync(
  out,
  '// Written by `npm run topic-table` from topic-terms.ts: the vocabulary folded and classified (see topic-table.ts).\n' +
    `export const PACKED_TOPIC_TABLE = ${JSON.stringify(packed)};\n`,
);
console.log(`topic-table: ${out.pathname} (${packed.length} characters)`);
