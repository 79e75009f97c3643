"""The look and the script of the web UI's page: the theme (fonts Gradio serves itself), the
style of the sources panel and of citation links, and the script that makes a `[n]` link scroll
to its source and fetches a whole article from `/article` on demand, showing it as text nodes
(nothing from an article is parsed as HTML). `ui.serve_options` hands them to `launch`; it
builds no component.
"""

from __future__ import annotations

import gradio as gr

THEME = gr.themes.Default(
    font=[gr.themes.Font("system-ui"), "sans-serif"],
    font_mono=[gr.themes.Font("ui-monospace"), "monospace"],
)


CSS = """
#sources .source { border: 1px solid var(--border-color-primary); border-radius: 8px;
  padding: .6em .8em; margin-bottom: .7em; scroll-margin-top: 1em; }
#sources .source.flash { outline: 3px solid var(--color-accent); }
#sources .source h4 { margin: 0 0 .2em 0; font-size: 1em; }
#sources .meta, #sources .question { color: var(--body-text-color-subdued); font-size: .85em; }
#sources .context { color: var(--body-text-color-subdued); }
#sources mark { background: #fde68a; color: #111; padding: 0 .1em; }
#sources .article { white-space: pre-wrap; max-height: 24em; overflow-y: auto; font-size: .9em; }
#chat a.cite { text-decoration: none; font-size: .8em; vertical-align: super; }
"""


# Citation links scroll the sources panel instead of navigating (Gradio may open links in a tab).
# Opening "Whole article" fetches it from the /article endpoint (Gradio's REST API) and shows it
# as text nodes: nothing from the article is ever parsed as HTML.
JS = """
() => {
  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('a[href^="#source-"]');
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    const target = document.getElementById(link.getAttribute('href').slice(1));
    if (!target) return;
    target.scrollIntoView({behavior: 'smooth', block: 'center'});
    target.classList.add('flash');
    setTimeout(() => target.classList.remove('flash'), 1500);
  }, true);
  const base = () => {
    const root = (window.gradio_config && window.gradio_config.root) || location.href;
    return root.split('#')[0].split('?')[0].replace(/\\/?$/, '/');
  };
  const span = (text, cls) => {
    const node = document.createElement(cls === 'mark' ? 'mark' : 'span');
    if (cls !== 'mark') node.className = cls;
    node.textContent = text;
    return node;
  };
  async function loadArticle(details) {
    const box = details.querySelector('.article');
    if (!box || details.dataset.loaded) return;
    details.dataset.loaded = 'loading';
    box.textContent = 'Loading the article…';
    try {
      const data = [details.dataset.source, Number(details.dataset.start),
                    Number(details.dataset.end)];
      const posted = await fetch(base() + 'gradio_api/call/article', {
        method: 'POST', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({data}),
      });
      const {event_id} = await posted.json();
      const stream = await (await fetch(base() + 'gradio_api/call/article/' + event_id)).text();
      let kind = null, payload = null;
      for (const line of stream.split('\\n')) {
        if (line.startsWith('event:')) kind = line.slice(6).trim();
        else if (line.startsWith('data:') && (kind === 'complete' || kind === 'error')) {
          payload = line.slice(5).trim();
          break;
        }
      }
      if (kind !== 'complete') {
        const message = payload && payload !== 'null' ? JSON.parse(payload) : null;
        throw new Error(typeof message === 'string' ? message : 'no answer from the server');
      }
      const article = JSON.parse(payload)[0];
      const text = article.text;
      box.replaceChildren();
      if (article.note) box.append(span(article.note + '\\n\\n', 'meta'));
      if (article.mark_start === null || article.mark_start === undefined) {
        box.append(span(text, 'context'));
      } else {
        box.append(span(text.slice(0, article.mark_start), 'context'),
                   span(text.slice(article.mark_start, article.mark_end), 'mark'),
                   span(text.slice(article.mark_end), 'context'));
      }
      details.dataset.loaded = 'yes';
    } catch (error) {
      box.textContent = 'The article could not be loaded: ' + error.message;
      delete details.dataset.loaded;
    }
  }
  document.addEventListener('toggle', (event) => {
    const details = event.target;
    if (details.matches && details.matches('#sources details.whole') && details.open) {
      loadArticle(details);
    }
  }, true);
}
"""
