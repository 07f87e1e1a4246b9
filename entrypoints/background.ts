import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wired up in lib/ and utils/ by the background issue; kept thin on purpose.
});
