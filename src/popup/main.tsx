import { render } from 'preact';
import browser from 'webextension-polyfill';
import '../ui/theme.css';
import '../ui/findings.css';
import './popup.css';
import { App } from './App';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<App />, document.getElementById('app')!);
