import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/theme.css';
import './theme.css';
import './app.css';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
