import { PassThrough, Writable } from 'node:stream';
import { forwardLines } from './api-processes';

/** A writable that keeps each write it was given, as one pipe write would be. */
function recordingWrites(): { stream: Writable; writes: string[] } {
  const writes: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push(chunk.toString('utf8'));
      done();
    },
  });
  return { stream, writes };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

it('passes on several processes\' output to one stream in whole lines only, however their writes were cut', async () => {
  const { stream, writes } = recordingWrites();
  const [first, second] = [new PassThrough(), new PassThrough()];
  forwardLines(first, stream);
  forwardLines(second, stream);
  // Two processes' log lines, each arriving cut mid-line and interleaved with the other's.
  first.write('{"pid":1,"msg":"req');
  second.write('{"pid":2,"msg":"one"}\n{"pid":2,"ms');
  first.write('uest one"}\n{"pid":1,"msg":"two"}\n');
  second.write('g":"two"}\n');
  await settled();
  expect(writes.every((write) => write.endsWith('\n'))).toBe(true);
  const lines = writes.join('').split('\n').filter(Boolean);
  expect(lines.map((line) => JSON.parse(line))).toEqual([
    { pid: 2, msg: 'one' },
    { pid: 1, msg: 'request one' },
    { pid: 1, msg: 'two' },
    { pid: 2, msg: 'two' },
  ]);
});

it('keeps a process\'s last words when it ends without a line break', async () => {
  const { stream, writes } = recordingWrites();
  const dying = new PassThrough();
  forwardLines(dying, stream);
  dying.write('first\nlast words, cut');
  dying.end(' short');
  await settled();
  expect(writes.join('')).toBe('first\nlast words, cut short\n');
});

it('holds back a line longer than any one write until its end arrives', async () => {
  const { stream, writes } = recordingWrites();
  const source = new PassThrough();
  forwardLines(source, stream);
  const long = `{"msg":"${'x'.repeat(20_000)}"}`;
  for (let at = 0; at < long.length; at += 4096) source.write(long.slice(at, at + 4096));
  await settled();
  expect(writes).toEqual([]);
  source.write('\n');
  await settled();
  expect(writes).toEqual([`${long}\n`]);
});
