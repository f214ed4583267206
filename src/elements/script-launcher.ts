/**
 * The no-code install: the script tag that loaded the kit, when it carries `data-channel`,
 * mounts a round floating launcher at the bottom right. Its `data-*` attributes become the
 * launcher's attributes (`data-placement` → `placement`), so a bad value is reported as the
 * element reports it; `data-shape` cannot make it anything but round.
 *
 * A module script has no `document.currentScript`: the tag is the one whose `src` is the
 * script's own URL (`import.meta.url` of the script-tag file).
 */
export function mountLauncher(scriptUrl: string): void {
  const script = [...document.querySelectorAll<HTMLScriptElement>('script[data-channel]')].find((tag) => tag.src === scriptUrl);
  if (!script || script.hasAttribute('data-mounted')) return;
  // A tag manager may run the tag again on a virtual page view: one launcher per tag.
  script.setAttribute('data-mounted', '');
  // The tag written out: importing TAG would make the script-tag file export it for this chunk.
  const launcher = document.createElement('kakao-consult-button');
  for (const name of script.getAttributeNames()) {
    if (name.startsWith('data-') && name !== 'data-mounted') launcher.setAttribute(name.slice(5), script.getAttribute(name)!);
  }
  launcher.setAttribute('shape', 'round');
  const mount = () => document.body.append(launcher);
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount, { once: true });
}
