import { parseHTML } from 'linkedom';
import { analysePage, aliasesFromDataset } from '../../utils/core/analyse-page';
import { seedPages, loadDataset } from './inputs';
const { data } = await loadDataset();
const aliases = aliasesFromDataset(data);
for (const p of seedPages()) {
  const { document } = parseHTML(p.html);
  const a = analysePage(document as any, p.url, aliases);
  console.log(p.slug, a.topic.relevant, a.topic.score, a.entities.length, a.figures.length, a.topic.reasons.slice(-1));
}
