/**
 * A strict reader of brat standoff .ann files for tests, following brat's own parser (server/src/annotation.py):
 * lines split on the first tab into id and data, the data of T lines is "Type start end[;start end]*" and the
 * text column follows a second tab; R lines are "Type Arg1:Tn Arg2:Tm"; A lines "Type Tn [value]"; # lines
 * "AnnotatorNotes Tn<TAB>note". Anything else throws.
 */
export interface BratEntity {
  id: string;
  type: string;
  fragments: [number, number][];
  text: string;
}

export interface BratDocument {
  entities: Map<string, BratEntity>;
  relations: { id: string; type: string; arg1: string; arg2: string }[];
  attributes: { id: string; type: string; target: string; value: string | true }[];
  notes: { id: string; target: string; text: string }[];
}

export function parseAnn(ann: string): BratDocument {
  const document: BratDocument = { entities: new Map(), relations: [], attributes: [], notes: [] };
  const ids = new Set<string>();
  // Python's str.splitlines breaks on these too; no annotation line may contain one.
  const lines = ann.split('\n');
  if (lines.pop() !== '') {
    throw new Error('.ann must end with a newline');
  }
  for (const line of lines) {
    // eslint-disable-next-line no-control-regex -- separators Python treats as line breaks
    if (/[\r\v\f\u001c-\u001e\u0085\u2028\u2029]/u.test(line)) {
      throw new Error(`line break character inside an annotation line: ${JSON.stringify(line)}`);
    }
    const tab = line.indexOf('\t');
    if (tab < 0) {
      throw new Error(`no tab after the id: ${JSON.stringify(line)}`);
    }
    const id = line.slice(0, tab);
    if (!/^([A-Za-z]+|#[A-Za-z]*)[0-9]+$/u.test(id) || ids.has(id)) {
      throw new Error(`bad or duplicate id ${id}`);
    }
    ids.add(id);
    const rest = line.slice(tab + 1);
    const secondTab = rest.indexOf('\t');
    const data = secondTab < 0 ? rest : rest.slice(0, secondTab);
    const tail = secondTab < 0 ? '' : rest.slice(secondTab + 1);
    if (id.startsWith('T')) {
      const match = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/u.exec(data);
      if (!match || secondTab < 0) {
        throw new Error(`bad text-bound line ${JSON.stringify(line)}`);
      }
      const fragments = match[2].split(';').map((pair) => pair.split(' ').map(Number) as [number, number]);
      document.entities.set(id, { id, type: match[1], fragments, text: tail });
    } else if (id.startsWith('R')) {
      const match = /^(\S+) Arg1:(T\d+) Arg2:(T\d+)$/u.exec(data);
      if (!match) {
        throw new Error(`bad relation line ${JSON.stringify(line)}`);
      }
      document.relations.push({ id, type: match[1], arg1: match[2], arg2: match[3] });
    } else if (id.startsWith('A')) {
      const match = /^(\S+) (T\d+)(?: (\S+))?$/u.exec(data);
      if (!match) {
        throw new Error(`bad attribute line ${JSON.stringify(line)}`);
      }
      document.attributes.push({ id, type: match[1], target: match[2], value: match[3] ?? true });
    } else if (id.startsWith('#')) {
      const match = /^AnnotatorNotes (T\d+)$/u.exec(data);
      if (!match || secondTab < 0) {
        throw new Error(`bad note line ${JSON.stringify(line)}`);
      }
      document.notes.push({ id, target: match[1], text: tail });
    } else {
      throw new Error(`unexpected line ${JSON.stringify(line)}`);
    }
  }
  return document;
}

export interface BratConf {
  entities: Set<string>;
  relations: Map<string, { arg1: string[]; arg2: string[] }>;
  attributes: Map<string, { targets: string[]; values: string[] | null }>;
}

/** Reads the [entities], [relations] and [attributes] sections of an annotation.conf. */
export function parseConf(conf: string): BratConf {
  const result: BratConf = { entities: new Set(), relations: new Map(), attributes: new Map() };
  let section = '';
  for (const raw of conf.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) {
      continue;
    }
    const header = /^\[(\w+)\]$/u.exec(line);
    if (header) {
      section = header[1];
      continue;
    }
    const [name, args = ''] = raw.split('\t');
    if (section === 'entities') {
      result.entities.add(name);
    } else if (section === 'relations' && !name.startsWith('<')) {
      const match = /^Arg1:([^,]+), Arg2:(.+)$/u.exec(args);
      if (!match) {
        throw new Error(`bad relation ${raw}`);
      }
      result.relations.set(name, { arg1: match[1].split('|'), arg2: match[2].split('|') });
    } else if (section === 'attributes') {
      const match = /^Arg:([^,]+)(?:, Value:(.+))?$/u.exec(args);
      if (!match) {
        throw new Error(`bad attribute ${raw}`);
      }
      result.attributes.set(name, { targets: match[1].split('|'), values: match[2] ? match[2].split('|') : null });
    }
  }
  return result;
}
