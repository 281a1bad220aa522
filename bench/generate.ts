// Generates long speech drafts for tests and benchmarks: speeches with the four heading levels
// and their variants, points at paragraph start and inside paragraphs, body text, repeated until
// the requested size. Deterministic for a given seed. Run: npm run generate -- --size 1MB [--out FILE] [--markdown]

import { formatChineseNumeral } from '../src/core/numerals';

/** A small deterministic PRNG (mulberry32), so every run generates the same drafts (and shuffles). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = ['统一思想', '突出重点', '强化落实', '夯实基础', '深化改革', '优化服务', '防范风险', '改进作风', '加强领导', '完善机制'];
const OBJECTS = ['切实增强责任意识', '扎实推进重点任务', '压紧压实工作责任', '全面提升保障能力', '持续激发发展活力', '不断提高服务水平', '牢牢守住安全底线', '着力营造良好环境'];
const PHRASES = [
  '各级各部门要高度重视', '把各项措施落到实处', '坚持问题导向和目标导向', '统筹发展和安全', '推动工作取得新成效',
  '要建立健全长效机制', '确保各项任务按期完成', '全年完成投资12.6亿元', '同比增长5.8%', '2025年以来',
  '切实做到守土有责', '不断增强群众的获得感', '形成上下联动的工作格局', '第一书记要驻村开展工作', '一方面要抓发展',
];

/** Options of one generated draft. */
export interface DraftOptions {
  /** Approximate size in UTF-8 bytes. */
  readonly bytes: number;
  readonly seed?: number;
  /** Write the headings as Markdown `#`…`####` (for comparing with Markdown outline tools). */
  readonly markdown?: boolean;
}

/** A generated draft of about `bytes` UTF-8 bytes. */
export function generateDraft(options: DraftOptions): string {
  const next = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const sentence = (): string => {
    const count = 2 + Math.floor(next() * 3);
    const parts: string[] = [];
    for (let i = 0; i < count; i++) {
      parts.push(pick(PHRASES));
    }
    return parts.join('，') + '。';
  };
  const paragraph = (): string => '　　' + Array.from({ length: 2 + Math.floor(next() * 4) }, sentence).join('');
  // The Markdown form draws the same random numbers, so both forms have the same structure.
  const heading = (level: number, ordinal: number, text: string): string => {
    const plain = plainHeading(level, ordinal, text);
    return options.markdown ? `${'#'.repeat(level)} ${text}` : plain;
  };
  const plainHeading = (level: number, ordinal: number, text: string): string => {
    switch (level) {
      case 1:
        return `${formatChineseNumeral(ordinal)}、${text}`;
      case 2:
        return next() < 0.8 ? `（${formatChineseNumeral(ordinal)}）${text}。${sentence()}` : `(${formatChineseNumeral(ordinal)})${text}`;
      case 3:
        return `${ordinal}${next() < 0.7 ? '.' : '、'}${text}。${sentence()}`;
      default:
        return `（${ordinal}）${text}。`;
    }
  };
  const out: string[] = [];
  let size = 0;
  const push = (line: string): void => {
    out.push(line);
    size += Buffer.byteLength(line, 'utf8') + 1;
  };
  let speech = 0;
  while (size < options.bytes) {
    speech++;
    push(options.markdown ? `# 在第${speech}次工作会议上的讲话` : `在第${speech}次工作会议上的讲话`);
    push('');
    push('同志们：');
    push(paragraph() + '下面，我讲几点意见。');
    const sections = 4 + Math.floor(next() * 8);
    for (let s = 1; s <= sections && size < options.bytes; s++) {
      push(heading(1, s, `${pick(VERBS)}，${pick(OBJECTS)}`));
      push(paragraph());
      const subsections = 1 + Math.floor(next() * 3);
      for (let t = 1; t <= subsections; t++) {
        push(heading(2, t, pick(VERBS)));
        const items = Math.floor(next() * 3);
        for (let u = 1; u <= items; u++) {
          push(heading(3, u, pick(OBJECTS)));
          if (next() < 0.3) {
            push(heading(4, 1, pick(VERBS)));
            push(heading(4, 2, pick(VERBS)));
          }
        }
        const style = next();
        if (style < 0.4) {
          // Points at paragraph start.
          const family = next() < 0.5 ? '要' : '是';
          for (let p = 1; p <= 3; p++) {
            push(`　　${formatChineseNumeral(p)}${family}${pick(VERBS)}。${sentence()}`);
          }
        } else if (style < 0.8) {
          // Points inside one paragraph.
          push('　　' + sentence() + [1, 2, 3].map((p) => `${formatChineseNumeral(p)}是${pick(OBJECTS)}。${sentence()}`).join(''));
        } else {
          push(paragraph());
        }
      }
    }
    push('　　同志们，' + sentence() + '希望大家' + sentence());
    push('');
  }
  return out.join('\n');
}

/** Parses sizes like 200KB, 1MB, 5MB, 20000. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(KB|MB|K|M|B)?$/i.exec(text.trim());
  if (!match) {
    throw new Error(`not a size: ${text}`);
  }
  const unit = (match[2] ?? 'B').toUpperCase();
  const factor = unit.startsWith('M') ? 1024 * 1024 : unit.startsWith('K') ? 1024 : 1;
  return Math.round(Number(match[1]) * factor);
}

// In a bundle that imports this file (out/bench/run.js), `module` is the bundle's, so also check
// that the script being run is this generator.
if (require.main === module && /[\\/]generate\.js$/.test(require.main.filename)) {
  const args = process.argv.slice(2);
  const value = (flag: string): string | undefined => {
    const index = args.indexOf(flag);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const draft = generateDraft({ bytes: parseSize(value('--size') ?? '100KB'), seed: Number(value('--seed') ?? 1), markdown: args.includes('--markdown') });
  const out = value('--out');
  if (out) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('node:fs') as typeof import('node:fs')).writeFileSync(out, draft);
  } else {
    process.stdout.write(draft);
  }
}
