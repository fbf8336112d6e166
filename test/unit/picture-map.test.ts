import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../scripts/content/content-error';
import { checkPictureMap, type KnownIds } from '../../scripts/pictures/picture-map';

const known: KnownIds = { modules: ['welcome'], lessons: ['first-lesson'], channels: ['phone'] };
const FILE = 'art/pictures.yaml';

function problems(text: string): string[] {
  return checkPictureMap(FILE, text, known).errors.map(formatContentError);
}

describe('art/pictures.yaml check', () => {
  it('accepts a picture for every module, lesson and channel', () => {
    const text =
      'modules:\n  welcome: [waving-hand]\nlessons:\n  first-lesson: [compass, memo]\nchannels:\n  phone: [telephone-receiver]\n';
    const result = checkPictureMap(FILE, text, known);
    expect(result.errors).toEqual([]);
    expect(result.map?.lessons['first-lesson']).toEqual(['compass', 'memo']);
  });

  it('names the file and line of an id no lesson has', () => {
    const text =
      'modules:\n  welcome: [waving-hand]\nlessons:\n  first-lesson: [compass]\n  no-such-lesson: [memo]\nchannels:\n  phone: [telephone-receiver]\n';
    expect(problems(text)).toEqual(['art/pictures.yaml:5 [no-such-lesson] no lesson has the id "no-such-lesson"']);
  });

  it('names the line of an object that is not in Fluent Emoji Flat', () => {
    const text =
      'modules:\n  welcome: [waving-hand]\nlessons:\n  first-lesson:\n    - compass\n    - unicorn-sandwich\nchannels:\n  phone: [telephone-receiver]\n';
    expect(problems(text)).toEqual([
      'art/pictures.yaml:6 [first-lesson] "unicorn-sandwich" is not a Fluent Emoji Flat name',
    ]);
  });

  it('reports a module with no picture', () => {
    const text = 'modules: {}\nlessons:\n  first-lesson: [compass]\nchannels:\n  phone: [telephone-receiver]\n';
    expect(problems(text)).toEqual(['art/pictures.yaml:1 [welcome] the module "welcome" has no picture']);
  });
});
