import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { episodeFolderFromSearch } from './state/load-episode';
import { App } from './ui/App';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App episodeUrl={episodeFolderFromSearch(window.location.search)} />
  </StrictMode>,
);
