import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import zhHant from '../locales/zh-Hant.json';

export const LANGUAGES = ['en', 'zh-Hant'] as const;
export type Language = (typeof LANGUAGES)[number];
const KEY = 'frontline.lang';

export function storedLanguage(): Language {
  const v = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
  if (v === 'en' || v === 'zh-Hant') return v;
  return typeof navigator !== 'undefined' && /^zh-(hant|tw|hk|mo)/i.test(navigator.language)
    ? 'zh-Hant'
    : 'en';
}

export function applyLanguage(lang: Language) {
  localStorage.setItem(KEY, lang);
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, 'zh-Hant': { translation: zhHant } },
  lng: typeof localStorage === 'undefined' ? 'en' : storedLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});
if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;

export { i18n };

/** A person's or thing's name in the current language. */
export function localName(en: string, zh: string | null | undefined, lang: string): string {
  return lang === 'zh-Hant' && zh ? zh : en;
}
