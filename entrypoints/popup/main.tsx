// The toolbar popup (also opened in a tab for "More" and the context menu): mounts the app.
import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/shared/base.css';
import '../../components/shared/switch.css';
import '../../components/shared/entry.css';
import '../../components/shared/comparison.css';
import './style.css';

// In a tab the page may use the full width; in the toolbar popup it keeps its fixed width.
void browser.tabs
  .getCurrent()
  .then((tab) => tab && document.documentElement.classList.add('in-tab'))
  .catch(() => {});

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
