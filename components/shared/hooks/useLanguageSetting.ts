/**
 * For a component that owns a page: the page follows `Settings.language` while it is mounted
 * (utils/language-setting.ts). Entrypoints that render once may call `followLanguageSetting`
 * directly instead.
 */
import { useEffect } from 'preact/hooks';
import { followLanguageSetting } from '../../../utils/language-setting';

export function useLanguageSetting(): void {
  useEffect(() => followLanguageSetting(), []);
}
