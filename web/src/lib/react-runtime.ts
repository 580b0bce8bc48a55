/** React and its DOM renderer (220 KB), which boot.ts evaluates in a task of their own. */
import 'react';
import 'react-dom/client';
