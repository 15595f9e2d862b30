// Values the codebook itself declares (wave and group ids, their values and labels, scale points, item numbers):
// known, not personal, even when a participant id happens to equal one (HELPfull's wave '12' and participant 12).
import type {Study} from "../study/schema.js";

type Label = {zh?: string; en?: string} | undefined;

const texts = (label: Label) => [label?.zh, label?.en];

/** Every value study.yaml declares for its waves, groups and instruments, as text. */
export function codebookValues(study: Study): string[] {
  const values: unknown[] = [];
  for (const wave of study.waves) values.push(wave.id, ...texts(wave.label));
  for (const group of study.groups) values.push(group.id, group.value, ...texts(group.label));
  for (const instrument of study.instruments) {
    const {min, max, labels = {}} = instrument.scale;
    for (let v = min; v <= max; v++) values.push(v);
    values.push(...Object.values(labels), instrument.midpoint);
    for (const item of instrument.items) values.push(item.id, item.number, item.position, item.sub);
    for (const part of instrument.subscales) values.push(part.id);
  }
  return [...new Set(values.filter((v) => v !== undefined && v !== null).map(String))];
}
