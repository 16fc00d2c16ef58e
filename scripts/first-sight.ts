// A new writer's corpus measured once, before anyone reads it or anything is trained on it: the rules
// alone, then with the second opinion now shipped. Reads the file where its author left it, so it
// joins no training set by being measured.
//   npx tsx scripts/first-sight.ts FILE...
import { evaluate, load } from "./eval";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
for (const file of process.argv.slice(2)) {
  const posts = load(file);
  const [alone, withModel] = [evaluate(posts, false), evaluate(posts, true)];
  console.log(`${file}: ${posts.length} posts; stop-worthy ${pct(alone.stopRecall)} -> ${pct(withModel.stopRecall)}, false alarms ${pct(alone.falseAlarmRate)} -> ${pct(withModel.falseAlarmRate)}, micro P/R ${alone.overall.p.toFixed(2)}/${alone.overall.r.toFixed(2)} -> ${withModel.overall.p.toFixed(2)}/${withModel.overall.r.toFixed(2)}`);
}
