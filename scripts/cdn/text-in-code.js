// The script-tag build's src/base/text-in-code.ts: its msg() calls hold no Dutch text.
export const textInCode = false;
