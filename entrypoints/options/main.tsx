// The options page: mounts the settings app.
import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/shared/base.css';
import '../../components/shared/switch.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
