import type { Lang } from './types';

// Han ideographs plus CJK punctuation and full-width forms: enough to tell a
// Chinese description from an English one in the seed list.
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/g;
const LATIN_LETTER = /[A-Za-z]/g;

/**
 * The language of a description: 'zh' when Chinese carries the text.
 * One Han character says about as much as four Latin letters, so an English
 * sentence with a short Chinese gloss ("Distributed Configuration Management
 * Platform(分布式配置管理平台)") stays 'en'.
 */
export function detectLang(text: string): Lang {
  const cjk = text.match(CJK)?.length ?? 0;
  if (cjk === 0) return 'en';
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  return cjk * 4 > latin ? 'zh' : 'en';
}
