import '@offerdesk/ui/styles.css';
import './seller.css';
import { ConsoleApp } from '@offerdesk/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { NAV, ROUTES } from './routes';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ConsoleApp
      consoleName="Seller console"
      consoleKey="seller"
      base={import.meta.env.BASE_URL}
      nav={NAV}
      routes={ROUTES}
    />
  </StrictMode>,
);
