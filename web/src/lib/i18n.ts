import i18n from 'i18next';
import { useCallback } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import en from '../locales/en.json';
import zhHant from '../locales/zh-Hant.json';

export const LANGUAGES = ['en', 'zh-Hant'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'frontline.lang';

export function isLanguage(v: unknown): v is Language {
  return v === 'en' || v === 'zh-Hant';
}

/** The language chosen on this browser before (or without) signing in; else the browser's own. */
export function storedLanguage(): Language {
  const v = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  if (isLanguage(v)) return v;
  return typeof navigator !== 'undefined' && /^zh-(hant|tw|hk|mo)/i.test(navigator.language)
    ? 'zh-Hant'
    : 'en';
}

/** Shows the app in `lang`: remembered on this browser, and set as <html lang>. */
export function applyLanguage(lang: Language): void {
  if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, 'zh-Hant': { translation: zhHant } },
  lng: storedLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});
if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;

export { i18n };

let chosenBeforeSignIn = false;
/** Remembers that the language was picked by hand while signed out (it then wins at sign-in). */
export function noteLanguageChoice(): void {
  chosenBeforeSignIn = true;
}
/** Whether the language was picked by hand while signed out; asking clears it. */
export function languageChosenBeforeSignIn(): boolean {
  const v = chosenBeforeSignIn;
  chosenBeforeSignIn = false;
  return v;
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

/** A name in the current language: the Chinese one in zh-Hant when there is one, else the English. */
export function localName(en: string, zh: string | null | undefined, lang: string): string {
  return lang === 'zh-Hant' && zh ? zh : en;
}

/** `localName` bound to the language shown now; re-renders when it changes. */
export function useLocalName(): (en: string | null | undefined, zh?: string | null) => string {
  const { i18n: instance } = useTranslation();
  const lang = instance.language;
  return useCallback((en, zh) => localName(en ?? '', zh, lang), [lang]);
}

/** Dates and times in the language shown now. */
export function formatDateTime(iso: string, lang: string): string {
  return new Date(iso).toLocaleString(lang === 'zh-Hant' ? 'zh-HK' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}
