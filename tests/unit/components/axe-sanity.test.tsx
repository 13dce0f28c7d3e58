// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { axeViolations } from './helpers';

afterEach(cleanup);

// The zero-violation checks mean something only if axe-core finds problems under happy-dom.
test('axe-core reports known violations under happy-dom', async () => {
  const { container } = render(
    <div>
      <button type="button" />
      <svg role="img" />
      <a href="https://example.org/" />
      <ul>
        <div>not a list item</div>
      </ul>
    </div>,
  );
  const rules = new Set((await axeViolations(container)).map((v) => v.split(':')[0]));
  expect([...rules].sort()).toEqual(expect.arrayContaining(['button-name', 'link-name', 'list', 'svg-img-alt']));
});
