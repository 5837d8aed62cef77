// The locale resolution format-template gives intl-messageformat: the library's own answer, without ICU's list of every locale.
import { IntlMessageFormat } from 'intl-messageformat';
import { fillTemplate, isParsed, libraryResolveLocale, parseTemplate, resolveOneTag } from '../../../../src/core/report/template/format-template';

describe('resolveOneTag', () => {
  it('is the library’s answer for every single tag, supported or not, however written', () => {
    for (const tag of ['vi', 'vi-VN', 'VI-vn', 'en', 'en-US', 'zh-Hant-TW', 'de-DE-u-co-phonebk', 'tlh', 'qaa']) {
      expect(resolveOneTag(tag)?.toString()).toBe(libraryResolveLocale(tag)?.toString());
    }
  });

  it('refuses a malformed tag as the library does', () => {
    for (const tag of ['vi_VN', '', '123']) {
      expect(() => libraryResolveLocale(tag)).toThrow(RangeError);
      expect(() => resolveOneTag(tag)).toThrow(RangeError);
    }
  });

  it('leaves a list of tags to the library', () => {
    expect(resolveOneTag(['xx-unknown', 'vi'])?.toString()).toBe(libraryResolveLocale(['xx-unknown', 'vi'])?.toString());
  });

  it('is what intl-messageformat uses once format-template is loaded, and the formats still speak Vietnamese', () => {
    expect(IntlMessageFormat.resolveLocale).toBe(resolveOneTag);
    const parsed = parseTemplate('{n} đơn vị{list, select, other {}}');
    if (!isParsed(parsed)) throw new Error('not parsed');
    expect(parsed.format.resolvedOptions().locale).toBe('vi');
    expect(fillTemplate(parsed, { n: '12', list: 'x' })).toBe('12 đơn vị');
  });
});
