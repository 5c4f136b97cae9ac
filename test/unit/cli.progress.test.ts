import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Progress } from '../../server/src/cli/progress';

const ERASE = '\u001b[K';

/** What a terminal shows after `output`: a carriage return moves to the line's start, text overwrites, ESC[K erases. */
function screen(output: string): string[] {
  const lines: string[] = [];
  let line = '';
  let column = 0;
  for (const part of output.split(new RegExp(`(\r|\n|${ERASE.replace('[', '\\[')})`, 'u'))) {
    if (part === '\r') {
      column = 0;
    } else if (part === '\n') {
      lines.push(line);
      line = '';
      column = 0;
    } else if (part === ERASE) {
      line = line.slice(0, column);
    } else {
      line = line.slice(0, column) + part + line.slice(column + part.length);
      column += part.length;
    }
  }
  return [...lines, line].filter((shown) => shown !== '');
}

function stream(isTTY: boolean): { written: string; stream: NodeJS.WriteStream } {
  const sink = {
    written: '',
    stream: {
      isTTY,
      write: (chunk: string): boolean => {
        sink.written += chunk;
        return true;
      },
    } as unknown as NodeJS.WriteStream,
  };
  return sink;
}

test('on a terminal a message written during progress gets a line of its own, and the progress line comes back', () => {
  const terminal = stream(true);
  const progress = new Progress(3, 'analyzed', terminal.stream);
  progress.tick();
  progress.note('byline: skipping a.txt: it looks like a binary file, not article text');
  progress.tick();
  progress.tick();
  assert.deepEqual(screen(terminal.written), ['byline: skipping a.txt: it looks like a binary file, not article text', 'analyzed 3/3 documents']);
  progress.done(1);
  assert.match(screen(terminal.written).at(-1) ?? '', /^analyzed 2 of 3 documents in \d+\.\d s; 1 failed$/u);
});

test('into a file or a pipe, messages and progress are plain lines', () => {
  const pipe = stream(false);
  const progress = new Progress(2, 'exported', pipe.stream);
  progress.tick();
  progress.note('byline export: skipping b.txt');
  progress.tick();
  assert.equal(pipe.written, 'exported 1/2 documents\nbyline export: skipping b.txt\nexported 2/2 documents\n');
});

test('the closing line counts documents skipped for a stated reason apart from those that failed', () => {
  const pipe = stream(false);
  const progress = new Progress(4, 'analyzed', pipe.stream);
  for (let i = 0; i < 4; i++) {
    progress.tick();
  }
  progress.done(1, 2);
  assert.match(pipe.written.split('\n').at(-2) ?? '', /^analyzed 1 of 4 documents in \d+\.\d s; 2 skipped, 1 failed$/u);
});
