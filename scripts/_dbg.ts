import { leaveOneOutCases } from '../src/core/evaluate.js';
import { indexDataset } from '../src/core/dataset.js';
import { rank } from '../src/core/rank.js';
import { DEFAULT_WEIGHTS } from '../src/core/weights.js';
import { loadDataDir } from '../src/dataset/load.js';
const { dataset: raw } = loadDataDir('data');
for (const c of leaveOneOutCases(raw)) {
  const ds = indexDataset({ ...raw, partnerships: raw.partnerships.filter((p) => !c.removed.has(p.id)) });
  const r = rank({ direction: 'to-sweden', country: c.country, themes: c.themes, from: c.abroad, all: true }, ds, DEFAULT_WEIGHTS);
  const i = r.candidates.findIndex((x) => c.swedish.includes(x.id));
  const t = r.candidates[i];
  const rest = (ds.relationsOf.get(c.swedish[0]!) ?? []).length;
  if (rest) console.log(String(i + 1).padStart(4), c.swedish.join('+').padEnd(22), c.abroad.padEnd(24), c.country, `rel=${rest}`, t ? JSON.stringify(t.components) : '', '| top:', r.candidates.slice(0, 3).map((x) => `${x.name} ${x.score}`).join(', '), '| themes', c.themes.join(','));
}
