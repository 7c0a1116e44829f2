import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { sourceFromSearch } from './state/episode-source';
import { App } from './ui/App';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const { source, errors } = sourceFromSearch(window.location.search);
createRoot(root).render(
  <StrictMode>
    <App initialSource={source} initialErrors={errors} />
  </StrictMode>,
);
