import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatChineseNumeral, formatMarker, parseChineseNumeral } from '../../src/core';

describe('Chinese numerals', () => {
  const table: [string, number][] = [
    ['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['十九', 19], ['二十', 20], ['二十一', 21], ['九十九', 99],
    ['一百', 100], ['一百零五', 105], ['一百一十', 110], ['一百二十三', 123], ['九百九十九', 999],
  ];
  for (const [text, value] of table) {
    test(`${text} = ${value}`, () => {
      assert.equal(parseChineseNumeral(text), value);
      assert.equal(formatChineseNumeral(value), text);
    });
  }

  test('round trip 1…999', () => {
    for (let value = 1; value <= 999; value++) {
      assert.equal(parseChineseNumeral(formatChineseNumeral(value)), value);
    }
  });

  for (const bad of ['', '一一', '十十', '零', '二二十', '百', '一百十', '一百零', '十零', '一千']) {
    test(`"${bad}" is not a numeral`, () => assert.equal(parseChineseNumeral(bad), undefined));
  }

  test('两 reads as two', () => assert.equal(parseChineseNumeral('两'), 2));
});

describe('formatMarker', () => {
  test('each style writes its number', () => {
    assert.equal(formatMarker({ numeral: 'chinese', prefix: '', suffix: '、' }, 12), '十二、');
    assert.equal(formatMarker({ numeral: 'chinese', prefix: '（', suffix: '）' }, 3), '（三）');
    assert.equal(formatMarker({ numeral: 'ascii', prefix: '', suffix: '.' }, 10), '10.');
    assert.equal(formatMarker({ numeral: 'fullwidth', prefix: '', suffix: '．' }, 12), '１２．');
    assert.equal(formatMarker({ numeral: 'circled', prefix: '', suffix: '' }, 3), '③');
    assert.equal(formatMarker({ numeral: 'parenthesized', prefix: '', suffix: '' }, 2), '⑵');
    assert.equal(formatMarker({ numeral: 'chinese', prefix: '第', suffix: '，' }, 4), '第四，');
    assert.equal(formatMarker({ numeral: 'sequence', prefix: '', suffix: '，' }, 2), '其次，');
  });
});
