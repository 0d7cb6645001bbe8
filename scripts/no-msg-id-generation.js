// Stands in for @lit/localize/internal/id-generation.js in the script-tag builds (vite.config.ts):
// every msg() in rugwijs passes its own id, so no id is ever generated. If one ever lacked an id,
// its text would show in Dutch, never blank.
export const generateMsgId = () => '';
