import { render } from 'preact';
import '../ui/theme.css';
import '../ui/findings.css';
import './dashboard.css';
import { App } from './App';
import { loadLanguage } from '../ui/i18n';

// The chosen language's messages first, so the first render is already in it.
void loadLanguage().then(() => render(<App />, document.getElementById('app')!));
