import { mountPopup } from './app';

mountPopup(document.getElementById('app')!);
