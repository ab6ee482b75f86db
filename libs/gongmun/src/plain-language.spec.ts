import { describe, expect, it } from '@jest/globals';
import { PLAIN_LANGUAGE, findPlainLanguage } from './plain-language.js';

function replace(line: string): string {
  let out = line;
  for (const m of findPlainLanguage(line).reverse()) out = out.slice(0, m.start) + m.replacement + out.slice(m.start + m.excerpt.length);
  return out;
}

describe('PLAIN_LANGUAGE', () => {
  it('lists phrases with suggestions and rule ids, among them at least thirty foreign words', () => {
    expect(PLAIN_LANGUAGE.filter((e) => e.rule === 'plain-foreign').length).toBeGreaterThanOrEqual(30);
    expect(PLAIN_LANGUAGE).toContainEqual({ phrase: '익일', suggestion: '다음 날', rule: 'plain-word' });
    expect(PLAIN_LANGUAGE).toContainEqual({ phrase: '태스크포스', suggestion: '전담 조직', rule: 'plain-foreign' });
    expect(PLAIN_LANGUAGE).toContainEqual({ phrase: '되어지다', suggestion: '되다', rule: 'plain-passive' });
    expect(new Set(PLAIN_LANGUAGE.map((e) => e.phrase)).size).toBe(PLAIN_LANGUAGE.length);
  });
});

describe(findPlainLanguage.name, () => {
  it.each([
    ['협조하시기 바람.', '협조하시기 바랍니다.'],
    ['즉시 조치하기 바람.', '즉시 조치하기 바랍니다.'],
    ['협조 요망.', '협조 바랍니다.'],
    ['기한 내 제출할 것.', '기한 내 제출해 주십시오.'],
    ['외부에 공개하지 말 것.', '외부에 공개하지 마십시오.'],
    ['담당자는 매일 확인하여야 한다.', '담당자는 매일 확인해야 합니다.'],
    ['허가를 득하여 시행합니다.', '허가를 받아 시행합니다.'],
    ['익일까지 금일 접수분을 명일 처리합니다.', '다음 날까지 오늘 접수분을 내일 처리합니다.'],
    ['기 제출한 서류는 다시 내지 않습니다.', '이미 제출한 서류는 다시 내지 않습니다.'],
    ['상기 내용과 하기 사항을 확인합니다.', '위 내용과 아래 사항을 확인합니다.'],
    ['상기와 같이 알립니다.', '위와 같이 알립니다.'],
    ['서류를 수령한 뒤 송부하여 주십시오.', '서류를 받은 뒤 보내 주십시오.'],
    ['자료 송부를 요청합니다.', '자료 보냄을 요청합니다.'],
    ['동의서를 징구하고 결과를 시달합니다.', '동의서를 받고 결과를 알립니다.'],
    ['여건을 감안하여 결정합니다.', '여건을 고려하여 결정합니다.'],
    ['감안을 바랍니다.', '고려를 바랍니다.'],
    ['필요하다고 사료됩니다.', '필요하다고 생각됩니다.'],
    ['필히 지참하고 여타 서류는 가급적 줄입니다.', '반드시 지참하고 그 밖의 서류는 되도록 줄입니다.'],
    ['법에 의거하여 처리합니다.', '법에 따라 처리합니다.'],
    ['TF를 꾸리고 MOU를 체결합니다.', '전담 조직을 꾸리고 업무 협약을 체결합니다.'],
    ['TF팀이 매뉴얼과 가이드라인을 만듭니다.', '전담팀이 지침과 지침을 만듭니다.'],
    ['인프라가 부족하고 니즈가 큽니다.', '기반 시설이 부족하고 요구가 큽니다.'],
    ['로드맵은 거버넌스로 정합니다.', '이행안은 민관 협력으로 정합니다.'],
    ['컨트롤타워와 워크숍을 운영합니다.', '지휘 본부와 연수회를 운영합니다.'],
    ['결과가 공개되어진다.', '결과가 공개된다.'],
    ['작성되어진 문서와 보여지는 화면', '작성된 문서와 보이는 화면'],
    ['잊혀진 권리', '잊힌 권리'],
    ['업무 처리에 있어서 유의합니다.', '업무 처리에서 유의합니다.'],
    ['사업을 추진함에 있어 주민 의견을 듣습니다.', '사업을 추진할 때 주민 의견을 듣습니다.'],
    ['폭설로 인하여 운행이 늦어집니다.', '폭설로 운행이 늦어집니다.'],
  ])('rewrites %s', (line, expected) => {
    expect(replace(line)).toBe(expected);
  });

  it('leaves words that only look alike', () => {
    for (const line of [
      '자격을 취득하여 습득한 기술',
      '미수령 보조금',
      '텔레비전 시청',
      '헬스케어 사업',
      '민원인에게 상기시켜 드립니다.',
      '교육을 하기 위하여',
      '금일백만원',
      '총 3명일 경우',
      '피해를 당해 보상을 받습니다.',
      '스트레스에 시달리는 직원',
      '할 것을 요청합니다.',
      '요망 사항을 정리합니다.',
      '가축 사료를 보관합니다.',
    ]) {
      expect([line, findPlainLanguage(line)]).toEqual([line, []]);
    }
  });

  it('reports where each phrase starts, with its rule and the table entry', () => {
    expect(findPlainLanguage('지침은 매뉴얼을 따릅니다.')).toEqual([
      {
        rule: 'plain-foreign',
        start: 4,
        excerpt: '매뉴얼을',
        replacement: '지침을',
        entry: { phrase: '매뉴얼', suggestion: '지침', rule: 'plain-foreign' },
      },
    ]);
  });
});
