import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Sidebar } from '@/components/Sidebar';
import '@/components/sidebar.css';
import { ask } from '@/utils/messaging';

const app = document.getElementById('app')!;
const session = new URLSearchParams(location.hash.slice(1)).get('session') ?? '';

function fail(message: string) {
  app.dataset.state = 'error';
  const p = document.createElement('p');
  p.className = 'bs-error';
  p.setAttribute('role', 'alert');
  p.textContent = message;
  app.replaceChildren(p);
}

async function main() {
  const data = await ask('sidebar:data', { session });
  const close = () => void ask('sidebar:close', { session });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
  app.replaceChildren();
  render(
    <Sidebar
      data={data}
      onClose={close}
      onNotAboutTopic={() => void ask('feedback:not-topic', { session })}
      onDisableSite={() => void ask('site:disable', { session })}
      onOpenOptions={() => void ask('options:open', undefined)}
      optionsUrl={browser.runtime.getURL('/options.html')}
    />,
    app,
  );
  app.dataset.state = 'ready';
  window.addEventListener('focus', () => app.querySelector<HTMLElement>('h1, [data-autofocus]')?.focus());
}

main().catch((e) => fail(e instanceof Error ? e.message : String(e)));
