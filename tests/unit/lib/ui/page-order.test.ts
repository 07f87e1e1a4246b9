// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compareInPage, stepInPage } from '../../../../lib/ui/page-order';

describe('page order across shadow roots', () => {
  it('orders light DOM, shadow content at its host, and nested shadow roots', () => {
    document.body.innerHTML = '<p id="a">a</p><x-host id="h"></x-host><p id="z">z</p>';
    const host = document.getElementById('h')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="s1">s1</p><y-host id="h2"></y-host><p id="s3">s3</p>';
    const inner = shadow.getElementById('h2')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p id="s2">s2</p>';
    const nodes = [
      document.getElementById('a')!,
      host,
      shadow.getElementById('s1')!,
      inner.getElementById('s2')!,
      shadow.getElementById('s3')!,
      document.getElementById('z')!,
    ];
    for (let i = 0; i < nodes.length; i++) {
      for (let j = 0; j < nodes.length; j++) {
        expect(Math.sign(compareInPage(nodes[i]!, nodes[j]!)), `${i} vs ${j}`).toBe(
          Math.sign(i - j),
        );
      }
    }
    const shuffled = [nodes[4]!, nodes[0]!, nodes[5]!, nodes[2]!, nodes[3]!];
    const id = (n: Node) => n;
    expect(stepInPage(shuffled, id, null, 1)).toBe(nodes[0]);
    expect(stepInPage(shuffled, id, nodes[2]!, 1)).toBe(nodes[3]);
    expect(stepInPage(shuffled, id, nodes[5]!, 1)).toBe(nodes[0]);
    expect(stepInPage(shuffled, id, nodes[0]!, -1)).toBe(nodes[5]);
    expect(stepInPage(shuffled, id, nodes[4]!, -1)).toBe(nodes[3]);
  });
});
