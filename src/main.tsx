import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { embedOptions } from './core/embed';
import { sourceFromSearch } from './state/episode-source';
import { startLoading } from './state/load-episode';
import { App } from './ui/App';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const { source, errors } = sourceFromSearch(window.location.search);
const embed = embedOptions(window.location.search);
// The episode and the transcript's readers download while the page renders for the first time.
startLoading(source);
createRoot(root).render(
  <StrictMode>
    <App initialSource={source} initialErrors={errors} embed={embed} />
  </StrictMode>,
);
